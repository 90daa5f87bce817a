// SPDX-License-Identifier: GPL-3.0-or-later
#include "DispatchQueryBuilder.h"

#include "LocationContext.h"
#include "catalog/CatalogIndex.h"
#include "divisions/DivisionIndex.h"

namespace hotline {

std::optional<Classification> DispatchQueryBuilder::itemFor(const QString &text) const
{
    const QVector<Suggestion> hits = m_catalog.suggest(text, 1);
    if (hits.isEmpty())
        return std::nullopt;
    return m_catalog.leaf(hits.first().key);
}

DispatchQuery DispatchQueryBuilder::fromText(const Classification &item, const QString &placeText, const Address &known) const
{
    DispatchQuery query;
    query.item = item;
    query.placeText = placeText;
    query.address = known;
    if (!known.hasDistrict())
        if (const std::optional<Address> found = m_divisions.findInText(placeText)) {
            query.address = *found;
            query.address.detail = known.detail;
            query.address.location = known.location;
        }
    query.context = LocationContext::fromWords(placeText + known.detail);
    return query;
}

} // namespace hotline
