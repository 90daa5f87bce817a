// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelimits/TimeLimits.h"

#include <QElapsedTimer>

#include <memory>

namespace hotline {

class CentralDatabase;

// The time limits and calendar the centre last published (reference kinds `limits` and
// `calendar`), re-read when a newer one is published (looked for every few seconds); until then the national defaults
// (sign 2 h, reply 7 working days, callback 7 days, no holidays), so a list never lacks a clock.
class CentreLimits {
public:
    explicit CentreLimits(const CentralDatabase &db) : m_db(db) {}
    const TimeLimits &current();
    static constexpr qint64 recheckMs = 5000;

private:
    const CentralDatabase &m_db;
    qint64 m_revision = -1;
    std::unique_ptr<TimeLimits> m_limits;
    QElapsedTimer m_checked;
};

} // namespace hotline
