// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/database/DatabaseWorker.h"
#include "server/floor/FloorQueries.h"
#include "server/http/HttpServer.h"
#include "server/users/SessionGuard.h"

#include <memory>
#include <vector>

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
//
// The figures are read on a thread of their own with its own connection: a refresh takes a few
// hundred milliseconds at a million orders (its full re-read, every ten minutes, seconds), which
// would hold every desk's pushes and pulls up on the event loop. The dashboards that ask while
// a refresh runs share the next one — one started after they asked, so none is answered with
// figures older than its question.
class FloorRoutes {
public:
    FloorRoutes(const CentralDatabase &db, const SessionGuard &guard);

    void addTo(HttpServer &http);

private:
    void floor(const HttpRequest &request, HttpReply reply);
    void refresh();

    const SessionGuard &m_guard;
    std::unique_ptr<FloorQueries> m_queries; // made, used and read on the worker's thread only
    std::vector<HttpReply> m_refreshing;     // answered by the refresh running
    std::vector<HttpReply> m_waiting;        // asked meanwhile: answered by the next one
    DatabaseWorker m_worker;                 // last: gone (its thread stopped) before the rest
};

} // namespace hotline
