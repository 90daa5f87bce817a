// SPDX-License-Identifier: GPL-3.0-or-later
// The real hotline-central against clients that are hostile or broken: huge headers, a body
// declared at 2 GB, thousands of idle sockets, a 10 MiB WebSocket frame. Each is refused or
// closed within seconds, the centre's memory stays bounded, the health check answers
// throughout, and a desk still pushes at the end.
#include "CentralHarness.h"
#include "TestData.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QWebSocket>

#include <sys/resource.h>

using namespace hotline;
using namespace hotline::test;

namespace {

class HardeningTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        // 2,000 sockets of our own, and the centre's as many: both need the room.
        rlimit files {};
        getrlimit(RLIMIT_NOFILE, &files);
        files.rlim_cur = std::min<rlim_t>(files.rlim_max, 16384);
        setrlimit(RLIMIT_NOFILE, &files);
        url = centralDatabaseUrl(QStringLiteral("sqlite"), dir);
        // Short timeouts so the test sees them act; no trusted proxy, so loopback counts as
        // an ordinary address for the per-address cap.
        central = std::make_unique<CentralProcess>(url, QStringList{QStringLiteral("--header-timeout"), QStringLiteral("2"),
                                                                    QStringLiteral("--trusted-proxy"), QString(),
                                                                    QStringLiteral("--max-connections-per-address"), QStringLiteral("1500")});
        ASSERT_TRUE(central->addUser(QStringLiteral("op1"), QStringLiteral("operator")));
        ASSERT_TRUE(central->start()) << qPrintable(central->log());
        baseline = central->residentKiB();
    }

    bool healthy() { return http(central->url(), "GET", QStringLiteral("/api/v1/health")).status == 200; }
    // The health check from another address than the flood's (127.0.0.2 is this machine too).
    bool healthyFromElsewhere()
    {
        QTcpSocket socket;
        socket.bind(QHostAddress(QStringLiteral("127.0.0.2")));
        socket.connectToHost(QHostAddress::LocalHost, quint16(central->url().port()));
        if (!socket.waitForConnected(5000))
            return false;
        socket.write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        while (socket.waitForReadyRead(5000))
            answer += socket.readAll();
        answer += socket.readAll();
        return answer.startsWith("HTTP/1.1 200");
    }

    // Writes `head` then `filler` bytes in chunks until the centre answers or closes; the answer.
    QByteArray flood(const QByteArray &head, qint64 filler, qint64 *sent, qint64 *elapsedMs)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(central->url().port()));
        EXPECT_TRUE(socket.waitForConnected(5000));
        QElapsedTimer clock;
        clock.start();
        socket.write(head);
        const QByteArray chunk(64 * 1024, 'a');
        *sent = 0;
        QByteArray answer;
        while (*sent < filler && socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < 20000) {
            if (socket.bytesToWrite() < 1024 * 1024) {
                socket.write(chunk);
                *sent += chunk.size();
            }
            socket.waitForBytesWritten(50);
            if (socket.bytesAvailable() > 0 || socket.waitForReadyRead(1))
                answer += socket.readAll();
            if (answer.contains("\r\n\r\n"))
                break;
        }
        while (socket.state() == QAbstractSocket::ConnectedState && !answer.contains("\r\n\r\n") && clock.elapsed() < 20000)
            if (socket.waitForReadyRead(100))
                answer += socket.readAll();
        *elapsedMs = clock.elapsed();
        return answer;
    }

    QTemporaryDir dir;
    QString url;
    std::unique_ptr<CentralProcess> central;
    qint64 baseline = 0;
};

TEST_F(HardeningTest, OversizedHeadersAndBodiesAreRefusedBeforeTheyAreRead)
{
    qint64 sent = 0;
    qint64 ms = 0;
    // 100 MB of header: 431 once the limit (32 KiB) is passed, long before the 100 MB.
    const QByteArray header = flood("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Padding: ", 100 * 1024 * 1024, &sent, &ms);
    EXPECT_TRUE(header.startsWith("HTTP/1.1 431")) << header.left(200).constData();
    EXPECT_LT(sent, 20 * 1024 * 1024) << "the centre stopped it early";
    EXPECT_LT(ms, 10000);
    EXPECT_TRUE(healthy());

    // A request line of a megabyte: 414.
    const QByteArray line = flood("GET /api/v1/health?x=", 1024 * 1024, &sent, &ms);
    EXPECT_TRUE(line.startsWith("HTTP/1.1 414")) << line.left(200).constData();

    // A body declared at 2 GB: 413 at once, before a byte of it is read.
    const QByteArray body = flood("POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                  "Content-Length: 2147483648\r\n\r\n",
                                  8 * 1024 * 1024, &sent, &ms);
    EXPECT_TRUE(body.startsWith("HTTP/1.1 413")) << body.left(200).constData();
    EXPECT_LT(ms, 5000);
    // A chunked body that never ends: 413 at the limit (4 MiB).
    const QByteArray chunked = flood("POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n10000\r\n",
                                     64 * 1024 * 1024, &sent, &ms);
    EXPECT_TRUE(chunked.startsWith("HTTP/1.1 413") || chunked.startsWith("HTTP/1.1 400")) << chunked.left(200).constData();
    EXPECT_LT(sent, 32 * 1024 * 1024);
    // Garbage: 400.
    const QByteArray garbage = flood("\x16\x03\x01 this is not HTTP\r\n\r\n", 0, &sent, &ms);
    EXPECT_TRUE(garbage.startsWith("HTTP/1.1 400")) << garbage.left(200).constData();

    EXPECT_TRUE(healthy());
    const qint64 after = central->residentKiB();
    EXPECT_LT(after - baseline, 64 * 1024) << "resident memory grew from " << baseline << " KiB to " << after << " KiB";
}

