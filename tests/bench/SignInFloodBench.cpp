// SPDX-License-Identifier: GPL-3.0-or-later
// Pushes and pulls of signed-in desks while someone floods the sign-in route with wrong
// passwords from many addresses: the push latency the other desks see without the flood, with
// it under the default throttle (10 failures a login, 30 an address, per 300 s) and with the
// throttle switched off (every attempt costs an argon2id hash on the hashing thread), and how
// the centre answered the flood. Figures are printed, never asserted: the machine is shared.
//   sign_in_flood_bench [--desks 600] [--seconds 10] [--connections 16] [--flooders 64]
//                       [--backend sqlite|postgresql|both]
// Each flooder is one keep-alive connection from its own loopback address (127.0.0.10 and up),
// as a botnet would come; half of its guesses are for the desks' real login, half for logins
// that do not exist.
#include "DeskLoad.h"
#include "server/database/CentralDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <vector>

using namespace hotline;
using namespace hotline::bench;

namespace {

struct Options {
    DeskLoadOptions load{600, 10, 16, true};
    int flooders = 64;
    QStringList backends{QStringLiteral("sqlite"), QStringLiteral("postgresql")};
};

enum class KeepAlive { No, Yes };

// A sign-in as a desk sends it, the password given.
QByteArray signInRequest(const QString &login, const QString &password, const QString &desk, const QString &deskKey, KeepAlive keepAlive)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("login"), login},
                                                      {QStringLiteral("password"), password},
                                                      {QStringLiteral("desk"), desk},
                                                      {QStringLiteral("deskKey"), deskKey}})
                                .toJson(QJsonDocument::Compact);
    return "POST /api/v1/auth/sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + (keepAlive == KeepAlive::Yes ? "" : "\r\nConnection: close") + "\r\n\r\n" + body;
}

// Wrong passwords as fast as the centre answers them, one request in flight per flooder.
class SignInFlood {
public:
    SignInFlood(const QUrl &base, int flooders) : m_base(base), m_flooders(flooders) {}

    void start()
    {
        for (int i = 0; i < m_flooders; ++i) {
            auto flooder = std::make_unique<Flooder>();
            flooder->index = i;
            m_all.push_back(std::move(flooder));
            connect(*m_all.back());
        }
    }

    void stop()
    {
        m_stopped = true;
        for (auto &flooder : m_all)
            flooder->socket->abort();
    }

    QMap<int, int> answers; // HTTP status → count
    std::vector<double> latency;
    int reconnects = 0;

private:
    struct Flooder {
        int index = 0;
        int attempt = 0;
        std::unique_ptr<QTcpSocket> socket;
        QByteArray buffer;
        QElapsedTimer timer;
    };

    void connect(Flooder &flooder)
    {
        flooder.socket = std::make_unique<QTcpSocket>();
        QTcpSocket *socket = flooder.socket.get();
        // Its own source address: what the per-address throttle and connection cap count.
        socket->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(10 + flooder.index % 240)), 0);
        QObject::connect(socket, &QTcpSocket::connected, socket, [this, &flooder] { send(flooder); });
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, &flooder] { read(flooder); });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, &flooder] {
            if (m_stopped)
                return;
            ++reconnects;
            flooder.socket.release()->deleteLater();
            connect(flooder);
        });
        socket->connectToHost(QHostAddress::LocalHost, quint16(m_base.port()));
    }

    void send(Flooder &flooder)
    {
        if (m_stopped)
            return;
        const int attempt = flooder.attempt++;
        const QString login = attempt % 2 == 0 ? QStringLiteral("bench") : QStringLiteral("guess-%1-%2").arg(flooder.index).arg(attempt);
        flooder.buffer.clear();
        flooder.timer.start();
        flooder.socket->write(signInRequest(login, QStringLiteral("wrong-%1").arg(attempt), QStringLiteral("flood-%1").arg(flooder.index),
                                            QStringLiteral("flood-key-%1").arg(flooder.index), KeepAlive::Yes));
    }

    void read(Flooder &flooder)
    {
        flooder.buffer += flooder.socket->readAll();
        const QByteArray head = completeAnswerHead(flooder.buffer);
        if (head.isEmpty())
            return;
        latency.push_back(double(flooder.timer.nsecsElapsed()) / 1e6);
        ++answers[head.mid(9, 3).toInt()];
        send(flooder);
    }

    QUrl m_base;
    int m_flooders;
    bool m_stopped = false;
    std::vector<std::unique_ptr<Flooder>> m_all;
};

