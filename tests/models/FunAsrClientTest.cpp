// SPDX-License-Identifier: GPL-3.0-or-later
// The live transcript from a speech recogniser speaking the FunASR runtime's WebSocket
// protocol, against a server of our own on loopback (support/FakeFunAsrServer) in the manner
// of both FunASR servers: partial and final results arrive in order and land in the
// transcript model in order; a server that dies in the middle of a call, is not there, hangs,
// refuses the stream or sends nonsense is reported once and the call goes on.
#include "telephony/FunAsrClient.h"
#include "itemmodels/TranscriptModel.h"
#include "support/FakeFunAsrServer.h"
#include "support/TestAudio.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

const QList<FakeFunAsrServer::Line> script = {
    {QStringLiteral("我家楼下的路灯坏了。"), 200, 1400},
    {QStringLiteral("在广安门内大街，"), 1600, 2600},
    {QStringLiteral("已经三天没亮了。"), 2800, 3600},
};

QString spoken(const QString &text)
{
    return QString(text).remove(QRegularExpression(QStringLiteral("[，。]")));
}

FunAsrSettings settingsFor(const QUrl &url)
{
    FunAsrSettings settings;
    settings.url = url;
    settings.connectTimeoutMs = 10000;
    settings.finishTimeoutMs = 10000;
    return settings;
}

// Everything a source said, in order, as one list of lines.
class Recorder : public QObject {
public:
    explicit Recorder(TranscriptSource &source)
    {
        connect(&source, &TranscriptSource::started, this,
                [this](const QString &id) { events.append(QStringLiteral("started ") + id); });
        connect(&source, &TranscriptSource::partial, this,
                [this](const QString &text) { events.append(QStringLiteral("partial ") + text); });
        connect(&source, &TranscriptSource::sentence, this, [this](const TranscriptSentence &s) {
            events.append(QStringLiteral("sentence ") + s.text);
            sentences.append(s);
        });
        connect(&source, &TranscriptSource::trouble, this, [this](const QString &reason) {
            events.append(QStringLiteral("trouble ") + reason);
            troubles.append(reason);
        });
        connect(&source, &TranscriptSource::finished, this, [this] {
            events.append(QStringLiteral("finished"));
            ++finished;
        });
    }
    QStringList events;
    QList<TranscriptSentence> sentences;
    QStringList troubles;
    int finished = 0;
};

// Feeds `ms` of audio in pieces of 100 ms, as the recording grows.
void feed(FunAsrClient &client, int sampleRate, int ms)
{
    const QByteArray audio = tone(sampleRate, ms);
    const qsizetype piece = qsizetype(sampleRate) / 10 * 2;
    for (qsizetype at = 0; at < audio.size(); at += piece)
        client.feed(audio.mid(at, piece));
}

// Waits until the server has all the audio the client sent of the `fed` bytes, that is all
// but the tail short of a whole frame (sent at the end of the call).
bool serverCaughtUp(const FakeFunAsrServer &server, const FunAsrClient &client, qint64 fed, int sampleRate)
{
    const qint64 frame = qint64(sampleRate) * 60 / 1000 * 2;
    return QTest::qWaitFor(
        [&] {
            return !server.streams().isEmpty() && server.streams().first().audioBytes == client.sentBytes() &&
                   client.sentBytes() + frame > fed;
        },
        10000);
}

// Feeds `ms` of audio a piece at a time, each once the server has had the one before: the
// recording growing while the call goes on. Stops waiting once the client is in trouble.
void feedPaced(FunAsrClient &client, const FakeFunAsrServer &server, const Recorder &recorder, int sampleRate, int ms)
{
    const QByteArray audio = tone(sampleRate, ms);
    const qsizetype piece = qsizetype(sampleRate) / 10 * 2;
    const qsizetype frame = qsizetype(sampleRate) * 60 / 1000 * 2;
    qsizetype fed = 0;
    for (qsizetype at = 0; at < audio.size(); at += piece) {
        client.feed(audio.mid(at, piece));
        fed += audio.mid(at, piece).size();
        (void)QTest::qWaitFor(
            [&] {
                return !recorder.troubles.isEmpty() ||
                       (!server.streams().isEmpty() && server.streams().first().audioBytes + frame > fed);
            },
            10000);
    }
}

