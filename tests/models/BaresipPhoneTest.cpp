// SPDX-License-Identifier: GPL-3.0-or-later
// The baresip adapter against a stand-in ctrl_tcp (FakeBaresip): the commands it sends for each
// of the desk's actions, the calls and signals it makes of baresip's events, the state it keeps
// where baresip 1.0 reports none (hold, mute, baresip's own resume), the consulted transfer and
// the not-ready routing as baresip 1.0 allows them, and a control line that breaks, refuses or
// talks nonsense.
#include "FakeBaresip.h"
#include "SndfileDumps.h"

#include "telephony/BaresipPhone.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <random>

using namespace hotline;
using namespace hotline::test;

namespace {

const QString caller = QStringLiteral("1-13266@10.0.0.2");
const QString callerUri = QStringLiteral("sip:13901012345@10.0.0.2:5062");

struct Rig {
    FakeBaresip fake;
    QTemporaryDir recordings;
    BaresipPhone phone;
    QSignalSpy ringing{&phone, &Phone::ringing};
    QSignalSpy established{&phone, &Phone::established};
    QSignalSpy changed{&phone, &Phone::changed};
    QSignalSpy ended{&phone, &Phone::ended};
    QSignalSpy failed{&phone, &Phone::failed};
    QSignalSpy turnedAway{&phone, &Phone::turnedAway};
    QSignalSpy trouble{&phone, &Phone::trouble};
    QSignalSpy recovered{&phone, &Phone::recovered};

    explicit Rig(bool registers = false, BaresipPhone::Timings timings = fast())
    {
        phone.setTimings(timings);
        phone.attach({QStringLiteral("127.0.0.1"), fake.port(), recordings.path(), QStringLiteral("10.0.0.9:5060"), registers});
    }
    static BaresipPhone::Timings fast()
    {
        BaresipPhone::Timings timings;
        timings.reconnectFirstMs = 20;
        timings.reconnectMaxMs = 200;
        timings.recordingWaitMs = 10000;
        return timings;
    }
    // Available, and the commands of connecting (listcalls, reginfo) out of the way.
    bool available()
    {
        const bool ok = waitFor([this] { return phone.isAvailable(); });
        fake.drain();
        return ok;
    }
    // A call rung and answered: its id.
    QString answered(const QString &id = caller)
    {
        const qsizetype before = ringing.size();
        fake.drain();
        fake.call(QStringLiteral("CALL_INCOMING"), id, callerUri);
        if (!waitFor([&] { return ringing.size() > before; }))
            return {};
        const QString callId = ringing.last().at(0).value<PhoneCall>().id;
        if (!phone.answer(callId).ok())
            return {};
        fake.next(2);
        fake.call(QStringLiteral("CALL_ESTABLISHED"), id, callerUri);
        waitFor([&] { return phone.call(callId)->state == PhoneCall::State::Established; });
        return callId;
    }
    PhoneCall lastEnded() const { return ended.last().at(0).value<PhoneCall>(); }
};

} // namespace

TEST(BaresipPhone, BecomesAvailableOnceBaresipAnswers)
{
    Rig rig;
    EXPECT_FALSE(rig.phone.isAvailable()) << "not before the first answer";
    ASSERT_TRUE(waitFor([&] { return rig.phone.isAvailable(); }));
    EXPECT_EQ(rig.fake.next(1), QStringList{QStringLiteral("listcalls")});
    EXPECT_EQ(rig.recovered.size(), 1) << "the desk is told when the phone first can take calls";
    EXPECT_TRUE(rig.trouble.isEmpty());
}

