// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QMetaType>
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
    QString remoteName; // the display name the network gave, if any
    State state = State::Ringing;
    bool muted = false;
    QDateTime ringingAt;
    QDateTime answeredAt;
    QDateTime endedAt;
    QString endReason; // why it ended or failed: hung up, transferred to …, missed, …
    // The consultation this call is part of: for the consulted call, the caller's call id.
    QString consultationOf;
    // What the adapter recorded of the call (mono WAV files), set once it has ended: what
    // the operator sent and what the caller sent. Empty where the adapter records nothing.
    QString sentAudio;
    QString receivedAudio;

    bool isLive() const { return state == State::Ringing || state == State::Established || state == State::OnHold; }
    // Seconds of conversation (0 for a call never answered).
    qint64 talkSeconds(const QDateTime &now) const;
};

QString displayName(PhoneCall::State state);

// What the phone does with a call that comes in while the operator is not ready: refuse it
// (the caller hears busy and the queue tries another seat) or divert it to a number.
struct NotReadyRouting {
    bool accepting = true;
    QString divertTo; // empty: refuse

    bool operator==(const NotReadyRouting &) const = default;
};

// The one phone interface of the desk. Adapters: a simulated phone (demos, tests, training)
// and a real softphone. Every command answers at once whether it was accepted; what then
// happens on the line arrives as signals, in order, on the thread the phone lives on.
class Phone : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual Status answer(const QString &callId) = 0;
    // Ends the call; a ringing call is refused.
    virtual Status hangUp(const QString &callId) = 0;
    virtual Status hold(const QString &callId) = 0;
    virtual Status resume(const QString &callId) = 0;
    virtual Status setMuted(const QString &callId, bool muted) = 0;
    virtual Status sendDtmf(const QString &callId, const QString &digits) = 0;
    // Hands the call to `target` (a unit's number or a colleague's extension) and leaves it.
    virtual Status blindTransfer(const QString &callId, const QString &target) = 0;
    // A consulted transfer in two steps: the caller is put on hold and `target` is called
    // (the consultation's id is returned); completeTransfer joins them and leaves both.
    // Hanging up the consultation and resuming the caller cancels it.
    virtual Result<QString> consult(const QString &callId, const QString &target) = 0;
    virtual Status completeTransfer(const QString &callId, const QString &consultationId) = 0;
    // While not accepting, calls do not ring the operator: refused or diverted.
    virtual void setRouting(const NotReadyRouting &routing) = 0;
    // Whether the phone can take calls now (a softphone that is running and registered).
    virtual bool isAvailable() const = 0;

Q_SIGNALS:
    void ringing(const hotline::PhoneCall &call);
    void established(const hotline::PhoneCall &call);
    void changed(const hotline::PhoneCall &call); // held, resumed, muted
    void ended(const hotline::PhoneCall &call);
    void failed(const hotline::PhoneCall &call, const QString &reason);
    // A call came in while not ready and was refused or diverted (the reason says which).
    void turnedAway(const hotline::PhoneCall &call, const QString &reason);
    // The phone itself is in trouble (a softphone missing, crashed, talking nonsense): said
    // in the status bar; the desk goes on, orders can still be filed by hand.
    void trouble(const QString &reason);
    // Available again after trouble.
    void recovered();
};

} // namespace hotline

Q_DECLARE_METATYPE(hotline::PhoneCall)
