// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/HttpServer.h"
#include "server/recordings/RecordingArchive.h"
#include "server/recordings/ReviewRoutes.h"
#include "server/users/SessionGuard.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace hotline {

// The recordings API. Uploads come from the call-taking roles (operator, team_lead), each
// recording from the desk that began it; reviewers (team_lead, admin) list and download, and
// every list and download is put on record before it leaves:
//   GET  /api/v1/recordings/ID/status          {bytes, complete, sha256}; 404 when none
//   PUT  /api/v1/recordings/ID?offset=N        a chunk (≤ 1 MiB); 409 {bytes} when N is not
//                                              what the centre holds
//   POST /api/v1/recordings/ID/complete        details and SHA-256; 422 on a mismatch (the
//                                              partial file is dropped)
//   POST /api/v1/recordings/ID/orders          {"orders": [...]}: more work orders of the call
//   GET  /api/v1/recordings/ID                 the Ogg Opus file; Range: bytes=A-B gives 206
//   GET  /api/v1/recordings?order=NUMBER       the order's recordings
//   GET  /api/v1/recordings?…                  without an order: the review queue (ReviewRoutes)
// IDs are UUIDs and nothing else (400): no path can be named through them. Files past
// `retentionDays` are deleted hourly (and at start).
class RecordingRoutes : public QObject {
    Q_OBJECT
public:
    using Audited = std::function<void(AuditEntry, HttpResponse, HttpReply)>;
    // Whole files up to this size in one answer; a larger one comes in ranges (206).
    static constexpr qint64 maxAnswerBytes = 8 * 1024 * 1024;

    RecordingRoutes(CentralDatabase &db, const SessionGuard &guard, QString directory, int retentionDays, Audited audited,
                    QObject *parent = nullptr);
    void addTo(HttpServer &http);
    RecordingArchive &archive() { return m_archive; }
    ReviewRoutes &review() { return m_review; }

private:
    HttpResponse status(const Session &session, const HttpRequest &request);
    HttpResponse append(const Session &session, const HttpRequest &request);
    HttpResponse complete(const Session &session, const HttpRequest &request);
    HttpResponse link(const Session &session, const HttpRequest &request);
    void download(const Session &session, HttpRequest &&request, HttpReply reply);
    void list(const Session &session, HttpRequest &&request, HttpReply reply);
    static HttpResponse answer(const RecordingArchive::Answer &answer);
    void sweep();

    RecordingArchive m_archive;
    ReviewRoutes m_review;
    const SessionGuard &m_guard;
    int m_retentionDays;
    Audited m_audited;
    QTimer m_sweeper;
};

} // namespace hotline
