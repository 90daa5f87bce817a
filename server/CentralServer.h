// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/CentralConfig.h"
#include "server/sync/NudgeServer.h"
#include "server/sync/PushQueue.h"
#include "server/sync/SyncService.h"
#include "server/users/UserDirectory.h"

#include <QHttpServer>
#include <QObject>

#include <memory>
#include <variant>
#include <vector>

namespace hotline {

class CentralDatabase;
class NumberLeases;
class Open311Service;

// The HTTP/JSON API (/api/v1), the WebSocket that nudges desks to pull, and Open311
// (/open311/v2) over the central database. Every route checks the caller's role; every
// refusal is a 4xx with a message, and nothing is stored by a refused request.
class CentralServer : public QObject {
    Q_OBJECT
public:
    CentralServer(CentralDatabase &db, const CentralConfig &config, QObject *parent = nullptr);
    ~CentralServer() override;

    // Listens where the configuration says; the port, or 0 with `error` saying why.
    quint16 listen(QString *error);
    quint16 streamPort() const;
    // Stops taking connections; requests already read are still answered.
    void stopListening();
    // Stops taking connections, answers the requests already read and the last group of
    // pushes, then calls `done`.
    void shutdown(std::function<void()> done);
    // How well group commit groups: pushes written, and the transactions they took.
    qint64 pushesWritten() const { return m_pushes.pushes(); }
    qint64 pushGroupsWritten() const { return m_pushes.groups(); }

private:
    using Handler = std::function<QHttpServerResponse(const Session &, const QHttpServerRequest &)>;
    // The caller's session, or the 401/403 that refuses the request.
    std::variant<Session, QHttpServerResponse> authorize(const std::vector<Role> &roles, const QHttpServerRequest &request);
    // Wraps a handler with the token check and the roles allowed to call it.
    std::function<QHttpServerResponse(const QHttpServerRequest &)> guarded(std::vector<Role> roles, Handler handler);
    void addRoutes();
    QHttpServerResponse signIn(const QHttpServerRequest &request);
    // Answered once the push's group has committed (see PushQueue), not on return.
    void push(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    static QHttpServerResponse pushAnswer(const QVector<OpOutcome> &outcomes);
    // Tells the desks whose orders a push changed; the pushing desk knows already.
    void nudgeFor(const QString &pushingDesk, const QVector<OpOutcome> &outcomes);
    QHttpServerResponse pull(const Session &session, const QHttpServerRequest &request);
    QHttpServerResponse lease(const Session &session, const QHttpServerRequest &request);
    QHttpServerResponse readOrder(const Session &session, const QString &number);
    QHttpServerResponse createUser(const Session &session, const QHttpServerRequest &request);
    QHttpServerResponse listUsers();
    QHttpServerResponse updateUser(const Session &session, const QString &login, const QHttpServerRequest &request);
    QHttpServerResponse changePassword(const Session &session, const QHttpServerRequest &request);
    QHttpServerResponse publishReference(const Session &session, const QString &kind, const QHttpServerRequest &request);
    void addOpen311Routes();

    CentralDatabase &m_db;
    CentralConfig m_config;
    UserDirectory m_users;
    SyncService m_sync;
    PushQueue m_pushes;
    std::unique_ptr<NumberLeases> m_leases;
    std::unique_ptr<Open311Service> m_open311;
    QHttpServer m_http;
    NudgeServer m_nudges;
};

} // namespace hotline
