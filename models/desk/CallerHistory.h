// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workorder/WorkOrderRepository.h"

#include <QHash>
#include <QObject>

namespace hotline {

class Deadlines;
class LocalStore;
class SyncEngine;

// A caller's past orders. A repeat caller almost always reaches another seat of a large centre,
// so the answer is the centre's (every desk's orders, one indexed query, on record there); the
// desk's own orders answer at once and stand in when the centre cannot, said as such.
class CallerHistory : public QObject {
    Q_OBJECT
public:
    enum class Scope { ThisDeskOnly, WholeCentre };
    CallerHistory(WorkOrderRepository &orders, LocalStore &store, SyncEngine *sync, QObject *parent = nullptr);

    void setSync(SyncEngine *sync) { m_sync = sync; }
    // Answers with this desk's orders now, then (signed in) with the centre's.
    void lookUp(const QString &phone);
    // The order as last seen, from the centre or this desk, for the progress read-out.
    std::optional<WorkOrderState> order(const QString &number) const;

Q_SIGNALS:
    // Newest first, open orders first. `note` says why only this desk's orders are shown.
    void found(const QString &phone, const QVector<hotline::WorkOrderSummary> &orders, hotline::CallerHistory::Scope scope,
               const QString &note);

private:
    // This desk's orders of the caller, each with the clock it runs against now.
    QVector<WorkOrderSummary> local(const QString &phone) const;
    void addClock(WorkOrderSummary &summary, const WorkOrderState &state, const Deadlines &deadlines) const;

    WorkOrderRepository &m_orders;
    LocalStore &m_store;
    SyncEngine *m_sync;
    QString m_asked;
    QHash<QString, WorkOrderState> m_remote;
};

} // namespace hotline
