// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/HttpServer.h"
#include "server/users/UserDirectory.h"

#include <functional>
#include <variant>
#include <vector>

namespace hotline {

// Every route names the roles it admits: the guard turns a bearer token into the caller's
// session, or into the 401 (no or a dead token) or 403 (the wrong role) that refuses it.
class SessionGuard {
public:
    using Roles = std::vector<Role>;
    // Roles that take calls and write work orders; trainees practise apart and never write here.
    static const Roles callTakers;
    // Everyone who may read the centre's changes: departments their unit's, trainees nothing real.
    static const Roles readers;
    static const Roles everyone;

    explicit SessionGuard(UserDirectory &users) : m_users(users) {}

    std::variant<Session, HttpResponse> check(const HttpRequest &request, const Roles &roles) const;

    using Handler = std::function<void(const Session &, HttpRequest &&, HttpReply)>;
    using SimpleHandler = std::function<HttpResponse(const Session &, const HttpRequest &)>;
    HttpServer::Handler guarded(Roles roles, Handler handler) const;
    HttpServer::Handler guarded(Roles roles, SimpleHandler handler) const;

private:
    UserDirectory &m_users;
};

} // namespace hotline
