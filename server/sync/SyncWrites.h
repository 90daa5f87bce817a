// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/database/RowBatch.h"
#include "server/sync/SyncService.h"

#include <QHash>

namespace hotline {

struct AgentStateReport;
struct KbUsageEvent;

// What a group of pushes (or one Open311 request) writes, gathered in memory and then written
// with one multi-row statement per table: the events, the orders' rows, the change feed, the
// audit log and the operations' outcomes. Revisions are the caller's, taken beforehand.
class SyncWrites {
public:
    explicit SyncWrites(CentralDatabase &db);

    // How many revisions an accepted event takes: its own, and the unit's masked copy of the
    // order when it is with a unit (a confidential order never reaches a department).
    static int revisionsFor(const WorkOrderState &state);
    // An event the lifecycle accepted and the order's state after it; `revision` is the first
    // of revisionsFor(state).
    void addEvent(const WorkOrderEvent &event, const WorkOrderState &state, const QString &originDesk, const QString &login,
                  qint64 revision);
    void addArticle(const QString &key, const QString &status, const QJsonObject &payload, const QString &login, qint64 revision);
    void addOutcome(const QString &desk, const OpOutcome &outcome);
    void addAudit(const AuditEntry &entry);
    void addAgentState(const AgentStateReport &report, const QString &login, const QString &desk);
    void addKbUsage(const KbUsageEvent &event, const QString &login, const QString &desk);

    Status write();
    // After write(): the desk an order belongs to — the one that filed it, whoever wrote now.
    QString deskOf(const QString &orderNumber) const { return m_desks.value(orderNumber); }

private:
    struct EventChange {
        qint64 revision;
        QString number;
        QString payload;
    };

    CentralDatabase &m_db;
    RowBatch m_events;
    RowBatch m_orders;
    RowBatch m_articles;
    RowBatch m_changes;
    RowBatch m_audit;
    RowBatch m_outcomes;
    RowBatch m_agentStates;
    RowBatch m_kbUsage;
    // PostgreSQL cannot update one row twice in a statement: an order or article written twice
    // in a group is written once, as it stands last.
    QHash<QString, qsizetype> m_orderRows;
    QHash<QString, qsizetype> m_articleRows;
    // Their audience is the order's desk, known once the orders are written.
    std::vector<EventChange> m_eventChanges;
    QHash<QString, QString> m_desks;
};

} // namespace hotline
