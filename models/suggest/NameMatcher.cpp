// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameMatcher.h"

#include "text/TextNormalizer.h"

#include <algorithm>

namespace hotline {

MatchableName MatchableName::prepare(const QString &name, const PinyinTable &table)
{
    MatchableName prepared;
    prepared.normalized = TextNormalizer::forSearch(name);
    prepared.pinyin = PinyinKey::build(prepared.normalized, table);
    return prepared;
}

NameQuery NameQuery::prepare(const QString &typed)
{
    NameQuery query;
    query.text = TextNormalizer::forSearch(typed);
    query.han = TextNormalizer::containsHan(query.text);
    return query;
}

int NameMatcher::score(const NameQuery &query, const MatchableName &name)
{
    if (query.text.isEmpty())
        return 0;
    // Shorter names win ties: the operator meant the name they typed most of.
    const int extra = int(std::min<qsizetype>(name.normalized.size() - query.text.size(), 99));
    if (name.normalized == query.text)
        return exact;
    if (name.normalized.startsWith(query.text))
        return prefix - extra;
    if (name.normalized.contains(query.text))
        return inside - extra;
    if (query.han)
        return 0;
    const PinyinMatcher::Match match = PinyinMatcher::match(query.text, name.pinyin);
    if (!match.matched)
        return 0;
    const int uncovered = int(std::min<qsizetype>(name.pinyin.readings.size() - match.span, 99));
    return (match.start == 0 ? pinyinPrefix : pinyinInside) - uncovered;
}

} // namespace hotline
