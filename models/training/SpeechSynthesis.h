// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "telephony/TranscriptSentence.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace hotline {

class TonePinyin;

// A Mandarin caller's voice for a scripted call: espeak-ng's cmn-latn-pinyin voice reads each
// sentence as pinyin with tones, and the sentences are joined into one mono WAV with a pause
// between two. The transcript's times come from the audio itself, so the text streams with the
// voice. The WAV appears whole or not at all (written beside, then renamed).
class SpeechSynthesis {
    Q_DECLARE_TR_FUNCTIONS(SpeechSynthesis)
public:
    struct Options {
        QString program = QStringLiteral("espeak-ng");
        QString voice = QStringLiteral("cmn-latn-pinyin");
        // espeak-ng's words per minute for this voice: 210 gives about 4.5 syllables a second
        // with its pauses, a caller's pace (165 gave 3.4: the scripts ran 30% over the estimate).
        int speed = 210;
        qint64 pauseMs = 400;
        // One sentence may take this long to synthesise before the program is given up on.
        int timeoutMs = 30000;
    };

    SpeechSynthesis();
    explicit SpeechSynthesis(Options options, std::shared_ptr<const TonePinyin> pinyin = {});

    // Whether the program runs and knows the voice (`espeak-ng --voices=cmn`).
    Status check() const;

    // Reads `sentences` into the WAV at `wavPath` (replaced if there): the sentences with
    // their start and end in the audio, ms. Nothing is written when the program is missing or
    // fails, a sentence has nothing to say, or the file cannot be written.
    Result<QList<TranscriptSentence>> synthesize(const QStringList &sentences, const QString &wavPath) const;

    // What the voice is given for one sentence ("ni3 hao3.").
    QString pinyinFor(const QString &sentence) const;
    const Options &options() const { return m_options; }

private:
    Options m_options;
    std::shared_ptr<const TonePinyin> m_pinyin;
};

} // namespace hotline
