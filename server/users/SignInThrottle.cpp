// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInThrottle.h"

#include "server/database/CentralDatabase.h"

#include <QSqlError>

#include <algorithm>

namespace hotline {

namespace {
// Entries kept at most; beyond, the expired go, and if that is not enough all of them (the
// audit log still knows: the next attempt of each asks it again).
constexpr qsizetype maxRemembered = 100'000;
} // namespace

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
    const QString key = QLatin1String(column) + QLatin1Char(':') + value;
    if (const auto known = m_throttledUntil.constFind(key); known != m_throttledUntil.cend()) {
        if (known.value() > now)
            return int(std::max<qint64>(1, now.secsTo(known.value()) + 1));
        m_throttledUntil.erase(known);
    }
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
    const QDateTime until = oldest.addSecs(m_limits.windowSeconds);
    if (m_throttledUntil.size() >= maxRemembered) {
        m_throttledUntil.removeIf([&now](const auto &entry) { return entry.value() <= now; });
        if (m_throttledUntil.size() >= maxRemembered)
            m_throttledUntil.clear();
    }
    m_throttledUntil.insert(key, until);
    return int(std::max<qint64>(1, now.secsTo(until) + 1));
}

} // namespace hotline
