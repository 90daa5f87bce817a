// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgentStateLog.h"

#include "telephony/AgentStateReport.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"

namespace hotline {

AgentStateLog::AgentStateLog(AgentSession &agent, LocalStore &store, QObject *parent)
    : QObject(parent), m_store(store)
{
    connect(&agent, &AgentSession::transitioned, this, &AgentStateLog::log);
}

void AgentStateLog::log(const AgentTransition &transition)
{
    const QJsonObject payload = AgentStateReport::of(transition).toJson();
    const Status stored = m_store.transaction([&] { return Outbox(m_store).enqueue(QStringLiteral("agent.state"), payload); });
    if (!stored) {
        m_lastError = stored.error();
        Q_EMIT failed(stored.error());
        return;
    }
    m_lastError.clear();
    m_store.notifyOutboxChanged();
    Q_EMIT logged();
}

} // namespace hotline
