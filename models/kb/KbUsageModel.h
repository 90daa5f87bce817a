// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace hotline {

// What the floor's use of the knowledge base says about its articles, counted so that no desk
// outweighs the others: how often each article is taken (its popularity, for short queries
// that name a field rather than a matter) and which article the operators of several desks
// chose after the same query (an association, for phrasings callers repeat). The centre
// builds it from every desk's usage events (server/kb) and each desk's search reads it
// (KbUsagePrior); the replay in kb_search_bench builds it the same way.
class KbUsageModel {
public:
    // One desk's uses of one article after one query: taken counts 1, opened ½.
    struct Tally {
        QString desk;
        QString query; // KbUsageEvent::cleanQuery; empty for an article taken from the proposals
        QString articleKey;
        double uses = 0;
    };
    struct Association {
        QString articleKey;
        double desks = 0; // how many desks chose it after this query (a desk counts at most 1)
    };

    // A desk adds at most this much to an article's popularity however often it takes it,
    // and at most 1 to an association.
    static constexpr double popularityCapPerDesk = 3.0;
    // A phrasing is learnt only when this many desks chose the same article after it: one
    // desk alone never teaches every desk.
    static constexpr int minDesksForAssociation = 2;
    static constexpr int maxArticles = 5000;
    static constexpr int maxPhrasings = 5000;

    static KbUsageModel build(const QVector<Tally> &tallies);

    QJsonObject toJson() const;
    // Every entry checked: a model that does not read is refused with the reason.
    static Result<KbUsageModel> fromJson(const QJsonObject &json);

    const QHash<QString, double> &popularity() const { return m_popularity; }
    const QHash<QString, QVector<Association>> &phrasings() const { return m_phrasings; }
    bool isEmpty() const { return m_popularity.isEmpty() && m_phrasings.isEmpty(); }

private:
    QHash<QString, double> m_popularity;                 // article key → capped uses summed over desks
    QHash<QString, QVector<Association>> m_phrasings;    // query → articles, most desks first
};

} // namespace hotline