TEST(BaresipPhone, ACallRingsIsAnsweredHeldMutedAndHungUp)
{
    Rig rig;
    ASSERT_TRUE(rig.available());
    rig.fake.call(QStringLiteral("CALL_INCOMING"), caller, callerUri, false, {}, QStringLiteral("张三"));
    ASSERT_TRUE(waitFor([&] { return rig.ringing.size() == 1; }));
    const PhoneCall rung = rig.ringing.at(0).at(0).value<PhoneCall>();
    EXPECT_EQ(rung.remoteNumber, QStringLiteral("13901012345")) << "caller ID from the peer URI";
    EXPECT_EQ(rung.remoteName, QStringLiteral("张三"));
    EXPECT_EQ(rung.direction, PhoneCall::Direction::Incoming);
    const QString id = rung.id;

    EXPECT_FALSE(rig.phone.hold(id).ok()) << "a ringing call is not held";
    ASSERT_TRUE(rig.phone.answer(id).ok());
    EXPECT_EQ(rig.fake.next(2), (QStringList{QStringLiteral("callfind ") + caller, QStringLiteral("accept")}));
    EXPECT_TRUE(rig.established.isEmpty()) << "established when baresip says so, not before";
    rig.fake.call(QStringLiteral("CALL_ESTABLISHED"), caller, callerUri);
    ASSERT_TRUE(waitFor([&] { return rig.established.size() == 1; }));
    EXPECT_TRUE(rig.established.at(0).at(0).value<PhoneCall>().answeredAt.isValid());
    EXPECT_FALSE(rig.phone.answer(id).ok());

    // Hold and mute: baresip 1.0 reports neither, so the phone says what it commanded.
    ASSERT_TRUE(rig.phone.hold(id).ok());
    EXPECT_EQ(rig.phone.call(id)->state, PhoneCall::State::OnHold);
    EXPECT_EQ(rig.fake.next(2), (QStringList{QStringLiteral("callfind ") + caller, QStringLiteral("hold")}));
    const Status again = rig.phone.hold(id);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error(), QStringLiteral("通话当前为“保持”，不能保持")) << "SimulatedPhone's wording";
    EXPECT_FALSE(rig.phone.sendDtmf(id, QStringLiteral("1")).ok()) << "no keys into a held call";
    ASSERT_TRUE(rig.phone.resume(id).ok());
    EXPECT_EQ(rig.fake.next(2), (QStringList{QStringLiteral("callfind ") + caller, QStringLiteral("resume")}));
    ASSERT_TRUE(rig.phone.setMuted(id, true).ok());
    EXPECT_EQ(rig.fake.next(2), (QStringList{QStringLiteral("callfind ") + caller, QStringLiteral("mute")}));
    EXPECT_TRUE(rig.phone.call(id)->muted);
    ASSERT_TRUE(rig.phone.setMuted(id, true).ok());
    EXPECT_TRUE(rig.fake.quiet()) << "baresip's mute toggles: nothing is sent for no change";
    EXPECT_EQ(rig.changed.size(), 3);

    ASSERT_TRUE(rig.phone.sendDtmf(id, QStringLiteral("12#")).ok());
    EXPECT_EQ(rig.fake.next(2), (QStringList{QStringLiteral("callfind ") + caller, QStringLiteral("sndcode 12#")}));
    const Status badKeys = rig.phone.sendDtmf(id, QStringLiteral("9x"));
    ASSERT_FALSE(badKeys.ok());
    EXPECT_TRUE(badKeys.error().contains(QStringLiteral("9x")));

    // Hung up: the recordings sndfile wrote for the call come with its end.
    const QString sent = writeDump(rig.recordings.path(), QDateTime::currentDateTime(), true, 8000);
    const QString received = writeDump(rig.recordings.path(), QDateTime::currentDateTime(), false, 7000);
    ASSERT_TRUE(rig.phone.hangUp(id).ok());
    EXPECT_EQ(rig.fake.next(2), (QStringList{QStringLiteral("callfind ") + caller, QStringLiteral("hangup")}));
    EXPECT_FALSE(rig.phone.hangUp(id).ok()) << "already being hung up";
    EXPECT_FALSE(rig.phone.setMuted(id, false).ok());
    rig.fake.call(QStringLiteral("CALL_CLOSED"), caller, callerUri, false, QStringLiteral("Connection reset by user"));
    ASSERT_TRUE(waitFor([&] { return rig.ended.size() == 1; }));
    const PhoneCall done = rig.lastEnded();
    EXPECT_EQ(done.state, PhoneCall::State::Ended);
    EXPECT_EQ(done.endReason, QStringLiteral("坐席挂断"));
    EXPECT_EQ(done.sentAudio, sent);
    EXPECT_EQ(done.receivedAudio, received);
    EXPECT_GE(done.talkSeconds(QDateTime::currentDateTimeUtc()), 0);
    EXPECT_FALSE(rig.phone.hangUp(id).ok()) << "hung up once";
    EXPECT_FALSE(rig.phone.answer(QStringLiteral("bs-404")).ok());
    EXPECT_TRUE(rig.trouble.isEmpty()) << qPrintable(rig.trouble.isEmpty() ? QString() : rig.trouble.last().at(0).toString());
}

