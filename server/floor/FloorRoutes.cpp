// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/floor/FloorRoutes.h"

#include "server/database/CentralDatabase.h"
#include "server/http/HttpJson.h"

namespace hotline {

namespace {

using Code = HttpStatus;

} // namespace

FloorRoutes::FloorRoutes(const CentralDatabase &db, const SessionGuard &guard)
    : m_guard(guard), m_worker(db.url(), QStringLiteral("floor-figures"))
{
}

void FloorRoutes::addTo(HttpServer &http)
{
    http.route("GET", QStringLiteral("/api/v1/floor"),
               m_guard.guarded({Role::TeamLead, Role::KbEditor, Role::Admin},
                               SessionGuard::Handler([this](const Session &, HttpRequest &&r, HttpReply reply) { floor(r, std::move(reply)); })));
}

void FloorRoutes::floor(const HttpRequest &request, HttpReply reply)
{
    if (!request.query.isEmpty())
        return reply.send(http::error(Code::BadRequest, QStringLiteral("no parameters are taken")));
    m_waiting.push_back(std::move(reply));
    if (m_refreshing.empty())
        refresh();
}

void FloorRoutes::refresh()
{
    m_refreshing = std::move(m_waiting);
    m_waiting.clear();
    auto figures = std::make_shared<std::optional<QJsonObject>>();
    const auto answer = [this](const HttpResponse &response) {
        for (const HttpReply &reply : m_refreshing)
            reply.send(response);
        m_refreshing.clear();
        if (!m_waiting.empty())
            refresh();
    };
    m_worker.run(
        [this, figures](CentralDatabase &db) {
            if (!m_queries)
                m_queries = std::make_unique<FloorQueries>(db);
            *figures = m_queries->figures(QDateTime::currentDateTimeUtc());
        },
        [answer, figures] {
            answer(*figures ? http::json(**figures) : http::error(Code::ServiceUnavailable, QStringLiteral("the database did not answer")));
        },
        [answer](const QString &error) { answer(http::error(Code::ServiceUnavailable, QStringLiteral("the database did not answer: ") + error)); });
}

} // namespace hotline
