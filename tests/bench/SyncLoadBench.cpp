// SPDX-License-Identifier: GPL-3.0-or-later
// Load on the real hotline-central: many desks connected (a WebSocket each, as the desks
// keep), pushing work orders and pulling changes over HTTP as fast as a pool of connections
// allows; requests/s and latency p50/p99, beside the raw insert rate of the same database on
// the same machine (one event row per committed transaction, the same durability), as the
// ceiling. SQLite and PostgreSQL in one run.
//   sync_load_bench [--desks 1800] [--seconds 10] [--connections 48] [--backend sqlite|postgresql|both]
// The desks are signed in beforehand (tokens written to the centre's table): 1,800 argon2id
// sign-ins would measure the password hash, not the sync.
#include "Percentile.h"
#include "PgbenchRate.h"
#include "server/database/CentralDatabase.h"
#include "server/users/UserDirectory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <QNetworkRequest>
#include <QWebSocket>

#include <malloc.h>

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace hotline;
using namespace hotline::bench;

namespace {

struct Options {
    int desks = 1800;
    int seconds = 10;
    int connections = 48;
    QStringList backends{QStringLiteral("sqlite"), QStringLiteral("postgresql")};
};

QString databaseUrl(const QString &backend, const QTemporaryDir &dir)
{
    if (backend == QLatin1String("sqlite"))
        return QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("central.sqlite"));
    QProcess script;
    script.start(QStringLiteral(HOTLINE_PG_SCRIPT), {QStringLiteral("start"), QStringLiteral(HOTLINE_PG_DIR), QStringLiteral(HOTLINE_PG_PORT)});
    script.waitForFinished(120000);
    script.start(QStringLiteral(HOTLINE_PG_SCRIPT), {QStringLiteral("createdb"), QStringLiteral(HOTLINE_PG_DIR),
                                                     QStringLiteral(HOTLINE_PG_PORT), QStringLiteral("load_bench")});
    script.waitForFinished(60000);
    return QString::fromUtf8(script.readAllStandardOutput()).trimmed();
}

QJsonObject createdEvent(const QString &number, int desk)
{
    const QJsonObject draft{{QStringLiteral("phone"), QStringLiteral("13900001111")},
                            {QStringLiteral("callerName"), QStringLiteral("来电人")},
                            {QStringLiteral("appealType"), QStringLiteral("help")},
                            {QStringLiteral("classification"), QJsonObject{{QStringLiteral("level1"), QStringLiteral("城乡建设")},
                                                                           {QStringLiteral("level2"), QStringLiteral("市政")},
                                                                           {QStringLiteral("level3"), QStringLiteral("井盖")}}},
                            {QStringLiteral("address"), QJsonObject{{QStringLiteral("districtCode"), QStringLiteral("110102")},
                                                                    {QStringLiteral("districtName"), QStringLiteral("西城区")}}},
                            {QStringLiteral("title"), QStringLiteral("井盖丢失")},
                            {QStringLiteral("description"), QStringLiteral("路口井盖丢了，请尽快处理")}};
    return {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("order"), number},
            {QStringLiteral("type"), QStringLiteral("created")},
            {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("actor"), QStringLiteral("desk-%1").arg(desk)},
            {QStringLiteral("payload"), draft}};
}

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

struct Run {
    int connected = 0;
    std::vector<double> push;
    std::vector<double> pull;
    int failures = 0;
    double seconds = 0;
};

