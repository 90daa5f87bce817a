// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Role.h"
#include "workorder/WorkOrderEvent.h"
#include "workorder/WorkOrderState.h"

#include <QCoreApplication>

#include <functional>

namespace hotline {

class LocalStore;
class SyncEngine;

// What a dispatcher, a department or a callback operator does to an order from a list: the
// event is checked with the lifecycle the centre uses (role, unit, state) before it is queued,
// so a refusal is said at once, on the desk; the centre checks it again when it arrives.
class OrderActions {
    Q_DECLARE_TR_FUNCTIONS(hotline::OrderActions)
public:
    using Sink = std::function<Status(const WorkOrderEvent &)>;
    OrderActions(Role role, QString unit, QString actor, Sink sink)
        : m_role(role), m_unit(std::move(unit)), m_actor(std::move(actor)), m_sink(std::move(sink)) {}

    // The order as it stands after the event, or why not (nothing queued then).
    Result<WorkOrderState> act(const WorkOrderState &order, EventType type, QJsonObject payload = {},
                               const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    Role role() const { return m_role; }
    const QString &unit() const { return m_unit; }

    // The desk's sink: the event goes into the outbox in one transaction, and the sync (when
    // there is one) pushes it at once.
    static Sink outboxOf(LocalStore &store, SyncEngine *sync = nullptr);

private:
    Role m_role;
    QString m_unit;
    QString m_actor;
    Sink m_sink;
};

} // namespace hotline
