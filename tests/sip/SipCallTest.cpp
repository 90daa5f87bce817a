// SPDX-License-Identifier: GPL-3.0-or-later
// A real call end to end, in a network namespace of its own (tests/sip/with-veth.sh): SIPp
// calls the desk's own baresip from 10.77.0.2 with a Mandarin WAV that espeak-ng made from
// pinyin, while the whole desk runs offscreen as app/desk composes it (SeatServices from a
// site file, the window, the sync with a real centre on SQLite). The screen pop shows the
// caller before the answer; Ctrl+N answers; the order is typed and filed with the caller's
// number; F3 holds and resumes; F4 hangs up; the stereo recording has speech on both channels,
// is linked to the order and reaches the centre, where a team lead finds it by the order.
#include "../ui/KeyboardDriver.h"
#include "SipDesk.h"
#include "operator/CallBar.h"
#include "recordings/RecordingRepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>

#include <sndfile.h>

#include <cmath>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

const QString callerNumber = QStringLiteral("13901012345");

// RMS of each channel of a sound file (libsndfile reads Ogg Opus).
std::vector<double> channelLoudness(const QString &path, int *channels, double *seconds)
{
    SF_INFO info{};
    SNDFILE *file = sf_open(path.toUtf8().constData(), SFM_READ, &info);
    if (!file)
        return {};
    *channels = info.channels;
    *seconds = double(info.frames) / info.samplerate;
    std::vector<double> sum(size_t(info.channels), 0.0);
    std::vector<float> frames(size_t(4096 * info.channels));
    sf_count_t read = 0;
    sf_count_t total = 0;
    while ((read = sf_readf_float(file, frames.data(), 4096)) > 0) {
        for (sf_count_t i = 0; i < read; ++i)
            for (int c = 0; c < info.channels; ++c)
                sum[size_t(c)] += double(frames[size_t(i * info.channels + c)]) * frames[size_t(i * info.channels + c)];
        total += read;
    }
    sf_close(file);
    for (double &s : sum)
        s = std::sqrt(s / std::max<sf_count_t>(1, total));
    return sum;
}

class SipCallTest : public ::testing::Test, protected KeyboardDriver {};

} // namespace

TEST_F(SipCallTest, ARealCallIsPoppedAnsweredFiledHeldHungUpRecordedAndReachesTheCentre)
{
    SipDesk desk;
    const QString problem = desk.start();
    ASSERT_TRUE(problem.isEmpty()) << qPrintable(problem);
    DeskWindow &window = *desk.window;
    AgentSession &agent = desk.agent;
    SeatServices &seat = *desk.seat;

    // A citizen calls: SIPp, speaking Mandarin made from pinyin.
    QProcess sipp;
    desk.call(sipp, callerNumber, 20);
    ASSERT_TRUE(sipp.waitForStarted());
    CallBar *bar = window.callBar();
    ASSERT_TRUE(QTest::qWaitFor([&] { return bar->isRinging(); }, 20000)) << sipp.readAll().constData();
    EXPECT_EQ(bar->ringingNumber(), callerNumber) << "caller ID from the INVITE";
    EXPECT_TRUE(QTest::qWaitFor([&] { return bar->text().contains(QStringLiteral("首次来电")); }, 5000)) << qPrintable(bar->text());
    EXPECT_EQ(agent.state(), AgentSession::State::Ready) << "the pop comes before the answer";

    key(Qt::Key_N, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return agent.state() == AgentSession::State::InCall; }, 10000));
    const QString callId = window.calls()->call()->id;
    EXPECT_EQ(window.findChild<QLineEdit *>(QStringLiteral("phone"))->text(), callerNumber);

    // The caller speaks (about 5 s); then the operator holds, resumes, files and hangs up.
    QTest::qWait(3000);
    key(Qt::Key_F3);
    EXPECT_EQ(window.calls()->call()->state, PhoneCall::State::OnHold);
    QTest::qWait(1000);
    key(Qt::Key_F3);
    EXPECT_EQ(window.calls()->call()->state, PhoneCall::State::Established);
    describeItemAndPlace(QStringLiteral("家楼下的路灯坏了，请帮忙报修"));
    QSignalSpy filed(&window, &DeskWindow::orderFiledForCall);
    key(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(filed.size(), 1) << "filed during the call";
    const QString number = filed.at(0).at(0).toString();
    EXPECT_EQ(desk.orders.find(number)->draft.phone, callerNumber);
    QTest::qWait(1000);
    QSignalSpy recorded(&seat.recordings().recorder(), &CallRecorder::recorded);
    QSignalSpy uploaded(&seat.recordings().uploader(), &RecordingUploader::uploaded);
    key(Qt::Key_F4);
    ASSERT_TRUE(QTest::qWaitFor([&] { return agent.state() == AgentSession::State::AfterCall; }, 10000));
    ASSERT_TRUE(sipp.waitForFinished(30000));
    EXPECT_EQ(sipp.exitCode(), 0) << sipp.readAll().constData();

    // The recording: one stereo file, speech on both sides, linked to the order.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !recorded.isEmpty(); }, 30000)) << "recorded";
    const Recording recording = recorded.at(0).at(0).value<Recording>();
    EXPECT_EQ(recording.callId, callId);
    int channels = 0;
    double seconds = 0;
    const std::vector<double> loudness = channelLoudness(recording.path, &channels, &seconds);
    ASSERT_EQ(channels, 2) << qPrintable(recording.path);
    EXPECT_GT(seconds, 4.0);
    EXPECT_GT(loudness.at(0), 0.01) << "the citizen's channel holds their speech";
    EXPECT_GT(loudness.at(1), 0.01) << "the operator's channel holds theirs";
    RecordingRepository repository(*desk.fx.store);
    EXPECT_TRUE(repository.findByCall(callId).has_value());

    // At the centre: uploaded, hash checked, found by the order by a team lead.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !uploaded.isEmpty(); }, 60000)) << "uploaded";
    const QString lead = signInToken(desk.central->url(), QStringLiteral("lead1"));
    const HttpAnswer listed = http(desk.central->url(), "GET", QStringLiteral("/api/v1/recordings?order=") + number, {}, lead);
    ASSERT_EQ(listed.status, 200);
    const QJsonArray found = listed.body.value(QStringLiteral("recordings")).toArray();
    ASSERT_EQ(found.size(), 1) << QJsonDocument(listed.body).toJson().constData();
    const QString id = found.at(0).toObject().value(QStringLiteral("id")).toString();
    const RawAnswer file = rawHttp(desk.central->url(), "GET", QStringLiteral("/api/v1/recordings/") + id, {}, lead);
    ASSERT_EQ(file.status, 200);
    QFile local(recording.path);
    ASSERT_TRUE(local.open(QIODevice::ReadOnly));
    EXPECT_EQ(QCryptographicHash::hash(file.body, QCryptographicHash::Sha256), QCryptographicHash::hash(local.readAll(), QCryptographicHash::Sha256));
    window.close();
}
