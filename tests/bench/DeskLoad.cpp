// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeskLoad.h"

#include "Percentile.h"
#include "server/database/CentralDatabase.h"
#include "server/users/UserDirectory.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

#include <memory>
#include <sys/resource.h>

namespace hotline::bench {

QString benchDatabaseUrl(const QString &backend, const QTemporaryDir &dir, const QString &name)
{
    if (backend == QLatin1String("sqlite"))
        return QStringLiteral("sqlite:") + dir.filePath(name + QStringLiteral(".sqlite"));
    QProcess script;
    script.start(QStringLiteral(HOTLINE_PG_SCRIPT), {QStringLiteral("start"), QStringLiteral(HOTLINE_PG_DIR), QStringLiteral(HOTLINE_PG_PORT)});
    script.waitForFinished(120000);
    script.start(QStringLiteral(HOTLINE_PG_SCRIPT),
                 {QStringLiteral("createdb"), QStringLiteral(HOTLINE_PG_DIR), QStringLiteral(HOTLINE_PG_PORT), name});
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

QStringList signedInDesks(const QString &url, int desks)
{
    Result<std::unique_ptr<CentralDatabase>> db = CentralDatabase::open(url);
    if (!db)
        return {};
    UserDirectory users(*db.value());
    Result<CentralUser> user = users.create(QStringLiteral("bench"), QStringLiteral("bench"), Role::Operator,
                                            UserDirectory::hashPassword(QStringLiteral("password-1")).value());
    const qint64 userId = user ? user.value().id : 1;
    QStringList tokens;
    const Status stored = db.value()->transaction([&]() -> Status {
        QSqlQuery insert(db.value()->database());
        insert.prepare(QStringLiteral("INSERT INTO tokens (token_hash, user_id, desk, expires_at) VALUES (?, ?, ?, ?)"));
        for (int i = 0; i < desks; ++i) {
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
    return stored ? tokens : QStringList();
}

bool CentralChild::start(const QString &url, const QStringList &extra)
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    m_port = probe.serverPort();
    probe.close();
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(HOTLINE_CENTRAL_BIN),
                    QStringList{QStringLiteral("--database"), url, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)}
                        + extra);
    // The centre prints its address once it listens.
    return m_process.waitForReadyRead(20000);
}

bool CentralChild::stop()
{
    m_process.terminate();
    m_process.waitForFinished(10000);
    m_output = m_process.readAllStandardOutput();
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

namespace {

// Opens a nudge socket per desk, as signed-in desks keep, and waits (at most a minute) until
// all are connected.
std::vector<std::unique_ptr<QWebSocket>> openSockets(const QUrl &base, const QStringList &tokens, int &connected)
{
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    for (const QString &token : tokens) {
        auto socket = std::make_unique<QWebSocket>();
        QObject::connect(socket.get(), &QWebSocket::connected, [&connected] { ++connected; });
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
        if (connected >= int(tokens.size()) || wait.elapsed() > 60000)
            connecting.quit();
    });
    poll.start(20);
    connecting.exec();
    return sockets;
}

} // namespace

DeskLoadRun runDeskLoad(const QUrl &base, const QStringList &tokens, const DeskLoadOptions &options, const std::function<void()> &during)
{
    DeskLoadRun run;
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    if (options.sockets)
        sockets = openSockets(base, tokens, run.connected);

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
            const QByteArray head = completeAnswerHead(self->buffer);
            if (head.isEmpty())
                return;
            const qsizetype headerEnd = head.size();
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
    if (during)
        during();
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

void readDeskLoadArguments(const QStringList &args, DeskLoadOptions &load, QStringList &backends,
                           const std::function<void(const QString &, const QString &)> &other)
{
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        const QString &name = args.at(i);
        const QString &value = args.at(i + 1);
        if (name == QLatin1String("--desks"))
            load.desks = value.toInt();
        else if (name == QLatin1String("--seconds"))
            load.seconds = value.toInt();
        else if (name == QLatin1String("--connections"))
            load.connections = value.toInt();
        else if (name == QLatin1String("--backend"))
            backends = value == QLatin1String("both") ? QStringList{QStringLiteral("sqlite"), QStringLiteral("postgresql")} : QStringList{value};
        else if (other)
            other(name, value);
    }
}

void raiseOpenFileLimit()
{
    rlimit files{};
    getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = files.rlim_max;
    setrlimit(RLIMIT_NOFILE, &files);
}

QByteArray completeAnswerHead(const QByteArray &buffer)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return {};
    const QByteArray head = buffer.left(headerEnd).toLower();
    const qsizetype at = head.indexOf("content-length:");
    const qsizetype length = at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
    return buffer.size() < headerEnd + 4 + length ? QByteArray() : head;
}

QString latencySummary(const std::vector<double> &ms)
{
    return QStringLiteral("p50 %1 ms   p99 %2 ms").arg(percentile(ms, 0.5), 6, 'f', 2).arg(percentile(ms, 0.99), 6, 'f', 2);
}

} // namespace hotline::bench
