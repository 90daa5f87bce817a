// SPDX-License-Identifier: GPL-3.0-or-later
#include "KbUsageModel.h"

#include "KbUsageEvent.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace hotline {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hotline::KbUsageModel", text);
}
} // namespace

KbUsageModel KbUsageModel::build(const QVector<Tally> &tallies)
{
    // Per desk first, so the caps hold whatever one desk does.
    QHash<QString, QHash<QString, double>> byDeskArticle; // desk → article → uses
    QHash<QString, QHash<QString, QHash<QString, double>>> byQuery; // query → article → desk → uses
    for (const Tally &tally : tallies) {
        if (tally.articleKey.isEmpty() || tally.uses <= 0)
            continue;
        byDeskArticle[tally.desk][tally.articleKey] += tally.uses;
        if (!tally.query.isEmpty())
            byQuery[tally.query][tally.articleKey][tally.desk] += tally.uses;
    }
    KbUsageModel model;
    for (auto desk = byDeskArticle.cbegin(); desk != byDeskArticle.cend(); ++desk)
        for (auto article = desk->cbegin(); article != desk->cend(); ++article)
            model.m_popularity[article.key()] += std::min(article.value(), popularityCapPerDesk);
    for (auto query = byQuery.cbegin(); query != byQuery.cend(); ++query) {
        QVector<Association> chosen;
        for (auto article = query->cbegin(); article != query->cend(); ++article) {
            if (article->size() < minDesksForAssociation)
                continue;
            double desks = 0;
            for (double uses : *article)
                desks += std::min(uses, 1.0);
            chosen.append({article.key(), desks});
        }
        if (chosen.isEmpty())
            continue;
        std::sort(chosen.begin(), chosen.end(), [](const Association &a, const Association &b) {
            return a.desks != b.desks ? a.desks > b.desks : a.articleKey < b.articleKey;
        });
        model.m_phrasings.insert(query.key(), chosen);
    }
    // A bounded answer for every desk: the most used articles and the best-attested phrasings.
    if (model.m_popularity.size() > maxArticles) {
        QVector<std::pair<double, QString>> ranked;
        for (auto it = model.m_popularity.cbegin(); it != model.m_popularity.cend(); ++it)
            ranked.append({it.value(), it.key()});
        std::sort(ranked.begin(), ranked.end(), std::greater<>());
        QHash<QString, double> kept;
        for (qsizetype i = 0; i < maxArticles; ++i)
            kept.insert(ranked.at(i).second, ranked.at(i).first);
        model.m_popularity = std::move(kept);
    }
    if (model.m_phrasings.size() > maxPhrasings) {
        QVector<std::pair<double, QString>> ranked;
        for (auto it = model.m_phrasings.cbegin(); it != model.m_phrasings.cend(); ++it)
            ranked.append({it->first().desks, it.key()});
        std::sort(ranked.begin(), ranked.end(), std::greater<>());
        QHash<QString, QVector<Association>> kept;
        for (qsizetype i = 0; i < maxPhrasings; ++i)
            kept.insert(ranked.at(i).second, model.m_phrasings.value(ranked.at(i).second));
        model.m_phrasings = std::move(kept);
    }
    return model;
}

QJsonObject KbUsageModel::toJson() const
{
    // Sorted, so the same model is the same text (a desk can tell a new one from the one it has).
    QStringList keys = m_popularity.keys();
    keys.sort();
    QJsonArray articles;
    for (const QString &key : std::as_const(keys))
        articles.append(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("weight"), m_popularity.value(key)}});
    QStringList queries = m_phrasings.keys();
    queries.sort();
    QJsonArray phrasings;
    for (const QString &query : std::as_const(queries))
        for (const Association &association : m_phrasings.value(query))
            phrasings.append(QJsonObject{{QStringLiteral("query"), query},
                                         {QStringLiteral("key"), association.articleKey},
                                         {QStringLiteral("desks"), association.desks}});
    return {{QStringLiteral("articles"), articles}, {QStringLiteral("phrasings"), phrasings}};
}

Result<KbUsageModel> KbUsageModel::fromJson(const QJsonObject &json)
{
    if (!json.value(QLatin1String("articles")).isArray() || !json.value(QLatin1String("phrasings")).isArray())
        return Error{tr("知识库使用模型应有 articles 和 phrasings 两个数组")};
    const QJsonArray articles = json.value(QLatin1String("articles")).toArray();
    const QJsonArray phrasings = json.value(QLatin1String("phrasings")).toArray();
    if (articles.size() > maxArticles || phrasings.size() > maxPhrasings * 4)
        return Error{tr("知识库使用模型过大")};
    KbUsageModel model;
    const auto validKey = [](const QString &key) { return !key.isEmpty() && key.size() <= KbUsageEvent::maxKeyLength; };
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const QJsonObject entry = articles.at(i).toObject();
        const QString key = entry.value(QLatin1String("key")).toString();
        const double weight = entry.value(QLatin1String("weight")).toDouble(-1);
        if (!validKey(key) || !(weight > 0))
            return Error{tr("知识库使用模型 articles[%1] 应有 key 和正的 weight").arg(i)};
        model.m_popularity.insert(key, weight);
    }
    for (qsizetype i = 0; i < phrasings.size(); ++i) {
        const QJsonObject entry = phrasings.at(i).toObject();
        const QString query = entry.value(QLatin1String("query")).toString();
        const QString key = entry.value(QLatin1String("key")).toString();
        const double desks = entry.value(QLatin1String("desks")).toDouble(-1);
        if (query.isEmpty() || query != KbUsageEvent::cleanQuery(query) || !validKey(key) || !(desks > 0))
            return Error{tr("知识库使用模型 phrasings[%1] 应有整理过的 query、key 和正的 desks").arg(i)};
        model.m_phrasings[query].append({key, desks});
    }
    return model;
}

} // namespace hotline
