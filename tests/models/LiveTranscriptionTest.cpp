// SPDX-License-Identifier: GPL-3.0-or-later
// A real call's transcript as the seat composes it: once the call is answered, the caller's
// file that the softphone's sndfile begins writing is found by its name's time, read as it
// grows and streamed to the recogniser; the sentences come back in order and the call's end
// finishes the stream. A call whose file never appears is said once.
#include "support/FakeFunAsrServer.h"
#include "support/TestAudio.h"
#include "telephony/LiveTranscription.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

FunAsrSettings recogniser(const QUrl &url)
{
    FunAsrSettings settings;
    settings.url = url;
    settings.finishTimeoutMs = 3000;
    return settings;
}

void append(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::Append));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

} // namespace

TEST(LiveTranscription, TheCallersFileIsFoundStreamedAndItsSentencesComeBackInOrder)
{
    FakeFunAsrServer server({{QStringLiteral("您好我家楼下的路灯坏了。"), 0, 1200}, {QStringLiteral("在牛街西里二区三号楼。"), 1300, 2400}});
    ASSERT_TRUE(server.listen());
    QTemporaryDir calls;
    LiveTranscription live(recogniser(server.url()), calls.path());
    QSignalSpy sentences(&live.source(), &TranscriptSource::sentence);
    QSignalSpy finished(&live.source(), &TranscriptSource::finished);

    PhoneCall call;
    call.id = QStringLiteral("bs-1");
    call.ringingAt = QDateTime::currentDateTimeUtc();
    live.callAnswered(call);
    // An older call's files are not this call's.
    const QString stamp = QStringLiteral("yyyy-MM-dd-HH-mm-ss");
    append(calls.filePath(QStringLiteral("dump-") + call.ringingAt.toLocalTime().addSecs(-60).toString(stamp) + QStringLiteral("-dec.wav")),
           wavHeader(8000, 1, 16) + tone(8000, 3000));
    QTest::qWait(300);
    // sndfile begins the caller's file a moment after the answer, and writes as the call goes.
    const QString received = calls.filePath(QStringLiteral("dump-") + call.ringingAt.toLocalTime().toString(stamp) + QStringLiteral("-dec.wav"));
    append(calls.filePath(QStringLiteral("dump-") + call.ringingAt.toLocalTime().toString(stamp) + QStringLiteral("-enc.wav")), wavHeader(8000, 1, 16));
    append(received, wavHeader(8000, 1, 16));
    for (int i = 0; i < 6; ++i) {
        append(received, tone(8000, 500));
        QTest::qWait(100);
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return sentences.size() >= 2; }, 10000)) << sentences.size();
    EXPECT_EQ(sentences.at(0).at(0).value<TranscriptSentence>().text, QStringLiteral("您好我家楼下的路灯坏了。"));
    EXPECT_EQ(sentences.at(1).at(0).value<TranscriptSentence>().text, QStringLiteral("在牛街西里二区三号楼。"));
    ASSERT_EQ(server.streams().size(), 1);
    EXPECT_EQ(server.streams().first().start.value(QStringLiteral("audio_fs")).toInt(), 8000) << "sent at the call's own rate";
    EXPECT_EQ(server.streams().first().start.value(QStringLiteral("wav_name")).toString(), QStringLiteral("bs-1"));
    EXPECT_EQ(server.streams().first().audioBytes, 6 * 8000) << "the caller's file, not the older call's";

    PhoneCall ended = call;
    ended.state = PhoneCall::State::Ended;
    live.callEnded(ended);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 10000)) << "the call's end finishes the stream";
    EXPECT_TRUE(server.streams().first().ended);
}

TEST(LiveTranscription, ACallWithoutTheCallersFileIsSaidOnceAndWithoutASettingNothingHappens)
{
    FakeFunAsrServer server;
    ASSERT_TRUE(server.listen());
    QTemporaryDir calls;
    LiveTranscription live(recogniser(server.url()), calls.path());
    QSignalSpy trouble(&live.source(), &TranscriptSource::trouble);
    PhoneCall call;
    call.id = QStringLiteral("bs-2");
    call.ringingAt = QDateTime::currentDateTimeUtc();
    live.callAnswered(call);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !trouble.isEmpty(); }, 10000));
    EXPECT_TRUE(trouble.first().first().toString().contains(calls.path()));
    QTest::qWait(300);
    EXPECT_EQ(trouble.size(), 1) << "said once";
    EXPECT_EQ(server.connections(), 0);

    LiveTranscription none(FunAsrSettings{}, calls.path());
    QSignalSpy quiet(&none.source(), &TranscriptSource::trouble);
    none.callAnswered(call);
    QTest::qWait(200);
    EXPECT_TRUE(quiet.isEmpty()) << "no recogniser configured: nothing changes";
}
