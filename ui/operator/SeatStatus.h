// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace hotline {

class AgentSession;
class CallControl;
class SyncEngine;

// The permanent part of the desk's status bar: the operator's state (with the not-ready
// reason and the after-call time left), the call's clock, the phone, and the centre (online
// or not, changes waiting, last sync). Refreshed every second and on every change.
class SeatStatus : public QObject {
    Q_OBJECT
public:
    SeatStatus(QStatusBar &bar, AgentSession &agent, CallControl &calls);

    void setSync(SyncEngine *sync);
    void setPendingCount(int pending);
    // The phone's own trouble, until it recovers.
    void setPhoneTrouble(const QString &reason);
    void refresh();

private:
    AgentSession &m_agent;
    CallControl &m_calls;
    SyncEngine *m_sync = nullptr;
    int m_pending = 0;
    QString m_phoneTrouble;
    QLabel *m_agentLabel;
    QLabel *m_timerLabel;
    QLabel *m_phoneLabel;
    QLabel *m_syncLabel;
};

} // namespace hotline
