// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkOrderState.h"

#include <QList>
#include <QString>

#include <optional>

namespace hotline {

// Where an order waits for someone, decided from its state alone so the desk and the centre
// file it in the same place. One order sits in at most one queue.
enum class WorkQueue {
    None,         // with a unit, answered, or finished: nobody at the hotline has to act
    ToDispatch,   // filed without a dispatch (another channel, or the operator left it)
    Review,       // a proposed dispatch waits for a dispatcher (派单审核)
    Redispatch,   // returned by the unit, or reopened after a dissatisfied callback (改派)
    Extension,    // a unit asked for more time (延期审批)
    Urgent,       // urgent or emergency, out at once, flagged until the unit signs
    Dissatisfied, // the citizen was dissatisfied: reopen or close
    Callback,     // replied: call the citizen back (回访)
    SentBack,     // a dispatcher sent it back to its operator with a note
};

QString toCode(WorkQueue queue);
std::optional<WorkQueue> workQueueFromCode(const QString &code);
QString displayName(WorkQueue queue);

WorkQueue queueOf(const WorkOrderState &order);
// What a dispatcher's screen lists, most pressing first.
const QList<WorkQueue> &dispatcherQueues();

} // namespace hotline
