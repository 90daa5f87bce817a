// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Role.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace hotline {

class CentralDatabase;

struct CentralUser {
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Operator;
    QString unit; // a department's unit code: the orders it may see and answer
};

// An argon2id hash, made by UserDirectory::hashPassword (on any thread: it takes a tenth of a
// second and 64 MiB on purpose, so the server makes it away from its event loop).
struct PasswordHash {
    QString text;
};

// A user as the administrator sees them.
struct UserAccount {
    CentralUser user;
    bool disabled = false;
    QDateTime createdAt;
};

// What an administrator changes about a user; what is not set stays as it is.
struct UserChange {
    std::optional<Role> role;
    std::optional<QString> displayName;
    std::optional<bool> disabled;
    std::optional<PasswordHash> password;
    std::optional<QString> unit;
    bool isEmpty() const { return !role && !displayName && !disabled && !password && !unit; }
};

// What a sign-in is checked against. An unknown login gets the decoy hash, so that it costs
// exactly what a wrong password costs and logins cannot be probed by timing.
struct StoredCredentials {
    std::optional<CentralUser> user; // none: no such login
    QByteArray hash;
    bool disabled = false;
};

// One line of the audit log, written later with a group of others (reads of caller data).
struct AuditEntry {
    QString login, action, target, detail, address;
};

struct Session {
    QString token; // shown once, to the client; only its hash is stored
    QDateTime expiresAt;
    CentralUser user;
    QString desk;
};

// Who may use the central service: users with one role each, passwords hashed with argon2id
// (libsodium), sign-in tokens that expire, and the audit log of who read or changed what.
class UserDirectory {
public:
    static constexpr int defaultTokenHours = 12;

    // How long a session found by authenticate() is remembered by a directory that remembers.
    static constexpr qint64 sessionMemoryMs = 2000;
    enum class Sessions { LookedUpEveryTime, Remembered };
    explicit UserDirectory(CentralDatabase &db, Sessions sessions = Sessions::LookedUpEveryTime)
        : m_db(db), m_rememberSessions(sessions == Sessions::Remembered)
    {
    }

    Result<CentralUser> create(const QString &login, const QString &displayName, Role role, const PasswordHash &password,
                               const QString &unit = {});
    // Sign-in in three steps, the slow one on any thread: the stored hash, the check, the session.
    StoredCredentials credentials(const QString &login) const;
    // Makes the decoy hash unknown logins are checked against (one argon2id hash): called off
    // the event loop at start, so that no sign-in pays for it there.
    static void prepareDecoy();
    static bool verifyPassword(const QByteArray &hash, const QString &password);
    Result<Session> openSession(const CentralUser &user, const QString &desk, int hours = defaultTokenHours);
    // The hash of an acceptable password, or why it is not acceptable. Thread-safe.
    static Result<PasswordHash> hashPassword(const QString &password);
    // The session of a token that exists and has not expired.
    std::optional<Session> authenticate(const QString &token) const;
    Status signOut(const QString &token);

    // Every user, by login.
    Result<QVector<UserAccount>> list() const;
    std::optional<UserAccount> find(const QString &login) const;
    // Changes a user. A new password or disabling ends all their sessions at once. The last
    // enabled administrator can neither be disabled nor lose the role: the centre always
    // keeps someone who can manage it.
    Result<UserAccount> update(const QString &login, const UserChange &change);
    // A user's own new password (the current one checked by the caller); their other
    // sessions end, this one goes on.
    Status setOwnPassword(const Session &session, const PasswordHash &next);
    QByteArray passwordHashOf(qint64 userId) const;

    // `address` is the client's, for sign-ins and other actions from the network.
    Status audit(const QString &login, const QString &action, const QString &target, const QString &detail = {},
                 const QString &address = {});
    int userCount() const;

    static QString hashToken(const QString &token);

private:
    int enabledAdmins() const;
    void forgetSessions() const { m_recentSessions.clear(); }

    CentralDatabase &m_db;
    // Sessions found in the last moments, by token hash: every desk asks every few seconds and
    // on PostgreSQL each lookup is a round trip. A session ended through this directory (sign-out,
    // a disabled user, a new password) is forgotten at once; one ended elsewhere (another centre,
    // the command line) stops working here within sessionMemoryMs.
    struct RememberedSession {
        Session session;
        QElapsedTimer found;
    };
    bool m_rememberSessions = false;
    mutable QHash<QString, RememberedSession> m_recentSessions;
};

} // namespace hotline