TEST(BaresipPhone, CallerIdMissedCallsAndTheCallersHangUp)
{
    Rig rig;
    ASSERT_TRUE(rig.available());
    struct Case {
        QString uri;
        QString number;
    };
    const Case cases[] = {
        {QStringLiteral("sip:+8613901012345@10.0.0.2"), QStringLiteral("13901012345")},
        {QStringLiteral("sip:010-83123456@gw.example;user=phone"), QStringLiteral("01083123456")},
        {QStringLiteral("sip:desk-7@10.0.0.2"), QStringLiteral("desk-7")}, // an extension keeps its name
        {QStringLiteral("sip:anonymous@anonymous.invalid"), QString()},
        {QStringLiteral("tel:13901012345"), QStringLiteral("13901012345")},
    };
    int n = 0;
    for (const Case &c : cases) {
        const QString id = QStringLiteral("missed-%1").arg(++n);
        rig.fake.call(QStringLiteral("CALL_INCOMING"), id, c.uri);
        ASSERT_TRUE(waitFor([&] { return rig.ringing.size() == n; }));
        EXPECT_EQ(rig.ringing.last().at(0).value<PhoneCall>().remoteNumber, c.number) << qPrintable(c.uri);
        rig.fake.call(QStringLiteral("CALL_CLOSED"), id, c.uri, false, QStringLiteral("Request Terminated"));
        ASSERT_TRUE(waitFor([&] { return rig.failed.size() == n; }));
        EXPECT_TRUE(rig.failed.last().at(1).toString().contains(QStringLiteral("未接"))) << "a missed call";
    }
    EXPECT_TRUE(rig.ended.isEmpty());

    const QString talked = rig.answered();
    ASSERT_FALSE(talked.isEmpty());
    rig.fake.call(QStringLiteral("CALL_CLOSED"), caller, callerUri, false, QStringLiteral("Connection reset by peer"));
    ASSERT_TRUE(waitFor([&] { return rig.ended.size() == 1; }));
    EXPECT_EQ(rig.lastEnded().endReason, QStringLiteral("来电人挂断"));
    EXPECT_TRUE(rig.lastEnded().sentAudio.isEmpty()) << "no files, no paths";

    // Refused while ringing.
    rig.fake.call(QStringLiteral("CALL_INCOMING"), QStringLiteral("r-1"), callerUri);
    ASSERT_TRUE(waitFor([&] { return rig.ringing.size() == n + 2; }));
    const QString rejected = rig.ringing.last().at(0).value<PhoneCall>().id;
    rig.fake.drain();
    ASSERT_TRUE(rig.phone.hangUp(rejected).ok());
    EXPECT_EQ(rig.fake.next(2), (QStringList{QStringLiteral("callfind r-1"), QStringLiteral("hangup")}));
    rig.fake.call(QStringLiteral("CALL_CLOSED"), QStringLiteral("r-1"), callerUri, false, QStringLiteral("Connection reset by user"));
    ASSERT_TRUE(waitFor([&] { return rig.failed.size() == n + 1; }));
    EXPECT_EQ(rig.failed.last().at(1).toString(), QStringLiteral("坐席拒接"));
}

TEST(BaresipPhone, ACommandBaresipRefusesIsTakenBackAndSaid)
{
    Rig rig;
    ASSERT_TRUE(rig.available());
    const QString id = rig.answered();
    ASSERT_FALSE(id.isEmpty());
    rig.fake.refuse.insert(QStringLiteral("hold"), QStringLiteral("Invalid argument"));
    ASSERT_TRUE(rig.phone.hold(id).ok()) << "answered at once, before baresip";
    EXPECT_EQ(rig.phone.call(id)->state, PhoneCall::State::OnHold);
    ASSERT_TRUE(waitFor([&] { return rig.phone.call(id)->state == PhoneCall::State::Established; }));
    ASSERT_FALSE(rig.trouble.isEmpty());
    EXPECT_TRUE(rig.trouble.last().at(0).toString().contains(QStringLiteral("Invalid argument")));
    EXPECT_EQ(rig.changed.last().at(0).value<PhoneCall>().state, PhoneCall::State::Established) << "the desk sees it taken back";
    EXPECT_TRUE(rig.phone.isAvailable()) << "a refused command is no outage";
}

