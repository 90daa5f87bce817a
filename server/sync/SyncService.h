// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/users/UserDirectory.h"
#include "workorder/Lifecycle.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <QUuid>
#include <QVector>

namespace hotline {

class CentralDatabase;

// One operation from a desk's outbox.
struct SyncOp {
    QUuid opId;
    QString kind; // workorder.event, kb.publish, agent.state
    QJsonObject payload;
    // Set when the operation can never be applied (an unknown kind, too large, malformed):
    // it is answered "rejected" with this reason, and the desk's next operations go on.
    QString refused;

    static constexpr qsizetype maxBytes = 256 * 1024;
    // Checks the wire form strictly: exactly opId, kind, payload. An operation with a usable
    // opId always comes back, refused if it is wrong; without one the batch is refused (400).
    static Result<SyncOp> fromJson(const QJsonValue &json);
};

struct OpOutcome {
    enum class Kind { Applied, Duplicate, Rejected };
    QUuid opId;
    Kind kind = Kind::Applied;
    qint64 revision = 0;
    QString error;
    // Who has news because of it: the desk whose order changed, '' for every desk (articles).
    QString audience;
    QJsonObject toJson() const;
    // As stored and sent: applied, duplicate, rejected.
    static const char *code(Kind kind);
};

struct Change {
    qint64 revision = 0;
    QString kind; // workorder.event, kb.article
    QString key;
    QJsonObject payload;
    QJsonObject toJson() const;
};

// The centre's side of the sync. Push applies a desk's operations in order, each exactly once
// (the op id is remembered with its outcome, so a batch sent again gets the same answers),
// validating work-order events with the same Lifecycle the desks use. Every applied change
// gets the next revision; pull hands a desk the changes after its cursor that concern it.
class SyncService {
public:
    static constexpr int maxBatch = 500;

    SyncService(CentralDatabase &db, UserDirectory &users);
    ~SyncService();

    Result<QVector<OpOutcome>> push(const Session &session, const QVector<SyncOp> &ops);
    struct PushRequest {
        Session session;
        QVector<SyncOp> ops;
    };
    // Several desks' pushes in one transaction, so one flush to disk acknowledges them all
    // (group commit). Each push has its own savepoint: one the database fails is answered
    // with its error alone; a commit that fails fails them all. One answer per push, in order.
    // `reads` are audit lines of caller data read meanwhile (pulls), written in the same commit.
    QVector<Result<QVector<OpOutcome>>> pushTogether(const QVector<PushRequest> &pushes, const QVector<AuditEntry> &reads = {},
                                                     Status *committed = nullptr);
    struct Page {
        QVector<Change> changes;
        qint64 cursor = 0; // pass back next time
        bool more = false;
        QStringList ordersRead; // whose caller data went out: for the audit log
        QJsonObject epoch;      // the database's identity and epoch, read with the revision
    };
    Result<Page> pull(const Session &session, qint64 since, int limit) const;
    qint64 latestRevision() const;
    // A new copy of divisions, catalogue or units for every desk (checked before it is kept).
    Result<qint64> publishReference(const Session &session, const QString &kind, const QByteArray &csv, int *rows);
    // Stores an event the lifecycle accepted: the event, the order's row, the change for the
    // feed and the audit entry, under the next revision. Call inside a transaction.
    Result<qint64> record(const WorkOrderEvent &event, const WorkOrderState &state, const QString &originDesk,
                          const QString &login, QString *audience);
    // The database's identity and epoch: a new epoch at every start, with the revision it began
    // at. A desk that sees another epoch re-pulls from that revision and pushes again what it
    // had acknowledged after it — so a centre restored from a backup gets back what it lost.
    Status beginEpoch();
    QJsonObject epoch() const;

private:
    // One row of the change feed desks pull; audience '' is every desk.
    Status recordChange(qint64 revision, const QString &kind, const QString &key, const QString &audience, const QString &payload);

    CentralDatabase &m_db;
    UserDirectory &m_users;
    std::unique_ptr<class NumberLeases> m_leases;
};

} // namespace hotline
