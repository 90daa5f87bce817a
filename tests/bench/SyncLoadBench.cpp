// SPDX-License-Identifier: GPL-3.0-or-later
// Load on the real hotline-central: many desks connected (a WebSocket each, as the desks
// keep), pushing work orders and pulling changes over HTTP as fast as a pool of connections
// allows; requests/s and latency p50/p99, beside the raw insert rate of the same database on
// the same machine (one event row per committed transaction, the same durability), as the
// ceiling. SQLite and PostgreSQL in one run.
//   sync_load_bench [--desks 1800] [--seconds 10] [--connections 48] [--backend sqlite|postgresql|both]
// The desks are signed in beforehand (tokens written to the centre's table): 1,800 argon2id
// sign-ins would measure the password hash, not the sync.
#include "DeskLoad.h"
#include "Percentile.h"
#include "PgbenchRate.h"
#include "server/database/CentralDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <malloc.h>

#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

using namespace hotline;
using namespace hotline::bench;

namespace {

struct Options {
    DeskLoadOptions load;
    QStringList backends{QStringLiteral("sqlite"), QStringLiteral("postgresql")};
};

// The ceiling: the same event row, one committed transaction each, straight into the database.
double rawInsertRate(const QString &url, int seconds)
{
    Result<std::unique_ptr<CentralDatabase>> db = CentralDatabase::open(url);
    if (!db)
        return 0;
    QElapsedTimer clock;
    clock.start();
    int done = 0;
    while (clock.elapsed() < seconds * 1000) {
        const QJsonObject event = createdEvent(QStringLiteral("RAW-%1").arg(done), 0);
        const Status s = db.value()->transaction([&]() -> Status {
            QSqlQuery insert(db.value()->database());
            insert.prepare(QStringLiteral("INSERT INTO work_order_events (event_id, order_number, type, at, actor, payload, revision)"
                                          " VALUES (?, ?, 'created', ?, ?, ?, ?)"));
            insert.addBindValue(event.value(QLatin1String("id")).toString());
            insert.addBindValue(event.value(QLatin1String("order")).toString());
            insert.addBindValue(event.value(QLatin1String("at")).toString());
            insert.addBindValue(event.value(QLatin1String("actor")).toString());
            insert.addBindValue(QString::fromUtf8(QJsonDocument(event.value(QLatin1String("payload")).toObject()).toJson(QJsonDocument::Compact)));
            insert.addBindValue(-1 - done);
            return insert.exec() ? Status::success() : Status(Error{QStringLiteral("insert")});
        });
        if (!s)
            return 0;
        ++done;
    }
    QSqlQuery(db.value()->database()).exec(QStringLiteral("DELETE FROM work_order_events WHERE revision < 0"));
    return done * 1000.0 / double(clock.elapsed());
}

void benchBackend(const QString &backend, const Options &options)
{
    QTemporaryDir dir;
    const QString url = benchDatabaseUrl(backend, dir, QStringLiteral("load_bench"));
    if (url.isEmpty()) {
        std::printf("%s: no database\n", qPrintable(backend));
        return;
    }
    const double raw = rawInsertRate(url, 3);
    // pgbench's single-row insert rate on the same server, before the load (not beside it).
    std::optional<double> pgbench16;
    std::optional<double> pgbench1;
    if (backend == QLatin1String("postgresql")) {
        pgbench16 = pgbenchInsertRate(url, 16, std::min(options.load.seconds, 5));
        pgbench1 = pgbenchInsertRate(url, 1, std::min(options.load.seconds, 5));
    }
    const QStringList tokens = signedInDesks(url, options.load.desks);
    if (tokens.isEmpty()) {
        std::printf("%s: the desks could not be signed in\n", qPrintable(backend));
        return;
    }
    CentralChild central;
    if (!central.start(url)) {
        std::printf("%s: the centre did not start\n", qPrintable(backend));
        return;
    }
    const DeskLoadRun run = runDeskLoad(central.base(), tokens, options.load);
    if (!central.stop())
        std::printf("%-10s the centre did not stop cleanly\n", qPrintable(backend));
    // The centre's own count of how many pushes each commit carried.
    for (const QByteArray &line : central.output().split('\n'))
        if (line.contains("group commits"))
            std::printf("%-10s %s\n", qPrintable(backend), line.constData());
    std::vector<double> all = run.push;
    all.insert(all.end(), run.pull.begin(), run.pull.end());
    const double requests = double(all.size()) / run.seconds;
    const double pushes = double(run.push.size()) / run.seconds;
    std::printf("%-10s desks connected %5d/%d   requests/s %7.0f (push %6.0f, pull %6.0f)   p50 %6.2f ms   p99 %6.2f ms"
                "   push p99 %6.2f ms   pull p99 %6.2f ms   failures %d\n",
                qPrintable(backend), run.connected, options.load.desks, requests, pushes, double(run.pull.size()) / run.seconds,
                percentile(all, 0.5), percentile(all, 0.99), percentile(run.push, 0.99), percentile(run.pull, 0.99), run.failures);
    std::printf("%-10s raw inserts/s (one event row per committed transaction) %7.0f   pushes / raw = %.2f\n", qPrintable(backend),
                raw, raw > 0 ? pushes / raw : 0.0);
    if (backend == QLatin1String("postgresql")) {
        const auto shown = [](const std::optional<double> &rate) {
            return rate ? QString::number(*rate, 'f', 0) : QStringLiteral("n/a (pgbench failed)");
        };
        std::printf("%-10s pgbench single-row INSERT transactions/s: 16 clients %s, 1 client %s   requests / pgbench(16) = %.2f\n",
                    qPrintable(backend), qPrintable(shown(pgbench16)), qPrintable(shown(pgbench1)),
                    pgbench16 && *pgbench16 > 0 ? requests / *pgbench16 : 0.0);
    }
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024); // as the centre does: see app/central/main.cpp
    mallopt(M_TOP_PAD, 16 * 1024 * 1024);
    QCoreApplication app(argc, argv);
    Options options;
    readDeskLoadArguments(app.arguments(), options.load, options.backends);
    raiseOpenFileLimit();
    std::printf("sync load: %d desks, %d s, %d HTTP connections, a push is one new work order, a pull up to 100 changes\n",
                options.load.desks, options.load.seconds, options.load.connections);
    for (const QString &backend : options.backends)
        benchBackend(backend, options);
    return 0;
}
