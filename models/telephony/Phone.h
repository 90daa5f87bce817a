// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace hotline {

// One call as the desk sees it. The remote number is the caller ID of an incoming call.
struct PhoneCall {
    enum class Direction { Incoming, Outgoing };
    enum class State { Ringing, Established, OnHold, Ended, Failed };
    QString id;
    Direction direction = Direction::Incoming;
    QString remoteNumber;
    State state = State::Ringing;
    bool muted = false;
    QDateTime ringingAt;
    QDateTime answeredAt;
    QDateTime endedAt;
    QString endReason; // why it ended or failed: hung up, transferred to …, missed, …

    bool isLive() const { return state == State::Ringing || state == State::Established || state == State::OnHold; }
    // Seconds of conversation (0 for a call never answered).
    qint64 talkSeconds(const QDateTime &now) const;
};

QString displayName(PhoneCall::State state);

// The one phone interface of the desk. Adapters: a simulated phone (demos, tests, training)
// and a real softphone. Every command answers at once whether it was accepted; what then
// happens on the line arrives as signals, in order, on the thread the phone lives on.
class Phone : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual Status answer(const QString &callId) = 0;
    virtual Status hangUp(const QString &callId) = 0;
    virtual Status hold(const QString &callId) = 0;
    virtual Status resume(const QString &callId) = 0;
    virtual Status setMuted(const QString &callId, bool muted) = 0;
    virtual Status sendDtmf(const QString &callId, const QString &digits) = 0;
    // Hands the call to `target` (a unit's number or a colleague's extension) and leaves it.
    virtual Status blindTransfer(const QString &callId, const QString &target) = 0;
    // Speaks to `target` first with the caller on hold, then joins them and leaves.
    virtual Status consultedTransfer(const QString &callId, const QString &target) = 0;
    // While false the phone does not ring the operator: calls are refused (not ready).
    virtual void setAcceptingCalls(bool accepting) = 0;

Q_SIGNALS:
    void ringing(const hotline::PhoneCall &call);
    void established(const hotline::PhoneCall &call);
    void changed(const hotline::PhoneCall &call); // held, resumed, muted
    void ended(const hotline::PhoneCall &call);
    void failed(const hotline::PhoneCall &call, const QString &reason);
};

} // namespace hotline
