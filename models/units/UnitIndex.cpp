// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitIndex.h"

#include <algorithm>
#include <vector>

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
    std::vector<std::pair<int, int>> hits; // score, entry
    for (int i = 0; i < int(m_entries.size()); ++i)
        if (const int score = NameMatcher::score(query, m_entries.at(i).name))
            hits.emplace_back(score, i);
    std::stable_sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QVector<Suggestion> result;
    for (const auto &[score, index] : hits) {
        if (result.size() >= limit)
            break;
        const Unit &unit = m_entries.at(index).unit;
        result.append({unit.code, unit.name, unit.phone, score});
    }
    return result;
}

} // namespace hotline