// The partial lines before each sentence grow a character at a time to the whole sentence
// (without its punctuation), then the sentence comes; then the next.
void expectGrowingLinesThenSentences(const QStringList &events, const QList<FakeFunAsrServer::Line> &lines)
{
    qsizetype at = 1; // after "started"
    for (const FakeFunAsrServer::Line &line : lines) {
        QString last;
        while (at < events.size() && events.at(at).startsWith(QLatin1String("partial "))) {
            const QString shown = events.at(at).mid(8);
            EXPECT_TRUE(shown.size() > last.size() && shown.startsWith(last)) << qPrintable(events.join(u'\n'));
            last = shown;
            ++at;
        }
        EXPECT_EQ(last, spoken(line.text)) << qPrintable(events.join(u'\n'));
        ASSERT_LT(at, events.size());
        EXPECT_EQ(events.at(at), QStringLiteral("sentence ") + line.text);
        ++at;
    }
}

class FunAsrClientTest : public ::testing::TestWithParam<FakeFunAsrServer::Style> {};

} // namespace

TEST_P(FunAsrClientTest, PartialAndFinalResultsArriveInOrderAndLandInTheModelInOrder)
{
    FakeFunAsrServer server(script, GetParam());
    ASSERT_TRUE(server.listen());
    FunAsrClient client(settingsFor(server.url()));
    TranscriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(&client);
    QStringList partialLines;
    QObject::connect(&model, &TranscriptModel::partialChanged, &model,
                     [&](const QString &text) { partialLines.append(text); });
    Recorder recorder(client);

    client.start(QStringLiteral("call-0001"), 8000);
    EXPECT_TRUE(model.isLive());
    feed(client, 8000, 4000); // before the server has even answered: held, then sent
    ASSERT_TRUE(serverCaughtUp(server, client, 4000 * 16, 8000));
    client.finish();
    ASSERT_TRUE(QTest::qWaitFor([&] { return recorder.finished == 1; }, 10000))
        << qPrintable(recorder.events.join(u'\n'));

    EXPECT_TRUE(recorder.troubles.isEmpty()) << qPrintable(recorder.troubles.join(u'\n'));
    EXPECT_EQ(recorder.events.first(), QStringLiteral("started call-0001"));
    EXPECT_EQ(recorder.events.last(), QStringLiteral("finished"));
    expectGrowingLinesThenSentences(recorder.events, script);
    ASSERT_EQ(recorder.sentences.size(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_TRUE(recorder.sentences.at(i).final);
        EXPECT_EQ(recorder.sentences.at(i).startMs, script.at(i).startMs)
            << "the server's times, from the stream's start";
        EXPECT_EQ(recorder.sentences.at(i).endMs, script.at(i).endMs);
    }

    // The model: the sentences in order with their time into the call, the partial line gone.
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0).data(TranscriptModel::TextRole).toString(), script.at(0).text);
    EXPECT_EQ(model.index(1).data().toString(), QStringLiteral("00:01  ") + script.at(1).text);
    EXPECT_EQ(model.index(2).data(TranscriptModel::OffsetMsRole).toLongLong(), 2800);
    EXPECT_TRUE(model.partial().isEmpty());
    EXPECT_FALSE(model.isLive());
    EXPECT_EQ(partialLines.first(), QStringLiteral("我"));
    EXPECT_TRUE(partialLines.contains(QStringLiteral("我家楼下的路灯坏了")));
    EXPECT_EQ(partialLines.last(), QString()) << "the line goes with its sentence";

    // What the server saw: the protocol's start message, the audio in 60 ms frames, the end.
    ASSERT_EQ(server.connections(), 1);
    const FakeFunAsrServer::Stream &stream = server.streams().first();
    EXPECT_TRUE(stream.problems.isEmpty()) << qPrintable(stream.problems.join(u'\n'));
    EXPECT_EQ(stream.subprotocol, QStringLiteral("binary"));
    EXPECT_EQ(stream.start.value(QLatin1String("mode")).toString(), QStringLiteral("2pass"));
    EXPECT_EQ(stream.start.value(QLatin1String("wav_name")).toString(), QStringLiteral("call-0001"));
    EXPECT_EQ(stream.start.value(QLatin1String("audio_fs")).toInt(), 8000);
    EXPECT_EQ(stream.start.value(QLatin1String("wav_format")).toString(), QStringLiteral("pcm"));
    EXPECT_EQ(stream.start.value(QLatin1String("chunk_size")).toArray(), (QJsonArray{5, 10, 5}));
    EXPECT_EQ(stream.start.value(QLatin1String("chunk_interval")).toInt(), 10);
    EXPECT_EQ(stream.start.value(QLatin1String("is_speaking")), QJsonValue(true));
    EXPECT_EQ(stream.start.value(QLatin1String("itn")), QJsonValue(true));
    EXPECT_TRUE(stream.start.value(QLatin1String("hotwords")).isString());
    EXPECT_EQ(stream.largestMessage, 60 * 16) << "60 ms of 8 kHz audio a message";
    EXPECT_EQ(stream.audioBytes, 4000 * 16);
    EXPECT_TRUE(stream.ended);
    EXPECT_EQ(client.sentBytes(), 4000 * 16);
    EXPECT_EQ(client.droppedBytes(), 0);
}

