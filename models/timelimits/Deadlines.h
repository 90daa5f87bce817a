// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimeLimits.h"
#include "workorder/WorkOrderState.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace hotline {

// The clock an order is running against now: the unit must sign (from dispatch), reply (from
// dispatch, or until an approved extension) or the hotline must call back (from the reply).
struct RunningClock {
    LimitStage stage = LimitStage::Sign;
    QDateTime due;
    bool overdueAt(const QDateTime &now) const { return due.isValid() && now > due; }
    qint64 secondsLeftAt(const QDateTime &now) const { return now.secsTo(due); }
};

class Deadlines {
    Q_DECLARE_TR_FUNCTIONS(hotline::Deadlines)
public:
    explicit Deadlines(const TimeLimits &limits) : m_limits(limits) {}

    QDateTime due(LimitStage stage, const WorkOrderState &order) const;
    // Nothing when no clock runs: not yet dispatched, waiting for review, finished.
    std::optional<RunningClock> running(const WorkOrderState &order) const;
    // Whether the unit signed in time (for the figures); nothing when it has not signed.
    std::optional<bool> signedInTime(const WorkOrderState &order) const;

    // "剩 2天3小时", "剩 45分钟", "超时 1小时20分": the list column, short enough to scan.
    static QString timeLeftText(qint64 secondsLeft);

private:
    const TimeLimits &m_limits;
};

} // namespace hotline