TEST(BaresipPhone, BlindTransferEndsWhenTheTransfereeHasTheNewCall)
{
    Rig rig;
    ASSERT_TRUE(rig.available());
    const QString id = rig.answered();
    ASSERT_FALSE(id.isEmpty());
    EXPECT_FALSE(rig.phone.blindTransfer(id, QStringLiteral("城管委")).ok()) << "a number, not a name";
    ASSERT_TRUE(rig.phone.blindTransfer(id, QStringLiteral("12319")).ok());
    EXPECT_EQ(rig.fake.next(2), (QStringList{QStringLiteral("callfind ") + caller, QStringLiteral("transfer sip:12319@10.0.0.9:5060")}));
    EXPECT_FALSE(rig.phone.hold(id).ok()) << "leaving";
    rig.fake.call(QStringLiteral("CALL_CLOSED"), caller, callerUri, false, QStringLiteral("Call transfered"));
    ASSERT_TRUE(waitFor([&] { return rig.ended.size() == 1; }));
    EXPECT_EQ(rig.lastEnded().endReason, QStringLiteral("已转接至 12319"));

    // A transfer the target refuses: baresip 1.0 drops the caller.
    const QString second = rig.answered(QStringLiteral("2-2@10.0.0.2"));
    ASSERT_FALSE(second.isEmpty());
    ASSERT_TRUE(rig.phone.blindTransfer(second, QStringLiteral("12345")).ok());
    rig.fake.next(2);
    rig.fake.call(QStringLiteral("TRANSFER_FAILED"), QStringLiteral("2-2@10.0.0.2"), callerUri, false, QStringLiteral("486 Busy Here"));
    ASSERT_TRUE(waitFor([&] { return rig.failed.size() == 1; }));
    EXPECT_TRUE(rig.failed.last().at(1).toString().contains(QStringLiteral("486 Busy Here")));
    EXPECT_EQ(rig.phone.call(second)->state, PhoneCall::State::Failed);
}

TEST(BaresipPhone, ConsultationHoldsDialsThenTransfersAndHangsUp)
{
    Rig rig;
    ASSERT_TRUE(rig.available());
    const QString id = rig.answered();
    ASSERT_FALSE(id.isEmpty());
    const Result<QString> consultation = rig.phone.consult(id, QStringLiteral("12319"));
    ASSERT_TRUE(consultation.ok()) << qPrintable(consultation.error());
    EXPECT_EQ(rig.phone.call(id)->state, PhoneCall::State::OnHold) << "the caller waits on hold";
    EXPECT_EQ(rig.fake.next(3),
              (QStringList{QStringLiteral("callfind ") + caller, QStringLiteral("hold"), QStringLiteral("dial sip:12319@10.0.0.9:5060")}));
    EXPECT_FALSE(rig.phone.consult(id, QStringLiteral("12320")).ok()) << "one consultation at a time";
    const PhoneCall dialled = *rig.phone.call(consultation.value());
    EXPECT_EQ(dialled.consultationOf, id);
    EXPECT_EQ(dialled.direction, PhoneCall::Direction::Outgoing);
    EXPECT_EQ(dialled.state, PhoneCall::State::Ringing);

    // baresip names the dialled call in its first event.
    const QString colleague = QStringLiteral("e73eb4c6c7cc76ca");
    const QString colleagueUri = QStringLiteral("sip:12319@10.0.0.9:5060");
    rig.fake.call(QStringLiteral("CALL_RINGING"), colleague, colleagueUri, true);
    rig.fake.call(QStringLiteral("CALL_ESTABLISHED"), colleague, colleagueUri, true);
    ASSERT_TRUE(waitFor([&] { return rig.established.size() == 2; }));
    EXPECT_EQ(rig.established.last().at(0).value<PhoneCall>().id, consultation.value());
    EXPECT_FALSE(rig.phone.completeTransfer(consultation.value(), id).ok()) << "the arguments the wrong way round";

    ASSERT_TRUE(rig.phone.completeTransfer(id, consultation.value()).ok());
    EXPECT_EQ(rig.fake.next(4), (QStringList{QStringLiteral("callfind ") + caller, QStringLiteral("transfer sip:12319@10.0.0.9:5060"),
                                             QStringLiteral("callfind ") + colleague, QStringLiteral("hangup")}));
    rig.fake.call(QStringLiteral("CALL_CLOSED"), colleague, colleagueUri, true, QStringLiteral("Connection reset by user"));
    rig.fake.call(QStringLiteral("CALL_CLOSED"), caller, callerUri, false, QStringLiteral("Call transfered"));
    ASSERT_TRUE(waitFor([&] { return rig.ended.size() == 2; }));
    EXPECT_EQ(rig.ended.at(0).at(0).value<PhoneCall>().endReason, QStringLiteral("咨询后已转接"));
    EXPECT_EQ(rig.ended.at(1).at(0).value<PhoneCall>().endReason, QStringLiteral("咨询后已转接至 12319"));
    EXPECT_TRUE(rig.failed.isEmpty());
}

