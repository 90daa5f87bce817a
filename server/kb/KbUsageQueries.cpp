// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/kb/KbUsageQueries.h"

#include "server/database/CentralDatabase.h"

#include <QJsonObject>
#include <QSqlError>

namespace hotline {

namespace {
QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

Result<KbUsageModel> KbUsageQueries::model(const QDateTime &since) const
{
    // Per desk, query and article: the caps of KbUsageModel are per desk.
    const PreparedQuery query = m_db.prepared(QStringLiteral(
        "SELECT desk, query, article_key, SUM(CASE WHEN action = 'taken' THEN 1.0 ELSE 0.5 END) FROM kb_usage"
        " WHERE action IN ('taken', 'opened') AND at >= ?"
        " AND article_key IN (SELECT article_key FROM kb_articles WHERE status = 'published')"
        " GROUP BY desk, query, article_key"));
    query->addBindValue(iso(since));
    if (!query->exec())
        return Error{query->lastError().text()};
    QVector<KbUsageModel::Tally> tallies;
    while (query->next())
        tallies.append({query->value(0).toString(), query->value(1).toString(), query->value(2).toString(), query->value(3).toDouble()});
    return KbUsageModel::build(tallies);
}

Result<QJsonArray> KbUsageQueries::misses(const QDateTime &since, int limit) const
{
    const PreparedQuery query = m_db.prepared(QStringLiteral(
        "SELECT query, SUM(CASE WHEN action = 'nothing' THEN 1 ELSE 0 END) AS found_nothing,"
        " SUM(CASE WHEN action = 'again' THEN 1 ELSE 0 END) AS searched_again, COUNT(DISTINCT desk) AS desks, MAX(at)"
        " FROM kb_usage WHERE action IN ('nothing', 'again') AND at >= ? GROUP BY query"
        " ORDER BY COUNT(*) DESC, COUNT(DISTINCT desk) DESC, query LIMIT ?"));
    query->addBindValue(iso(since));
    query->addBindValue(limit);
    if (!query->exec())
        return Error{query->lastError().text()};
    QJsonArray misses;
    while (query->next())
        misses.append(QJsonObject{{QStringLiteral("query"), query->value(0).toString()},
                                  {QStringLiteral("nothing"), query->value(1).toLongLong()},
                                  {QStringLiteral("again"), query->value(2).toLongLong()},
                                  {QStringLiteral("desks"), query->value(3).toLongLong()},
                                  {QStringLiteral("last"), query->value(4).toString()}});
    return misses;
}

} // namespace hotline
