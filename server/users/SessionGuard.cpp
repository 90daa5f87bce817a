// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionGuard.h"

#include "server/http/HttpJson.h"

#include <algorithm>

namespace hotline {

const SessionGuard::Roles SessionGuard::callTakers = {Role::Operator, Role::TeamLead, Role::KbEditor, Role::Dispatcher,
                                                      Role::Department, Role::Admin};
const SessionGuard::Roles SessionGuard::readers = {Role::Operator, Role::TeamLead, Role::KbEditor, Role::Dispatcher,
                                                   Role::Admin, Role::Trainee, Role::Department};
const SessionGuard::Roles SessionGuard::everyone = {Role::Operator, Role::TeamLead, Role::KbEditor, Role::Dispatcher,
                                                    Role::Trainee, Role::Department, Role::Admin};

std::variant<Session, HttpResponse> SessionGuard::check(const HttpRequest &request, const Roles &roles) const
{
    const QString token = http::bearerToken(request);
    if (token.isEmpty())
        return http::error(HttpStatus::Unauthorized, QStringLiteral("sign in first: Authorization: Bearer TOKEN"));
    std::optional<Session> session = m_users.authenticate(token);
    if (!session)
        return http::error(HttpStatus::Unauthorized, QStringLiteral("the token is unknown or has expired: sign in again"));
    if (std::find(roles.begin(), roles.end(), session->user.role) == roles.end())
        return http::error(HttpStatus::Forbidden, QStringLiteral("the role %1 may not do this").arg(toCode(session->user.role)));
    return std::move(*session);
}

HttpServer::Handler SessionGuard::guarded(Roles roles, Handler handler) const
{
    return [this, roles = std::move(roles), handler = std::move(handler)](HttpRequest &&request, HttpReply reply) {
        std::variant<Session, HttpResponse> caller = check(request, roles);
        if (const auto *refusal = std::get_if<HttpResponse>(&caller))
            return reply.send(*refusal);
        handler(std::get<Session>(caller), std::move(request), std::move(reply));
    };
}

HttpServer::Handler SessionGuard::guarded(Roles roles, SimpleHandler handler) const
{
    return guarded(std::move(roles), Handler([handler = std::move(handler)](const Session &session, HttpRequest &&request, HttpReply reply) {
                       reply.send(handler(session, request));
                   }));
}

} // namespace hotline
