// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "telephony/AgentSettings.h"

#include <QDateTime>
#include <QObject>

#include <optional>

namespace hotline {

// One change of the operator's state, as the centre keeps it for the wallboard and the team
// lead's figures: from what, to what, why (a not-ready reason), when, and how long the state
// before it lasted.
struct AgentTransition {
    enum class State { Offline, Ready, NotReady, InCall, AfterCall };
    State from = State::Offline;
    State to = State::Offline;
    QString reason;
    QDateTime at;
    qint64 secondsInPrevious = 0;
};

// The operator's state on the floor: offline (not taking calls: signed off, or the phone is
// down), ready for the next call, not ready with a reason (break, meal, training,
// decompression, meeting), in a call, or finishing the work order after hang-up — for at most
// the configured after-call time, then ready again (or not ready, when the operator asked for
// it during the call). Every change is a transition, in order; a change that does not fit the
// state is refused with the reason and changes nothing.
class AgentSession : public QObject {
    Q_OBJECT
public:
    using State = AgentTransition::State;

    explicit AgentSession(AgentSettings settings = {}, QObject *parent = nullptr);

    State state() const { return m_state; }
    QString reason() const { return m_reason; }
    QDateTime since() const { return m_since; }
    const AgentSettings &settings() const { return m_settings; }
    void setSettings(const AgentSettings &settings) { m_settings = settings; }
    static QString displayName(State state);
    static QString code(State state);
    static std::optional<State> stateFromCode(const QString &code);
    // Ready to be offered calls by the phone.
    bool acceptsCalls() const { return m_state == State::Ready; }
    // Seconds of the current or last call (0 when there is none).
    qint64 callSeconds(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Seconds of after-call work left (0 outside it, or without a limit).
    qint64 afterCallSecondsLeft(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Not ready is asked for once the call in progress is over.
    bool notReadyAfterCall() const { return m_afterCallReason.has_value(); }

    Status goReady(const QDateTime &now = QDateTime::currentDateTimeUtc());
    // `reason` one of the settings' reasons.
    Status goNotReady(const QString &reason, const QDateTime &now = QDateTime::currentDateTimeUtc());
    Status goOffline(const QString &reason, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // A call is answered (from ready, or from not ready for a call the operator makes or takes
    // by hand), and ends (after-call work begins).
    Status answerCall(const QDateTime &now = QDateTime::currentDateTimeUtc());
    Status hangUp(const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Back to the after-call work of a call a quit or a crash interrupted (its order restored
    // from the draft): no call rings until it is filed, cleared, or the operator is ready.
    Status resumeAfterCall(const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The work order of the call is stored: after-call work ends.
    void orderFiled(const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The one key (F8): ready ⇄ not ready (the first reason); during a call it asks for (or
    // takes back) not ready after it; from after-call work or offline, ready.
    Status toggleReady(const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Ends after-call work whose time is up; the desk calls it every second.
    void tick(const QDateTime &now = QDateTime::currentDateTimeUtc());

Q_SIGNALS:
    void stateChanged(hotline::AgentSession::State state);
    void transitioned(const hotline::AgentTransition &transition);

private:
    void setState(State state, const QString &reason, const QDateTime &now);
    // Where after-call work leads: not ready when asked for during the call, else ready.
    void endAfterCall(const QDateTime &now);

    AgentSettings m_settings;
    State m_state;
    QString m_reason;
    QDateTime m_since;
    QDateTime m_callStart;
    QDateTime m_callEnd;
    std::optional<QString> m_afterCallReason;
};

} // namespace hotline

Q_DECLARE_METATYPE(hotline::AgentTransition)
