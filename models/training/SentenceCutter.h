// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telephony/TranscriptSentence.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hotline {

// Turns a written message into what a caller says: the sentences spoken one breath at a time,
// then laid out on a clock. A written message has things nobody reads aloud (links, emoji,
// "！！！"), and sentences far longer than one breath; a scripted call needs both gone so that
// the transcript streams like a recogniser's and the voice pauses where a caller would.
class SentenceCutter {
public:
    // A Mandarin caller's pace, characters per second, when no audio gives the times.
    static constexpr double kCharsPerSecond = 4.5;
    // The pause between two sentences, ms.
    static constexpr qint64 kPauseMs = 400;
    // No spoken sentence is longer than this many characters (cut at ，、 first).
    static constexpr int kMaxChars = 40;

    // The text with what a caller would not say removed: URLs, e-mail addresses, emoji and
    // pictographs, brackets of decoration (【】), runs of punctuation collapsed to one mark,
    // white space collapsed. Numbers, letters and Chinese are kept as written.
    static QString speakable(const QString &text);

    // The spoken sentences of `text` (already speakable or not: it is cleaned first), each
    // ending with its mark, none longer than `maxChars` characters. Empty for a text with
    // nothing to say.
    static QStringList cut(const QString &text, int maxChars = kMaxChars);

    // How long saying `sentence` takes at `charsPerSecond` (marks not counted), ms, at least
    // 300 ms.
    static qint64 spokenMs(const QString &sentence, double charsPerSecond = kCharsPerSecond);

    // The sentences on a clock: each lasts its duration (same order and count as the
    // sentences), a `pauseMs` silence between two, the first starting at `startMs`. Returns
    // an empty list when the counts differ or a duration is negative.
    static QList<TranscriptSentence> timed(const QStringList &sentences, const QList<qint64> &durationsMs, qint64 pauseMs = kPauseMs,
                                           qint64 startMs = 0);
    // The same with durations estimated from the speaking rate.
    static QList<TranscriptSentence> timedAtRate(const QStringList &sentences, double charsPerSecond = kCharsPerSecond,
                                                 qint64 pauseMs = kPauseMs, qint64 startMs = 0);
};

} // namespace hotline
