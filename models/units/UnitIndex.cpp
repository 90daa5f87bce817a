// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitIndex.h"

#include "suggest/TopHits.h"

#include <functional>

namespace hotline {

UnitIndex::UnitIndex(const QVector<Unit> &units, const PinyinTable &pinyin)
{
    for (const Unit &unit : units)
        m_entries.append({unit, MatchableName::prepare(unit.name, pinyin)});
}

QVector<Suggestion> UnitIndex::suggest(const QString &typed, int limit) const
{
    const NameQuery query = NameQuery::prepare(typed);
    if (query.isEmpty() || limit <= 0)
        return {};
    const std::vector<Hit> hits = topHits(int(m_entries.size()), limit,
                                          [&](int i) { return NameMatcher::score(query, m_entries.at(i).name); },
                                          std::less<int>());
    QVector<Suggestion> result;
    for (const Hit &hit : hits) {
        const Unit &unit = m_entries.at(hit.entry).unit;
        result.append({unit.code, unit.name, unit.phone, hit.score});
    }
    return result;
}

} // namespace hotline
