// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <utility>

namespace hotline {

class KbTokenizer;
class KbUsageModel;
class LocalStore;

// The centre's usage model (KbUsageModel) as this desk's search reads it: kept in the store so
// a desk that starts offline still has it, by local article id. The text match stays the
// judge: a prior only adds a bounded amount to an article the text already found, and an
// association brings in an article for its phrasing only while that article is published
// and valid (the search checks, so a withdrawn article never comes back through usage).
class KbUsagePrior {
public:
    // The most a learnt phrasing adds (to an article chosen by every desk that asked it, and
    // by at least `confidentDesks` of them): about what a title holding the whole query earns.
    static constexpr double associationWeight = 12.0;
    static constexpr double confidentDesks = 4.0;
    // The most popularity adds, for short queries only (供暖, 社保): a field, not a matter,
    // where what the floor takes most is the likeliest answer.
    static constexpr double popularityWeight = 3.0;
    static constexpr qsizetype shortQueryLength = 4;

    // The key a query is learnt under: the same on the desk that records it and the desk
    // that searches it.
    static QString phrasingKey(const KbTokenizer &tokenizer, const QString &query);

    // Replaces the stored model with `model`.
    static Status replace(LocalStore &store, const KbUsageModel &model);
    static KbUsagePrior load(LocalStore &store);
    // Changes whenever the stored model does, so a search can keep it in memory.
    static QString revision(const LocalStore &store);

    bool isEmpty() const { return m_popularity.isEmpty() && m_phrasings.isEmpty(); }
    // The articles several desks chose after exactly this query, with what each adds.
    QVector<std::pair<qint64, double>> associations(const QString &phrasingKey) const;
    // What popularity adds to an article for a short query (0 for a long one).
    double popularityBonus(qint64 articleId, const QString &phrasingKey) const;

private:
    QHash<qint64, double> m_popularity; // article id → log-scaled share of the most used, 0..1
    QHash<QString, QVector<std::pair<qint64, double>>> m_phrasings; // query → (article id, desks)
};

} // namespace hotline
