// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulatedPhone.h"

#include "workorder/PhoneNumber.h"

#include <QRegularExpression>

namespace hotline {

Result<QString> SimulatedPhone::ring(const QString &callerId, const QDateTime &at)
{
    // Caller ID as the network gives it; an anonymous caller has none.
    const QString number = callerId.trimmed().isEmpty() ? QString() : PhoneNumber::normalize(callerId).value_or(QString());
    if (!callerId.trimmed().isEmpty() && number.isEmpty())
        return Error{tr("来电号码“%1”不是电话号码").arg(callerId)};
    for (const PhoneCall &other : std::as_const(m_calls))
        if (other.isLive())
            return Error{tr("正在通话：来电 %1 未振铃").arg(callerId)};
    PhoneCall call;
    call.id = QStringLiteral("sim-%1").arg(++m_next);
    call.remoteNumber = number;
    call.ringingAt = at;
    if (!m_routing.accepting) {
        // Not ready: the caller hears busy, or goes on to the number calls are diverted to.
        call.state = PhoneCall::State::Failed;
        call.endedAt = at;
        call.endReason = m_routing.divertTo.isEmpty() ? tr("示忙中，来电已拒接") : tr("示忙中，来电已转至 %1").arg(m_routing.divertTo);
        m_calls.insert(call.id, call);
        Q_EMIT turnedAway(call, call.endReason);
        return Error{call.endReason};
    }
    m_calls.insert(call.id, call);
    Q_EMIT ringing(call);
    return call.id;
}

Result<PhoneCall *> SimulatedPhone::live(const QString &callId, std::initializer_list<PhoneCall::State> allowed, const QString &what)
{
    auto found = m_calls.find(callId);
    if (found == m_calls.end())
        return Error{tr("没有通话 %1").arg(callId)};
    for (PhoneCall::State state : allowed)
        if (found->state == state)
            return &found.value();
    return Error{tr("通话当前为“%1”，不能%2").arg(displayName(found->state), what)};
}

void SimulatedPhone::end(PhoneCall &call, PhoneCall::State state, const QString &reason)
{
    call.state = state;
    call.endedAt = QDateTime::currentDateTimeUtc();
    call.endReason = reason;
    if (state == PhoneCall::State::Failed)
        Q_EMIT failed(call, reason);
    else
        Q_EMIT ended(call);
}

Status SimulatedPhone::remoteHangUp(const QString &callId)
{
    Result<PhoneCall *> call = live(callId, {PhoneCall::State::Ringing, PhoneCall::State::Established, PhoneCall::State::OnHold}, tr("挂断"));
    if (!call)
        return Error{call.error()};
    PhoneCall &c = *call.value();
    if (c.state == PhoneCall::State::Ringing)
        end(c, PhoneCall::State::Failed, tr("来电人在接听前挂断（未接来电）"));
    else
        end(c, PhoneCall::State::Ended, tr("来电人挂断"));
    return Status::success();
}

Status SimulatedPhone::answer(const QString &callId)
{
    Result<PhoneCall *> call = live(callId, {PhoneCall::State::Ringing}, tr("接听"));
    if (!call)
        return Error{call.error()};
    call.value()->state = PhoneCall::State::Established;
    call.value()->answeredAt = QDateTime::currentDateTimeUtc();
    Q_EMIT established(*call.value());
    return Status::success();
}

Status SimulatedPhone::hangUp(const QString &callId)
{
    Result<PhoneCall *> call = live(callId, {PhoneCall::State::Ringing, PhoneCall::State::Established, PhoneCall::State::OnHold}, tr("挂断"));
    if (!call)
        return Error{call.error()};
    const bool rejected = call.value()->state == PhoneCall::State::Ringing;
    end(*call.value(), rejected ? PhoneCall::State::Failed : PhoneCall::State::Ended, rejected ? tr("坐席拒接") : tr("坐席挂断"));
    return Status::success();
}

Status SimulatedPhone::hold(const QString &callId)
{
    Result<PhoneCall *> call = live(callId, {PhoneCall::State::Established}, tr("保持"));
    if (!call)
        return Error{call.error()};
    call.value()->state = PhoneCall::State::OnHold;
    Q_EMIT changed(*call.value());
    return Status::success();
}

Status SimulatedPhone::resume(const QString &callId)
{
    Result<PhoneCall *> call = live(callId, {PhoneCall::State::OnHold}, tr("恢复通话"));
    if (!call)
        return Error{call.error()};
    call.value()->state = PhoneCall::State::Established;
    Q_EMIT changed(*call.value());
    return Status::success();
}

Status SimulatedPhone::setMuted(const QString &callId, bool muted)
{
    Result<PhoneCall *> call = live(callId, {PhoneCall::State::Established, PhoneCall::State::OnHold}, tr("静音"));
    if (!call)
        return Error{call.error()};
    call.value()->muted = muted;
    Q_EMIT changed(*call.value());
    return Status::success();
}

Status SimulatedPhone::sendDtmf(const QString &callId, const QString &digits)
{
    static const QRegularExpression keys(QStringLiteral("^[0-9*#A-D]+$"));
    if (!keys.match(digits).hasMatch())
        return Error{tr("按键“%1”不是电话按键（0–9、*、#、A–D）").arg(digits)};
    Result<PhoneCall *> call = live(callId, {PhoneCall::State::Established}, tr("发送按键"));
    if (!call)
        return Error{call.error()};
    m_dtmf[callId] += digits;
    return Status::success();
}

Status SimulatedPhone::checkTarget(const QString &target)
{
    static const QRegularExpression number(QStringLiteral("^[0-9*#+]{2,20}$"));
    if (!number.match(target.trimmed()).hasMatch())
        return Error{tr("转接号码“%1”不是电话号码或分机号").arg(target)};
    return Status::success();
}

Status SimulatedPhone::blindTransfer(const QString &callId, const QString &target)
{
    if (Status checked = checkTarget(target); !checked)
        return checked;
    Result<PhoneCall *> call = live(callId, {PhoneCall::State::Established, PhoneCall::State::OnHold}, tr("转接"));
    if (!call)
        return Error{call.error()};
    end(*call.value(), PhoneCall::State::Ended, tr("已转接至 %1").arg(target.trimmed()));
    return Status::success();
}

Result<QString> SimulatedPhone::consult(const QString &callId, const QString &target)
{
    if (Status checked = checkTarget(target); !checked)
        return Error{checked.error()};
    Result<PhoneCall *> call = live(callId, {PhoneCall::State::Established, PhoneCall::State::OnHold}, tr("咨询转接"));
    if (!call)
        return Error{call.error()};
    for (const PhoneCall &other : std::as_const(m_calls))
        if (other.isLive() && other.consultationOf == callId)
            return Error{tr("已在咨询 %1").arg(other.remoteNumber)};
    if (call.value()->state == PhoneCall::State::Established) {
        call.value()->state = PhoneCall::State::OnHold;
        Q_EMIT changed(*call.value());
    }
    PhoneCall consultation;
    consultation.id = QStringLiteral("sim-%1").arg(++m_next);
    consultation.direction = PhoneCall::Direction::Outgoing;
    consultation.remoteNumber = target.trimmed();
    consultation.consultationOf = callId;
    consultation.ringingAt = consultation.answeredAt = QDateTime::currentDateTimeUtc();
    consultation.state = PhoneCall::State::Established;
    m_calls.insert(consultation.id, consultation);
    Q_EMIT established(consultation);
    return consultation.id;
}

Status SimulatedPhone::completeTransfer(const QString &callId, const QString &consultationId)
{
    Result<PhoneCall *> consultation = live(consultationId, {PhoneCall::State::Established, PhoneCall::State::OnHold}, tr("完成转接"));
    if (!consultation)
        return Error{consultation.error()};
    if (consultation.value()->consultationOf != callId)
        return Error{tr("通话 %1 不是对 %2 的咨询").arg(consultationId, callId)};
    Result<PhoneCall *> call = live(callId, {PhoneCall::State::Established, PhoneCall::State::OnHold}, tr("完成转接"));
    if (!call)
        return Error{call.error()};
    const QString target = consultation.value()->remoteNumber;
    end(*consultation.value(), PhoneCall::State::Ended, tr("咨询后已转接"));
    end(*call.value(), PhoneCall::State::Ended, tr("咨询后已转接至 %1").arg(target));
    return Status::success();
}

std::optional<PhoneCall> SimulatedPhone::call(const QString &callId) const
{
    const auto found = m_calls.constFind(callId);
    return found == m_calls.cend() ? std::nullopt : std::optional(*found);
}

} // namespace hotline
