// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/users/UserDirectory.h"

#include "server/database/CentralDatabase.h"
#include "store/SqlSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace hotline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hotline::UserDirectory", text);
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString UserDirectory::hashToken(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<CentralUser> UserDirectory::create(const QString &login, const QString &displayName, Role role, const PasswordHash &password,
                                          const QString &unit)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (!loginPattern.match(login).hasMatch())
        return Error{tr("登录名 “%1” 不合规：2–32 个小写字母、数字、点、下划线或连字符").arg(login)};
    if (role == Role::Department && unit.isEmpty())
        return Error{tr("承办单位的用户要写明单位编码（--unit）")};
    if (role != Role::Department && !unit.isEmpty())
        return Error{tr("只有承办单位的用户属于一个单位")};
    CentralUser user{0, login, displayName.isEmpty() ? login : displayName, role, unit};
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.database());
        query.prepare(QStringLiteral("INSERT INTO users (login, display_name, role, password_hash, created_at, unit_code)"
                                     " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
        query.addBindValue(login);
        query.addBindValue(user.displayName);
        query.addBindValue(toCode(role));
        query.addBindValue(password.text);
        query.addBindValue(iso(QDateTime::currentDateTimeUtc()));
        query.addBindValue(sqlText(unit));
        if (!query.exec() || !query.next())
            return Error{tr("用户 %1 已存在或无法保存").arg(login)};
        user.id = query.value(0).toLongLong();
        return Status::success();
    });
    if (!status)
        return Error{status.error()};
    return user;
}

namespace {
// The hash an unknown login is checked against: made once, with the same cost as any other.
const QByteArray &decoyHash()
{
    static const QByteArray decoy = [] {
        Result<PasswordHash> hash = UserDirectory::hashPassword(QStringLiteral("decoy-password-never-valid"));
        return hash ? hash.value().text.toLatin1() : QByteArray();
    }();
    return decoy;
}
} // namespace

void UserDirectory::prepareDecoy()
{
    (void)decoyHash();
}

StoredCredentials UserDirectory::credentials(const QString &login) const
{
    StoredCredentials stored;
    const PreparedQuery query = m_db.prepared(
        QStringLiteral("SELECT id, display_name, role, password_hash, disabled, unit_code FROM users WHERE login = ?"));
    query->addBindValue(login);
    if (query->exec() && query->next()) {
        stored.user = CentralUser{query->value(0).toLongLong(), login, query->value(1).toString(),
                                  roleFromCode(query->value(2).toString()).value_or(Role::Trainee), query->value(5).toString()};
        stored.hash = query->value(3).toString().toLatin1();
        stored.disabled = query->value(4).toInt() != 0;
    } else {
        stored.hash = decoyHash();
    }
    return stored;
}

bool UserDirectory::verifyPassword(const QByteArray &hash, const QString &password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

Result<Session> UserDirectory::openSession(const CentralUser &user, const QString &desk, int hours)
{
    if (!sodiumReady())
        return Error{tr("libsodium 无法初始化")};
    Session session;
    session.user = user;
    session.desk = desk;
    unsigned char random[32];
    randombytes_buf(random, sizeof random);
    session.token = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(random), sizeof random)
                                            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    session.expiresAt = QDateTime::currentDateTimeUtc().addSecs(qint64(hours) * 3600);
    const Status status = m_db.transaction([&]() -> Status {
        const PreparedQuery insert = m_db.prepared(QStringLiteral("INSERT INTO tokens (token_hash, user_id, desk, expires_at) VALUES (?, ?, ?, ?)"));
        insert->addBindValue(hashToken(session.token));
        insert->addBindValue(session.user.id);
        insert->addBindValue(desk);
        insert->addBindValue(iso(session.expiresAt));
        return execSql(*insert, QT_TRANSLATE_NOOP("LocalStore", "保存登录"));
    });
    if (!status)
        return Error{status.error()};
    return session;
}

