// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallControl.h"

namespace hotline {

CallControl::CallControl(AgentSession &agent, QObject *parent) : QObject(parent), m_agent(agent)
{
    connect(&m_agent, &AgentSession::stateChanged, this, &CallControl::route);
}

void CallControl::setPhone(Phone *phone)
{
    if (m_phone)
        disconnect(m_phone, nullptr, this, nullptr);
    m_phone = phone;
    m_call.reset();
    m_consultation.reset();
    if (!m_phone)
        return;
    connect(m_phone, &Phone::ringing, this, &CallControl::onRinging);
    connect(m_phone, &Phone::established, this, &CallControl::onEstablished);
    connect(m_phone, &Phone::changed, this, &CallControl::onChanged);
    connect(m_phone, &Phone::ended, this, &CallControl::onEnded);
    connect(m_phone, &Phone::failed, this, &CallControl::onFailed);
    connect(m_phone, &Phone::turnedAway, this, &CallControl::missed);
    connect(m_phone, &Phone::trouble, this, &CallControl::onTrouble);
    connect(m_phone, &Phone::recovered, this, &CallControl::onRecovered);
    route();
}

void CallControl::route()
{
    // Only a ready operator is rung; the phone refuses or diverts the rest.
    if (m_phone)
        m_phone->setRouting({m_agent.acceptsCalls(), m_agent.settings().divertTo});
}

qint64 CallControl::talkSeconds(const QDateTime &now) const
{
    if (m_call && m_call->answeredAt.isValid())
        return m_call->talkSeconds(now);
    return m_agent.callSeconds(now);
}

Status CallControl::needCall(bool live) const
{
    if (!m_phone || !m_call)
        return Error{m_byHand ? tr("这通电话是手工受理的，话机上没有它") : tr("现在没有通话")};
    if (live && m_call->state != PhoneCall::State::Established && m_call->state != PhoneCall::State::OnHold)
        return Error{tr("来电尚未接听")};
    return Status::success();
}

Status CallControl::answer()
{
    if (m_phone && isRinging())
        return m_phone->answer(m_call->id);
    if (m_call || m_agent.state() == AgentSession::State::InCall)
        return Error{tr("已在通话中：先挂机（F4）")};
    // Taken by hand: a call on another line, a letter, a walk-in.
    if (Status s = m_agent.answerCall(); !s)
        return s;
    m_byHand = true;
    PhoneCall call;
    call.state = PhoneCall::State::Established;
    call.ringingAt = call.answeredAt = QDateTime::currentDateTimeUtc();
    Q_EMIT answered(call);
    return Status::success();
}

Status CallControl::hangUp()
{
    if (m_phone && m_consultation)
        return m_phone->hangUp(m_consultation->id);
    if (m_phone && m_call)
        return m_phone->hangUp(m_call->id);
    if (m_agent.state() != AgentSession::State::InCall)
        return Error{tr("现在没有通话可挂断")};
    if (Status s = m_agent.hangUp(); !s)
        return s;
    m_byHand = false;
    PhoneCall call;
    call.state = PhoneCall::State::Ended;
    call.endedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT callEnded(call);
    return Status::success();
}

Status CallControl::toggleHold()
{
    if (Status s = needCall(true); !s)
        return s;
    if (m_consultation)
        return Error{tr("咨询中，来电人已在保持：完成转接（Ctrl+Shift+T）或挂断咨询（F4）")};
    return m_call->state == PhoneCall::State::OnHold ? m_phone->resume(m_call->id) : m_phone->hold(m_call->id);
}

Status CallControl::toggleMute()
{
    if (Status s = needCall(true); !s)
        return s;
    return m_phone->setMuted(m_call->id, !m_call->muted);
}

Status CallControl::transfer(const QString &target)
{
    if (Status s = needCall(true); !s)
        return s;
    return m_phone->blindTransfer(m_call->id, target);
}

Status CallControl::consult(const QString &target)
{
    if (Status s = needCall(true); !s)
        return s;
    if (m_consultation)
        return Error{tr("已在咨询 %1").arg(m_consultation->remoteNumber)};
    Result<QString> id = m_phone->consult(m_call->id, target);
    if (!id)
        return Error{id.error()};
    if (!m_consultation) {
        // The softphone tells of the answer later; until then the consultation rings.
        PhoneCall consultation;
        consultation.id = id.value();
        consultation.direction = PhoneCall::Direction::Outgoing;
        consultation.remoteNumber = target.trimmed();
        consultation.consultationOf = m_call->id;
        consultation.ringingAt = QDateTime::currentDateTimeUtc();
        m_consultation = consultation;
    }
    return Status::success();
}

Status CallControl::completeTransfer()
{
    if (Status s = needCall(true); !s)
        return s;
    if (!m_consultation)
        return Error{tr("没有在咨询：先咨询转接（Ctrl+Shift+T）")};
    return m_phone->completeTransfer(m_call->id, m_consultation->id);
}

Status CallControl::sendDtmf(const QString &digits)
{
    if (Status s = needCall(true); !s)
        return s;
    return m_phone->sendDtmf(m_call->id, digits);
}

void CallControl::onRinging(const PhoneCall &call)
{
    if (m_call && m_call->isLive())
        return; // the phone refuses a second call itself; never replace the call in hand
    m_call = call;
    Q_EMIT incoming(call);
}

void CallControl::onEstablished(const PhoneCall &call)
{
    if (!call.consultationOf.isEmpty()) {
        m_consultation = call;
        if (m_call)
            Q_EMIT changed(*m_call);
        return;
    }
    if (!m_call || m_call->id != call.id)
        return;
    m_call = call;
    if (Status s = m_agent.answerCall(call.answeredAt.isValid() ? call.answeredAt : QDateTime::currentDateTimeUtc()); !s)
        Q_EMIT trouble(s.error());
    Q_EMIT answered(call);
}

void CallControl::onChanged(const PhoneCall &call)
{
    if (m_consultation && m_consultation->id == call.id)
        m_consultation = call;
    else if (m_call && m_call->id == call.id)
        m_call = call;
    else
        return;
    Q_EMIT changed(m_call ? *m_call : call);
}

void CallControl::onEnded(const PhoneCall &call)
{
    if (m_consultation && m_consultation->id == call.id) {
        m_consultation.reset();
        if (m_call)
            Q_EMIT changed(*m_call);
        return;
    }
    if (!m_call || m_call->id != call.id)
        return;
    m_call.reset();
    m_consultation.reset();
    if (m_agent.state() == AgentSession::State::InCall)
        (void)m_agent.hangUp(call.endedAt.isValid() ? call.endedAt : QDateTime::currentDateTimeUtc());
    Q_EMIT callEnded(call);
}

void CallControl::onFailed(const PhoneCall &call, const QString &reason)
{
    if (m_consultation && m_consultation->id == call.id) {
        // The colleague did not answer: the caller is still on hold, to be taken back.
        m_consultation.reset();
        Q_EMIT missed(call, reason);
        if (m_call)
            Q_EMIT changed(*m_call);
        return;
    }
    if (!m_call || m_call->id != call.id)
        return;
    if (call.answeredAt.isValid()) {
        // A call cut off (the softphone died): what was said still needs its order.
        onEnded(call);
        return;
    }
    m_call.reset();
    Q_EMIT missed(call, reason);
}

void CallControl::onTrouble(const QString &reason)
{
    // A seat whose phone is down takes no calls: the floor sees it offline, not ready. An
    // operator in a call or finishing one is left to finish.
    const AgentSession::State state = m_agent.state();
    if ((state == AgentSession::State::Ready || state == AgentSession::State::NotReady) && !m_beforeTrouble) {
        m_beforeTrouble = state;
        m_reasonBeforeTrouble = m_agent.reason();
        (void)m_agent.goOffline(tr("话机故障"));
    }
    Q_EMIT trouble(reason);
}

void CallControl::onRecovered()
{
    if (const std::optional<AgentSession::State> before = std::exchange(m_beforeTrouble, std::nullopt);
        before && m_agent.state() == AgentSession::State::Offline) {
        if (*before == AgentSession::State::Ready)
            (void)m_agent.goReady();
        else
            (void)m_agent.goNotReady(m_reasonBeforeTrouble);
    }
    route();
    Q_EMIT recovered();
}

} // namespace hotline