TEST_P(FunAsrClientTest, TheEndOfTheCallBringsTheSentenceBegunAndTheLastResult)
{
    FakeFunAsrServer server(script, GetParam());
    ASSERT_TRUE(server.listen());
    FunAsrClient client(settingsFor(server.url()));
    Recorder recorder(client);
    client.start(QStringLiteral("call-0002"), 16000);
    feed(client, 16000, 3210); // the caller hangs up in the middle of the third sentence
    ASSERT_TRUE(QTest::qWaitFor([&] { return recorder.sentences.size() == 2; }, 10000));
    client.finish();
    client.feed(tone(16000, 500)); // after the end: dropped, nothing breaks
    ASSERT_TRUE(QTest::qWaitFor([&] { return recorder.finished == 1; }, 10000));
    EXPECT_TRUE(recorder.troubles.isEmpty()) << qPrintable(recorder.troubles.join(u'\n'));
    ASSERT_EQ(recorder.sentences.size(), 3);
    EXPECT_EQ(recorder.sentences.at(2).text, script.at(2).text);
    EXPECT_TRUE(recorder.sentences.at(2).final) << "the server's correction, not the streaming guess";
    EXPECT_EQ(server.streams().first().audioBytes, 3210 * 32) << "the tail that was no whole frame went too";
    EXPECT_EQ(client.droppedBytes(), 500 * 32);
}

INSTANTIATE_TEST_SUITE_P(BothServers, FunAsrClientTest,
                         ::testing::Values(FakeFunAsrServer::Style::Runtime, FakeFunAsrServer::Style::PythonServer),
                         [](const ::testing::TestParamInfo<FakeFunAsrServer::Style> &info) {
                             return info.param == FakeFunAsrServer::Style::Runtime ? std::string("Runtime")
                                                                                   : std::string("PythonServer");
                         });

TEST(FunAsrClient, AServerThatDiesMidCallIsReportedOnceAndTheCallGoesOn)
{
    FakeFunAsrServer server(script);
    ASSERT_TRUE(server.listen());
    server.dieAfterAudioMs(2000); // in the middle of the second sentence
    FunAsrClient client(settingsFor(server.url()));
    TranscriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(&client);
    Recorder recorder(client);

    client.start(QStringLiteral("call-0003"), 8000);
    feedPaced(client, server, recorder, 8000, 2500);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !recorder.troubles.isEmpty(); }, 10000));
    const qint64 sent = client.sentBytes();
    feed(client, 8000, 3000); // the call goes on; its audio has nowhere to go
    client.feed(QByteArray(7, '\0'));
    QTest::qWait(50);
    ASSERT_EQ(recorder.troubles.size(), 1) << qPrintable(recorder.troubles.join(u'\n'));
    EXPECT_TRUE(recorder.troubles.first().contains(server.url().toString())) << qPrintable(recorder.troubles.first());
    EXPECT_TRUE(recorder.troubles.first().contains(QStringLiteral("中断"))) << qPrintable(recorder.troubles.first());
    EXPECT_TRUE(recorder.troubles.first().contains(QStringLiteral("通话照常进行")))
        << qPrintable(recorder.troubles.first());
    EXPECT_EQ(client.sentBytes(), sent);
    EXPECT_GE(client.droppedBytes(), 3000 * 16 + 7);
    EXPECT_EQ(model.trouble(), recorder.troubles.first());

    // What was said before stays: the first sentence, and the second as far as it was heard,
    // kept as the streaming guess.
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.sentence(0).text, script.at(0).text);
    EXPECT_TRUE(model.sentence(0).final);
    EXPECT_TRUE(spoken(script.at(1).text).startsWith(model.sentence(1).text)) << qPrintable(model.sentence(1).text);
    EXPECT_FALSE(model.index(1).data(TranscriptModel::FinalRole).toBool());
    EXPECT_TRUE(model.partial().isEmpty());

    client.finish();
    EXPECT_EQ(recorder.finished, 1) << "at once: there is no one to wait for";
    EXPECT_EQ(recorder.troubles.size(), 1);

    // The next call finds the server gone, and says so.
    client.start(QStringLiteral("call-0004"), 8000);
    ASSERT_TRUE(QTest::qWaitFor([&] { return recorder.troubles.size() == 2; }, 10000));
    EXPECT_TRUE(recorder.troubles.last().contains(QStringLiteral("连接不上"))) << qPrintable(recorder.troubles.last());
    EXPECT_TRUE(model.trouble().contains(QStringLiteral("连接不上")));
    EXPECT_EQ(model.rowCount(), 0) << "a new call, a new transcript";
    client.finish();
    EXPECT_EQ(recorder.finished, 2);
}

