// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>

namespace hotline {

// A statement compiled once and reused, from CentralDatabase::prepared. Bind with
// addBindValue and exec as usual; the handle finishes the query when it goes, so a SELECT's
// read snapshot is never held past the caller's scope (SQLite could not checkpoint its WAL).
class PreparedQuery {
public:
    explicit PreparedQuery(QSqlQuery &query) : m_query(query) {}
    PreparedQuery(const PreparedQuery &) = delete;
    PreparedQuery &operator=(const PreparedQuery &) = delete;
    ~PreparedQuery() { m_query.finish(); }
    QSqlQuery &operator*() const { return m_query; }
    QSqlQuery *operator->() const { return &m_query; }

private:
    QSqlQuery &m_query;
};

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
    // The URL it was opened with: another thread opens its own connection from it (a Qt SQL
    // connection belongs to the thread that made it).
    QString url() const { return m_url; }
    Dialect dialect() const { return m_dialect; }
    QString describe() const { return m_description; }
    int schemaVersion() const;

    // `sql` compiled on first use and kept for the life of the connection. The push and pull
    // paths run the same dozen statements thousands of times a second: compiling each one
    // every time was a sixth of the centre's CPU on SQLite and a round trip on PostgreSQL.
    // One handle per statement at a time (they are not re-entrant).
    PreparedQuery prepared(const QString &sql) const;

    // A statement without parameters or rows: BEGIN, COMMIT, SAVEPOINT. Compiled once on
    // SQLite; sent as text to PostgreSQL, which cannot PREPARE transaction control.
    Status command(const QString &sql);

    // Runs `body` in one transaction; any failure rolls all of it back.
    Status transaction(const std::function<Status()> &body);
    // The next value of a named counter, inside the caller's transaction. The counter's row
    // stays locked until commit, so values are handed out in commit order: a reader that has
    // seen value N has seen every change numbered below N (the change feed relies on it).
    Result<qint64> nextValue(const QString &counter, qint64 step = 1);
    // Whether a database error says the disk is full (SQLite's SQLITE_FULL, PostgreSQL's
    // ENOSPC): the push is answered 507 and the desk keeps it until there is room again.
    static bool isOutOfSpace(const QString &error);

private:
    CentralDatabase(QString connection, Dialect dialect, QString description);
    Status migrate();

    QString m_connection;
    Dialect m_dialect;
    QString m_description;
    QString m_url;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements; // a cache: const to callers
};

} // namespace hotline
