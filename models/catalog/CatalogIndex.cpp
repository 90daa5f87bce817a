// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogIndex.h"

#include "suggest/TopHits.h"

#include <functional>

namespace hotline {

CatalogIndex::CatalogIndex(const QVector<Classification> &leaves, const PinyinTable &pinyin)
{
    m_entries.reserve(leaves.size());
    for (const Classification &item : leaves) {
        m_entries.append({item, MatchableName::prepare(item.level3, pinyin),
                          MatchableName::prepare(item.level2, pinyin), MatchableName::prepare(item.level1, pinyin)});
    }
}

QVector<Suggestion> CatalogIndex::suggest(const QString &typed, int limit) const
{
    const NameQuery query = NameQuery::prepare(typed);
    if (query.isEmpty() || limit <= 0)
        return {};
    const std::vector<Hit> hits = topHits(int(m_entries.size()), limit, [&](int i) {
        const Entry &entry = m_entries.at(i);
        // A match on an upper level ranks below any match on the leaf's own name.
        return std::max({NameMatcher::score(query, entry.level3), NameMatcher::score(query, entry.level2) / 3,
                         NameMatcher::score(query, entry.level1) / 4});
    }, std::less<int>());
    QVector<Suggestion> result;
    for (const Hit &hit : hits) {
        const Classification &item = m_entries.at(hit.entry).item;
        result.append({QString::number(hit.entry), item.level3, item.level1 + QStringLiteral(" › ") + item.level2,
                       hit.score});
    }
    return result;
}

std::optional<Classification> CatalogIndex::leaf(const QString &key) const
{
    bool ok = false;
    const int index = key.toInt(&ok);
    if (!ok || index < 0 || index >= m_entries.size())
        return std::nullopt;
    return m_entries.at(index).item;
}

} // namespace hotline
