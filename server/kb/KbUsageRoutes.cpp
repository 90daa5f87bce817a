// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/kb/KbUsageRoutes.h"

#include "server/database/CentralDatabase.h"
#include "server/http/HttpJson.h"
#include "server/kb/KbUsageQueries.h"

#include <memory>

namespace hotline {

namespace {
using Code = HttpStatus;

HttpResponse unavailable(const QString &error)
{
    return http::error(Code::ServiceUnavailable, QStringLiteral("the database did not answer: ") + error);
}
} // namespace

KbUsageRoutes::KbUsageRoutes(const CentralDatabase &db, const SessionGuard &guard)
    : m_guard(guard), m_worker(db.url(), QStringLiteral("kb-usage"))
{
}

void KbUsageRoutes::addTo(HttpServer &http)
{
    using Deferred = SessionGuard::Handler;
    http.route("GET", QStringLiteral("/api/v1/kb/usage"),
               m_guard.guarded({Role::Operator, Role::TeamLead, Role::KbEditor, Role::Admin},
                               Deferred([this](const Session &, HttpRequest &&r, HttpReply reply) { usage(r, std::move(reply)); })));
    http.route("GET", QStringLiteral("/api/v1/kb/misses"),
               m_guard.guarded({Role::KbEditor, Role::TeamLead, Role::Admin},
                               Deferred([this](const Session &, HttpRequest &&r, HttpReply reply) { misses(r, std::move(reply)); })));
}

void KbUsageRoutes::usage(const HttpRequest &request, HttpReply reply)
{
    if (!request.query.isEmpty())
        return reply.send(http::error(Code::BadRequest, QStringLiteral("no parameters are taken")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_modelBuilt.isValid() && m_modelBuilt.secsTo(now) < modelSeconds)
        return reply.send(http::json(m_model));
    auto built = std::make_shared<Result<KbUsageModel>>(Error{QString()});
    m_worker.run([built, now](CentralDatabase &db) { *built = KbUsageQueries(db).model(now.addDays(-modelDays)); },
                 [this, built, now, reply] {
                     if (!*built)
                         return reply.send(unavailable(built->error()));
                     QJsonObject json = built->value().toJson();
                     json.insert(QStringLiteral("built"), now.toString(Qt::ISODateWithMs));
                     m_model = json;
                     m_modelBuilt = now;
                     reply.send(http::json(json));
                 },
                 [reply](const QString &error) { reply.send(unavailable(error)); });
}

void KbUsageRoutes::misses(const HttpRequest &request, HttpReply reply)
{
    int days = 30;
    for (const auto &[name, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        bool number = false;
        if (name != QLatin1String("days") || (days = value.toInt(&number), !number) || days < 1 || days > 365)
            return reply.send(http::error(Code::BadRequest, QStringLiteral("only days=N (1 to 365) is taken")));
    }
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-days);
    auto found = std::make_shared<Result<QJsonArray>>(Error{QString()});
    m_worker.run([found, since](CentralDatabase &db) { *found = KbUsageQueries(db).misses(since, maxMisses); },
                 [found, days, reply] {
                     if (!*found)
                         return reply.send(unavailable(found->error()));
                     reply.send(http::json({{QStringLiteral("days"), days}, {QStringLiteral("misses"), found->value()}}));
                 },
                 [reply](const QString &error) { reply.send(unavailable(error)); });
}

} // namespace hotline
