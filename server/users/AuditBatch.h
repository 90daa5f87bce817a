// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "server/database/RowBatch.h"

#include <QObject>
#include <QTimer>

namespace hotline {

class CentralDatabase;

// Audit rows that may wait a moment before they are written: all those of the last `delay`
// go in one transaction. A flood of refused sign-ins then costs one commit per batch instead
// of one flush to disk per attempt on the thread that answers every desk. Only rows of
// refusals that changed nothing are batched; a crash loses at most `delay` of them.
class AuditBatch : public QObject {
    Q_OBJECT
public:
    AuditBatch(CentralDatabase &db, int delayMs, QObject *parent = nullptr);
    ~AuditBatch() override;

    // Stamped now; written within the delay.
    void add(const QString &login, const QString &action, const QString &target, const QString &address);
    // Writes what is waiting; on failure the rows wait for the next try.
    Status flush();
    qsizetype pending() const { return m_rows.size(); }

private:
    RowBatch emptyBatch() const;

    CentralDatabase &m_db;
    RowBatch m_rows;
    QTimer m_timer;
};

} // namespace hotline
