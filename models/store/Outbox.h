// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>
#include <QVector>

namespace hotline {

class LocalStore;

// An operation waiting to be pushed to the central service, with the id the centre uses to
// apply it once.
struct OutboxEntry {
    qint64 seq = 0;
    QUuid opId;
    QString kind;
    QJsonObject payload;
    QDateTime createdAt;
    bool acked = false;
    QString rejected; // the centre's reason when it refused the operation
};

// The queue of local changes for the centre. Repositories enqueue inside their own
// transaction, so a change and its operation are stored together or not at all; the sync
// engine sends them in order and records the centre's answer.
class Outbox {
public:
    explicit Outbox(LocalStore &store) : m_store(store) {}

    // Call inside the repository's transaction. In a simulation store, or for a payload marked
    // simulation, nothing is queued (and that is success: the change stays local).
    Status enqueue(const QString &kind, const QJsonObject &payload);
    QVector<OutboxEntry> pending(int limit) const;
    QVector<OutboxEntry> all(int limit) const;
    QVector<OutboxEntry> rejected(int limit) const;
    int pendingCount() const;
    // The centre took it (applied now or before): it is done.
    Status acknowledge(const QUuid &opId, qint64 revision);
    // The centre refused it for good: kept, with the reason, for the operator to see.
    Status reject(const QUuid &opId, const QString &reason);
    // The centre was restored from a backup taken at `revision`: what it acknowledged after
    // that may be gone, so it is sent again (the centre answers "duplicate" for what it kept).
    Result<int> requeueAcknowledgedAfter(qint64 revision);

    // The operation's payload (or the event's payload inside it) says simulation = true.
    static bool isSimulated(const QJsonObject &payload);

private:
    QVector<OutboxEntry> select(const QString &where, int limit) const;
    LocalStore &m_store;
};

} // namespace hotline
