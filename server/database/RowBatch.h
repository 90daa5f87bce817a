// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <vector>

namespace hotline {

class CentralDatabase;

// Rows of one table written with as few statements as possible. On PostgreSQL every statement
// is a round trip, so all the rows go in one statement: each column as one array parameter,
// `INSERT … SELECT * FROM unnest(…)`, whatever their number (one shape, prepared once). SQLite,
// which has no arrays and no round trips, gets multi-row INSERTs of 64, 32, … 1 rows.
class RowBatch {
public:
    // `head`: "INSERT INTO t (a, b, c)"; `types`: each column's PostgreSQL type (text, bigint,
    // integer, double precision); `tail`: what follows the rows (ON CONFLICT …, RETURNING …).
    RowBatch(QString head, QStringList types, QString tail = {});

    void add(QVariantList row);
    // A row added before, to be changed in place (an order written twice in a group keeps one row).
    QVariantList &row(qsizetype index) { return m_rows[size_t(index)]; }
    qsizetype size() const { return qsizetype(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }

    // Writes every row; `returned` sees each row the tail's RETURNING hands back.
    Status write(const CentralDatabase &db, const char *purpose, const std::function<void(const QSqlQuery &)> &returned = {}) const;

private:
    QString valuesStatement(int rows) const;
    QString unnestStatement() const;

    QString m_head;
    QStringList m_types;
    QString m_tail;
    std::vector<QVariantList> m_rows;
};

// `SELECT … WHERE key {{in}}` for any number of keys in one round trip: on PostgreSQL
// `= ANY (?::text[])` with all of them; on SQLite `IN (?, …)` in lists of 1, 4, 16, 64 or 256
// (the last key repeated to fill a list), so only a few shapes are ever compiled. `sql` may hold
// {{in}} more than once (the same keys each time). `row` sees every row found.
Status selectWhereIn(const CentralDatabase &db, const QString &sql, const QStringList &keys,
                     const std::function<void(const QSqlQuery &)> &row);

} // namespace hotline