TEST(BaresipPhone, CancellingAConsultationGetsTheCallerBackAsBaresipDoes)
{
    Rig rig;
    ASSERT_TRUE(rig.available());
    const QString id = rig.answered();
    ASSERT_FALSE(id.isEmpty());
    const QString consultation = rig.phone.consult(id, QStringLiteral("12319")).value();
    rig.fake.next(3);
    const QString colleague = QStringLiteral("c-1");
    rig.fake.call(QStringLiteral("CALL_PROGRESS"), colleague, QStringLiteral("sip:12319@10.0.0.9"), true);
    rig.fake.call(QStringLiteral("CALL_ESTABLISHED"), colleague, QStringLiteral("sip:12319@10.0.0.9"), true);
    ASSERT_TRUE(waitFor([&] { return rig.established.size() == 2; }));
    ASSERT_TRUE(rig.phone.hangUp(consultation).ok());
    EXPECT_EQ(rig.fake.next(2), (QStringList{QStringLiteral("callfind c-1"), QStringLiteral("hangup")}));
    const qsizetype changes = rig.changed.size();
    rig.fake.call(QStringLiteral("CALL_CLOSED"), colleague, QStringLiteral("sip:12319@10.0.0.9"), true, QStringLiteral("Connection reset by user"));
    ASSERT_TRUE(waitFor([&] { return rig.ended.size() == 1; }));
    EXPECT_EQ(rig.lastEnded().endReason, QStringLiteral("坐席挂断"));
    // baresip resumes the held caller when the other call ends: the desk is told, and its own
    // "resume" after the hang-up is accepted with nothing left to send.
    EXPECT_EQ(rig.phone.call(id)->state, PhoneCall::State::Established);
    ASSERT_EQ(rig.changed.size(), changes + 1);
    ASSERT_TRUE(rig.phone.resume(id).ok());
    EXPECT_TRUE(rig.fake.quiet());
    EXPECT_FALSE(rig.phone.resume(id).ok()) << "only once";

    // A third caller while consulting: refused as busy — and since baresip then takes the held
    // caller back, the caller is held again at once rather than hear the consultation.
    const QString second = rig.phone.consult(id, QStringLiteral("12319")).value();
    rig.fake.next(3);
    rig.fake.call(QStringLiteral("CALL_ESTABLISHED"), QStringLiteral("c-3"), QStringLiteral("sip:12319@10.0.0.9"), true);
    ASSERT_TRUE(waitFor([&] { return rig.phone.call(second)->state == PhoneCall::State::Established; }));
    const qsizetype before = rig.changed.size();
    rig.fake.call(QStringLiteral("CALL_INCOMING"), QStringLiteral("third"), QStringLiteral("sip:13800000000@10.0.0.2"));
    EXPECT_EQ(rig.fake.next(2), (QStringList{QStringLiteral("callfind third"), QStringLiteral("hangup")}));
    rig.fake.call(QStringLiteral("CALL_CLOSED"), QStringLiteral("third"), QStringLiteral("sip:13800000000@10.0.0.2"), false,
                  QStringLiteral("Connection reset by user"));
    EXPECT_EQ(rig.fake.next(2), (QStringList{QStringLiteral("callfind ") + caller, QStringLiteral("hold")}));
    EXPECT_EQ(rig.phone.call(id)->state, PhoneCall::State::OnHold);
    EXPECT_EQ(rig.changed.size(), before) << "nothing changed for the desk";
    ASSERT_TRUE(rig.phone.hangUp(second).ok());
    rig.fake.next(2);
    rig.fake.call(QStringLiteral("CALL_CLOSED"), QStringLiteral("c-3"), QStringLiteral("sip:12319@10.0.0.9"), true, QStringLiteral("Connection reset by user"));
    ASSERT_TRUE(waitFor([&] { return rig.phone.call(id)->state == PhoneCall::State::Established; }));

    // A colleague who does not answer, and a number baresip cannot dial.
    const QString unanswered = rig.phone.consult(id, QStringLiteral("12320")).value();
    rig.fake.next(3);
    rig.fake.call(QStringLiteral("CALL_CLOSED"), QStringLiteral("c-2"), QStringLiteral("sip:12320@10.0.0.9"), true, QStringLiteral("486 Busy Here"));
    ASSERT_TRUE(waitFor([&] { return rig.failed.size() == 1; }));
    EXPECT_EQ(rig.failed.last().at(0).value<PhoneCall>().id, unanswered);
    EXPECT_EQ(rig.turnedAway.size(), 1);
    EXPECT_TRUE(rig.failed.last().at(1).toString().contains(QStringLiteral("486 Busy Here")));
    EXPECT_EQ(rig.phone.call(id)->state, PhoneCall::State::Established) << "baresip took the caller back again";
    rig.fake.refuse.insert(QStringLiteral("dial"), QStringLiteral("Invalid argument"));
    const Result<QString> undialled = rig.phone.consult(id, QStringLiteral("12321"));
    ASSERT_TRUE(undialled.ok());
    ASSERT_TRUE(waitFor([&] { return rig.failed.size() == 2; }));
    EXPECT_TRUE(rig.failed.last().at(1).toString().contains(QStringLiteral("无法拨打 12321")));
}

