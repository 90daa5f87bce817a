// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace hotline {

class KbSearch;
class KbSynonyms;

// What a change of the synonym groups does to one query, before it is published: the query's
// first titles searched with the published groups and with the edited ones, rank by rank, and
// which ranks differ — so that an editor sees a group that helps one question and pushes the
// right answer out of another.
class KbSynonymPreview {
public:
    static constexpr int top = 3;
    struct Rank {
        qint64 beforeId = 0; // 0: nothing at this rank
        QString beforeTitle;
        bool beforeWeak = false; // a near miss, not an answer (KbHit::weak)
        qint64 afterId = 0;
        QString afterTitle;
        bool afterWeak = false;
        bool changed = false; // another article (or none) at this rank, or it became weak
    };
    struct Line {
        QString query;
        QVector<Rank> ranks; // up to `top`; empty when neither search finds anything
        int changedRanks() const;
    };

    static Line compare(const KbSearch &search, const QString &query, const KbSynonyms &published,
                        const KbSynonyms &edited, const QDate &today = QDate::currentDate());
};

} // namespace hotline
