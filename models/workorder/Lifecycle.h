// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkOrderEvent.h"
#include "WorkOrderState.h"
#include "core/Result.h"
#include "core/Role.h"

#include <QList>
#include <QVector>

#include <optional>

namespace hotline {

// One line of the lifecycle: which states an event may follow, and who may produce it.
struct Transition {
    EventType event;
    QList<OrderStatus> from; // empty for Created: it starts an order
    QList<Role> roles;
    bool ownUnitOnly = false; // a department acts only on an order dispatched to its own unit
};

// The one place that decides which event may follow which state. The desk validates with it
// before writing, the central service before accepting a pushed operation.
class Lifecycle {
public:
    static const QList<Transition> &transitions();
    static const Transition &transition(EventType event);

    static Result<WorkOrderState> apply(const std::optional<WorkOrderState> &state, const WorkOrderEvent &event);
    static Result<WorkOrderState> fold(const QVector<WorkOrderEvent> &events);
    // Whether a user of `role` (a department: of `unit`) may produce the event on the order as
    // it stands: the hotline's roles take calls, dispatch and follow up; a department signs,
    // asks for more time, returns and replies, and only on an order dispatched to its own
    // unit. Why not, or nothing.
    static Status mayProduce(Role role, const QString &unit, const std::optional<WorkOrderState> &state, const WorkOrderEvent &event);
    // The events a user could produce now, for the buttons and keys a screen offers.
    static QList<EventType> available(Role role, const QString &unit, const WorkOrderState &state);
};

} // namespace hotline
