// SPDX-License-Identifier: GPL-3.0-or-later
// The seat's call handling between the phone and the operator's state, on the simulated phone:
// only a ready operator is rung; answering, holding, muting, transferring and a consultation
// act on the call in hand and move the operator's state; a phone in trouble takes the seat
// offline and back; without a phone a call is taken by hand.
#include "telephony/CallControl.h"
#include "telephony/SimulatedPhone.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace hotline;
using State = AgentSession::State;

namespace {

// The simulated phone with a way to say it is in trouble, as a softphone adapter would.
class TroublesomePhone : public SimulatedPhone {
public:
    void fail(const QString &reason)
    {
        m_available = false;
        Q_EMIT trouble(reason);
    }
    void recover()
    {
        m_available = true;
        Q_EMIT recovered();
    }
    bool isAvailable() const override { return m_available; }

private:
    bool m_available = true;
};

struct Seat {
    AgentSession agent;
    TroublesomePhone phone;
    CallControl control{agent};
    Seat()
    {
        control.setPhone(&phone);
        EXPECT_TRUE(agent.goReady().ok());
    }
};

} // namespace

TEST(CallControl, OnlyAReadyOperatorIsRung)
{
    Seat seat;
    QSignalSpy incoming(&seat.control, &CallControl::incoming);
    QSignalSpy missed(&seat.control, &CallControl::missed);
    ASSERT_TRUE(seat.agent.goNotReady(QStringLiteral("就餐")).ok());
    EXPECT_FALSE(seat.phone.ring(QStringLiteral("13901012345")).ok()) << "not ready: refused";
    EXPECT_EQ(incoming.size(), 0);
    ASSERT_EQ(missed.size(), 1) << "the desk is told a call was turned away";

    AgentSettings divert = seat.agent.settings();
    divert.divertTo = QStringLiteral("8001");
    seat.agent.setSettings(divert);
    ASSERT_TRUE(seat.agent.goNotReady(QStringLiteral("培训")).ok()); // routing follows the state change
    EXPECT_FALSE(seat.phone.ring(QStringLiteral("13901012345")).ok());
    ASSERT_EQ(missed.size(), 2);
    EXPECT_TRUE(missed.at(1).at(1).toString().contains(QStringLiteral("8001"))) << "diverted";

    ASSERT_TRUE(seat.agent.goReady().ok());
    ASSERT_TRUE(seat.phone.ring(QStringLiteral("13901012345")).ok());
    ASSERT_EQ(incoming.size(), 1);
    EXPECT_TRUE(seat.control.isRinging());
    EXPECT_EQ(seat.agent.state(), State::Ready) << "ringing is not yet a call";
}

TEST(CallControl, ACallAnsweredHeldMutedAndHungUpMovesTheOperatorsState)
{
    Seat seat;
    QSignalSpy answered(&seat.control, &CallControl::answered);
    QSignalSpy ended(&seat.control, &CallControl::callEnded);
    EXPECT_FALSE(seat.control.toggleHold().ok()) << "no call";
    const QString id = seat.phone.ring(QStringLiteral("13901012345")).value();
    EXPECT_FALSE(seat.control.toggleHold().ok()) << "not answered yet";
    ASSERT_TRUE(seat.control.answer().ok());
    ASSERT_EQ(answered.size(), 1);
    EXPECT_EQ(answered.at(0).at(0).value<PhoneCall>().remoteNumber, QStringLiteral("13901012345"));
    EXPECT_EQ(seat.agent.state(), State::InCall);
    EXPECT_FALSE(seat.control.answer().ok()) << "one call at a time";

    ASSERT_TRUE(seat.control.toggleHold().ok());
    EXPECT_EQ(seat.control.call()->state, PhoneCall::State::OnHold);
    ASSERT_TRUE(seat.control.toggleHold().ok());
    EXPECT_EQ(seat.control.call()->state, PhoneCall::State::Established);
    ASSERT_TRUE(seat.control.toggleMute().ok());
    EXPECT_TRUE(seat.control.call()->muted);
    ASSERT_TRUE(seat.control.sendDtmf(QStringLiteral("1")).ok());
    EXPECT_EQ(seat.phone.dtmfSent(id), QStringLiteral("1"));

    ASSERT_TRUE(seat.control.hangUp().ok());
    ASSERT_EQ(ended.size(), 1);
    EXPECT_EQ(seat.agent.state(), State::AfterCall);
    EXPECT_FALSE(seat.control.call().has_value());
    EXPECT_FALSE(seat.phone.ring(QStringLiteral("13800000000")).ok()) << "no call rings during after-call work";

    // The caller hangs up first: the same.
    seat.agent.orderFiled();
    ASSERT_TRUE(seat.phone.ring(QStringLiteral("13800000000")).ok());
    ASSERT_TRUE(seat.control.answer().ok());
    ASSERT_TRUE(seat.phone.remoteHangUp(seat.control.call()->id).ok());
    EXPECT_EQ(seat.agent.state(), State::AfterCall);
    EXPECT_EQ(ended.size(), 2);
}

