// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's phone interface on the simulated adapter: a call's life, and the refusals of
// commands that do not fit the call's state (the same a softphone gives).
#include "telephony/SimulatedPhone.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace hotline;

TEST(SimulatedPhone, ACallRingsIsAnsweredHeldMutedAndHungUp)
{
    SimulatedPhone phone;
    QSignalSpy ringing(&phone, &Phone::ringing);
    QSignalSpy established(&phone, &Phone::established);
    QSignalSpy changed(&phone, &Phone::changed);
    QSignalSpy ended(&phone, &Phone::ended);
    const Result<QString> id = phone.ring(QStringLiteral("139 0101 2345"));
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    ASSERT_EQ(ringing.size(), 1);
    EXPECT_EQ(ringing.at(0).at(0).value<PhoneCall>().remoteNumber, QStringLiteral("13901012345")) << "caller ID, normalised";
    EXPECT_FALSE(phone.ring(QStringLiteral("13800000000")).ok()) << "one call at a time";

    EXPECT_FALSE(phone.hold(id.value()).ok()) << "a ringing call is not held";
    ASSERT_TRUE(phone.answer(id.value()).ok());
    EXPECT_EQ(established.size(), 1);
    EXPECT_FALSE(phone.answer(id.value()).ok());
    ASSERT_TRUE(phone.hold(id.value()).ok());
    EXPECT_EQ(phone.call(id.value())->state, PhoneCall::State::OnHold);
    EXPECT_FALSE(phone.sendDtmf(id.value(), QStringLiteral("1")).ok()) << "no keys into a held call";
    ASSERT_TRUE(phone.resume(id.value()).ok());
    ASSERT_TRUE(phone.setMuted(id.value(), true).ok());
    EXPECT_TRUE(phone.call(id.value())->muted);
    EXPECT_EQ(changed.size(), 3);
    ASSERT_TRUE(phone.sendDtmf(id.value(), QStringLiteral("12#")).ok());
    const Status badKeys = phone.sendDtmf(id.value(), QStringLiteral("9x"));
    EXPECT_FALSE(badKeys.ok());
    EXPECT_TRUE(badKeys.error().contains(QStringLiteral("9x")));
    EXPECT_EQ(phone.dtmfSent(id.value()), QStringLiteral("12#"));
    ASSERT_TRUE(phone.hangUp(id.value()).ok());
    ASSERT_EQ(ended.size(), 1);
    const PhoneCall done = ended.at(0).at(0).value<PhoneCall>();
    EXPECT_EQ(done.state, PhoneCall::State::Ended);
    EXPECT_GE(done.talkSeconds(QDateTime::currentDateTimeUtc()), 0);
    EXPECT_FALSE(phone.hangUp(id.value()).ok()) << "hung up once";
    EXPECT_FALSE(phone.answer(QStringLiteral("sim-404")).ok());
}

TEST(SimulatedPhone, MissedRejectedTransferredAndNotReadyCalls)
{
    SimulatedPhone phone;
    QSignalSpy failed(&phone, &Phone::failed);
    QSignalSpy ended(&phone, &Phone::ended);
    const QString missed = phone.ring(QStringLiteral("13901012345")).value();
    ASSERT_TRUE(phone.remoteHangUp(missed).ok());
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.at(0).at(1).toString().contains(QStringLiteral("未接"))) << "a missed call";

    const QString rejected = phone.ring(QString()).value(); // an anonymous caller
    EXPECT_TRUE(phone.call(rejected)->remoteNumber.isEmpty());
    ASSERT_TRUE(phone.hangUp(rejected).ok());
    EXPECT_EQ(phone.call(rejected)->state, PhoneCall::State::Failed);

    const QString transferred = phone.ring(QStringLiteral("010-83123456")).value();
    ASSERT_TRUE(phone.answer(transferred).ok());
    EXPECT_FALSE(phone.blindTransfer(transferred, QStringLiteral("城管委")).ok()) << "a number, not a name";
    ASSERT_TRUE(phone.blindTransfer(transferred, QStringLiteral("12319")).ok());
    EXPECT_TRUE(phone.call(transferred)->endReason.contains(QStringLiteral("12319")));
    EXPECT_EQ(ended.size(), 1);

    QSignalSpy turnedAway(&phone, &Phone::turnedAway);
    phone.setRouting({false, {}});
    const Result<QString> busy = phone.ring(QStringLiteral("13901012345"));
    EXPECT_FALSE(busy.ok()) << "not ready: the phone does not ring";
    phone.setRouting({false, QStringLiteral("8001")});
    EXPECT_FALSE(phone.ring(QStringLiteral("13901012345")).ok());
    ASSERT_EQ(turnedAway.size(), 2);
    EXPECT_TRUE(turnedAway.at(1).at(1).toString().contains(QStringLiteral("8001"))) << "diverted, not refused";
    phone.setRouting({});
    EXPECT_TRUE(phone.ring(QStringLiteral("13901012345")).ok());
    EXPECT_FALSE(phone.ring(QStringLiteral("12abc")).ok());
}

TEST(SimulatedPhone, ConsultedTransferHoldsTheCallerThenJoinsOrCancels)
{
    SimulatedPhone phone;
    QSignalSpy ended(&phone, &Phone::ended);
    const QString caller = phone.ring(QStringLiteral("13901012345")).value();
    ASSERT_TRUE(phone.answer(caller).ok());
    EXPECT_FALSE(phone.consult(caller, QStringLiteral("城管")).ok()) << "a number, not a name";
    const Result<QString> consultation = phone.consult(caller, QStringLiteral("12319"));
    ASSERT_TRUE(consultation.ok()) << qPrintable(consultation.error());
    EXPECT_EQ(phone.call(caller)->state, PhoneCall::State::OnHold) << "the caller waits on hold";
    EXPECT_EQ(phone.call(consultation.value())->consultationOf, caller);
    EXPECT_FALSE(phone.consult(caller, QStringLiteral("12320")).ok()) << "one consultation at a time";
    // Cancelled: the colleague is hung up, the caller taken back.
    ASSERT_TRUE(phone.hangUp(consultation.value()).ok());
    ASSERT_TRUE(phone.resume(caller).ok());
    EXPECT_EQ(phone.call(caller)->state, PhoneCall::State::Established);

    const QString second = phone.consult(caller, QStringLiteral("12319")).value();
    EXPECT_FALSE(phone.completeTransfer(second, caller).ok()) << "the arguments the wrong way round";
    ASSERT_TRUE(phone.completeTransfer(caller, second).ok());
    EXPECT_EQ(phone.call(caller)->state, PhoneCall::State::Ended);
    EXPECT_TRUE(phone.call(caller)->endReason.contains(QStringLiteral("12319")));
    EXPECT_EQ(phone.call(second)->state, PhoneCall::State::Ended);
    EXPECT_EQ(ended.size(), 3);
}
