// SPDX-License-Identifier: GPL-3.0-or-later
// BaresipPhone, second half: what baresip reports (its events) turned into the desk's calls and
// signals. The first half (BaresipPhone.cpp) starts, stops and commands.
#include "BaresipPhone.h"

#include "BaresipControl.h"
#include "BaresipMessage.h"
#include "BaresipProcess.h"

#include <QTimer>

namespace hotline {

namespace {

// baresip 1.0's event types (src/event.c, uag_event_str).
const QLatin1String callIncoming("CALL_INCOMING");
const QLatin1String callEstablished("CALL_ESTABLISHED");
const QLatin1String callClosed("CALL_CLOSED");
const QLatin1String transferFailedType("TRANSFER_FAILED");

constexpr int recordingPollMs = 50;

} // namespace

void BaresipPhone::onEvent(const BaresipMessage &message)
{
    if (message.type == QLatin1String("REGISTER_OK")) {
        m_registered = true;
        updateAvailability();
        return;
    }
    if (message.type == QLatin1String("REGISTER_FAIL")) {
        m_registered = false;
        updateAvailability();
        if (m_registers)
            setTrouble(tr("软电话注册失败：%1").arg(message.param), true);
        return;
    }
    if (message.type == QLatin1String("UNREGISTERING")) {
        m_registered = false;
        updateAvailability();
        return;
    }
    if (message.type == QLatin1String("AUDIO_ERROR")) {
        // The call closes right after; its end reason says why.
        if (Line *line = lineOf(message))
            line->audioError = message.param.section(QLatin1Char(','), 1);
        setTrouble(tr("软电话的音频设备出错：%1").arg(message.param.section(QLatin1Char(','), 1)), false);
        return;
    }
    if (message.eventClass != QLatin1String("call") || message.callId.isEmpty())
        return;
    if (message.type == callIncoming) {
        if (!message.outgoing && !lineOf(message))
            incoming(message);
        return;
    }
    Line *line = lineOf(message);
    if (!line || !line->open)
        return; // a call the desk does not know (made by someone else on an administrator's baresip)
    if (message.type == callEstablished)
        establish(*line);
    else if (message.type == callClosed)
        close(*line, message.param);
    else if (message.type == transferFailedType)
        transferFailed(*line, message.param);
}

BaresipPhone::Line *BaresipPhone::lineOf(const BaresipMessage &message)
{
    for (auto line = m_lines.begin(); line != m_lines.end(); ++line)
        if (line->open && line->baresipId == message.callId)
            return &line.value();
    // The first event of an outgoing call after a dial names the consultation dialled.
    if (!message.outgoing || m_pendingDial.isEmpty())
        return nullptr;
    const QString id = std::exchange(m_pendingDial, QString());
    Line &line = m_lines[id];
    line.baresipId = message.callId;
    m_order.append(id);
    if (line.hungUpHere) // hung up while it was being dialled
        command(line, QStringLiteral("hangup"), {}, tr("baresip 未能挂断通话"));
    return &line;
}

void BaresipPhone::incoming(const BaresipMessage &message)
{
    Line line;
    line.call.id = QStringLiteral("bs-%1").arg(++m_next);
    line.call.direction = PhoneCall::Direction::Incoming;
    line.call.remoteNumber = numberOf(message.peerUri);
    line.call.remoteName = message.peerName;
    line.call.ringingAt = QDateTime::currentDateTimeUtc();
    line.baresipId = message.callId;
    const QString id = line.call.id;
    // One call at a time at a seat (the consultation aside): while a call is up, another is
    // refused, as SimulatedPhone refuses to ring. Diverting would need baresip to answer it,
    // and baresip's "accept" puts the call before it on hold.
    bool busy = false;
    for (const Line &other : std::as_const(m_lines))
        busy = busy || other.open;
    if (!busy && m_routing.accepting) {
        m_lines.insert(id, line);
        m_order.append(id);
        Q_EMIT ringing(line.call);
        return;
    }
    const bool divert = !busy && !m_routing.divertTo.isEmpty();
    line.silent = true;
    line.call.state = PhoneCall::State::Failed;
    line.call.endedAt = line.call.ringingAt;
    line.call.endReason = divert ? tr("示忙中，来电已转至 %1").arg(m_routing.divertTo)
                          : m_routing.accepting ? tr("正在通话，来电已拒接")
                                                : tr("示忙中，来电已拒接");
    line.divertTo = divert ? m_routing.divertTo : QString();
    line.hungUpHere = !divert;
    m_lines.insert(id, line);
    m_order.append(id);
    Q_EMIT turnedAway(line.call, line.call.endReason);
    // baresip 1.0 cannot redirect (302) a call: a diverted one is answered, then transferred.
    Line &turned = m_lines[id];
    if (divert)
        command(turned, QStringLiteral("accept"), {}, tr("baresip 未能接起要转移的来电"));
    else
        command(turned, QStringLiteral("hangup"), {}, tr("baresip 未能拒接来电"));
}

void BaresipPhone::establish(Line &line)
{
    if (line.silent) {
        if (!line.divertTo.isEmpty() && line.transferTo.isEmpty()) {
            line.transferTo = line.divertTo;
            command(line, QStringLiteral("transfer"), uriOf(line.divertTo), tr("baresip 未能转移来电"));
        }
        return;
    }
    if (line.call.state != PhoneCall::State::Ringing)
        return;
    line.call.state = PhoneCall::State::Established;
    line.call.answeredAt = QDateTime::currentDateTimeUtc();
    if (line.leaving.isEmpty())
        Q_EMIT established(line.call);
}

void BaresipPhone::close(Line &line, const QString &param)
{
    const QString id = line.call.id;
    if (line.silent) {
        finish(id, line.call.state, line.call.endReason);
        resumeHeldAfterClose();
        return;
    }
    const bool outgoing = line.call.direction == PhoneCall::Direction::Outgoing;
    PhoneCall::State state = PhoneCall::State::Ended;
    QString reason;
    if (!line.transferTo.isEmpty()) {
        // baresip closes a transferred call when the transferee reports the new call answered
        // ("Call transfered"); a transferee that simply hangs up after accepting means the same.
        reason = line.completed ? tr("咨询后已转接至 %1").arg(line.transferTo) : tr("已转接至 %1").arg(line.transferTo);
    } else if (line.completed) {
        reason = tr("咨询后已转接");
    } else if (line.call.answeredAt.isValid()) {
        reason = !line.audioError.isEmpty() ? tr("音频设备出错，通话中断（%1）").arg(line.audioError)
                 : line.hungUpHere          ? tr("坐席挂断")
                 : outgoing                 ? tr("对方挂断")
                                            : tr("来电人挂断");
    } else {
        state = PhoneCall::State::Failed;
        reason = line.hungUpHere ? (outgoing ? tr("坐席取消了咨询") : tr("坐席拒接"))
                 : outgoing      ? tr("咨询对象未接通（%1）").arg(param)
                                 : tr("来电人在接听前挂断（未接来电）");
    }
    finish(id, state, reason);
    resumeHeldAfterClose();
}

void BaresipPhone::transferFailed(Line &line, const QString &param)
{
    // baresip 1.0 drops the call whose transfer failed, without a CALL_CLOSED and without
    // taking a held call back.
    const QString id = line.call.id;
    const QString target = line.transferTo;
    if (line.silent) {
        finish(id, line.call.state, line.call.endReason);
        setTrouble(tr("来电转至 %1 失败（%2）").arg(target, param), false);
        return;
    }
    finish(id, PhoneCall::State::Failed, tr("转接至 %1 失败（%2），baresip 随即挂断了这个通话").arg(target, param));
}

void BaresipPhone::resumeHeldAfterClose()
{
    // baresip resumes the most recent held call whenever another call ends (ua.c,
    // resume_call) — also a refused or missed one.
    for (auto id = m_order.crbegin(); id != m_order.crend(); ++id) {
        Line &line = m_lines[*id];
        if (line.call.state != PhoneCall::State::OnHold)
            continue;
        bool talking = false;
        for (const Line &other : std::as_const(m_lines))
            talking = talking || (other.open && !other.silent && other.call.id != line.call.id
                                  && other.call.state == PhoneCall::State::Established);
        if (talking) {
            // The operator is talking to someone else (the consulted colleague) and a third
            // call came and went: the caller must not hear that conversation. Held again at
            // once; for the desk it never stopped being held.
            command(line, QStringLiteral("hold"), {}, tr("baresip 未能重新保持通话"));
            return;
        }
        line.call.state = PhoneCall::State::Established;
        line.resumedByBaresip = true;
        changedIfShown(line);
        return;
    }
}

void BaresipPhone::finish(const QString &id, PhoneCall::State state, const QString &reason, bool recordingsFinal)
{
    Line &line = m_lines[id];
    line.open = false;
    line.call.state = state;
    line.call.endedAt = QDateTime::currentDateTimeUtc();
    line.call.endReason = reason;
    m_order.removeAll(id);
    if (m_pendingDial == id)
        m_pendingDial.clear();
    // Taken even for a turned-away call, so that its files are not given to the next one.
    const SndfileRecordings::Pair pair = m_recordings.take(line.call.ringingAt, line.call.endedAt);
    line.call.sentAudio = pair.sent;
    line.call.receivedAudio = pair.received;
    if (line.silent)
        return;
    if (recordingsFinal)
        for (QString *path : {&line.call.sentAudio, &line.call.receivedAudio})
            if (!path->isEmpty() && !SndfileRecordings::isComplete(*path) && !SndfileRecordings::repair(*path))
                path->clear();
    emitFinished(id, 0);
}

void BaresipPhone::emitFinished(const QString &id, int waitedMs)
{
    Line &line = m_lines[id];
    // sndfile writes a file's sizes when the call's audio stops. For a hang-up that is before
    // CALL_CLOSED; for a transferred call just after it: wait a moment for the files to close.
    bool incomplete = false;
    for (const QString &path : {line.call.sentAudio, line.call.receivedAudio})
        incomplete = incomplete || (!path.isEmpty() && !SndfileRecordings::isComplete(path));
    if (incomplete && waitedMs < m_timings.recordingWaitMs) {
        QTimer::singleShot(recordingPollMs, this, [this, id, waitedMs] { emitFinished(id, waitedMs + recordingPollMs); });
        return;
    }
    // Still open after that: not handed out half-written.
    for (QString *path : {&line.call.sentAudio, &line.call.receivedAudio})
        if (!path->isEmpty() && !SndfileRecordings::isComplete(*path))
            path->clear();
    if (line.call.state == PhoneCall::State::Failed)
        Q_EMIT failed(line.call, line.call.endReason);
    else
        Q_EMIT ended(line.call);
}

} // namespace hotline
