// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogIndex.h"

#include "suggest/TopHits.h"
#include "text/ChineseConverter.h"
#include "text/TextNormalizer.h"

#include <functional>

namespace hotline {

namespace {
QVector<CatalogEntry> withoutKeywords(const QVector<Classification> &leaves)
{
    QVector<CatalogEntry> entries;
    entries.reserve(leaves.size());
    for (const Classification &item : leaves)
        entries.append({item, {}});
    return entries;
}
} // namespace

CatalogIndex::CatalogIndex(const QVector<CatalogEntry> &entries, const PinyinTable &pinyin, const ChineseConverter *converter)
    : m_converter(converter)
{
    m_entries.reserve(entries.size());
    for (const CatalogEntry &entry : entries) {
        const Classification &item = entry.item;
        Entry prepared{item, MatchableName::prepare(item.level3, pinyin), MatchableName::prepare(item.level2, pinyin),
                       MatchableName::prepare(item.level1, pinyin), {}};
        for (const QString &keyword : entry.keywords)
            prepared.keywords.append(MatchableName::prepare(keyword, pinyin));
        m_entries.append(std::move(prepared));
    }
}

CatalogIndex::CatalogIndex(const QVector<Classification> &leaves, const PinyinTable &pinyin)
    : CatalogIndex(withoutKeywords(leaves), pinyin)
{
}

int CatalogIndex::keywordScore(const NameQuery &query, const Entry &entry) const
{
    int best = 0;
    for (const MatchableName &keyword : entry.keywords) {
        // A keyword typed (or begun) ranks just below the same match on a leaf's name.
        best = std::max(best, NameMatcher::score(query, keyword) * 3 / 4);
        // The operator typed more than the keyword: 路灯坏了好几天 still holds 路灯坏了.
        if (query.han && keyword.normalized.size() >= 2 && query.text.contains(keyword.normalized))
            best = std::max(best, NameMatcher::pinyinInside + int(keyword.normalized.size()) * 10);
    }
    return best;
}

QVector<Suggestion> CatalogIndex::suggest(const QString &typed, int limit) const
{
    const NameQuery query = NameQuery::prepare(
        m_converter && TextNormalizer::containsHan(typed) ? m_converter->toSimplified(typed) : typed);
    if (query.isEmpty() || limit <= 0)
        return {};
    const std::vector<Hit> hits = topHits(int(m_entries.size()), limit, [&](int i) {
        const Entry &entry = m_entries.at(i);
        // A match on an upper level ranks below any match on the leaf's own name.
        return std::max({NameMatcher::score(query, entry.level3), keywordScore(query, entry),
                         NameMatcher::score(query, entry.level2) / 3, NameMatcher::score(query, entry.level1) / 4});
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
