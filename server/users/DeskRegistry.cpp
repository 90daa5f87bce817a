// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeskRegistry.h"

#include "server/database/CentralDatabase.h"
#include "server/users/UserDirectory.h"
#include "store/SqlSupport.h"

#include <QDateTime>
#include <QRegularExpression>

namespace hotline {

bool DeskRegistry::isValidName(const QString &desk)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    // "open311" files the requests of Open311 clients: no desk may read them as its own.
    return pattern.match(desk).hasMatch() && desk.compare(QLatin1String("open311"), Qt::CaseInsensitive) != 0;
}

Status DeskRegistry::claim(const QString &desk, const QString &key, const QString &login)
{
    if (!isValidName(desk))
        return Error{QStringLiteral("desk name \"%1\" is not allowed: 1–64 letters, digits, . _ -, and not \"open311\"").arg(desk)};
    if (key.size() < minKeyLength || key.size() > 200)
        return Error{QStringLiteral("the desk's key is missing or malformed (an older desk? update it)")};
    const QString keyHash = UserDirectory::hashToken(key);
    return m_db.transaction([&]() -> Status {
        // The insert decides races between two first sign-ins: one wins, the other is compared.
        const PreparedQuery insert = m_db.prepared(QStringLiteral(
            "INSERT INTO desks (name, key_hash, registered_at, registered_by) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING"));
        insert->addBindValue(desk);
        insert->addBindValue(keyHash);
        insert->addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        insert->addBindValue(login);
        if (Status s = execSql(*insert, QT_TRANSLATE_NOOP("LocalStore", "登记坐席")); !s)
            return s;
        const PreparedQuery known = m_db.prepared(QStringLiteral("SELECT key_hash FROM desks WHERE name = ?"));
        known->addBindValue(desk);
        if (!known->exec() || !known->next())
            return Error{QStringLiteral("the desk register did not answer")};
        if (known->value(0).toString() != keyHash)
            return Error{QStringLiteral("desk name \"%1\" belongs to another workstation: ask an administrator to release it").arg(desk)};
        return Status::success();
    });
}

Result<bool> DeskRegistry::release(const QString &desk)
{
    bool released = false;
    const Status status = m_db.transaction([&]() -> Status {
        const PreparedQuery remove = m_db.prepared(QStringLiteral("DELETE FROM desks WHERE name = ? RETURNING name"));
        remove->addBindValue(desk);
        if (!remove->exec())
            return Error{QStringLiteral("the desk register did not answer")};
        released = remove->next();
        // The replaced (or stolen) machine's sessions end with its name: its token is no
        // longer a key to the callers the name reads.
        const PreparedQuery sessions = m_db.prepared(QStringLiteral("DELETE FROM tokens WHERE desk = ?"));
        sessions->addBindValue(desk);
        if (!sessions->exec())
            return Error{QStringLiteral("the sessions of desk %1 could not be ended").arg(desk)};
        return Status::success();
    });
    if (!status)
        return Error{status.error()};
    return released;
}

} // namespace hotline
