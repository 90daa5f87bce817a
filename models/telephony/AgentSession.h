// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

namespace hotline {

// The operator's state on the floor, as the status bar shows it and a team lead will watch
// it: ready for the next call, busy, on a call, or finishing the work order after hang-up.
class AgentSession : public QObject {
    Q_OBJECT
public:
    enum class State { Ready, NotReady, InCall, AfterCall };

    explicit AgentSession(QObject *parent = nullptr) : QObject(parent) {}

    State state() const { return m_state; }
    static QString displayName(State state);
    // Seconds since the call was answered (0 when there is none).
    qint64 callSeconds(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    void answerCall(const QDateTime &now = QDateTime::currentDateTimeUtc());
    void hangUp(const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The work order of the call is stored: after-call work ends.
    void orderFiled();
    void toggleReady();

Q_SIGNALS:
    void stateChanged(hotline::AgentSession::State state);

private:
    void setState(State state);
    State m_state = State::Ready;
    QDateTime m_callStart;
    QDateTime m_callEnd;
};

} // namespace hotline
