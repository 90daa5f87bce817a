// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/orders/AutoUrge.h"

#include "server/database/CentralDatabase.h"
#include "server/sync/PushQueue.h"
#include "timelimits/Deadlines.h"
#include "workorder/WorkOrderEvent.h"

#include <QJsonDocument>

namespace hotline {

namespace {
const QUuid urgeNamespace = QUuid::fromString(QStringLiteral("{6b1c6f0e-8f0a-4c55-9d64-3e0f4f6c2a11}"));
constexpr int perSweep = SyncService::maxBatch; // the rest wait for the next sweep: one push each time

// Who urges on the centre's behalf: a dispatcher's right, under the service's own name.
Session centreSession()
{
    Session session;
    session.user.login = QStringLiteral("hotline-central");
    session.user.displayName = QStringLiteral("自动催办");
    session.user.role = Role::Dispatcher;
    session.desk = QStringLiteral("centre");
    return session;
}
} // namespace

AutoUrge::AutoUrge(const CentralDatabase &db, PushQueue &pushes, int intervalSeconds, Written written, QObject *parent)
    : QObject(parent), m_db(db), m_pushes(pushes), m_limits(db), m_written(std::move(written))
{
    if (intervalSeconds <= 0)
        return;
    m_timer.setInterval(intervalSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { sweep(); });
    m_timer.start();
}

int AutoUrge::sweep(const QDateTime &now)
{
    const PreparedQuery query = m_db.prepared(QStringLiteral(
        "SELECT state_json FROM work_orders WHERE status IN ('dispatched', 'accepted') ORDER BY updated_at LIMIT %1").arg(perSweep * 4));
    if (!query->exec())
        return 0; // the database is away: the next sweep tries again
    const Deadlines deadlines(m_limits.current());
    QVector<SyncOp> ops;
    while (query->next() && ops.size() < perSweep) {
        const WorkOrderState order = WorkOrderState::fromJson(QJsonDocument::fromJson(query->value(0).toString().toUtf8()).object());
        const std::optional<RunningClock> clock = deadlines.running(order);
        if (!clock || !clock->overdueAt(now))
            continue;
        if (order.lastUrgedAt.isValid() && order.lastUrgedAt.secsTo(now) < againAfterHours * 3600)
            continue;
        const QString key = order.number + u'|' + clock->due.toUTC().toString(Qt::ISODate) + u'|' + QString::number(order.urgeCount);
        WorkOrderEvent event = WorkOrderEvent::make(order.number, EventType::Urged, QStringLiteral("hotline-central"), now,
                                                    {{QStringLiteral("automatic"), true},
                                                     {QStringLiteral("stage"), toCode(clock->stage)},
                                                     {QStringLiteral("due"), clock->due.toUTC().toString(Qt::ISODate)},
                                                     {QStringLiteral("text"), QStringLiteral("超过%1时限，自动催办")
                                                                                  .arg(clock->stage == LimitStage::Sign ? QStringLiteral("签收")
                                                                                                                       : QStringLiteral("办结"))}});
        event.id = QUuid::createUuidV5(urgeNamespace, key);
        SyncOp op;
        op.opId = QUuid::createUuidV5(urgeNamespace, QStringLiteral("op|") + key);
        op.kind = QStringLiteral("workorder.event");
        op.payload = event.toJson();
        ops.append(std::move(op));
    }
    const int count = int(ops.size());
    if (count > 0)
        m_pushes.add({centreSession(), std::move(ops)}, [this](const Result<QVector<OpOutcome>> &outcomes) {
            if (outcomes && m_written)
                m_written(outcomes.value());
        });
    return count;
}

} // namespace hotline
