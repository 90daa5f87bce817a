// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkOrder.h"
#include "WorkOrderEvent.h"
#include "core/Result.h"
#include "core/Role.h"

#include <QVector>

#include <optional>

namespace hotline {

// A work order's state is the fold of its events.
struct WorkOrderState {
    QString number;
    WorkOrderDraft draft;
    OrderStatus status = OrderStatus::Open;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString createdBy;
    QString dispatchedTo;
    QString reply;
    QString mergedInto;
    int urgeCount = 0;
    int repeatCalls = 0;
    int eventCount = 0;

    // The draft's fields plus the lifecycle's: what the projection row and exports hold.
    QJsonObject toJson() const;
};

// The one place that decides which event may follow which state. The desk validates with it
// before writing, the central service before accepting a pushed operation.
class Lifecycle {
public:
    static Result<WorkOrderState> apply(const std::optional<WorkOrderState> &state, const WorkOrderEvent &event);
    static Result<WorkOrderState> fold(const QVector<WorkOrderEvent> &events);
    // Whether a user of `role` (a department: of `unit`) may produce the event on the order as
    // it stands: the hotline's roles take calls, dispatch and follow up; a department signs,
    // returns and replies, and only on an order dispatched to its own unit. Why not, or nothing.
    static Status mayProduce(Role role, const QString &unit, const std::optional<WorkOrderState> &state, const WorkOrderEvent &event);
};

} // namespace hotline