TEST(BaresipPhone, NotReadyRefusesOrDivertsAndABusySeatRefuses)
{
    Rig rig;
    ASSERT_TRUE(rig.available());
    rig.phone.setRouting({false, {}});
    rig.fake.call(QStringLiteral("CALL_INCOMING"), QStringLiteral("n-1"), callerUri);
    ASSERT_TRUE(waitFor([&] { return rig.turnedAway.size() == 1; }));
    EXPECT_TRUE(rig.turnedAway.last().at(1).toString().contains(QStringLiteral("拒接")));
    EXPECT_EQ(rig.turnedAway.last().at(0).value<PhoneCall>().remoteNumber, QStringLiteral("13901012345"));
    EXPECT_EQ(rig.fake.next(2), (QStringList{QStringLiteral("callfind n-1"), QStringLiteral("hangup")}));
    rig.fake.call(QStringLiteral("CALL_CLOSED"), QStringLiteral("n-1"), callerUri, false, QStringLiteral("Connection reset by user"));

    // Diverted: baresip 1.0 answers it, then blind-transfers it to the number.
    rig.phone.setRouting({false, QStringLiteral("8002")});
    rig.fake.call(QStringLiteral("CALL_INCOMING"), QStringLiteral("n-2"), callerUri);
    ASSERT_TRUE(waitFor([&] { return rig.turnedAway.size() == 2; }));
    EXPECT_TRUE(rig.turnedAway.last().at(1).toString().contains(QStringLiteral("8002"))) << "diverted, not refused";
    EXPECT_EQ(rig.fake.next(2), (QStringList{QStringLiteral("callfind n-2"), QStringLiteral("accept")}));
    rig.fake.call(QStringLiteral("CALL_ESTABLISHED"), QStringLiteral("n-2"), callerUri);
    EXPECT_EQ(rig.fake.next(2), (QStringList{QStringLiteral("callfind n-2"), QStringLiteral("transfer sip:8002@10.0.0.9:5060")}));
    rig.fake.call(QStringLiteral("CALL_CLOSED"), QStringLiteral("n-2"), callerUri, false, QStringLiteral("Call transfered"));
    EXPECT_TRUE(rig.fake.quiet());
    EXPECT_TRUE(rig.ringing.isEmpty() && rig.established.isEmpty() && rig.ended.isEmpty() && rig.failed.isEmpty())
        << "the desk hears of a turned-away call once";

    // Ready again, in a call: a second caller is refused (busy), not rung.
    rig.phone.setRouting({});
    const QString id = rig.answered();
    ASSERT_FALSE(id.isEmpty());
    rig.fake.call(QStringLiteral("CALL_INCOMING"), QStringLiteral("n-3"), QStringLiteral("sip:13800000000@10.0.0.2"));
    ASSERT_TRUE(waitFor([&] { return rig.turnedAway.size() == 3; }));
    EXPECT_TRUE(rig.turnedAway.last().at(1).toString().contains(QStringLiteral("正在通话")));
    EXPECT_EQ(rig.fake.next(2), (QStringList{QStringLiteral("callfind n-3"), QStringLiteral("hangup")}));
    EXPECT_EQ(rig.ringing.size(), 1);
    EXPECT_EQ(rig.phone.call(id)->state, PhoneCall::State::Established);
}

