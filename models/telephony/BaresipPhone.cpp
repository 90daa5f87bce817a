// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaresipPhone.h"

#include "BaresipConfig.h"
#include "BaresipControl.h"
#include "BaresipMessage.h"
#include "BaresipProcess.h"
#include "workorder/PhoneNumber.h"

#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

namespace hotline {

namespace {

bool isLiveState(PhoneCall::State state)
{
    return state == PhoneCall::State::Ringing || state == PhoneCall::State::Established || state == PhoneCall::State::OnHold;
}

// The menu's answer to "mute" says what it did: "call muted" or "call un-muted".
std::optional<bool> mutedBy(const BaresipMessage &answer)
{
    if (answer.data.contains(QLatin1String("un-muted")))
        return false;
    if (answer.data.contains(QLatin1String("muted")))
        return true;
    return std::nullopt;
}

} // namespace

BaresipPhone::BaresipPhone(QObject *parent) : Phone(parent), m_control(new BaresipControl(this))
{
    connect(m_control, &BaresipControl::connected, this, &BaresipPhone::onConnected);
    connect(m_control, &BaresipControl::lost, this, &BaresipPhone::onLost);
    connect(m_control, &BaresipControl::event, this, &BaresipPhone::onEvent);
    setTimings(m_timings);
}

BaresipPhone::~BaresipPhone()
{
    // Quietly: whoever listens may be half gone already.
    m_control->close();
    if (m_process)
        m_process->stop();
}

void BaresipPhone::setTimings(const Timings &timings)
{
    m_timings = timings;
    m_control->setRetryDelays(timings.reconnectFirstMs, timings.reconnectMaxMs);
    m_control->setResponseTimeout(timings.responseTimeoutMs);
    if (m_process)
        m_process->setRestartDelays(timings.restartFirstMs, timings.restartMaxMs);
}

Status BaresipPhone::start(const BaresipSettings &settings, const QString &configFolder, const QString &program)
{
    if (Status written = BaresipConfig::write(settings, configFolder); !written)
        return written;
    stop();
    if (!m_process) {
        m_process = new BaresipProcess(this);
        connect(m_process, &BaresipProcess::ended, this, &BaresipPhone::onProcessEnded);
        connect(m_process, &BaresipProcess::started, this,
                [this] { m_control->open(QStringLiteral("127.0.0.1"), m_controlPort); });
    }
    m_controlPort = quint16(settings.controlPort);
    m_process->setRestartDelays(m_timings.restartFirstMs, m_timings.restartMaxMs);
    m_running = true;
    m_own = true;
    // Not available until baresip answers: `recovered` then says it is.
    m_unavailableTrouble = true;
    m_registers = settings.registers();
    m_registered = false;
    m_dialDomain = BaresipConfig::dialDomain(settings);
    m_recordings = SndfileRecordings(settings.recordingsFolder);
    m_process->start(program, configFolder);
    return Status::success();
}

void BaresipPhone::attach(const BaresipEndpoint &endpoint)
{
    stop();
    m_running = true;
    m_own = false;
    m_unavailableTrouble = true;
    m_registers = endpoint.registers;
    m_registered = false;
    m_dialDomain = endpoint.dialDomain;
    m_recordings = SndfileRecordings(endpoint.recordingsFolder);
    m_control->open(endpoint.host, quint16(endpoint.port));
}

void BaresipPhone::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_control->close();
    if (m_process)
        m_process->stop();
    endAllLive(tr("软电话已停止"));
    updateAvailability();
}

bool BaresipPhone::isAvailable() const
{
    return m_available;
}

qint64 BaresipPhone::processId() const
{
    return m_own ? m_process->processId() : 0;
}

QStringList BaresipPhone::processOutput() const
{
    return m_process ? m_process->lastOutput() : QStringList();
}

std::optional<PhoneCall> BaresipPhone::call(const QString &callId) const
{
    const auto found = m_lines.constFind(callId);
    return found == m_lines.cend() ? std::nullopt : std::optional(found->call);
}

// --- state of the phone ---------------------------------------------------------------------

void BaresipPhone::setTrouble(const QString &reason, bool unavailable)
{
    if (unavailable)
        m_unavailableTrouble = true;
    // A retry loop meets the same outage again and again; the status bar needs it once. A
    // refused command is said every time.
    if (unavailable && reason == m_trouble)
        return;
    m_trouble = reason;
    Q_EMIT trouble(reason);
}