TEST(FunAsrClient, NoServerIsAClearMessage)
{
    QTcpServer probe; // a port nobody listens on
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1").arg(probe.serverPort()));
    probe.close();
    FunAsrClient client(settingsFor(url));
    Recorder recorder(client);
    client.start(QStringLiteral("call-0005"), 8000);
    feed(client, 8000, 1000);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !recorder.troubles.isEmpty(); }, 10000));
    EXPECT_TRUE(recorder.troubles.first().startsWith(QStringLiteral("语音转写服务 %1 连接不上：").arg(url.toString())))
        << qPrintable(recorder.troubles.first());
    feed(client, 8000, 1000);
    client.finish();
    EXPECT_EQ(recorder.finished, 1);
    EXPECT_EQ(recorder.troubles.size(), 1);
    EXPECT_EQ(client.droppedBytes(), 2000 * 16);
}

TEST(FunAsrClient, AServerThatNeverAnswersTheHandshakeTimesOut)
{
    QTcpServer silent; // takes the connection, says nothing
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    QObject::connect(&silent, &QTcpServer::newConnection, &silent,
                     [&] { held.append(silent.nextPendingConnection()); });
    FunAsrSettings settings = settingsFor(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(silent.serverPort())));
    settings.connectTimeoutMs = 300;
    FunAsrClient client(settings);
    Recorder recorder(client);
    client.start(QStringLiteral("call-0006"), 8000);
    client.finish(); // a very short call: the end waits for the connection, which fails
    ASSERT_TRUE(QTest::qWaitFor([&] { return recorder.finished == 1; }, 10000));
    ASSERT_EQ(recorder.troubles.size(), 1);
    EXPECT_TRUE(recorder.troubles.first().contains(QStringLiteral("秒内没有应答")))
        << qPrintable(recorder.troubles.first());
    EXPECT_EQ(held.size(), 1);
}

TEST(FunAsrClient, AudioWhileConnectingIsHeldButNotWithoutBound)
{
    FakeFunAsrServer server({{QStringLiteral("喂，你好。"), 200, 600}});
    ASSERT_TRUE(server.listen());
    FunAsrSettings settings = settingsFor(server.url());
    settings.maxBufferedSeconds = 1;
    FunAsrClient client(settings);
    Recorder recorder(client);
    client.start(QStringLiteral("call-0007"), 8000);
    feed(client, 8000, 3000); // all before the server answered: the first 2 s go
    EXPECT_EQ(client.droppedBytes(), 2000 * 16);
    ASSERT_TRUE(serverCaughtUp(server, client, 3000 * 16 - client.droppedBytes(), 8000));
    client.finish();
    ASSERT_TRUE(QTest::qWaitFor([&] { return recorder.finished == 1; }, 10000));
    EXPECT_EQ(server.streams().first().audioBytes, 1000 * 16);
    ASSERT_EQ(recorder.sentences.size(), 1);
    EXPECT_EQ(recorder.sentences.first().startMs, 2200) << "the server's clock started 2 s into the call";
    EXPECT_EQ(recorder.sentences.first().endMs, 2600);
}