TEST(BaresipPhone, WaitsForSndfileToCloseTheRecordings)
{
    Rig rig;
    ASSERT_TRUE(rig.available());
    const QString id = rig.answered();
    ASSERT_FALSE(id.isEmpty());
    const QDateTime now = QDateTime::currentDateTime();
    writeDump(rig.recordings.path(), now, true, 800, false); // still being written
    writeDump(rig.recordings.path(), now, false, 800, false);
    ASSERT_TRUE(rig.phone.blindTransfer(id, QStringLiteral("12319")).ok());
    rig.fake.call(QStringLiteral("CALL_CLOSED"), caller, callerUri, false, QStringLiteral("Call transfered"));
    ASSERT_TRUE(waitFor([&] { return rig.phone.call(id)->state == PhoneCall::State::Ended; }));
    EXPECT_TRUE(rig.ended.isEmpty()) << "not handed out half-written";
    const QString sent = writeDump(rig.recordings.path(), now, true, 900); // baresip closes them
    const QString received = writeDump(rig.recordings.path(), now, false, 900);
    ASSERT_TRUE(waitFor([&] { return rig.ended.size() == 1; }));
    EXPECT_EQ(rig.lastEnded().sentAudio, sent);
    EXPECT_EQ(rig.lastEnded().receivedAudio, received);
}

TEST(BaresipPhone, GarbageDropsTheLineWhichComesBack)
{
    Rig rig;
    ASSERT_TRUE(rig.available());
    const QString id = rig.answered();
    ASSERT_FALSE(id.isEmpty());
    rig.fake.sendRaw("HTTP/1.1 400 Bad Request\r\n\r\n");
    ASSERT_TRUE(waitFor([&] { return rig.failed.size() == 1; }));
    EXPECT_EQ(rig.phone.call(id)->state, PhoneCall::State::Failed) << "a call the phone lost track of";
    ASSERT_FALSE(rig.trouble.isEmpty());
    EXPECT_TRUE(rig.trouble.last().at(0).toString().contains(QStringLiteral("HTTP/1.1 400"))) << qPrintable(rig.trouble.last().at(0).toString());
    EXPECT_FALSE(rig.phone.isAvailable());
    EXPECT_FALSE(rig.phone.consult(id, QStringLiteral("12319")).ok());
    ASSERT_TRUE(waitFor([&] { return rig.fake.connections() == 2 && rig.phone.isAvailable(); })) << "connected again";
    EXPECT_EQ(rig.recovered.size(), 2);

    // A well-framed message that is not baresip's JSON is garbage too.
    rig.fake.sendRaw(NetstringCodec::encode("{\"event\":true,\"type\":"));
    ASSERT_TRUE(waitFor([&] { return rig.fake.connections() == 3 && rig.phone.isAvailable(); }));
    EXPECT_TRUE(rig.trouble.last().at(0).toString().contains(QStringLiteral("JSON")));

    // Random bytes, again and again: never a crash, always back.
    std::mt19937 random(99);
    for (int round = 0; round < 20; ++round) {
        QByteArray noise;
        for (int i = 0; i < 64; ++i)
            noise += char(random() % 256);
        if (round % 2)
            noise.prepend(NetstringCodec::encode(R"({"event":true,"type":"CALL_INCOMING","class":"call","id":"z","peeruri":"sip:1@x"})"));
        const int before = rig.fake.connections();
        rig.fake.sendRaw(noise);
        ASSERT_TRUE(waitFor([&] { return rig.fake.connections() > before && rig.phone.isAvailable(); })) << "round " << round;
    }
}

