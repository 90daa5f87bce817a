// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telephony/AgentSession.h"

#include <QObject>

namespace hotline {

class LocalStore;

// Sends every change of the operator's state to the centre, with its time: each transition is
// an operation of the desk's outbox (kind agent.state), so a state change made offline reaches
// the centre later, once, in order with the orders around it. The centre reads them for the
// wallboard and the team lead's figures.
class AgentStateLog : public QObject {
    Q_OBJECT
public:
    AgentStateLog(AgentSession &agent, LocalStore &store, QObject *parent = nullptr);

    // The last transition the store could not take (a full disk): said in the status bar.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void logged();
    void failed(const QString &reason);

private:
    void log(const AgentTransition &transition);

    LocalStore &m_store;
    QString m_lastError;
};

} // namespace hotline