void BaresipPhone::updateAvailability()
{
    const bool available = m_running && m_control->isConnected() && m_answering && (!m_registers || m_registered);
    if (available == m_available)
        return;
    m_available = available;
    if (available && m_unavailableTrouble) {
        m_unavailableTrouble = false;
        m_trouble.clear();
        Q_EMIT recovered();
    }
}

void BaresipPhone::onConnected()
{
    m_registered = false;
    m_answering = false;
    // Calls baresip still has that the desk no longer knows (it lost the connection while they
    // were up, and ended them as failed): hung up, so that baresip and the desk agree again.
    // baresip 1.0 lists calls without their IDs, so each "hangup" takes the current one.
    // Its answer is also the first sign that this is a baresip that answers: only then is the
    // phone available.
    m_control->send({{QStringLiteral("listcalls"), {}, [this](const BaresipMessage &answer) {
        m_answering = true;
        updateAvailability();
        static const QRegularExpression count(QStringLiteral("Active calls \\((\\d+)\\)"));
        const int calls = count.match(answer.data).captured(1).toInt();
        if (calls <= 0 || !m_order.isEmpty())
            return;
        QList<BaresipCommand> hangups;
        for (int i = 0; i < calls; ++i)
            hangups.append({QStringLiteral("hangup"), {}, {}});
        m_control->send(hangups);
    }}});
    // An administrator's baresip may have registered long before we connected.
    if (m_registers)
        m_control->send({{QStringLiteral("reginfo"), {}, [this](const BaresipMessage &answer) {
            // "sip:8001@pbx  OK  sip:pbx Expires 300s", the OK in colour codes.
            static const QRegularExpression colour(QStringLiteral("\x1b\\[[0-9;]*[A-Za-z]"));
            static const QRegularExpression ok(QStringLiteral("\\bOK\\b"));
            m_registered = m_registered || QString(answer.data).remove(colour).contains(ok);
            updateAvailability();
        }}});
    updateAvailability();
}

void BaresipPhone::onLost(const QString &reason, bool wasConnected)
{
    if (wasConnected) {
        endAllLive(tr("与软电话 baresip 的连接中断"));
        m_registered = false;
        updateAvailability();
        setTrouble(reason, true);
        return;
    }
    // Our own baresip opens its control port a moment after it starts: a refusal then is
    // expected, and a baresip that is down has said so itself.
    if (m_own && (!m_process->isRunning() || m_process->uptimeMs() < m_timings.startupGraceMs))
        return;
    setTrouble(reason, true);
}

void BaresipPhone::onProcessEnded(const QString &reason)
{
    m_control->close();
    endAllLive(tr("软电话 baresip 意外退出"));
    m_registered = false;
    updateAvailability();
    setTrouble(reason, true);
}

void BaresipPhone::endAllLive(const QString &reason)
{
    // A baresip that is gone will write no more: its half-written recordings can be mended.
    const bool recordingsFinal = m_own && !m_process->isRunning();
    const QStringList ids = m_lines.keys();
    for (const QString &id : ids) {
        Line &line = m_lines[id];
        if (!line.open)
            continue;
        if (line.silent) {
            line.open = false;
            continue;
        }
        finish(id, PhoneCall::State::Failed, reason, recordingsFinal);
    }
    m_order.clear();
    m_pendingDial.clear();
}

// --- commands -------------------------------------------------------------------------------

Result<BaresipPhone::Line *> BaresipPhone::live(const QString &callId, std::initializer_list<PhoneCall::State> allowed,
                                                 const QString &what)
{
    auto found = m_lines.find(callId);
    if (found == m_lines.end())
        return Error{tr("没有通话 %1").arg(callId)};
    for (PhoneCall::State state : allowed) {
        if (found->call.state != state)
            continue;
        if (!found->leaving.isEmpty())
            return Error{found->leaving};
        return &found.value();
    }
    return Error{tr("通话当前为“%1”，不能%2").arg(displayName(found->call.state), what)};
}

Status BaresipPhone::connectedOrError() const
{
    if (m_control->isConnected())
        return Status::success();
    return Error{m_trouble.isEmpty() ? tr("软电话 baresip 未连接") : tr("软电话 baresip 未连接：%1").arg(m_trouble)};
}