TEST(BaresipPhone, ALostConnectionEndsTheCallsAndIsReestablished)
{
    Rig rig;
    ASSERT_TRUE(rig.available());
    const QString id = rig.answered();
    ASSERT_FALSE(id.isEmpty());
    rig.fake.activeCalls = 1; // baresip still has the call when the line comes back
    rig.fake.dropConnection();
    ASSERT_TRUE(waitFor([&] { return rig.failed.size() == 1; }));
    EXPECT_TRUE(rig.failed.last().at(1).toString().contains(QStringLiteral("连接中断")));
    ASSERT_TRUE(waitFor([&] { return rig.phone.isAvailable(); }));
    // The call the desk ended is hung up in baresip too, so both agree.
    const QStringList commands = rig.fake.next(2);
    EXPECT_TRUE(commands.endsWith(QStringLiteral("hangup"))) << qPrintable(commands.join(QLatin1Char('|')));
    EXPECT_EQ(rig.recovered.size(), 2);
}

TEST(BaresipPhone, AnAdministratorsBaresipThatRefusesIsTriedAgain)
{
    FakeBaresip probe; // a port nothing listens on once the probe closes it
    const quint16 port = probe.port();
    probe.stopListening();
    BaresipPhone phone;
    phone.setTimings(Rig::fast());
    QSignalSpy trouble(&phone, &Phone::trouble);
    QSignalSpy recovered(&phone, &Phone::recovered);
    phone.attach({QStringLiteral("127.0.0.1"), port, {}, {}, false});
    ASSERT_TRUE(waitFor([&] { return !trouble.isEmpty(); }));
    EXPECT_TRUE(trouble.last().at(0).toString().contains(QString::number(port))) << qPrintable(trouble.last().at(0).toString());
    EXPECT_FALSE(phone.isAvailable());
    EXPECT_FALSE(phone.answer(QStringLiteral("bs-1")).ok());
    waitFor([] { return false; }, 300);
    EXPECT_EQ(trouble.size(), 1) << "the same trouble is said once, however often it is tried";

    ASSERT_TRUE(probe.listen(port));
    ASSERT_TRUE(waitFor([&] { return phone.isAvailable(); }));
    EXPECT_EQ(recovered.size(), 1);
    EXPECT_TRUE(phone.lastTrouble().isEmpty());
}

TEST(BaresipPhone, ARegisteringBaresipIsAvailableOnceRegistered)
{
    Rig rig(true);
    ASSERT_TRUE(waitFor([&] { return rig.fake.next(2).contains(QStringLiteral("reginfo")); }));
    EXPECT_TRUE(rig.fake.quiet());
    EXPECT_FALSE(rig.phone.isAvailable()) << "connected, not registered";
    rig.fake.event(QStringLiteral("REGISTER_FAIL"), QStringLiteral("register"), QStringLiteral("401 Unauthorized"));
    ASSERT_TRUE(waitFor([&] { return !rig.trouble.isEmpty(); }));
    EXPECT_TRUE(rig.trouble.last().at(0).toString().contains(QStringLiteral("401 Unauthorized")));
    rig.fake.event(QStringLiteral("REGISTER_OK"), QStringLiteral("register"), QStringLiteral("200 OK"));
    ASSERT_TRUE(rig.available());
    EXPECT_EQ(rig.recovered.size(), 1);

    // Registered before the desk connected: reginfo says so.
    Rig late(true);
    late.fake.registered = true;
    ASSERT_TRUE(late.available());
}

TEST(BaresipPhone, ABaresipThatStopsAnsweringIsDropped)
{
    BaresipPhone::Timings timings = Rig::fast();
    timings.responseTimeoutMs = 300;
    Rig rig(false, timings);
    ASSERT_TRUE(rig.available());
    const QString id = rig.answered();
    ASSERT_FALSE(id.isEmpty());
    rig.fake.unanswered.insert(QStringLiteral("hold"));
    ASSERT_TRUE(rig.phone.hold(id).ok());
    ASSERT_TRUE(waitFor([&] { return !rig.trouble.isEmpty(); }));
    EXPECT_TRUE(rig.trouble.last().at(0).toString().contains(QStringLiteral("hold")));
    EXPECT_EQ(rig.phone.call(id)->state, PhoneCall::State::Failed);
    rig.fake.unanswered.clear();
    ASSERT_TRUE(waitFor([&] { return rig.fake.connections() == 2 && rig.phone.isAvailable(); }));
}
