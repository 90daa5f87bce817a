// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferenceIndexes.h"

#include "catalog/CatalogRepository.h"
#include "divisions/DivisionRepository.h"
#include "geo/GeoRepository.h"
#include "store/LocalStore.h"
#include "text/ChineseConverter.h"
#include "units/UnitRepository.h"

namespace hotline {

ReferenceIndexes::ReferenceIndexes(LocalStore &store, std::shared_ptr<const PinyinTable> pinyin, QObject *parent)
    : QObject(parent), m_store(store), m_pinyin(std::move(pinyin)), m_converter(std::make_unique<ChineseConverter>())
{
    reload();
    connect(&m_store, &LocalStore::referenceDataChanged, this, &ReferenceIndexes::reload);
}

ReferenceIndexes::~ReferenceIndexes() = default;

void ReferenceIndexes::reload()
{
    m_catalog = std::make_unique<CatalogIndex>(CatalogRepository(m_store).entries(), *m_pinyin, m_converter.get());
    m_divisions = std::make_unique<DivisionIndex>(DivisionRepository(m_store).all(), *m_pinyin);
    m_units = std::make_unique<UnitIndex>(UnitRepository(m_store).all(), *m_pinyin);
    const GeoRepository geo(m_store);
    m_geo = std::make_unique<Geocoder>(geo.places(), AreaIndex(geo.areas()), *m_divisions, *m_pinyin, m_store);
    Q_EMIT reloaded();
}

} // namespace hotline
