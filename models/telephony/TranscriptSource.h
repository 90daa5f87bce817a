// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TranscriptSentence.h"

#include <QObject>

namespace hotline {

// Where a call's live transcript comes from: the centre's speech recogniser on a real call,
// a scenario's timed script in simulation. The transcript panel listens to one of these and
// does not care which. Signals arrive in the order things happened, on the source's thread.
class TranscriptSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    // A call's transcript begins: what was shown for the previous call goes.
    void started(const QString &callId);
    // The line being recognised now, as a whole: it replaces the previous partial line
    // (empty: no partial line).
    void partial(const QString &text);
    // A sentence is done; it does not change any more, and the partial line it grew from goes.
    void sentence(const hotline::TranscriptSentence &sentence);
    // The transcript is in trouble (server unreachable, gone, talking nonsense): said once,
    // in words for the operator. The call itself is never affected.
    void trouble(const QString &reason);
    // The call's transcript is complete: nothing more comes for it.
    void finished();
};

} // namespace hotline
