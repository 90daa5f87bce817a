// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LifecycleCodes.h"
#include "WorkOrder.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace hotline {

// A work order's state is the fold of its events (see Lifecycle); nothing here is stored on
// its own. The clocks (dispatchedAt, signedAt, repliedAt) are what the time limits count from.
struct WorkOrderState {
    QString number;
    WorkOrderDraft draft;
    OrderStatus status = OrderStatus::Open;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString createdBy;

    // Dispatch (首接负责: one lead unit, optional co-units) and its review.
    QString dispatchedTo;
    QStringList coUnits;
    QString dispatchReason;
    double dispatchConfidence = 1.0;
    QString proposedBy;  // the operator whose proposal waits for review
    QString reviewNote;  // a dispatcher's note when sending an order back to the operator
    QDateTime dispatchedAt;
    QDateTime signedAt;
    QDateTime repliedAt;
    QDateTime closedAt;

    // The unit's side.
    QString reply;
    int returnCount = 0;
    QStringList returnedBy; // units that sent it back, in order (a unit may appear twice)
    std::optional<ReturnReason> lastReturnReason;
    QString lastReturnText;
    bool extensionPending = false;
    QDateTime extensionRequestedUntil;
    QString extensionReason;
    QDateTime extendedUntil; // approved: the reply is due then instead
    int extensions = 0;

    // The hotline's follow-up.
    QString mergedInto;
    int urgeCount = 0;
    QDateTime lastUrgedAt;
    int repeatCalls = 0;
    int progressInquiries = 0;
    std::optional<CallbackResult> satisfaction;
    int unreachableCallbacks = 0;
    int reopenCount = 0;
    int eventCount = 0;

    // The draft's fields plus the lifecycle's: what the projection row and exports hold.
    QJsonObject toJson() const;
    // Back from that JSON (the centre's lists, a desk's cache of them).
    static WorkOrderState fromJson(const QJsonObject &json);
};

} // namespace hotline
