// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInThrottle.h"

#include "server/database/CentralDatabase.h"

#include <QSqlError>

#include <algorithm>

namespace hotline {

Result<int> SignInThrottle::retryAfter(const QString &login, const QString &address, const QDateTime &now) const
{
    Result<int> byLogin = waitFor("login", login, m_limits.failuresPerLogin, now);
    if (!byLogin)
        return byLogin;
    Result<int> byAddress = waitFor("address", address, m_limits.failuresPerAddress, now);
    if (!byAddress)
        return byAddress;
    return std::max(byLogin.value(), byAddress.value());
}

Result<int> SignInThrottle::waitFor(const char *column, const QString &value, int limit, const QDateTime &now) const
{
    if (value.isEmpty())
        return 0;
    const QDateTime since = now.addSecs(-m_limits.windowSeconds);
    // The failures in the window, newest first: once there are `limit` of them, the attempt
    // waits until the oldest of those `limit` leaves the window.
    const PreparedQuery query = m_db.prepared(QStringLiteral("SELECT at FROM audit_log WHERE action = 'sign-in-failed' AND %1 = ? AND at > ?"
                                                             " ORDER BY at DESC LIMIT ?")
                                                  .arg(QLatin1String(column)));
    query->addBindValue(value);
    query->addBindValue(since.toUTC().toString(Qt::ISODateWithMs));
    query->addBindValue(limit);
    if (!query->exec())
        return Error{query->lastError().text()};
    int count = 0;
    QDateTime oldest;
    while (query->next()) {
        ++count;
        oldest = QDateTime::fromString(query->value(0).toString(), Qt::ISODateWithMs);
    }
    if (count < limit)
        return 0;
    return std::max<qint64>(1, now.secsTo(oldest.addSecs(m_limits.windowSeconds)) + 1);
}

} // namespace hotline
