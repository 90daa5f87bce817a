// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/database/DatabaseWorker.h"
#include "server/http/HttpServer.h"
#include "server/users/SessionGuard.h"

#include <QDateTime>
#include <QJsonObject>

namespace hotline {

class CentralDatabase;

// What the floor's use of the knowledge base teaches (docs: README "Usage as evidence"):
//   GET /api/v1/kb/usage          the usage model every desk's search reads (KbUsageModel's
//                                 JSON, with `built`): counted from the last 180 days of
//                                 events by desk, of published articles only; rebuilt when an
//                                 article changed, else at most every 10 seconds (new clicks
//                                 show within that). Operators, team leads, editors, administrators.
//   GET /api/v1/kb/misses?days=N  the queries that found nothing or were searched again in the
//                                 last N days (1–365, default 30), most frequent first, for the
//                                 knowledge-base editors (and team leads, administrators).
// The events come in through the sync push (kind kb.usage, server/sync/PushGroup). Queries
// only — no caller, order or operator is named in either answer.
// Both are counted on a thread of their own: a year of a large floor's events is a few
// hundred milliseconds of grouping the desks' pushes must not wait behind.
class KbUsageRoutes {
public:
    static constexpr int modelDays = 180;
    // How long a built model is answered as it is: at most one rebuild per this long on the
    // worker's thread, however many desks ask.
    static constexpr qint64 modelSeconds = 10;
    static constexpr int maxMisses = 200;

    KbUsageRoutes(const CentralDatabase &db, const SessionGuard &guard);

    void addTo(HttpServer &http);

private:
    void usage(const HttpRequest &request, HttpReply reply);
    void misses(const HttpRequest &request, HttpReply reply);

    const SessionGuard &m_guard;
    QJsonObject m_model; // the last one built, with the time it was
    QDateTime m_modelBuilt;
    qint64 m_modelRevision = -1; // the change feed's revision it was built at
    DatabaseWorker m_worker; // last: gone (its thread stopped) before the rest
};

} // namespace hotline