Status BaresipPhone::checkTarget(const QString &target)
{
    static const QRegularExpression number(QStringLiteral("^[0-9*#+]{2,20}$"));
    if (!number.match(target.trimmed()).hasMatch())
        return Error{tr("转接号码“%1”不是电话号码或分机号").arg(target)};
    return Status::success();
}

QString BaresipPhone::uriOf(const QString &number) const
{
    const QString target = number.trimmed();
    if (m_dialDomain.isEmpty() || target.startsWith(QLatin1String("sip:")) || target.startsWith(QLatin1String("sips:")))
        return target; // baresip completes a bare number with the account's domain
    return QStringLiteral("sip:%1@%2").arg(target, m_dialDomain);
}

QString BaresipPhone::numberOf(const QString &peerUri)
{
    QString uri = peerUri.trimmed();
    if (uri.startsWith(QLatin1Char('<')) && uri.endsWith(QLatin1Char('>')))
        uri = uri.mid(1, uri.size() - 2);
    const qsizetype colon = uri.indexOf(QLatin1Char(':'));
    QString user = colon < 0 ? uri : uri.mid(colon + 1);
    const qsizetype at = user.indexOf(QLatin1Char('@'));
    if (at >= 0)
        user.truncate(at);
    else if (!uri.startsWith(QLatin1String("tel:")))
        return {}; // sip:host: no user, no number
    user = user.section(QLatin1Char(';'), 0, 0);
    user = QUrl::fromPercentEncoding(user.toUtf8()).trimmed();
    if (user.isEmpty() || user.compare(QLatin1String("anonymous"), Qt::CaseInsensitive) == 0)
        return {};
    // A caller's number the way the desk stores numbers; an extension name stays as it is.
    return PhoneNumber::normalize(user).value_or(user);
}

void BaresipPhone::send(QList<BaresipCommand> batch)
{
    m_control->send(std::move(batch));
}

void BaresipPhone::command(Line &line, const QString &name, const QString &params, const QString &refused,
                           std::function<void(const BaresipMessage &)> answered)
{
    QList<BaresipCommand> batch;
    const QString id = line.call.id;
    if (!line.baresipId.isEmpty())
        batch.append({QStringLiteral("callfind"), line.baresipId, [this, id](const BaresipMessage &answer) {
            if (!answer.ok || !answer.data.contains(QLatin1String("setting current call")))
                setTrouble(tr("baresip 找不到通话 %1（%2），随后的命令可能落在了别的通话上").arg(id, answer.data.trimmed()), false);
        }});
    batch.append({name, params, [this, refused, answered](const BaresipMessage &answer) {
        if (!answer.ok)
            setTrouble(tr("%1：%2").arg(refused, answer.data.trimmed()), false);
        if (answered)
            answered(answer);
    }});
    send(std::move(batch));
}

void BaresipPhone::changedIfShown(const Line &line)
{
    if (!line.silent && line.leaving.isEmpty())
        Q_EMIT changed(line.call);
}

Status BaresipPhone::answer(const QString &callId)
{
    Result<Line *> line = live(callId, {PhoneCall::State::Ringing}, tr("接听"));
    if (!line)
        return Error{line.error()};
    if (line.value()->call.direction == PhoneCall::Direction::Outgoing)
        return Error{tr("通话 %1 是拨出的，不能接听").arg(callId)};
    if (Status connected = connectedOrError(); !connected)
        return connected;
    command(*line.value(), QStringLiteral("accept"), {}, tr("baresip 未能接听来电"));
    return Status::success();
}

Status BaresipPhone::hangUp(const QString &callId)
{
    Result<Line *> found = live(callId, {PhoneCall::State::Ringing, PhoneCall::State::Established, PhoneCall::State::OnHold}, tr("挂断"));
    if (!found)
        return Error{found.error()};
    if (Status connected = connectedOrError(); !connected)
        return connected;
    Line &line = *found.value();
    line.hungUpHere = true;
    line.leaving = tr("通话 %1 正在挂断").arg(callId);
    // A consultation baresip has not named yet is hung up as soon as it does (lineOf).
    if (line.baresipId.isEmpty())
        return Status::success();
    command(line, QStringLiteral("hangup"), {}, tr("baresip 未能挂断通话"), [this, callId](const BaresipMessage &answer) {
        if (!answer.ok && m_lines.contains(callId) && m_lines[callId].open) {
            m_lines[callId].hungUpHere = false;
            m_lines[callId].leaving.clear();
        }
    });
    return Status::success();
}