TEST(FunAsrClient, AStartTheServerRefusesIsReported)
{
    // The Python server says what was wrong when the stream ends; the call goes on.
    FakeFunAsrServer server(script, FakeFunAsrServer::Style::PythonServer);
    ASSERT_TRUE(server.listen());
    FunAsrSettings settings = settingsFor(server.url());
    settings.chunkSize = {5, 0, 5};
    FunAsrClient client(settings);
    Recorder recorder(client);
    client.start(QStringLiteral("call-0008"), 8000);
    feed(client, 8000, 1000);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !server.streams().isEmpty() && server.streams().first().discardedBytes == 1000 * 16; }, 10000));
    client.finish();
    ASSERT_TRUE(QTest::qWaitFor([&] { return recorder.finished == 1; }, 10000));
    EXPECT_TRUE(server.streams().first().problems.contains(QStringLiteral("Wrong chunk_size!")));
    ASSERT_EQ(recorder.troubles.size(), 1);
    EXPECT_TRUE(recorder.troubles.first().startsWith(QStringLiteral("语音转写服务报告错误：")))
        << qPrintable(recorder.troubles.first());
    EXPECT_TRUE(recorder.troubles.first().contains(QStringLiteral("Wrong chunk_size!")));
    EXPECT_TRUE(recorder.sentences.isEmpty());

    // The runtime goes silent on such a stream: the end waits its time, then the call is done.
    FakeFunAsrServer runtime(script, FakeFunAsrServer::Style::Runtime);
    ASSERT_TRUE(runtime.listen());
    settings.url = runtime.url();
    settings.finishTimeoutMs = 300;
    FunAsrClient second(settings);
    Recorder quiet(second);
    second.start(QStringLiteral("call-0009"), 8000);
    feed(second, 8000, 1000);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !runtime.streams().isEmpty() && runtime.streams().first().discardedBytes == 1000 * 16; }, 10000));
    second.finish();
    ASSERT_TRUE(QTest::qWaitFor([&] { return quiet.finished == 1; }, 10000));
    EXPECT_TRUE(quiet.sentences.isEmpty());
    EXPECT_TRUE(runtime.streams().first().sent.isEmpty());
}

TEST(FunAsrClient, TheFakeServerChecksTheStartMessage)
{
    // The other side of the test above: what the fake takes as a start, with a bare socket.
    FakeFunAsrServer server(script);
    ASSERT_TRUE(server.listen());
    QWebSocket socket;
    socket.open(server.url());
    ASSERT_TRUE(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 10000));
    socket.sendTextMessage(QStringLiteral(
        "{\"mode\":\"3pass\",\"chunk_size\":[5,10],\"wav_format\":\"mp3\",\"hotwords\":{},\"is_speaking\":true}"));
    socket.sendBinaryMessage(tone(16000, 100));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return server.streams().size() == 1 && server.streams().first().discardedBytes > 0; }, 10000));
    const QStringList problems = server.streams().first().problems;
    for (const char *expected :
         {"unsupported mode: '3pass'", "Wrong chunk_size!", "ONLY SUPPORT PCM stream", "hotwords is not a string"})
        EXPECT_TRUE(problems.contains(QLatin1String(expected)))
            << expected << " in " << qPrintable(problems.join(u'\n'));
}

TEST(FunAsrClient, NonsenseFromTheServerIsReportedOnceAndIgnored)
{
    FakeFunAsrServer server(script);
    ASSERT_TRUE(server.listen());
    FunAsrClient client(settingsFor(server.url()));
    Recorder recorder(client);
    client.start(QStringLiteral("call-0010"), 8000);
    feed(client, 8000, 1000);
    ASSERT_TRUE(serverCaughtUp(server, client, 1000 * 16, 8000));
    server.sendRaw(QStringLiteral("{\"mode\": \"2pass-online\", \"text\": "));
    server.sendRaw(QStringLiteral("[\"not\", \"an\", \"object\"]"));
    server.sendRaw(QStringLiteral("{\"mode\": \"4pass\", \"text\": \"?\"}"));
    feed(client, 8000, 3000);
    ASSERT_TRUE(serverCaughtUp(server, client, 4000 * 16, 8000));
    client.finish();
    ASSERT_TRUE(QTest::qWaitFor([&] { return recorder.finished == 1; }, 10000));
    ASSERT_EQ(recorder.troubles.size(), 1) << qPrintable(recorder.troubles.join(u'\n'));
    EXPECT_TRUE(recorder.troubles.first().startsWith(QStringLiteral("语音转写服务发来无法解读的消息")))
        << qPrintable(recorder.troubles.first());
    ASSERT_EQ(recorder.sentences.size(), 3) << "the transcript went on";
    EXPECT_EQ(recorder.sentences.at(2).text, script.at(2).text);
}

