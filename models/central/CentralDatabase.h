// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace hotline {

// The central service's database: SQLite (one file, nothing to set up) or PostgreSQL, chosen
// by URL — `sqlite:/var/lib/hotline/central.sqlite` or
// `postgresql://user:password@host:5432/hotline` (host may be a socket directory:
// `postgresql://user@/hotline?host=/run/postgresql`). Both get the same schema through
// their own migrations, and every service on top uses the same Qt SQL code.
class CentralDatabase {
public:
    enum class Dialect { Sqlite, Postgres };

    ~CentralDatabase();
    static Result<std::unique_ptr<CentralDatabase>> open(const QString &url);

    QSqlDatabase database() const;
    Dialect dialect() const { return m_dialect; }
    QString describe() const { return m_description; }
    int schemaVersion() const;

    // Runs `body` in one transaction; any failure rolls all of it back.
    Status transaction(const std::function<Status()> &body);
    // The next value of a named counter, inside the caller's transaction. The counter's row
    // stays locked until commit, so values are handed out in commit order: a reader that has
    // seen value N has seen every change numbered below N (the change feed relies on it).
    Result<qint64> nextValue(const QString &counter, qint64 step = 1);

private:
    CentralDatabase(QString connection, Dialect dialect, QString description);
    Status migrate();

    QString m_connection;
    Dialect m_dialect;
    QString m_description;
};

} // namespace hotline
