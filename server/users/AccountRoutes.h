// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/HttpServer.h"
#include "server/users/DeskRegistry.h"
#include "server/users/SessionGuard.h"
#include "server/users/AuditBatch.h"
#include "server/users/SignInThrottle.h"
#include "server/users/UserDirectory.h"

#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace hotline {

class CentralDatabase;

// Sign-in, sign-out, passwords and the administrator's users. argon2id costs a tenth of a
// second and 64 MiB on purpose; done on the event loop, a flood of sign-ins would stall
// every desk's pushes and pulls. Here the hashes are made on a pool of their own, at most a
// few at a time (beyond that: 503 and Retry-After), and only the database steps run on the
// loop. Failed sign-ins are throttled per login and per address, and audited with the address.
class AccountRoutes : public QObject {
    Q_OBJECT
public:
    struct Options {
        int tokenHours = 12;
        SignInThrottle::Limits throttle;
        QString streamPath;
        std::function<QJsonObject()> epoch; // the database's identity and epoch, for the desk
    };
    AccountRoutes(CentralDatabase &db, UserDirectory &users, const SessionGuard &guard, Options options, QObject *parent = nullptr);
    ~AccountRoutes() override;

    void addTo(HttpServer &http);
    // Sign-in flood figures for the log and the benchmark.
    int hashesInFlight() const { return m_inFlight; }

Q_SIGNALS:
    // Sessions ended (sign-out, a disabled user, a new password): open streams are rechecked.
    void sessionsEnded();

private:
    void signIn(HttpRequest &&request, HttpReply reply);
    void finishSignIn(const StoredCredentials &stored, bool passwordOk, const QString &login, const QString &desk,
                      const QString &deskKey, const QString &address, const HttpReply &reply);
    HttpResponse signOut(const Session &session, const HttpRequest &request);
    void createUser(const Session &session, HttpRequest &&request, HttpReply reply);
    HttpResponse listUsers();
    void updateUser(const Session &session, HttpRequest &&request, HttpReply reply);
    void changePassword(const Session &session, HttpRequest &&request, HttpReply reply);
    // Runs `work` on the hashing pool and `then` back on this object's thread; false (and
    // nothing run) when the pool is full.
    bool offLoop(std::function<void()> work, std::function<void()> then);

    CentralDatabase &m_db;
    UserDirectory &m_users;
    const SessionGuard &m_guard;
    Options m_options;
    SignInThrottle m_throttle;
    // Throttled attempts are audited in batches: each one flushed alone would let a flood
    // cost every desk a disk flush per attempt.
    AuditBatch m_throttledAudits;
    DeskRegistry m_desks;
    QThreadPool m_pool;
    int m_inFlight = 0;
};

} // namespace hotline
