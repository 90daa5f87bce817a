// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/floor/FloorRoutes.h"

#include "server/http/HttpJson.h"

namespace hotline {

namespace {

using Code = HttpStatus;

} // namespace

void FloorRoutes::addTo(HttpServer &http)
{
    http.route("GET", QStringLiteral("/api/v1/floor"),
               m_guard.guarded({Role::TeamLead, Role::KbEditor, Role::Admin},
                               SessionGuard::SimpleHandler([this](const Session &, const HttpRequest &r) { return floor(r); })));
}

HttpResponse FloorRoutes::floor(const HttpRequest &request)
{
    if (!request.query.isEmpty())
        return http::error(Code::BadRequest, QStringLiteral("no parameters are taken"));
    const std::optional<QJsonObject> answer = m_queries.figures(QDateTime::currentDateTimeUtc());
    if (!answer)
        return http::error(Code::ServiceUnavailable, QStringLiteral("the database did not answer"));
    return http::json(*answer);
}

} // namespace hotline
