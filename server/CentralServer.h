// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/CentralConfig.h"
#include "server/http/HttpServer.h"
#include "server/sync/NudgeServer.h"
#include "server/sync/PushQueue.h"
#include "server/sync/SyncService.h"
#include "server/users/SessionGuard.h"
#include "server/users/UserDirectory.h"

#include <QObject>

#include <functional>
#include <memory>

namespace hotline {

class AccountRoutes;
class AgentRoutes;
class FloorRoutes;
class CentralDatabase;
class NumberLeases;
class Open311Service;
class OrderRoutes;
class QualityRoutes;
class TrainingRoutes;
class KbUsageRoutes;
class RecordingRoutes;
class AutoUrge;

// The centre on the network: the HTTP/JSON API (/api/v1), the desks' nudge stream on the same
// port (/api/v1/stream), and Open311 (/open311/v2) over the central database. Every route
// checks the caller's role; every refusal is a 4xx with a message, and a refused request
// stores nothing.
class CentralServer : public QObject {
    Q_OBJECT
public:
    static constexpr const char *streamPath = "/api/v1/stream";

    CentralServer(CentralDatabase &db, const CentralConfig &config, QObject *parent = nullptr);
    ~CentralServer() override;

    // Listens where the configuration says; the port, or 0 with `error` saying why.
    quint16 listen(QString *error);
    // Stops taking connections, answers the requests already read and the last group of
    // pushes, then calls `done`.
    void shutdown(std::function<void()> done);
    // How well group commit groups: pushes written, and the transactions they took.
    qint64 pushesWritten() const { return m_pushes.pushes(); }
    qint64 pushGroupsWritten() const { return m_pushes.groups(); }

private:
    void addRoutes();
    void addOpen311Routes();
    std::optional<HttpResponse> openStream(QTcpSocket *socket, const HttpRequest &request);
    HttpResponse health() const;
    // Answered once the push's group has committed (see PushQueue), not on return.
    void push(const Session &session, HttpRequest &&request, HttpReply reply);
    static HttpResponse pushAnswer(const QVector<OpOutcome> &outcomes);
    // Tells the desks whose orders a push changed; the pushing desk knows already.
    void nudgeFor(const QString &pushingDesk, const QVector<OpOutcome> &outcomes);
    void pull(const Session &session, HttpRequest &&request, HttpReply reply);
    HttpResponse lease(const Session &session, const HttpRequest &request);
    void readOrder(const Session &session, HttpRequest &&request, HttpReply reply);
    HttpResponse publishReference(const Session &session, const HttpRequest &request);
    // Answers `response` once the audit line of what it reveals is committed.
    void answerAudited(AuditEntry read, HttpResponse response, HttpReply reply);

    CentralDatabase &m_db;
    CentralConfig m_config;
    UserDirectory m_users;
    SessionGuard m_guard;
    SyncService m_sync;
    PushQueue m_pushes;
    std::unique_ptr<NumberLeases> m_leases;
    std::unique_ptr<Open311Service> m_open311;
    HttpServer m_http;
    NudgeServer m_nudges;
    std::unique_ptr<AccountRoutes> m_accounts;
    std::unique_ptr<OrderRoutes> m_orders;
    std::unique_ptr<AgentRoutes> m_agents;
    std::unique_ptr<FloorRoutes> m_floor;
    std::unique_ptr<RecordingRoutes> m_recordings;
    std::unique_ptr<QualityRoutes> m_quality;
    std::unique_ptr<TrainingRoutes> m_training;
    std::unique_ptr<KbUsageRoutes> m_kbUsage;
    std::unique_ptr<AutoUrge> m_autoUrge;
    QDateTime m_started;
};

} // namespace hotline