std::optional<Session> UserDirectory::authenticate(const QString &token) const
{
    if (token.isEmpty() || token.size() > 200)
        return std::nullopt;
    const QString tokenHash = hashToken(token);
    if (m_rememberSessions) {
        if (const auto known = m_recentSessions.constFind(tokenHash); known != m_recentSessions.cend()) {
            if (!known->found.hasExpired(sessionMemoryMs) && known->session.expiresAt > QDateTime::currentDateTimeUtc())
                return known->session;
            m_recentSessions.erase(known);
        }
    }
    const PreparedQuery query = m_db.prepared(QStringLiteral(
        "SELECT u.id, u.login, u.display_name, u.role, t.desk, t.expires_at, u.unit_code FROM tokens t"
        " JOIN users u ON u.id = t.user_id WHERE t.token_hash = ? AND u.disabled = 0"));
    query->addBindValue(tokenHash);
    if (!query->exec() || !query->next())
        return std::nullopt;
    Session session;
    session.token = token;
    session.user = {query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                    roleFromCode(query->value(3).toString()).value_or(Role::Trainee), query->value(6).toString()};
    session.desk = query->value(4).toString();
    session.expiresAt = QDateTime::fromString(query->value(5).toString(), Qt::ISODateWithMs);
    if (!session.expiresAt.isValid() || session.expiresAt <= QDateTime::currentDateTimeUtc())
        return std::nullopt;
    if (m_rememberSessions) {
        if (m_recentSessions.size() >= 100'000)
            m_recentSessions.clear(); // more desks than any centre has: memory stays bounded
        RememberedSession remembered{session, {}};
        remembered.found.start();
        m_recentSessions.insert(tokenHash, std::move(remembered));
    }
    return session;
}

Status UserDirectory::signOut(const QString &token)
{
    forgetSessions();
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.database());
        query.prepare(QStringLiteral("DELETE FROM tokens WHERE token_hash = ?"));
        query.addBindValue(hashToken(token));
        return execSql(query, QT_TRANSLATE_NOOP("LocalStore", "注销"));
    });
}

Status UserDirectory::audit(const QString &login, const QString &action, const QString &target, const QString &detail,
                            const QString &address)
{
    const PreparedQuery query = m_db.prepared(
        QStringLiteral("INSERT INTO audit_log (at, login, action, target, detail, address) VALUES (?, ?, ?, ?, ?, ?)"));
    query->addBindValue(iso(QDateTime::currentDateTimeUtc()));
    query->addBindValue(login);
    query->addBindValue(action);
    query->addBindValue(target);
    query->addBindValue(sqlText(detail));
    query->addBindValue(sqlText(address));
    return execSql(*query, QT_TRANSLATE_NOOP("LocalStore", "写审计日志"));
}

Result<PasswordHash> UserDirectory::hashPassword(const QString &password)
{
    if (!sodiumReady())
        return Error{tr("libsodium 无法初始化")};
    if (password.size() < 8)
        return Error{tr("密码至少 8 个字符")};
    const QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Error{tr("无法计算密码散列（内存不足）")};
    return PasswordHash{QString::fromLatin1(hash)};
}

namespace {
const char *accountColumns = "SELECT id, login, display_name, role, disabled, created_at, unit_code FROM users";

UserAccount accountFrom(const QSqlQuery &query)
{
    return {{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
             roleFromCode(query.value(3).toString()).value_or(Role::Trainee), query.value(6).toString()},
            query.value(4).toInt() != 0,
            QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs)};
}
} // namespace

Result<QVector<UserAccount>> UserDirectory::list() const
{
    QSqlQuery query(m_db.database());
    if (!query.exec(QString::fromLatin1(accountColumns) + QStringLiteral(" ORDER BY login")))
        return Error{tr("无法读取用户：%1").arg(query.lastError().text())};
    QVector<UserAccount> accounts;
    while (query.next())
        accounts.append(accountFrom(query));
    return accounts;
}

