// SPDX-License-Identifier: GPL-3.0-or-later
#include "KbUsagePrior.h"

#include "KbTokenizer.h"
#include "KbUsageEvent.h"
#include "KbUsageModel.h"
#include "store/LocalStore.h"
#include "store/SqlSupport.h"

#include <QDateTime>
#include <QSqlQuery>

#include <cmath>

namespace hotline {

namespace {
const char *revisionKey = "kb.usage.revision";
} // namespace

QString KbUsagePrior::phrasingKey(const KbTokenizer &tokenizer, const QString &query)
{
    return KbUsageEvent::cleanQuery(tokenizer.normalize(query));
}

Status KbUsagePrior::replace(LocalStore &store, const KbUsageModel &model)
{
    return store.transaction([&]() -> Status {
        QSqlQuery query(store.database());
        if (!query.exec(QStringLiteral("DELETE FROM kb_usage_prior")))
            return Error{QCoreApplication::translate("hotline::KbUsagePrior", "无法清空旧的知识库使用模型")};
        // Popularity under the empty query: no phrasing is empty.
        query.prepare(QStringLiteral("INSERT INTO kb_usage_prior (query, article_key, weight) VALUES (?, ?, ?)"));
        const auto insert = [&](const QString &phrasing, const QString &key, double weight) {
            query.addBindValue(phrasing);
            query.addBindValue(key);
            query.addBindValue(weight);
            return execSql(query, QT_TRANSLATE_NOOP("LocalStore", "保存知识库使用模型"));
        };
        for (auto it = model.popularity().cbegin(); it != model.popularity().cend(); ++it)
            if (Status s = insert(QStringLiteral(""), it.key(), it.value()); !s) // empty, not NULL
                return s;
        for (auto it = model.phrasings().cbegin(); it != model.phrasings().cend(); ++it)
            for (const KbUsageModel::Association &association : it.value())
                if (Status s = insert(it.key(), association.articleKey, association.desks); !s)
                    return s;
        return store.setMeta(QString::fromLatin1(revisionKey), QString::number(QDateTime::currentMSecsSinceEpoch()) + u'-'
                                 + QString::number(model.popularity().size() + model.phrasings().size()));
    });
}

KbUsagePrior KbUsagePrior::load(LocalStore &store)
{
    KbUsagePrior prior;
    QSqlQuery query(store.database());
    // By local id: an article this desk does not have yet is skipped until it arrives (the
    // revision of the articles is part of what the search watches).
    if (!query.exec(QStringLiteral("SELECT p.query, a.id, p.weight FROM kb_usage_prior p"
                                   " JOIN kb_articles a ON a.source_key = p.article_key")))
        return prior;
    double most = 0;
    QHash<qint64, double> uses;
    while (query.next()) {
        const QString phrasing = query.value(0).toString();
        const qint64 id = query.value(1).toLongLong();
        const double weight = query.value(2).toDouble();
        if (phrasing.isEmpty()) {
            uses.insert(id, weight);
            most = std::max(most, weight);
        } else {
            prior.m_phrasings[phrasing].append({id, weight});
        }
    }
    // Log-scaled: the tenth most taken article is not a tenth as likely.
    for (auto it = uses.cbegin(); it != uses.cend(); ++it)
        prior.m_popularity.insert(it.key(), std::log1p(it.value()) / std::log1p(most));
    return prior;
}

QString KbUsagePrior::revision(const LocalStore &store)
{
    return store.meta(QString::fromLatin1(revisionKey));
}

QVector<std::pair<qint64, double>> KbUsagePrior::associations(const QString &phrasingKey) const
{
    const auto found = m_phrasings.constFind(phrasingKey);
    if (found == m_phrasings.cend())
        return {};
    double all = 0;
    for (const auto &[id, desks] : *found)
        all += desks;
    // The share of the desks that chose it (an article most chose wins the phrasing), times how
    // sure that many desks make it.
    QVector<std::pair<qint64, double>> bonuses;
    for (const auto &[id, desks] : *found)
        bonuses.append({id, associationWeight * (desks / all) * std::min(desks / confidentDesks, 1.0)});
    return bonuses;
}

double KbUsagePrior::popularityBonus(qint64 articleId, const QString &phrasingKey) const
{
    if (phrasingKey.size() > shortQueryLength)
        return 0;
    return popularityWeight * m_popularity.value(articleId);
}

} // namespace hotline
