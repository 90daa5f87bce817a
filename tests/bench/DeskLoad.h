// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the load benchmarks share: a database for the centre (SQLite in a temporary folder or a
// database on the test PostgreSQL), desks signed in beforehand, the real hotline-central as a
// child process, and the desks' load itself (pushes of new work orders and pulls over a pool of
// keep-alive connections, a nudge WebSocket per desk), timed per request.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <vector>

class QJsonObject;

namespace hotline::bench {

struct DeskLoadOptions {
    int desks = 1800;
    int seconds = 10;
    int connections = 48;
    bool sockets = true; // every desk keeps its nudge WebSocket open
};

// sqlite:PATH in `dir`, or a fresh database `name` on the test PostgreSQL (started if it is not);
// empty when PostgreSQL cannot be had.
QString benchDatabaseUrl(const QString &backend, const QTemporaryDir &dir, const QString &name);

// A "created" event of a new work order `number`, as a desk files it.
QJsonObject createdEvent(const QString &number, int desk);

// `desks` sessions of one operator, one desk name each, written straight to the centre's tables
// (1,800 argon2id sign-ins would measure the password hash, not the sync). Empty on failure.
QStringList signedInDesks(const QString &url, int desks);

// hotline-central on a free loopback port with `extra` arguments; its standard output is kept.
class CentralChild {
public:
    bool start(const QString &url, const QStringList &extra = {});
    // Stops it as the service manager does; false when it did not exit cleanly.
    bool stop();
    int port() const { return m_port; }
    QUrl base() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    const QByteArray &output() const { return m_output; }

private:
    QProcess m_process;
    int m_port = 0;
    QByteArray m_output;
};

struct DeskLoadRun {
    int connected = 0;
    std::vector<double> push; // ms of each answered push
    std::vector<double> pull;
    int failures = 0;
    double seconds = 0;
};

// Runs the desks' load for options.seconds and returns when the last answer came. `during` is
// called once the load has started (a benchmark starts its own traffic beside it there); the
// event loop runs throughout, so that traffic proceeds with the load.
DeskLoadRun runDeskLoad(const QUrl &base, const QStringList &tokens, const DeskLoadOptions &options,
                        const std::function<void()> &during = {});

// Reads the options both benchmarks take from `args`: --desks, --seconds, --connections into
// `load`, --backend sqlite|postgresql|both into `backends`; `other(name, value)` sees the rest.
void readDeskLoadArguments(const QStringList &args, DeskLoadOptions &load, QStringList &backends,
                           const std::function<void(const QString &, const QString &)> &other = {});

// Every desk holds a socket at each end: the open-file limit as far as allowed (a centre
// started from here inherits it).
void raiseOpenFileLimit();

// The status line and headers (lower case) of the HTTP answer at the start of `buffer`, once all
// of it (its Content-Length too) has arrived; empty until then.
QByteArray completeAnswerHead(const QByteArray &buffer);

// "p50 … p99 …" of a set of latencies, for the benchmarks' lines.
QString latencySummary(const std::vector<double> &ms);

} // namespace hotline::bench