namespace {

// A CA and a certificate it signed for 127.0.0.1 (EC keys: quick to make), and another CA.
bool makeCertificates(const QString &dir)
{
    const QString script = QStringLiteral("set -e; cd '%1';"
                                          "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes "
                                          "-days 2 -subj /CN=Asr-Test-CA -keyout ca.key -out ca.pem 2>/dev/null;"
                                          "openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "
                                          "/CN=127.0.0.1 -keyout asr.key -out asr.csr 2>/dev/null;"
                                          "printf 'subjectAltName=IP:127.0.0.1\\n' > san.txt;"
                                          "openssl x509 -req -in asr.csr -CA ca.pem -CAkey ca.key -CAcreateserial "
                                          "-days 2 -extfile san.txt -out asr.pem 2>/dev/null;"
                                          "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes "
                                          "-days 2 -subj /CN=Other-CA -keyout other.key -out other.pem 2>/dev/null")
                               .arg(dir);
    QProcess openssl;
    openssl.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
    return openssl.waitForFinished(60000) && openssl.exitCode() == 0;
}

} // namespace

TEST(FunAsrClient, WssWithTheSitesCaAndNotWithout)
{
    QTemporaryDir dir;
    ASSERT_TRUE(makeCertificates(dir.path()));
    QFile keyFile(dir.filePath(QStringLiteral("asr.key")));
    ASSERT_TRUE(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(QSslCertificate::fromPath(dir.filePath(QStringLiteral("asr.pem"))));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    FakeFunAsrServer server(script);
    ASSERT_TRUE(server.listen(tls));
    ASSERT_EQ(server.url().scheme(), QStringLiteral("wss"));

    FunAsrSettings settings = settingsFor(server.url());
    settings.caCertificate = dir.filePath(QStringLiteral("ca.pem"));
    FunAsrClient client(settings);
    Recorder recorder(client);
    client.start(QStringLiteral("call-0011"), 8000);
    feed(client, 8000, 4000);
    client.finish();
    ASSERT_TRUE(QTest::qWaitFor([&] { return recorder.finished == 1; }, 10000));
    EXPECT_TRUE(recorder.troubles.isEmpty()) << qPrintable(recorder.troubles.join(u'\n'));
    EXPECT_EQ(recorder.sentences.size(), 3);

    // A certificate from a CA the desk was not told about: no audio goes out.
    settings.caCertificate = dir.filePath(QStringLiteral("other.pem"));
    FunAsrClient untrusting(settings);
    Recorder refused(untrusting);
    untrusting.start(QStringLiteral("call-0012"), 8000);
    feed(untrusting, 8000, 1000);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !refused.troubles.isEmpty(); }, 10000));
    EXPECT_TRUE(refused.troubles.first().contains(QStringLiteral("连接不上"))) << qPrintable(refused.troubles.first());
    EXPECT_EQ(untrusting.sentBytes(), 0);
    EXPECT_EQ(server.streams().size(), 1) << "the refused handshake never became a stream";

    // A CA file that is not there is said as such, before anything is sent.
    settings.caCertificate = dir.filePath(QStringLiteral("missing.pem"));
    FunAsrClient misconfigured(settings);
    Recorder told(misconfigured);
    misconfigured.start(QStringLiteral("call-0013"), 8000);
    ASSERT_EQ(told.troubles.size(), 1);
    EXPECT_TRUE(told.troubles.first().contains(QStringLiteral("missing.pem")));
}

TEST(FunAsrClient, PlainWsGoesToThisMachineOnly)
{
    FunAsrSettings settings;
    settings.url = QUrl(QStringLiteral("ws://192.0.2.10:10095"));
    FunAsrClient client(settings);
    Recorder recorder(client);
    client.start(QStringLiteral("call-0014"), 8000); // refused before any connection is tried
    ASSERT_EQ(recorder.troubles.size(), 1);
    EXPECT_TRUE(recorder.troubles.first().contains(QStringLiteral("allow-plain-ws")))
        << qPrintable(recorder.troubles.first());
    client.feed(tone(8000, 100));
    client.finish();
    EXPECT_EQ(recorder.finished, 1);
    settings.allowPlainWs = true;
    EXPECT_TRUE(settings.refusal().isEmpty());
    settings.url = QUrl(QStringLiteral("http://127.0.0.1:10095"));
    EXPECT_FALSE(settings.refusal().isEmpty());
    EXPECT_FALSE(FunAsrSettings().isConfigured());
}
