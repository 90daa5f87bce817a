// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/CatalogIndex.h"
#include "divisions/DivisionIndex.h"
#include "geo/Geocoder.h"
#include "units/UnitIndex.h"

#include <QObject>

#include <memory>

namespace hotline {

class ChineseConverter;
class LocalStore;

// The pickers' indexes over the store's reference data, rebuilt when an import changes it.
// Built in memory because a keystroke must never wait on disk.
class ReferenceIndexes : public QObject {
    Q_OBJECT
public:
    ReferenceIndexes(LocalStore &store, std::shared_ptr<const PinyinTable> pinyin, QObject *parent = nullptr);
    ~ReferenceIndexes() override;

    const CatalogIndex &catalog() const { return *m_catalog; }
    const DivisionIndex &divisions() const { return *m_divisions; }
    const UnitIndex &units() const { return *m_units; }
    const Geocoder &geo() const { return *m_geo; }
    const PinyinTable &pinyin() const { return *m_pinyin; }

    void reload();

Q_SIGNALS:
    void reloaded();

private:
    LocalStore &m_store;
    std::shared_ptr<const PinyinTable> m_pinyin;
    std::unique_ptr<ChineseConverter> m_converter; // made once: OpenCC loads its dictionaries
    std::unique_ptr<CatalogIndex> m_catalog;
    std::unique_ptr<DivisionIndex> m_divisions;
    std::unique_ptr<UnitIndex> m_units;
    std::unique_ptr<Geocoder> m_geo;
};

} // namespace hotline
