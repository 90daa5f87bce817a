// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/HttpServer.h"
#include "server/recordings/ReviewQueue.h"
#include "server/users/SessionGuard.h"

#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <functional>

namespace hotline {

// Reviewing recordings (team leads and administrators); every answer holding a caller's data
// is put on record before it leaves:
//   GET  /api/v1/recordings?operator=&from=&to=&item=&unit=&minDurationMs=&maxDurationMs=
//        &satisfaction=&returned=1&minSilenceMs=&assigned=1&week=&limit=&offset=   the review queue
//        (assigned=1: only the calls the week's sampling plan gives the one asking)
//   GET  /api/v1/recordings/ID/review        the recording, its comments, its orders with events
//   POST /api/v1/recordings/ID/comments      {"offsetMs", "text"}: a comment at that moment
//   GET  /api/v1/review/quotas               the sampling plan's quotas
//   PUT  /api/v1/review/quotas               {"quotas": [{"reviewer", "count"} | {"reviewer", "share", "minimum"}]}
//   GET  /api/v1/review/assignment?week=DAY[&reviewer=LOGIN]   the calls of that week's plan
// (GET /api/v1/recordings?order=NUMBER stays with RecordingRoutes.)
class ReviewRoutes {
public:
    using Audited = std::function<void(AuditEntry, HttpResponse, HttpReply)>;
    ReviewRoutes(CentralDatabase &db, const SessionGuard &guard, const QString &directory, Audited audited);
    void addTo(HttpServer &http);
    ReviewQueue &queue() { return m_queue; }
    // The recording's silences measured off the event loop (an hour decodes in seconds), one
    // file at a time, then stored on its row; asked twice, measured once.
    void measureLater(const QString &id, const QString &file, qint64 durationMs);

    // The queue: called by RecordingRoutes for a listing without an order.
    void list(const Session &session, HttpRequest &&request, HttpReply reply);

private:
    void review(const Session &session, HttpRequest &&request, HttpReply reply);
    HttpResponse comment(const Session &session, const HttpRequest &request);
    HttpResponse quotas() const;
    HttpResponse setQuotas(const Session &session, const HttpRequest &request);
    HttpResponse assignment(const Session &session, const HttpRequest &request) const;

    ReviewQueue m_queue;
    const SessionGuard &m_guard;
    Audited m_audited;
    QSet<QString> m_measuring;
    QObject m_alive; // a measurement finishing after the routes are gone is dropped
    QThreadPool m_decoder; // last: destroyed first, waiting for the decode under way
};

} // namespace hotline
