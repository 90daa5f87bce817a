// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgentSession.h"

#include <QCoreApplication>

namespace hotline {

QString AgentSession::displayName(State state)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("hotline::AgentSession", text); };
    switch (state) {
    case State::Ready: return tr("示闲");
    case State::NotReady: return tr("示忙");
    case State::InCall: return tr("通话中");
    case State::AfterCall: return tr("话后整理");
    }
    return {};
}

qint64 AgentSession::callSeconds(const QDateTime &now) const
{
    if (!m_callStart.isValid())
        return 0;
    const QDateTime end = m_state == State::InCall ? now : m_callEnd;
    return end.isValid() ? m_callStart.secsTo(end) : 0;
}

void AgentSession::answerCall(const QDateTime &now)
{
    m_callStart = now;
    m_callEnd = {};
    setState(State::InCall);
}

void AgentSession::hangUp(const QDateTime &now)
{
    if (m_state != State::InCall)
        return;
    m_callEnd = now;
    setState(State::AfterCall);
}

void AgentSession::orderFiled()
{
    if (m_state == State::AfterCall) {
        m_callStart = m_callEnd = {};
        setState(State::Ready);
    }
}

void AgentSession::toggleReady()
{
    if (m_state == State::Ready)
        setState(State::NotReady);
    else if (m_state == State::NotReady || m_state == State::AfterCall)
        setState(State::Ready);
}

void AgentSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace hotline
