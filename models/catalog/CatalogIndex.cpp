// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogIndex.h"

#include <algorithm>
#include <vector>

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
    struct Hit {
        int score;
        int entry;
    };
    std::vector<Hit> hits;
    for (int i = 0; i < int(m_entries.size()); ++i) {
        const Entry &entry = m_entries.at(i);
        // A match on an upper level ranks below any match on the leaf's own name.
        const int score = std::max({NameMatcher::score(query, entry.level3),
                                    NameMatcher::score(query, entry.level2) / 3,
                                    NameMatcher::score(query, entry.level1) / 4});
        if (score > 0)
            hits.push_back({score, i});
    }
    const size_t keep = std::min(hits.size(), size_t(limit));
    std::partial_sort(hits.begin(), hits.begin() + qsizetype(keep), hits.end(), [](const Hit &a, const Hit &b) {
        return a.score != b.score ? a.score > b.score : a.entry < b.entry;
    });
    QVector<Suggestion> result;
    result.reserve(qsizetype(keep));
    for (size_t i = 0; i < keep; ++i) {
        const Classification &item = m_entries.at(hits[i].entry).item;
        result.append({QString::number(hits[i].entry), item.level3,
                       item.level1 + QStringLiteral(" › ") + item.level2, hits[i].score});
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
