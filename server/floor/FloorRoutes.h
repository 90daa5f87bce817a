// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/floor/FloorQueries.h"
#include "server/http/HttpServer.h"
#include "server/users/SessionGuard.h"

namespace hotline {

class CentralDatabase;

// The floor live, for the team leads' dashboard and the hall's wallboard:
//   GET /api/v1/floor   calls and orders per hour since Beijing midnight and over the sliding
//                       24 hours against the usual level (the same hours of the previous
//                       4 weeks), agents by state now, after-call work, orders waiting for
//                       review, overdue orders, first-call resolution by channel and item, and
//                       the surges of an item in a district (with their phrases and articles).
// Counts and phrases only, no caller's details: team leads, administrators and knowledge-base
// editors (who answer surges with articles); nothing to put on record.
class FloorRoutes {
public:
    FloorRoutes(const CentralDatabase &db, const SessionGuard &guard) : m_queries(db), m_guard(guard) {}

    void addTo(HttpServer &http);

private:
    HttpResponse floor(const HttpRequest &request);

    FloorQueries m_queries;
    const SessionGuard &m_guard;
};

} // namespace hotline
