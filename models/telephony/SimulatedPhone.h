// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Phone.h"

#include <QHash>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace hotline {

// A phone without a line: calls come in when told (a demo, a test, a trainee's scripted call)
// and behave as a softphone's do, with the same refusals for a command that does not fit the
// call's state. What the operator keyed in (DTMF) and where calls were transferred are kept;
// a consulted colleague answers at once.
class SimulatedPhone : public Phone {
    Q_OBJECT
public:
    using Phone::Phone;

    // A caller rings with `callerId`; the new call's id, or why it did not ring (not ready,
    // already in a call, not a number).
    Result<QString> ring(const QString &callerId, const QDateTime &at = QDateTime::currentDateTimeUtc());
    // The caller hangs up (before the answer: a missed call).
    Status remoteHangUp(const QString &callId);

    Status answer(const QString &callId) override;
    Status hangUp(const QString &callId) override;
    Status hold(const QString &callId) override;
    Status resume(const QString &callId) override;
    Status setMuted(const QString &callId, bool muted) override;
    Status sendDtmf(const QString &callId, const QString &digits) override;
    Status blindTransfer(const QString &callId, const QString &target) override;
    Result<QString> consult(const QString &callId, const QString &target) override;
    Status completeTransfer(const QString &callId, const QString &consultationId) override;
    void setRouting(const NotReadyRouting &routing) override { m_routing = routing; }
    bool isAvailable() const override { return true; }

    std::optional<PhoneCall> call(const QString &callId) const;
    QString dtmfSent(const QString &callId) const { return m_dtmf.value(callId); }

private:
    Result<PhoneCall *> live(const QString &callId, std::initializer_list<PhoneCall::State> allowed, const QString &what);
    void end(PhoneCall &call, PhoneCall::State state, const QString &reason);
    static Status checkTarget(const QString &target);

    QHash<QString, PhoneCall> m_calls;
    QHash<QString, QString> m_dtmf;
    NotReadyRouting m_routing;
    int m_next = 0;
};

} // namespace hotline