Run load(const QUrl &base, const QStringList &tokens, const Options &options)
{
    Run run;
    // Every desk keeps its nudge socket open, as a signed-in desk does.
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    for (const QString &token : tokens) {
        auto socket = std::make_unique<QWebSocket>();
        QObject::connect(socket.get(), &QWebSocket::connected, [&run] { ++run.connected; });
        QNetworkRequest ws(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream").arg(base.port())));
        ws.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        socket->open(ws);
        sockets.push_back(std::move(socket));
    }
    QEventLoop connecting;
    QTimer poll;
    QElapsedTimer wait;
    wait.start();
    QObject::connect(&poll, &QTimer::timeout, &connecting, [&] {
        if (run.connected >= int(tokens.size()) || wait.elapsed() > 60000)
            connecting.quit();
    });
    poll.start(20);
    connecting.exec();

    // A pool of keep-alive HTTP/1.1 connections shared by the desks, written by hand: the
    // generator shares the two cores with the centre, and QNetworkAccessManager's cost per
    // request would measure the client instead of the service.
    struct Lane {
        std::unique_ptr<QTcpSocket> socket;
        QByteArray buffer;
        QElapsedTimer timer;
        bool push = false;
        int desk = 0;
    };
    const QJsonObject templateOp{{QStringLiteral("opId"), QStringLiteral("@OP@")},
                                 {QStringLiteral("kind"), QStringLiteral("workorder.event")},
                                 {QStringLiteral("payload"), createdEvent(QStringLiteral("@NUMBER@"), 0)}};
    QByteArray pushTemplate = QJsonDocument(QJsonObject{{QStringLiteral("ops"), QJsonArray{templateOp}}}).toJson(QJsonDocument::Compact);
    {
        // The event id of the template, replaced per push like the op id.
        const QByteArray id = templateOp.value(QLatin1String("payload")).toObject().value(QLatin1String("id")).toString().toUtf8();
        pushTemplate.replace(id, "@ID@");
    }
    std::vector<Lane> lanes(size_t(options.connections));
    std::vector<qint64> cursors(size_t(tokens.size()), 0);
    std::vector<int> filed(size_t(tokens.size()), 0);
    QRandomGenerator random(42);
    QElapsedTimer clock;
    const qint64 end = qint64(options.seconds) * 1000;
    int inFlight = 0;
    const QByteArray host = "127.0.0.1:" + QByteArray::number(base.port());
    const auto send = [&](Lane &lane) {
        if (clock.elapsed() >= end)
            return;
        lane.desk = int(random.bounded(int(tokens.size())));
        lane.push = random.bounded(2) == 0;
        QByteArray request;
        const QByteArray auth = "Authorization: Bearer " + tokens.at(lane.desk).toLatin1() + "\r\n";
        if (lane.push) {
            // The same JSON a desk sends, from a template: the generator must cost little, or
            // it measures itself (it shares the two cores with the centre).
            // A provisional number in the desks' own form: day, workstation, sequence.
            const QByteArray number = QByteArray::number(261101 + lane.desk / 900) + "-" + QByteArray::number(100 + lane.desk % 900)
                + "-" + QByteArray::number(filed[size_t(lane.desk)]++).rightJustified(6, '0');
            QByteArray body = pushTemplate;
            body.replace("@OP@", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
            body.replace("@ID@", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
            body.replace("@NUMBER@", number);
            request = "POST /api/v1/sync/push HTTP/1.1\r\nHost: " + host + "\r\n" + auth
                + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        } else {
            request = "GET /api/v1/sync/pull?since=" + QByteArray::number(cursors[size_t(lane.desk)]) + "&limit=100 HTTP/1.1\r\nHost: "
                + host + "\r\n" + auth + "\r\n";
        }
        lane.buffer.clear();
        lane.timer.start();
        ++inFlight;
        lane.socket->write(request);
    };
    for (Lane &lane : lanes) {
        lane.socket = std::make_unique<QTcpSocket>();
        lane.socket->connectToHost(QHostAddress::LocalHost, quint16(base.port()));
        lane.socket->waitForConnected(5000);
        Lane *self = &lane;
        QObject::connect(lane.socket.get(), &QTcpSocket::readyRead, [&, self] {
            self->buffer += self->socket->readAll();
            const qsizetype headerEnd = self->buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QByteArray head = self->buffer.left(headerEnd).toLower();
            const qsizetype at = head.indexOf("content-length:");
            const qsizetype length = at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (self->buffer.size() < headerEnd + 4 + length)
                return;
            const double ms = double(self->timer.nsecsElapsed()) / 1e6;
            --inFlight;
            const bool ok = head.startsWith("http/1.1 200");
            if (!ok) {
                ++run.failures;
            } else if (self->push) {
                run.push.push_back(ms);
            } else {
                run.pull.push_back(ms);
                // Only the cursor is needed for the next pull.
                const qsizetype at = self->buffer.indexOf("\"cursor\":", headerEnd);
                if (at > 0)
                    cursors[size_t(self->desk)] = self->buffer.mid(at + 9, 20).split(',').first().toLongLong();
            }
            send(*self);
        });
    }
    clock.start();
    for (Lane &lane : lanes)
        send(lane);
    // Sleep in the event loop until the last answer (polling would eat the centre's core).
    QEventLoop idle;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &idle, [&] {
        if ((clock.elapsed() >= end && inFlight == 0) || clock.elapsed() > end + 30000)
            idle.quit();
    });
    check.start(10);
    idle.exec();
    run.seconds = double(clock.elapsed()) / 1000.0;
    return run;
}

void benchBackend(const QString &backend, const Options &options)
{
    QTemporaryDir dir;
    const QString url = databaseUrl(backend, dir);
    if (url.isEmpty()) {
        std::printf("%s: no database\n", qPrintable(backend));
        return;
    }
    const double raw = rawInsertRate(url, 3);
    // pgbench's single-row insert rate on the same server, before the load (not beside it).
    std::optional<double> pgbench16;
    std::optional<double> pgbench1;
    if (backend == QLatin1String("postgresql")) {
        pgbench16 = pgbenchInsertRate(url, 16, std::min(options.seconds, 5));
        pgbench1 = pgbenchInsertRate(url, 1, std::min(options.seconds, 5));
    }
    QStringList tokens;
    {
        Result<std::unique_ptr<CentralDatabase>> db = CentralDatabase::open(url);
        if (!db) {
            std::printf("%s: %s\n", qPrintable(backend), qPrintable(db.error()));
            return;
        }
        UserDirectory users(*db.value());
        Result<CentralUser> user = users.create(QStringLiteral("bench"), QStringLiteral("bench"), Role::Operator,
                                                UserDirectory::hashPassword(QStringLiteral("password-1")).value());
        const qint64 userId = user ? user.value().id : 1;
        const Status stored = db.value()->transaction([&]() -> Status {
            QSqlQuery insert(db.value()->database());
            insert.prepare(QStringLiteral("INSERT INTO tokens (token_hash, user_id, desk, expires_at) VALUES (?, ?, ?, ?)"));
            for (int i = 0; i < options.desks; ++i) {
                const QString token = QUuid::createUuid().toString(QUuid::Id128) + QUuid::createUuid().toString(QUuid::Id128);
                insert.addBindValue(UserDirectory::hashToken(token));
                insert.addBindValue(userId);
                insert.addBindValue(QStringLiteral("desk-%1").arg(i));
                insert.addBindValue(QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODateWithMs));
                if (!insert.exec())
                    return Error{QStringLiteral("token")};
                tokens.append(token);
            }
            return Status::success();
        });
        if (!stored)
            return;
    }
    QTcpServer a;
    a.listen(QHostAddress::LocalHost, 0);
    const int port = a.serverPort();
    a.close();
    QProcess central;
    central.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    central.start(QStringLiteral(HOTLINE_CENTRAL_BIN), {QStringLiteral("--database"), url, QStringLiteral("--listen"),
                                                        QStringLiteral("127.0.0.1:%1").arg(port)});
    if (!central.waitForReadyRead(20000)) {
        std::printf("%s: the centre did not start\n", qPrintable(backend));
        return;
    }
    const Run run = load(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), tokens, options);
    central.terminate();
    central.waitForFinished(10000);
    if (central.exitStatus() != QProcess::NormalExit || central.exitCode() != 0)
        std::printf("%-10s the centre did not stop cleanly (exit code %d)\n", qPrintable(backend), central.exitCode());
    // The centre's own count of how many pushes each commit carried.
    for (const QByteArray &line : central.readAllStandardOutput().split('\n'))
        if (line.contains("group commits"))
            std::printf("%-10s %s\n", qPrintable(backend), line.constData());
    std::vector<double> all = run.push;
    all.insert(all.end(), run.pull.begin(), run.pull.end());
    const double requests = double(all.size()) / run.seconds;
    const double pushes = double(run.push.size()) / run.seconds;
    std::printf("%-10s desks connected %5d/%d   requests/s %7.0f (push %6.0f, pull %6.0f)   p50 %6.2f ms   p99 %6.2f ms"
                "   push p99 %6.2f ms   pull p99 %6.2f ms   failures %d\n",
                qPrintable(backend), run.connected, options.desks, requests, pushes, double(run.pull.size()) / run.seconds,
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
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--desks"))
            options.desks = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--seconds"))
            options.seconds = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--connections"))
            options.connections = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--backend") && args.at(i + 1) != QLatin1String("both"))
            options.backends = {args.at(i + 1)};
    }
    // Every desk holds a socket at each end: raise the open-file limit as far as allowed (the
    // centre, started from here, inherits it).
    rlimit files{};
    getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = files.rlim_max;
    setrlimit(RLIMIT_NOFILE, &files);
    std::printf("sync load: %d desks, %d s, %d HTTP connections, a push is one new work order, a pull up to 100 changes\n",
                options.desks, options.seconds, options.connections);
    for (const QString &backend : options.backends)
        benchBackend(backend, options);
    return 0;
}
