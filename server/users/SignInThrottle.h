// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace hotline {

class CentralDatabase;

// Slows down password guessing: after too many failed sign-ins for one login, or from one
// address, within a window, further attempts are refused (429 with Retry-After) without
// checking the password. The failures are counted from the audit log, so every centre on the
// same database sees the same count, and a restart forgets nothing.
class SignInThrottle {
public:
    struct Limits {
        int failuresPerLogin = 10;   // sign-in-failures-per-login
        int failuresPerAddress = 30; // sign-in-failures-per-address
        int windowSeconds = 300;     // sign-in-window
    };

    SignInThrottle(CentralDatabase &db, Limits limits) : m_db(db), m_limits(limits) {}

    // Seconds until this login or address may try again; 0 when it may try now.
    Result<int> retryAfter(const QString &login, const QString &address, const QDateTime &now) const;
    const Limits &limits() const { return m_limits; }

private:
    Result<int> waitFor(const char *column, const QString &value, int limit, const QDateTime &now) const;

    CentralDatabase &m_db;
    Limits m_limits;
    // Logins and addresses found throttled, and until when ("login:…", "address:…"). A flood
    // repeats the same few, and each is then answered without a query. Exact, not a guess:
    // only failures count, and while a login or address is throttled no failure is added for
    // it (here or at another centre on the database), so its time cannot come any earlier.
    mutable QHash<QString, QDateTime> m_throttledUntil;
};

} // namespace hotline