// One sign-in at a time from its own address, on a quiet centre: how long a 401 takes. A wrong
// password for a real login and an unknown login must cost the same (a decoy hash), or the
// time would tell a guesser which logins exist.
std::vector<double> timedSignIns(const QUrl &base, const QString &login, int count, int firstAddress)
{
    std::vector<double> ms;
    for (int i = 0; i < count; ++i) {
        QTcpSocket socket;
        socket.bind(QHostAddress(QStringLiteral("127.0.1.%1").arg(firstAddress + i)), 0);
        socket.connectToHost(QHostAddress::LocalHost, quint16(base.port()));
        if (!socket.waitForConnected(5000))
            continue;
        QElapsedTimer timer;
        timer.start();
        socket.write(signInRequest(login, QStringLiteral("wrong-password-%1").arg(i), QStringLiteral("timing"), QStringLiteral("timing-key"),
                                   KeepAlive::No));
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(10000))
            answer += socket.readAll();
        if (answer.startsWith("HTTP/1.1 401"))
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return ms;
}

struct Phase {
    const char *name;
    bool flood;
    QStringList centreArguments;
};

int auditRows(const QString &url, const char *pattern)
{
    Result<std::unique_ptr<CentralDatabase>> db = CentralDatabase::open(url);
    if (!db)
        return -1;
    QSqlQuery count(db.value()->database());
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE ?"));
    count.addBindValue(QString::fromLatin1(pattern));
    return count.exec() && count.next() ? count.value(0).toInt() : -1;
}

void runPhase(const QString &backend, const Phase &phase, int index, const Options &options)
{
    QTemporaryDir dir;
    const QString url = benchDatabaseUrl(backend, dir, QStringLiteral("flood_bench_%1").arg(index));
    const QStringList tokens = url.isEmpty() ? QStringList() : signedInDesks(url, options.load.desks);
    CentralChild central;
    if (tokens.isEmpty() || !central.start(url, phase.centreArguments)) {
        std::printf("%-10s %-34s the database or the centre could not be had\n", qPrintable(backend), phase.name);
        return;
    }
    SignInFlood flood(central.base(), options.flooders);
    const DeskLoadRun run = runDeskLoad(central.base(), tokens, options.load, [&] {
        if (phase.flood)
            flood.start();
    });
    flood.stop();
    std::vector<double> wrong;
    std::vector<double> unknown;
    if (!phase.flood) {
        wrong = timedSignIns(central.base(), QStringLiteral("bench"), 8, 10);
        unknown = timedSignIns(central.base(), QStringLiteral("nobody-here"), 8, 30);
    }
    const bool clean = central.stop();
    std::printf("%-10s %-34s push/s %6.0f  push %s   pull %s   desk failures %d%s\n", qPrintable(backend), phase.name,
                double(run.push.size()) / run.seconds, qPrintable(latencySummary(run.push)), qPrintable(latencySummary(run.pull)),
                run.failures, clean ? "" : "   (the centre did not stop cleanly)");
    if (!phase.flood) {
        std::printf("%-10s %-34s one at a time, quiet: a wrong password answered in %s, an unknown login in %s\n", qPrintable(backend), "",
                    qPrintable(latencySummary(wrong)), qPrintable(latencySummary(unknown)));
        return;
    }
    int answered = 0;
    QStringList byStatus;
    for (auto it = flood.answers.cbegin(); it != flood.answers.cend(); ++it) {
        answered += it.value();
        byStatus << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
    }
    std::printf("%-10s %-34s sign-in attempts/s %6.0f  answers %s  (%s)  reconnects %d\n", qPrintable(backend), "",
                answered / run.seconds, qPrintable(latencySummary(flood.latency)), qPrintable(byStatus.join(QStringLiteral(", "))),
                flood.reconnects);
    std::printf("%-10s %-34s audit rows: %d sign-in-failed, %d sign-in-throttled\n", qPrintable(backend), "",
                auditRows(url, "sign-in-failed"), auditRows(url, "sign-in-throttled"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options options;
    readDeskLoadArguments(app.arguments(), options.load, options.backends, [&options](const QString &name, const QString &value) {
        if (name == QLatin1String("--flooders"))
            options.flooders = value.toInt();
    });
    raiseOpenFileLimit();
    std::printf("sign-in flood: %d desks, %d s, %d HTTP connections of desks; %d flooders from their own loopback addresses,"
                " wrong passwords for the desks' login and for unknown ones\n",
                options.load.desks, options.load.seconds, options.load.connections, options.flooders);
    const QString off = QStringLiteral("1000000");
    const Phase phases[] = {
        {"no flood", false, {}},
        {"flood, default throttle", true, {}},
        {"flood, throttle off", true,
         {QStringLiteral("--sign-in-failures-per-login"), off, QStringLiteral("--sign-in-failures-per-address"), off}},
    };
    for (const QString &backend : options.backends) {
        int index = 0;
        for (const Phase &phase : phases)
            runPhase(backend, phase, index++, options);
        std::fflush(stdout);
    }
    return 0;
}