Status BaresipPhone::hold(const QString &callId)
{
    Result<Line *> found = live(callId, {PhoneCall::State::Established}, tr("保持"));
    if (!found)
        return Error{found.error()};
    if (Status connected = connectedOrError(); !connected)
        return connected;
    // baresip 1.0 reports no hold: the state is the command's, taken back if baresip refuses.
    Line &line = *found.value();
    line.call.state = PhoneCall::State::OnHold;
    line.resumedByBaresip = false;
    Q_EMIT changed(line.call);
    command(line, QStringLiteral("hold"), {}, tr("baresip 未能保持通话"), [this, callId](const BaresipMessage &answer) {
        Line &held = m_lines[callId];
        if (!answer.ok && held.open && held.call.state == PhoneCall::State::OnHold) {
            held.call.state = PhoneCall::State::Established;
            changedIfShown(held);
        }
    });
    return Status::success();
}

Status BaresipPhone::resume(const QString &callId)
{
    // baresip takes a held call back by itself when the other call ends (the consultation was
    // hung up): the desk's "resume" then has nothing left to do.
    if (auto found = m_lines.find(callId); found != m_lines.end() && found->resumedByBaresip
                                           && found->call.state == PhoneCall::State::Established) {
        found->resumedByBaresip = false;
        return Status::success();
    }
    Result<Line *> found = live(callId, {PhoneCall::State::OnHold}, tr("恢复通话"));
    if (!found)
        return Error{found.error()};
    if (Status connected = connectedOrError(); !connected)
        return connected;
    Line &line = *found.value();
    line.call.state = PhoneCall::State::Established;
    Q_EMIT changed(line.call);
    command(line, QStringLiteral("resume"), {}, tr("baresip 未能恢复通话"), [this, callId](const BaresipMessage &answer) {
        Line &resumed = m_lines[callId];
        if (!answer.ok && resumed.open && resumed.call.state == PhoneCall::State::Established) {
            resumed.call.state = PhoneCall::State::OnHold;
            changedIfShown(resumed);
        }
    });
    return Status::success();
}

Status BaresipPhone::setMuted(const QString &callId, bool muted)
{
    Result<Line *> found = live(callId, {PhoneCall::State::Established, PhoneCall::State::OnHold}, tr("静音"));
    if (!found)
        return Error{found.error()};
    if (found.value()->call.muted == muted)
        return Status::success(); // baresip's "mute" toggles: sent only for a change
    if (Status connected = connectedOrError(); !connected)
        return connected;
    Line &line = *found.value();
    line.call.muted = muted;
    Q_EMIT changed(line.call);
    command(line, QStringLiteral("mute"), {}, tr("baresip 未能切换静音"), [this, callId](const BaresipMessage &answer) {
        Line &toggled = m_lines[callId];
        if (!toggled.open)
            return;
        // What baresip says it did wins; a refusal leaves it as it was.
        const bool now = answer.ok ? mutedBy(answer).value_or(toggled.call.muted) : !toggled.call.muted;
        if (now != toggled.call.muted) {
            toggled.call.muted = now;
            changedIfShown(toggled);
        }
    });
    return Status::success();
}

Status BaresipPhone::sendDtmf(const QString &callId, const QString &digits)
{
    static const QRegularExpression keys(QStringLiteral("^[0-9*#A-D]+$"));
    if (!keys.match(digits).hasMatch())
        return Error{tr("按键“%1”不是电话按键（0–9、*、#、A–D）").arg(digits)};
    Result<Line *> found = live(callId, {PhoneCall::State::Established}, tr("发送按键"));
    if (!found)
        return Error{found.error()};
    if (Status connected = connectedOrError(); !connected)
        return connected;
    command(*found.value(), QStringLiteral("sndcode"), digits, tr("baresip 未能发送按键"));
    return Status::success();
}

Status BaresipPhone::blindTransfer(const QString &callId, const QString &target)
{
    if (Status checked = checkTarget(target); !checked)
        return checked;
    Result<Line *> found = live(callId, {PhoneCall::State::Established, PhoneCall::State::OnHold}, tr("转接"));
    if (!found)
        return Error{found.error()};
    if (Status connected = connectedOrError(); !connected)
        return connected;
    // The call stays up until the transferee reports the new call answered (baresip then
    // closes it as "Call transfered"); a failure there ends it, see transferFailed.
    Line &line = *found.value();
    line.transferTo = target.trimmed();
    line.leaving = tr("通话 %1 正在转接至 %2").arg(callId, line.transferTo);
    command(line, QStringLiteral("transfer"), uriOf(target), tr("baresip 未能转接通话"),
            [this, callId](const BaresipMessage &answer) {
                Line &refused = m_lines[callId];
                if (!answer.ok && refused.open) {
                    refused.transferTo.clear();
                    refused.leaving.clear();
                }
            });
    return Status::success();
}

