// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "telephony/Phone.h"
#include "training/CallObservation.h"
#include "training/Scenario.h"

#include <QDateTime>
#include <QObject>

#include <functional>

class QTimer;

namespace hotline {

class SimulatedPhone;
class TimedTranscript;

// Plays one scenario on the training desk: the SimulatedPhone rings with the scenario's
// caller number; once the trainee answers, the caller's script is told on a clock (the
// desk's transcript panel follows transcript()) and the caller's audio is asked for. A
// caller kept waiting long after their last sentence hangs up on their own. Meanwhile it
// watches the call — answer, hold, hang-up, the order filed — and what the desk hands in
// (keystrokes, description length, articles opened and taken), and gives the finished
// CallObservation once the call is over and its order filed.
class ScenarioCall : public QObject {
    Q_OBJECT
public:
    // How long the caller stays on the line after their last sentence before hanging up.
    static constexpr qint64 defaultPatienceMs = 60'000;
    // Time after the caller's last sentence that is not yet silence: the operator's reply.
    static constexpr qint64 silenceGraceMs = 5'000;

    explicit ScenarioCall(SimulatedPhone &phone, QObject *parent = nullptr);
    ~ScenarioCall() override;

    // The script on the clock; the desk's transcript panel listens to it.
    TimedTranscript *transcript() const { return m_transcript; }
    void setCallerPatienceMs(qint64 ms) { m_patienceMs = ms; }
    // Where times come from (a test's own clock); the wall clock by default.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Rings the phone with the scenario's caller; refused when a call is on or the scenario
    // has no valid number. A scenario already playing is abandoned first.
    Status start(const Scenario &scenario, bool exam);
    // Stops the scenario: the transcript ends, a call still on is hung up by the caller.
    void abandon();
    bool isPlaying() const { return m_playing; }
    const Scenario &scenario() const { return m_scenario; }
    QString callId() const { return m_callId; }

    // What the desk hands in as the call goes on.
    void setKeystrokes(int keystrokes) { m_observation.keystrokes = keystrokes; }
    // The description's length when the call ended: what was typed during the call.
    void setDescriptionCharacters(int characters) { m_observation.charactersDuringCall = characters; }
    void articleOpened(const QString &articleKey);
    // The order was filed (stored in the training store); `articleTaken`: the key of the
    // knowledge-base article its reply came from, empty when none.
    void orderFiled(const WorkOrderDraft &draft, const QString &articleTaken);

    // The observation so far (complete once finished() was emitted).
    const CallObservation &observation() const { return m_observation; }

Q_SIGNALS:
    // The caller's voice starts (a WAV path; empty: the transcript alone carries the call).
    void callerAudioStarts(const QString &audio);
    void callerAudioStops();
    // The caller gave up waiting and hung up.
    void callerHungUp();
    // The call is over and its order filed: the observation is complete, ready to score.
    void finished(const hotline::CallObservation &observation);

private:
    void onEstablished(const PhoneCall &call);
    void onChanged(const PhoneCall &call);
    void onEnded(const PhoneCall &call);
    void closeHold(const QDateTime &at);
    void finishIfDone();
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    SimulatedPhone &m_phone;
    TimedTranscript *m_transcript;
    QTimer *m_patience;
    std::function<QDateTime()> m_clock;
    qint64 m_patienceMs = defaultPatienceMs;
    Scenario m_scenario;
    CallObservation m_observation;
    QString m_callId;
    QDateTime m_holdSince;
    bool m_playing = false;
    bool m_ended = false;
};

} // namespace hotline
