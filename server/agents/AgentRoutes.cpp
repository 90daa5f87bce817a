// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/agents/AgentRoutes.h"

#include "server/database/CentralDatabase.h"
#include "server/http/HttpJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

namespace hotline {

namespace {

using Code = HttpStatus;

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject rowOf(const QSqlQuery &query)
{
    return {{QStringLiteral("login"), query.value(0).toString()}, {QStringLiteral("desk"), query.value(1).toString()},
            {QStringLiteral("state"), query.value(2).toString()}, {QStringLiteral("reason"), query.value(3).toString()},
            {QStringLiteral("since"), query.value(4).toString()}};
}

} // namespace

void AgentRoutes::addTo(HttpServer &http)
{
    const SessionGuard::Roles leads{Role::TeamLead, Role::Admin};
    http.route("GET", QStringLiteral("/api/v1/agents"),
               m_guard.guarded(leads, SessionGuard::SimpleHandler([this](const Session &, const HttpRequest &r) { return floor(r); })));
    http.route("GET", QStringLiteral("/api/v1/agents/<arg>"),
               m_guard.guarded(leads, SessionGuard::SimpleHandler([this](const Session &, const HttpRequest &r) { return transitions(r); })));
}

HttpResponse AgentRoutes::floor(const HttpRequest &request)
{
    if (!request.query.isEmpty())
        return http::error(Code::BadRequest, QStringLiteral("no parameters are taken"));
    // The hotline never closes: a sliding day, not "since midnight". One range of the (at)
    // index, then the latest row of each operator.
    const PreparedQuery query = m_db.prepared(QStringLiteral(
        "SELECT login, desk, state, reason, at FROM ("
        " SELECT login, desk, state, reason, at,"
        "  ROW_NUMBER() OVER (PARTITION BY login ORDER BY at DESC, received_at DESC) AS latest"
        " FROM agent_states WHERE at >= ?) recent WHERE latest = 1 ORDER BY login"));
    query->addBindValue(iso(QDateTime::currentDateTimeUtc().addDays(-1)));
    if (!query->exec())
        return http::error(Code::ServiceUnavailable, QStringLiteral("the database did not answer"));
    QJsonArray agents;
    while (query->next())
        agents.append(rowOf(*query));
    return http::json({{QStringLiteral("agents"), agents}, {QStringLiteral("at"), iso(QDateTime::currentDateTimeUtc())}});
}

HttpResponse AgentRoutes::transitions(const HttpRequest &request)
{
    const QString login = request.arguments.value(0);
    for (const auto &item : request.query.queryItems())
        if (item.first != QLatin1String("date"))
            return http::error(Code::BadRequest, QStringLiteral("unknown parameter \"%1\": date").arg(item.first));
    const QString dateText = request.query.queryItemValue(QStringLiteral("date"));
    const QDate day = dateText.isEmpty() ? QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date()
                                         : QDate::fromString(dateText, Qt::ISODate);
    if (!day.isValid())
        return http::error(Code::BadRequest, QStringLiteral("date \"%1\" is not YYYY-MM-DD").arg(dateText.left(40)));
    // The centre's day is Beijing's.
    const QDateTime from(day, QTime(0, 0), QTimeZone(8 * 3600));
    const PreparedQuery query = m_db.prepared(QStringLiteral(
        "SELECT login, desk, state, reason, at, from_state, seconds FROM agent_states"
        " WHERE login = ? AND at >= ? AND at < ? ORDER BY at, received_at"));
    query->addBindValue(login);
    query->addBindValue(iso(from));
    query->addBindValue(iso(from.addDays(1)));
    if (!query->exec())
        return http::error(Code::ServiceUnavailable, QStringLiteral("the database did not answer"));
    QJsonArray rows;
    while (query->next()) {
        QJsonObject row = rowOf(*query);
        row.insert(QStringLiteral("from"), query->value(5).toString());
        row.insert(QStringLiteral("secondsInPrevious"), query->value(6).toLongLong());
        rows.append(row);
    }
    return http::json({{QStringLiteral("login"), login}, {QStringLiteral("date"), day.toString(Qt::ISODate)}, {QStringLiteral("transitions"), rows}});
}

} // namespace hotline
