// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// pgbench's rate of single-row durable transactions against the centre's PostgreSQL: the
// ceiling the issue compares the centre with, measured in the same run on the same server.
// Each transaction is one INSERT of a row the size of a work-order event, committed on its own
// with synchronous_commit on (the centre's setting), by `clients` connections for `seconds`.

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace hotline::bench {

inline std::optional<double> pgbenchInsertRate(const QString &postgresUrl, int clients, int seconds)
{
    QString pgbench = QStandardPaths::findExecutable(QStringLiteral("pgbench"));
    if (pgbench.isEmpty())
        pgbench = QStandardPaths::findExecutable(QStringLiteral("pgbench"), {QStringLiteral("/usr/lib/postgresql/15/bin")});
    if (pgbench.isEmpty())
        return std::nullopt;
    const QUrl url(postgresUrl);
    const QString host = QUrlQuery(url).queryItemValue(QStringLiteral("host"));
    const QStringList connection{QStringLiteral("-h"), host.isEmpty() ? url.host() : host, QStringLiteral("-p"),
                                 QString::number(url.port(5432)), QStringLiteral("-U"), url.userName()};
    const QString database = url.path().mid(1);
    QTemporaryFile script;
    if (!script.open())
        return std::nullopt;
    // A row like the centre's event row: an id, a number, a JSON payload of a few hundred bytes.
    script.write("INSERT INTO pgbench_single_row (event_id, order_number, payload)"
                 " VALUES (gen_random_uuid()::text, '261101-100-000001', repeat('x', 400));\n");
    script.close();
    QProcess run;
    run.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGOPTIONS"), QStringLiteral("-c synchronous_commit=on"));
    if (!url.password().isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), url.password());
    run.setProcessEnvironment(env);
    QProcess psql;
    psql.setProcessEnvironment(env);
    psql.start(QStandardPaths::findExecutable(QStringLiteral("psql")),
               connection + QStringList{QStringLiteral("-q"), QStringLiteral("-c"),
                                        QStringLiteral("CREATE TABLE IF NOT EXISTS pgbench_single_row (event_id TEXT PRIMARY KEY,"
                                                       " order_number TEXT NOT NULL, payload TEXT NOT NULL)"),
                                        database});
    if (!psql.waitForFinished(30000) || psql.exitCode() != 0)
        return std::nullopt;
    run.start(pgbench, connection + QStringList{QStringLiteral("-n"), QStringLiteral("-M"), QStringLiteral("prepared"),
                                                QStringLiteral("-c"), QString::number(clients), QStringLiteral("-j"),
                                                QString::number(std::min(clients, 2)), QStringLiteral("-T"), QString::number(seconds),
                                                QStringLiteral("-f"), script.fileName(), database});
    if (!run.waitForFinished((seconds + 60) * 1000) || run.exitCode() != 0)
        return std::nullopt;
    const QRegularExpressionMatch tps =
        QRegularExpression(QStringLiteral("tps = ([0-9.]+) \\(without initial connection time\\)")).match(QString::fromUtf8(run.readAll()));
    if (!tps.hasMatch())
        return std::nullopt;
    return tps.captured(1).toDouble();
}

} // namespace hotline::bench
