// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/ScenarioCall.h"

#include "telephony/SimulatedPhone.h"
#include "telephony/TimedTranscript.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace hotline {

ScenarioCall::ScenarioCall(SimulatedPhone &phone, QObject *parent)
    : QObject(parent), m_phone(phone), m_transcript(new TimedTranscript({}, this)), m_patience(new QTimer(this))
{
    m_patience->setSingleShot(true);
    connect(m_patience, &QTimer::timeout, this, [this] {
        if (m_callId.isEmpty() || m_ended)
            return;
        // The caller said everything long ago and nobody answers them: they hang up.
        if (m_phone.remoteHangUp(m_callId))
            Q_EMIT callerHungUp();
    });
    connect(&m_phone, &Phone::established, this, &ScenarioCall::onEstablished);
    connect(&m_phone, &Phone::changed, this, &ScenarioCall::onChanged);
    connect(&m_phone, &Phone::ended, this, &ScenarioCall::onEnded);
    connect(&m_phone, &Phone::failed, this, [this](const PhoneCall &call, const QString &) { onEnded(call); });
}

ScenarioCall::~ScenarioCall() = default;

Status ScenarioCall::start(const Scenario &scenario, bool exam)
{
    if (m_playing)
        abandon();
    m_scenario = scenario;
    m_observation = CallObservation{};
    m_observation.scenarioId = scenario.id;
    m_observation.scenarioVersion = scenario.version;
    m_observation.exam = exam;
    m_observation.ringingAt = now();
    m_callId.clear();
    m_holdSince = {};
    m_ended = false;
    m_transcript->setScript(scenario.transcript);
    Result<QString> rang = m_phone.ring(scenario.callerNumber, m_observation.ringingAt);
    if (!rang)
        return Error{rang.error()};
    m_callId = rang.value();
    m_playing = true;
    return Status::success();
}

void ScenarioCall::abandon()
{
    m_patience->stop();
    if (m_transcript->isRunning())
        m_transcript->stop();
    if (!m_callId.isEmpty() && !m_ended)
        (void)m_phone.remoteHangUp(m_callId);
    m_playing = false;
}

void ScenarioCall::articleOpened(const QString &articleKey)
{
    if (!m_playing || articleKey.isEmpty())
        return;
    if (m_observation.articlesOpened.isEmpty() || m_observation.articlesOpened.constLast() != articleKey)
        m_observation.articlesOpened.append(articleKey);
}

void ScenarioCall::orderFiled(const WorkOrderDraft &draft, const QString &articleTaken)
{
    if (!m_playing || m_observation.wasFiled())
        return;
    m_observation.filed = draft;
    m_observation.articleTaken = articleTaken;
    m_observation.submittedAt = now();
    finishIfDone();
}

void ScenarioCall::onEstablished(const PhoneCall &call)
{
    if (!m_playing || call.id != m_callId)
        return;
    m_observation.answeredAt = now();
    m_transcript->start(call.id);
    Q_EMIT callerAudioStarts(m_scenario.audio);
    m_patience->start(int(std::min<qint64>(m_scenario.scriptMs() + m_patienceMs, std::numeric_limits<int>::max())));
}

void ScenarioCall::onChanged(const PhoneCall &call)
{
    if (!m_playing || call.id != m_callId)
        return;
    if (call.state == PhoneCall::State::OnHold && !m_holdSince.isValid())
        m_holdSince = now();
    else if (call.state == PhoneCall::State::Established)
        closeHold(now());
}

void ScenarioCall::closeHold(const QDateTime &at)
{
    if (!m_holdSince.isValid())
        return;
    m_observation.holdMs += std::max<qint64>(0, m_holdSince.msecsTo(at));
    m_holdSince = {};
}

void ScenarioCall::onEnded(const PhoneCall &call)
{
    if (!m_playing || call.id != m_callId || m_ended)
        return;
    m_ended = true;
    m_patience->stop();
    const QDateTime at = now();
    m_observation.hungUpAt = at;
    closeHold(at);
    if (m_transcript->isRunning())
        m_transcript->stop();
    Q_EMIT callerAudioStops();
    // Silence, the time the caller waited with nothing said to them: every millisecond on
    // hold, plus the time on the line (not on hold) beyond what the caller needed to say
    // their piece (the script's length) and a 5-s grace for the operator's reply. A trainee
    // who types the order while the caller waits after their last sentence is silent.
    if (m_observation.answeredAt.isValid()) {
        const qint64 talkMs = std::max<qint64>(0, m_observation.answeredAt.msecsTo(at));
        const qint64 waited = talkMs - m_observation.holdMs - m_scenario.scriptMs() - silenceGraceMs;
        m_observation.silenceMs = m_observation.holdMs + std::max<qint64>(0, waited);
    }
    finishIfDone();
}

void ScenarioCall::finishIfDone()
{
    // Done with both: the call over (whoever hung up) and the order filed, in either order.
    if (!m_ended || !m_observation.wasFiled())
        return;
    m_playing = false;
    Q_EMIT finished(m_observation);
}

} // namespace hotline