TEST(CallControl, MissedAndRefusedCallsLeaveTheOperatorReady)
{
    Seat seat;
    QSignalSpy missed(&seat.control, &CallControl::missed);
    const QString id = seat.phone.ring(QStringLiteral("13901012345")).value();
    ASSERT_TRUE(seat.phone.remoteHangUp(id).ok());
    EXPECT_EQ(missed.size(), 1);
    EXPECT_FALSE(seat.control.call().has_value());
    ASSERT_TRUE(seat.phone.ring(QStringLiteral("13901012345")).ok());
    ASSERT_TRUE(seat.control.hangUp().ok()) << "F4 on a ringing call refuses it";
    EXPECT_EQ(missed.size(), 2);
    EXPECT_EQ(seat.agent.state(), State::Ready);
}

TEST(CallControl, TransfersBlindAndConsulted)
{
    Seat seat;
    QSignalSpy ended(&seat.control, &CallControl::callEnded);
    seat.phone.ring(QStringLiteral("13901012345")).value();
    ASSERT_TRUE(seat.control.answer().ok());
    EXPECT_FALSE(seat.control.transfer(QStringLiteral("城管")).ok()) << "a number";
    EXPECT_EQ(seat.agent.state(), State::InCall);
    ASSERT_TRUE(seat.control.transfer(QStringLiteral("12319")).ok());
    ASSERT_EQ(ended.size(), 1);
    EXPECT_TRUE(ended.at(0).at(0).value<PhoneCall>().endReason.contains(QStringLiteral("12319")));
    EXPECT_EQ(seat.agent.state(), State::AfterCall) << "a transferred call still gets its order";

    seat.agent.orderFiled();
    seat.phone.ring(QStringLiteral("13901012345")).value();
    ASSERT_TRUE(seat.control.answer().ok());
    EXPECT_FALSE(seat.control.completeTransfer().ok()) << "no consultation yet";
    ASSERT_TRUE(seat.control.consult(QStringLiteral("8001")).ok());
    ASSERT_TRUE(seat.control.consultation().has_value());
    EXPECT_EQ(seat.control.call()->state, PhoneCall::State::OnHold);
    EXPECT_FALSE(seat.control.toggleHold().ok()) << "the caller is held by the consultation";
    // F4 ends the consultation, not the caller.
    ASSERT_TRUE(seat.control.hangUp().ok());
    EXPECT_FALSE(seat.control.consultation().has_value());
    ASSERT_TRUE(seat.control.call().has_value());
    EXPECT_EQ(seat.agent.state(), State::InCall);
    ASSERT_TRUE(seat.control.toggleHold().ok()) << "taken back";
    ASSERT_TRUE(seat.control.consult(QStringLiteral("8001")).ok());
    ASSERT_TRUE(seat.control.completeTransfer().ok());
    EXPECT_EQ(ended.size(), 2);
    EXPECT_FALSE(seat.control.call().has_value());
    EXPECT_EQ(seat.agent.state(), State::AfterCall);
}

TEST(CallControl, APhoneInTroubleTakesTheSeatOfflineAndBack)
{
    Seat seat;
    ASSERT_TRUE(seat.agent.goNotReady(QStringLiteral("会议")).ok());
    QSignalSpy trouble(&seat.control, &CallControl::trouble);
    seat.phone.fail(QStringLiteral("baresip 退出了"));
    ASSERT_EQ(trouble.size(), 1);
    EXPECT_EQ(seat.agent.state(), State::Offline);
    EXPECT_FALSE(seat.control.hasPhone());
    // Orders can still be filed: a call taken by hand.
    ASSERT_TRUE(seat.control.answer().ok());
    EXPECT_EQ(seat.agent.state(), State::InCall);
    EXPECT_FALSE(seat.control.toggleHold().ok()) << "a call by hand is not on the phone";
    ASSERT_TRUE(seat.control.hangUp().ok());
    seat.agent.orderFiled();
    ASSERT_TRUE(seat.agent.goOffline(QStringLiteral("话机故障")).ok());
    seat.phone.recover();
    EXPECT_EQ(seat.agent.state(), State::NotReady) << "back to what it was, with its reason";
    EXPECT_EQ(seat.agent.reason(), QStringLiteral("会议"));
}

TEST(CallControl, WithoutAPhoneACallIsTakenByHand)
{
    AgentSession agent;
    CallControl control(agent);
    QSignalSpy answered(&control, &CallControl::answered);
    QSignalSpy ended(&control, &CallControl::callEnded);
    EXPECT_FALSE(control.hangUp().ok());
    ASSERT_TRUE(control.answer().ok());
    EXPECT_EQ(agent.state(), State::InCall);
    ASSERT_EQ(answered.size(), 1);
    EXPECT_TRUE(answered.at(0).at(0).value<PhoneCall>().remoteNumber.isEmpty());
    EXPECT_FALSE(control.answer().ok());
    ASSERT_TRUE(control.hangUp().ok());
    EXPECT_EQ(ended.size(), 1);
    EXPECT_EQ(agent.state(), State::AfterCall);
}
