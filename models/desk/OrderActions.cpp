// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderActions.h"

#include "store/Outbox.h"
#include "sync/SyncEngine.h"
#include "workorder/Lifecycle.h"

namespace hotline {

Result<WorkOrderState> OrderActions::act(const WorkOrderState &order, EventType type, QJsonObject payload, const QDateTime &now) const
{
    const WorkOrderEvent event = WorkOrderEvent::make(order.number, type, m_actor, now, std::move(payload));
    if (Status allowed = Lifecycle::mayProduce(m_role, m_unit, order, event); !allowed)
        return Error{allowed.error()};
    Result<WorkOrderState> next = Lifecycle::apply(order, event);
    if (!next)
        return next;
    if (Status queued = m_sink(event); !queued)
        return Error{queued.error()};
    return next;
}

OrderActions::Sink OrderActions::outboxOf(LocalStore &store, SyncEngine *sync)
{
    return [&store, sync](const WorkOrderEvent &event) {
        Status queued = Outbox(store).enqueue(QStringLiteral("workorder.event"), event.toJson());
        if (queued && sync)
            sync->syncNow();
        return queued;
    };
}

} // namespace hotline
