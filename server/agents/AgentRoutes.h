// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/HttpServer.h"
#include "server/users/SessionGuard.h"

namespace hotline {

class CentralDatabase;

// The operators' states as their desks report them (operation kind agent.state, through the
// push), for the team lead's wallboard and figures:
//   GET /api/v1/agents                      each operator's latest state over the last 24 hours:
//                                           login, desk, state, reason, since
//   GET /api/v1/agents/<login>?date=DAY     that operator's transitions on a day (UTC+8), in order
// Staff data, not callers': for team leads and administrators.
class AgentRoutes {
public:
    AgentRoutes(const CentralDatabase &db, const SessionGuard &guard) : m_db(db), m_guard(guard) {}

    void addTo(HttpServer &http);

private:
    HttpResponse floor(const HttpRequest &request);
    HttpResponse transitions(const HttpRequest &request);

    const CentralDatabase &m_db;
    const SessionGuard &m_guard;
};

} // namespace hotline
