// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/orders/CentreLimits.h"
#include "server/sync/SyncService.h"

#include <functional>

#include <QObject>
#include <QTimer>

namespace hotline {

class CentralDatabase;
class PushQueue;

// The centre urges (催办) what is overdue by itself: every few minutes, each order with a unit
// whose sign or reply limit has passed gets an Urged event (automatic, the clock it missed),
// once per day it stays late. The event goes through the same push path as a person's, so the
// lifecycle checks it and the unit and the filing desk hear of it. Its id is derived from the
// order, the missed due time and the urge's count: several centre instances behind one proxy
// urge an order once, the second instance's copy being refused as already held.
class AutoUrge : public QObject {
    Q_OBJECT
public:
    // `written` hears of the urges written, to nudge the desks concerned.
    using Written = std::function<void(const QVector<OpOutcome> &)>;
    AutoUrge(const CentralDatabase &db, PushQueue &pushes, int intervalSeconds, Written written, QObject *parent = nullptr);

    // One sweep now; the number of urges handed to the push queue.
    int sweep(const QDateTime &now = QDateTime::currentDateTimeUtc());
    static constexpr int againAfterHours = 24;

private:
    const CentralDatabase &m_db;
    PushQueue &m_pushes;
    CentreLimits m_limits;
    Written m_written;
    QTimer m_timer;
};

} // namespace hotline
