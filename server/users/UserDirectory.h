// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace hotline {

class CentralDatabase;

enum class Role { Operator, TeamLead, KbEditor, Dispatcher, Trainee, Department, Admin };
QString toCode(Role role);
std::optional<Role> roleFromCode(const QString &code);

struct CentralUser {
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Operator;
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
    std::optional<QString> password;
    bool isEmpty() const { return !role && !displayName && !disabled && !password; }
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

    explicit UserDirectory(CentralDatabase &db) : m_db(db) {}

    Result<CentralUser> create(const QString &login, const QString &displayName, Role role, const QString &password);
    // A wrong login and a wrong password get the same answer, so logins cannot be probed.
    Result<Session> signIn(const QString &login, const QString &password, const QString &desk,
                           int hours = defaultTokenHours);
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
    // A user's own new password, given the current one; their other sessions end.
    Status changePassword(const Session &session, const QString &current, const QString &next);

    Status audit(const QString &login, const QString &action, const QString &target, const QString &detail = {});
    int userCount() const;

    static QString hashToken(const QString &token);

private:
    // The argon2id hash of an acceptable password, or why it is not acceptable.
    static Result<QString> hashPassword(const QString &password);
    int enabledAdmins() const;

    CentralDatabase &m_db;
};

} // namespace hotline
