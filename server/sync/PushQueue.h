// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/sync/SyncService.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <vector>

namespace hotline {

// Group commit for the desks' pushes. A push is not written when its request is read: it
// waits until the event loop has read every request that arrived meanwhile, and then all of
// them are written in one transaction, so one flush to disk acknowledges a whole group. A push
// is answered only after its group committed: an acknowledged work order is on disk.
class PushQueue : public QObject {
    Q_OBJECT
public:
    using Answer = std::function<void(const Result<QVector<OpOutcome>> &)>;

    explicit PushQueue(SyncService &sync, QObject *parent = nullptr);

    void add(SyncService::PushRequest push, Answer answer);
    // A read of caller data to audit: written with the next group, `done` called after its
    // commit (the reader is answered only once the record of the read is on disk).
    void addRead(AuditEntry read, std::function<void(const Status &)> done);
    // Writes and answers what is waiting now. The owner calls it before it goes: the answers
    // use the owner's sockets. (A push dropped unanswered is not lost, only not acknowledged:
    // the desk keeps it and sends it again.)
    void flush();

    // Figures for the log: groups written and pushes in them.
    qint64 groups() const { return m_groups; }
    qint64 pushes() const { return m_pushes; }

private:
    SyncService &m_sync;
    QVector<SyncService::PushRequest> m_waiting;
    std::vector<Answer> m_answers;
    QVector<AuditEntry> m_reads;
    std::vector<std::function<void(const Status &)>> m_readsDone;
    QTimer m_timer;
    qint64 m_groups = 0;
    qint64 m_pushes = 0;
    qint64 m_lastComplaint = 0;
};

} // namespace hotline