TEST_F(HardeningTest, IdleSocketsAreRefusedOverTheCapAndClosedAfterTheTimeout)
{
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 2000; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress::LocalHost, quint16(central->url().port()));
    }
    const auto open = [&] {
        return std::count_if(idle.begin(), idle.end(), [](const auto &s) { return s->state() == QAbstractSocket::ConnectedState; });
    };
    QElapsedTimer clock;
    clock.start();
    waitUntil([&] { return std::all_of(idle.begin(), idle.end(), [](const auto &s) { return s->state() != QAbstractSocket::ConnectingState; }); }, 20000);
    // Over the cap of 1,500 from one address: told so (503) and closed; the rest wait.
    ASSERT_TRUE(waitUntil([&] { return open() <= 1500; }, 10000)) << open() << " still open";
    EXPECT_TRUE(healthyFromElsewhere()) << "1,500 idle sockets from one address keep no one else out";
    // Nobody asks anything: after the header timeout (2 s) every one of them is closed.
    ASSERT_TRUE(waitUntil([&] { return open() == 0; }, 15000)) << open() << " still open after " << clock.elapsed() << " ms";
    EXPECT_LT(clock.elapsed(), 15000);
    EXPECT_TRUE(healthy());
    const qint64 after = central->residentKiB();
    EXPECT_LT(after - baseline, 64 * 1024) << "resident memory grew from " << baseline << " KiB to " << after << " KiB";

    // And a desk still pushes.
    DeskHarness desk(dir.filePath(QStringLiteral("desk.sqlite")));
    ASSERT_TRUE(desk.signIn(central->url(), QStringLiteral("op1")));
    ASSERT_FALSE(desk.file(1).isEmpty());
    EXPECT_TRUE(desk.syncUntilIdle());
    EXPECT_EQ(centralCount(url, QStringLiteral("SELECT count(*) FROM work_orders")), 1);
}

TEST_F(HardeningTest, AHugeWebSocketFrameClosesTheStreamAndOnlyThat)
{
    const QString token = signInToken(central->url(), QStringLiteral("op1"));
    ASSERT_FALSE(token.isEmpty());
    const auto openStream = [&](QWebSocket &socket, const QString &bearer) {
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream").arg(central->url().port())));
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
        socket.open(request);
    };
    // No token: no stream.
    QWebSocket anonymous;
    openStream(anonymous, {});
    waitUntil([&] { return anonymous.state() == QAbstractSocket::UnconnectedState; }, 5000);
    EXPECT_NE(anonymous.state(), QAbstractSocket::ConnectedState);

    QWebSocket stream;
    QStringList heard;
    QObject::connect(&stream, &QWebSocket::textMessageReceived, [&heard](const QString &m) { heard.append(m); });
    openStream(stream, token);
    ASSERT_TRUE(waitUntil([&] { return !heard.isEmpty(); }, 5000)) << "the centre says hello";
    stream.sendBinaryMessage(QByteArray(10 * 1024 * 1024, 'x'));
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(waitUntil([&] { return stream.state() == QAbstractSocket::UnconnectedState; }, 10000));
    EXPECT_LT(clock.elapsed(), 10000);
    EXPECT_EQ(stream.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData) << stream.closeReason().toStdString();
    EXPECT_TRUE(healthy());

    // One stream per session: a second one for the same token replaces the first.
    QWebSocket first;
    QWebSocket second;
    openStream(first, token);
    ASSERT_TRUE(waitUntil([&] { return first.state() == QAbstractSocket::ConnectedState; }, 5000));
    openStream(second, token);
    ASSERT_TRUE(waitUntil([&] { return second.state() == QAbstractSocket::ConnectedState; }, 5000));
    EXPECT_TRUE(waitUntil([&] { return first.state() == QAbstractSocket::UnconnectedState; }, 5000)) << "the older stream ends";
    // Signing out ends the stream too.
    ASSERT_EQ(http(central->url(), "POST", QStringLiteral("/api/v1/auth/sign-out"), {}, token).status, 200);
    EXPECT_TRUE(waitUntil([&] { return second.state() == QAbstractSocket::UnconnectedState; }, 5000)) << "signed out: no stream";
    const qint64 after = central->residentKiB();
    EXPECT_LT(after - baseline, 64 * 1024) << "resident memory grew from " << baseline << " KiB to " << after << " KiB";
}

} // namespace
