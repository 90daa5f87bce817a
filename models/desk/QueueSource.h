// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workorder/WorkOrderState.h"

#include <QObject>
#include <QVector>

namespace hotline {

class SyncEngine;

// Where the lifecycle's lists come from: the dispatcher's queue, a department's orders and the
// callback list are the centre's (every desk's orders), asked for and answered asynchronously.
class QueueSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // Queue names as the centre knows them: dispatcher, department, callback, sent_back.
    virtual void refresh(const QString &queue) = 0;

Q_SIGNALS:
    // The orders of the queue; `offline` when the centre did not answer and this is the last
    // list it gave (or nothing), with the reason.
    void loaded(const QString &queue, const QVector<hotline::WorkOrderState> &orders, bool offline, const QString &error);
};

class CentralQueueSource : public QueueSource {
    Q_OBJECT
public:
    explicit CentralQueueSource(SyncEngine &sync, QObject *parent = nullptr) : QueueSource(parent), m_sync(sync) {}
    void refresh(const QString &queue) override;

private:
    SyncEngine &m_sync;
    QHash<QString, QVector<WorkOrderState>> m_last;
};

} // namespace hotline
