// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/kb/KbUsageRoutes.h"

#include "server/database/CentralDatabase.h"
#include "server/http/HttpJson.h"
#include "server/kb/KbUsageQueries.h"

#include <memory>
#include <optional>

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
    // The model built last is answered while it is under modelSeconds old and no article changed
    // since (the change feed's revision): a withdrawal leaves every desk's next model at once.
    struct Built {
        qint64 revision = -1;
        std::optional<Result<KbUsageModel>> model; // none: the cached one still holds
    };
    auto built = std::make_shared<Built>();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool fresh = m_modelBuilt.isValid() && m_modelBuilt.secsTo(now) < modelSeconds;
    const qint64 cachedRevision = fresh ? m_modelRevision : -1;
    m_worker.run(
        [built, now, cachedRevision](CentralDatabase &db) {
            const PreparedQuery revision = db.prepared(QStringLiteral("SELECT value FROM counters WHERE name = 'revision'"));
            if (revision->exec() && revision->next())
                built->revision = revision->value(0).toLongLong();
            if (built->revision < 0 || built->revision != cachedRevision)
                built->model = KbUsageQueries(db).model(now.addDays(-modelDays));
        },
        [this, built, now, reply] {
            if (!built->model)
                return reply.send(http::json(m_model));
            if (!*built->model)
                return reply.send(unavailable(built->model->error()));
            QJsonObject json = built->model->value().toJson();
            json.insert(QStringLiteral("built"), now.toString(Qt::ISODateWithMs));
            m_model = json;
            m_modelBuilt = now;
            m_modelRevision = built->revision;
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
