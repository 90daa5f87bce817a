// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Lifecycle.h"
#include "core/Result.h"
#include "store/Outbox.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>
#include <QVector>

#include <optional>

namespace hotline {

class LocalStore;

struct WorkOrderSummary {
    QString number;
    QDateTime createdAt;
    OrderStatus status = OrderStatus::Open;
    QString phone;
    QString callerName;
    QString title;
    QDateTime due; // when the clock the order runs against now is due; invalid when none runs

    // The line of a list for an order as it stands (the centre's answers come as states).
    static WorkOrderSummary of(const WorkOrderState &state)
    {
        return {state.number, state.createdAt, state.status, state.draft.phone, state.draft.callerName, state.draft.title, {}};
    }
};

// Work orders in the local store. Every change is one transaction holding the event, the
// refreshed projection row and the outbox entry: either all three are on disk or none is.
class WorkOrderRepository {
public:
    explicit WorkOrderRepository(LocalStore &store);

    // Validates, numbers and stores a new work order; a repeat call also records the call
    // on the order it is about. Returns the new number.
    Result<QString> create(const WorkOrderDraft &draft, const QString &actor,
                           const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Appends an event to an existing order after the lifecycle accepted it.
    Status append(const WorkOrderEvent &event);
    // An event the centre sent (another desk's, or this desk's own coming back): stored once
    // by its id, never queued for sending. Returns whether it was new.
    Result<bool> applyRemote(const WorkOrderEvent &event);

    std::optional<WorkOrderState> find(const QString &number) const;
    QVector<WorkOrderEvent> events(const QString &number) const;
    QVector<WorkOrderSummary> recent(int limit = 200) const;
    // Past orders of a caller, newest first; `phone` in any format PhoneNumber accepts.
    QVector<WorkOrderSummary> byPhone(const QString &phone, bool openOnly = false) const;

    int pendingOutboxCount() const;
    QVector<OutboxEntry> outbox(int limit = 1000) const;

    int workstation() const;
    Status setWorkstation(int number);

private:
    Status appendInTransaction(const WorkOrderEvent &event, const std::optional<WorkOrderState> &current, bool enqueue = true);
    Result<int> nextSequence(const QDate &day);
    QVector<WorkOrderSummary> summaries(const QString &where, const QVariantList &bindings, int limit) const;

    LocalStore &m_store;
};

} // namespace hotline