std::optional<UserAccount> UserDirectory::find(const QString &login) const
{
    QSqlQuery query(m_db.database());
    query.prepare(QString::fromLatin1(accountColumns) + QStringLiteral(" WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return accountFrom(query);
}

int UserDirectory::enabledAdmins() const
{
    QSqlQuery query(m_db.database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND disabled = 0")) && query.next())
        return query.value(0).toInt();
    return 0;
}

Result<UserAccount> UserDirectory::update(const QString &login, const UserChange &change)
{
    std::optional<UserAccount> account = find(login);
    if (!account)
        return Error{tr("没有用户 “%1”").arg(login)};
    if (change.isEmpty())
        return Error{tr("没有要修改的内容：可改 role、displayName、disabled、password")};
    const bool isEnabledAdmin = account->user.role == Role::Admin && !account->disabled;
    const bool losesAdmin = (change.role && *change.role != Role::Admin) || (change.disabled && *change.disabled);
    if (isEnabledAdmin && losesAdmin && enabledAdmins() <= 1)
        return Error{tr("%1 是最后一个可用的管理员：先让另一位用户成为管理员").arg(login)};
    std::optional<QString> hash;
    if (change.password)
        hash = change.password->text;
    if (change.unit)
        account->user.unit = *change.unit;
    if (change.role)
        account->user.role = *change.role;
    if (change.displayName)
        account->user.displayName = change.displayName->isEmpty() ? login : *change.displayName;
    if (change.disabled)
        account->disabled = *change.disabled;
    if ((account->user.role == Role::Department) != !account->user.unit.isEmpty())
        return Error{tr("承办单位的用户要有单位编码，其他角色不属于单位")};
    forgetSessions(); // a remembered session would keep the old role, name or unit
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.database());
        query.prepare(QStringLiteral("UPDATE users SET role = ?, display_name = ?, disabled = ?,"
                                     " password_hash = COALESCE(?, password_hash), unit_code = ? WHERE id = ?"));
        query.addBindValue(toCode(account->user.role));
        query.addBindValue(account->user.displayName);
        query.addBindValue(account->disabled ? 1 : 0);
        query.addBindValue(hash ? QVariant(*hash) : QVariant(QMetaType(QMetaType::QString)));
        query.addBindValue(sqlText(account->user.unit));
        query.addBindValue(account->user.id);
        if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "修改用户")); !s)
            return s;
        // A new password, a disabled account, another role or unit: whoever holds one of its
        // tokens is out now, and signs in again with what they may do now.
        if (hash || account->disabled || change.role || change.unit) {
            QSqlQuery revoke(m_db.database());
            revoke.prepare(QStringLiteral("DELETE FROM tokens WHERE user_id = ?"));
            revoke.addBindValue(account->user.id);
            return execSql(revoke, QT_TRANSLATE_NOOP("LocalStore", "注销"));
        }
        return Status::success();
    });
    if (!status)
        return Error{status.error()};
    return *account;
}

QByteArray UserDirectory::passwordHashOf(qint64 userId) const
{
    const PreparedQuery stored = m_db.prepared(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    stored->addBindValue(userId);
    if (!stored->exec() || !stored->next())
        return {};
    return stored->value(0).toString().toLatin1();
}

Status UserDirectory::setOwnPassword(const Session &session, const PasswordHash &next)
{
    forgetSessions();
    return m_db.transaction([&]() -> Status {
        QSqlQuery update(m_db.database());
        update.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
        update.addBindValue(next.text);
        update.addBindValue(session.user.id);
        if (Status s = execSql(update, QT_TRANSLATE_NOOP("LocalStore", "修改密码")); !s)
            return s;
        // Sessions elsewhere (a desk left signed in) end; this one goes on.
        QSqlQuery revoke(m_db.database());
        revoke.prepare(QStringLiteral("DELETE FROM tokens WHERE user_id = ? AND token_hash <> ?"));
        revoke.addBindValue(session.user.id);
        revoke.addBindValue(hashToken(session.token));
        return execSql(revoke, QT_TRANSLATE_NOOP("LocalStore", "注销"));
    });
}

int UserDirectory::userCount() const
{
    QSqlQuery query(m_db.database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM users")) && query.next())
        return query.value(0).toInt();
    return 0;
}

} // namespace hotline