Result<QString> BaresipPhone::consult(const QString &callId, const QString &target)
{
    if (Status checked = checkTarget(target); !checked)
        return Error{checked.error()};
    Result<Line *> found = live(callId, {PhoneCall::State::Established, PhoneCall::State::OnHold}, tr("咨询转接"));
    if (!found)
        return Error{found.error()};
    for (const Line &other : std::as_const(m_lines))
        if (other.open && isLiveState(other.call.state) && other.call.consultationOf == callId)
            return Error{tr("已在咨询 %1").arg(other.call.remoteNumber)};
    if (Status connected = connectedOrError(); !connected)
        return Error{connected.error()};
    if (!m_pendingDial.isEmpty())
        return Error{tr("上一个咨询还在拨出，请稍候")};
    // baresip 1.0 has no attended transfer: the caller is held, the colleague dialled as a
    // call of its own; completeTransfer then hands the caller over with a blind transfer.
    if (found.value()->call.state == PhoneCall::State::Established) {
        const Status held = hold(callId);
        if (!held)
            return Error{held.error()};
    }
    Line consultation;
    consultation.call.id = QStringLiteral("bs-%1").arg(++m_next);
    consultation.call.direction = PhoneCall::Direction::Outgoing;
    consultation.call.remoteNumber = target.trimmed();
    consultation.call.consultationOf = callId;
    consultation.call.ringingAt = QDateTime::currentDateTimeUtc();
    const QString id = consultation.call.id;
    m_lines.insert(id, consultation);
    m_pendingDial = id;
    send({{QStringLiteral("dial"), uriOf(target), [this, id](const BaresipMessage &answer) {
        if (answer.ok || !m_lines[id].open)
            return;
        // baresip made no call: nothing of it will come.
        if (m_pendingDial == id)
            m_pendingDial.clear();
        finish(id, PhoneCall::State::Failed, tr("无法拨打 %1：%2").arg(m_lines[id].call.remoteNumber, answer.data.trimmed()));
    }}});
    return id;
}

Status BaresipPhone::completeTransfer(const QString &callId, const QString &consultationId)
{
    Result<Line *> consultation = live(consultationId, {PhoneCall::State::Established, PhoneCall::State::OnHold}, tr("完成转接"));
    if (!consultation)
        return Error{consultation.error()};
    if (consultation.value()->call.consultationOf != callId)
        return Error{tr("通话 %1 不是对 %2 的咨询").arg(consultationId, callId)};
    Result<Line *> caller = live(callId, {PhoneCall::State::Established, PhoneCall::State::OnHold}, tr("完成转接"));
    if (!caller)
        return Error{caller.error()};
    if (Status connected = connectedOrError(); !connected)
        return connected;
    // The nearest thing to joining them in baresip 1.0: the caller is blind-transferred to the
    // consulted number, then the consultation is hung up, so the colleague's line is free when
    // the transferred call arrives.
    const QString target = consultation.value()->call.remoteNumber;
    for (Line *line : {caller.value(), consultation.value()}) {
        line->completed = true;
        line->leaving = tr("通话 %1 正在转接至 %2").arg(line->call.id, target);
    }
    caller.value()->transferTo = target;
    command(*caller.value(), QStringLiteral("transfer"), uriOf(target), tr("baresip 未能完成转接"),
            [this, callId, consultationId](const BaresipMessage &answer) {
                Line &consulted = m_lines[consultationId];
                if (!answer.ok) {
                    for (const QString &id : {callId, consultationId}) {
                        Line &line = m_lines[id];
                        line.completed = false;
                        line.leaving.clear();
                        line.transferTo.clear();
                    }
                    return;
                }
                if (!consulted.open)
                    return;
                consulted.hungUpHere = true;
                command(consulted, QStringLiteral("hangup"), {}, tr("baresip 未能挂断咨询"));
            });
    return Status::success();
}

} // namespace hotline
