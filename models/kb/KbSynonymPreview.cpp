// SPDX-License-Identifier: GPL-3.0-or-later
#include "KbSynonymPreview.h"

#include "KbSearch.h"

#include <algorithm>

namespace hotline {

int KbSynonymPreview::Line::changedRanks() const
{
    return int(std::count_if(ranks.cbegin(), ranks.cend(), [](const Rank &rank) { return rank.changed; }));
}

KbSynonymPreview::Line KbSynonymPreview::compare(const KbSearch &search, const QString &query,
                                                 const KbSynonyms &published, const KbSynonyms &edited,
                                                 const QDate &today)
{
    const QVector<KbHit> before = search.search(query, top, today, published);
    const QVector<KbHit> after = search.search(query, top, today, edited);
    Line line{query, {}};
    const qsizetype ranks = std::min<qsizetype>(top, std::max(before.size(), after.size()));
    for (qsizetype i = 0; i < ranks; ++i) {
        Rank rank;
        if (i < before.size()) {
            rank.beforeId = before.at(i).articleId;
            rank.beforeTitle = before.at(i).title;
            rank.beforeWeak = before.at(i).weak;
        }
        if (i < after.size()) {
            rank.afterId = after.at(i).articleId;
            rank.afterTitle = after.at(i).title;
            rank.afterWeak = after.at(i).weak;
        }
        rank.changed = rank.beforeId != rank.afterId || rank.beforeWeak != rank.afterWeak;
        line.ranks.append(rank);
    }
    return line;
}

} // namespace hotline
