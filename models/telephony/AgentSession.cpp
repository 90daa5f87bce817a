// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgentSession.h"

#include "core/CodeTable.h"


namespace hotline {

namespace {

// Codes on the wire and in the centre's table: never change one that has shipped.
constexpr CodeTable<AgentSession::State, 5> stateCodes{{
    {AgentSession::State::Offline, "offline"},
    {AgentSession::State::Ready, "ready"},
    {AgentSession::State::NotReady, "not_ready"},
    {AgentSession::State::InCall, "in_call"},
    {AgentSession::State::AfterCall, "after_call"},
}};

} // namespace

AgentSession::AgentSession(AgentSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_state(State::Offline), m_since(QDateTime::currentDateTimeUtc())
{
}

QString AgentSession::displayName(State state)
{
    switch (state) {
    case State::Offline: return tr("离线");
    case State::Ready: return tr("示闲");
    case State::NotReady: return tr("示忙");
    case State::InCall: return tr("通话中");
    case State::AfterCall: return tr("话后整理");
    }
    return {};
}

QString AgentSession::code(State state)
{
    return codeOf(stateCodes, state);
}

std::optional<AgentSession::State> AgentSession::stateFromCode(const QString &code)
{
    return valueOf(stateCodes, code);
}

qint64 AgentSession::callSeconds(const QDateTime &now) const
{
    if (!m_callStart.isValid())
        return 0;
    const QDateTime end = m_state == State::InCall ? now : m_callEnd;
    return end.isValid() ? m_callStart.secsTo(end) : 0;
}

qint64 AgentSession::afterCallSecondsLeft(const QDateTime &now) const
{
    if (m_state != State::AfterCall || m_settings.afterCallSeconds <= 0)
        return 0;
    return std::max<qint64>(0, m_settings.afterCallSeconds - m_since.secsTo(now));
}

Status AgentSession::goReady(const QDateTime &now)
{
    if (m_state == State::InCall)
        return Error{tr("通话中不能示闲：挂机后再示闲")};
    m_afterCallReason.reset();
    if (m_state != State::Ready)
        setState(State::Ready, {}, now);
    return Status::success();
}

Status AgentSession::goNotReady(const QString &reason, const QDateTime &now)
{
    if (!m_settings.notReadyReasons.contains(reason))
        return Error{tr("“%1”不是示忙原因；可选：%2").arg(reason, m_settings.notReadyReasons.join(QStringLiteral("、")))};
    if (m_state == State::InCall || m_state == State::AfterCall) {
        // The caller is not cut off: not ready begins once the call and its order are done.
        m_afterCallReason = reason;
        return Status::success();
    }
    if (m_state != State::NotReady || m_reason != reason)
        setState(State::NotReady, reason, now);
    return Status::success();
}

Status AgentSession::goOffline(const QString &reason, const QDateTime &now)
{
    if (m_state == State::InCall)
        return Error{tr("通话中不能离线：先挂机")};
    m_afterCallReason.reset();
    if (m_state != State::Offline || m_reason != reason)
        setState(State::Offline, reason, now);
    return Status::success();
}

Status AgentSession::answerCall(const QDateTime &now)
{
    if (m_state == State::InCall)
        return Error{tr("已在通话中")};
    m_callStart = now;
    m_callEnd = {};
    setState(State::InCall, {}, now);
    return Status::success();
}

Status AgentSession::hangUp(const QDateTime &now)
{
    if (m_state != State::InCall)
        return Error{tr("没有通话可挂断")};
    m_callEnd = now;
    setState(State::AfterCall, {}, now);
    return Status::success();
}

Status AgentSession::resumeAfterCall(const QDateTime &now)
{
    if (m_state == State::InCall)
        return Error{tr("已在通话中")};
    if (m_state != State::AfterCall)
        setState(State::AfterCall, {}, now);
    return Status::success();
}

void AgentSession::orderFiled(const QDateTime &now)
{
    if (m_state == State::AfterCall)
        endAfterCall(now);
}

Status AgentSession::toggleReady(const QDateTime &now)
{
    switch (m_state) {
    case State::Ready:
        return goNotReady(m_settings.notReadyReasons.value(0), now);
    case State::InCall:
        // Asked for during the call: not ready once it is over; again takes it back.
        if (m_afterCallReason)
            m_afterCallReason.reset();
        else
            m_afterCallReason = m_settings.notReadyReasons.value(0);
        return Status::success();
    case State::NotReady:
    case State::AfterCall:
    case State::Offline:
        return goReady(now);
    }
    return Status::success();
}

void AgentSession::tick(const QDateTime &now)
{
    if (m_state == State::AfterCall && m_settings.afterCallSeconds > 0 && m_since.secsTo(now) >= m_settings.afterCallSeconds)
        endAfterCall(now);
}

void AgentSession::endAfterCall(const QDateTime &now)
{
    const std::optional<QString> reason = std::exchange(m_afterCallReason, std::nullopt);
    if (reason)
        setState(State::NotReady, *reason, now);
    else
        setState(State::Ready, {}, now);
}

void AgentSession::setState(State state, const QString &reason, const QDateTime &now)
{
    AgentTransition transition;
    transition.from = m_state;
    transition.to = state;
    transition.reason = reason;
    transition.at = now;
    transition.secondsInPrevious = std::max<qint64>(0, m_since.secsTo(now));
    m_state = state;
    m_reason = reason;
    m_since = now;
    Q_EMIT transitioned(transition);
    Q_EMIT stateChanged(state);
}

} // namespace hotline
