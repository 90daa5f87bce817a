// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace hotline {

// One sentence of a call's live transcript. Times are milliseconds of the caller's audio from
// the start of the call, when the recogniser gave them (-1 when it did not). `final` is the
// recogniser's corrected text; a sentence that is not final is the streaming guess kept
// because no correction came (the server went away, or the call ended first).
struct TranscriptSentence {
    QString text;
    qint64 startMs = -1;
    qint64 endMs = -1;
    bool final = true;

    bool hasTimes() const { return startMs >= 0 && endMs >= startMs; }
    bool operator==(const TranscriptSentence &) const = default;
};

} // namespace hotline

Q_DECLARE_METATYPE(hotline::TranscriptSentence)
