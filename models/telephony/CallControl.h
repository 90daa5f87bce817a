// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telephony/AgentSession.h"
#include "telephony/Phone.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace hotline {

// The seat's call handling, between the phone and the operator's state: the phone rings the
// operator only while ready (refused or diverted otherwise); a call answered puts the operator
// in a call and its end into after-call work; hold, mute, transfer and a consultation act on
// the call in hand. Without a phone (a desk that files orders from letters, or a softphone
// that is down) answering stands for a call taken by hand, so orders can always be filed.
class CallControl : public QObject {
    Q_OBJECT
public:
    CallControl(AgentSession &agent, QObject *parent = nullptr);

    // The phone may be changed or taken away (nullptr) at any time; the control does not own it.
    void setPhone(Phone *phone);
    Phone *phone() const { return m_phone; }
    bool hasPhone() const { return m_phone && m_phone->isAvailable(); }

    // The call ringing, in hand or on hold (none between calls).
    std::optional<PhoneCall> call() const { return m_call; }
    std::optional<PhoneCall> consultation() const { return m_consultation; }
    // The operator took the call by hand (no phone in it): filing its order ends it.
    bool isByHand() const { return m_byHand; }
    bool isRinging() const { return m_call && m_call->state == PhoneCall::State::Ringing; }
    // Seconds since the call was answered, from the phone's own clock.
    qint64 talkSeconds(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Answers the ringing call; without a phone (or with none ringing and no phone), a call
    // taken by hand. Refused during a call.
    Status answer();
    // Hangs up the call in hand (a ringing one is refused), or the consultation when there
    // is one (the caller stays on hold, to be resumed).
    Status hangUp();
    Status toggleHold();
    Status toggleMute();
    Status transfer(const QString &target);
    // A consulted transfer: consult(target) puts the caller on hold and calls the target;
    // completeTransfer() joins them; hangUp() cancels the consultation.
    Status consult(const QString &target);
    Status completeTransfer();
    Status sendDtmf(const QString &digits);

Q_SIGNALS:
    // A call rings: the screen pop shows who it is before it is answered.
    void incoming(const hotline::PhoneCall &call);
    void answered(const hotline::PhoneCall &call);
    void changed(const hotline::PhoneCall &call);
    // The call of the seat ended (the recording files are on it).
    void callEnded(const hotline::PhoneCall &call);
    // A ringing call was missed or refused, or turned away while not ready.
    void missed(const hotline::PhoneCall &call, const QString &reason);
    void trouble(const QString &reason);
    void recovered();

private:
    void route();
    void onRinging(const PhoneCall &call);
    void onEstablished(const PhoneCall &call);
    void onChanged(const PhoneCall &call);
    void onEnded(const PhoneCall &call);
    void onFailed(const PhoneCall &call, const QString &reason);
    void onTrouble(const QString &reason);
    void onRecovered();
    Status needCall(bool live) const;

    AgentSession &m_agent;
    QPointer<Phone> m_phone;
    std::optional<PhoneCall> m_call;
    std::optional<PhoneCall> m_consultation;
    // A call taken by hand (no phone): the operator's state is all there is of it.
    bool m_byHand = false;
    // The operator's state before the phone failed, taken back when it recovers.
    std::optional<AgentSession::State> m_beforeTrouble;
    QString m_reasonBeforeTrouble;
};

} // namespace hotline
