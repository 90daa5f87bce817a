// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TranscriptSource.h"

#include <QElapsedTimer>
#include <QList>

#include <optional>

class QTimer;

namespace hotline {

// A transcript told from a script, on a clock: the simulation's scripted calls, demos and
// tests. Each sentence is said `endMs` after start(); a sentence with a `startMs` before that
// grows as a partial line, a character at a time, from `startMs` on, as a live recogniser
// shows it. Sentences are said in the order of their end; they should not overlap.
class TimedTranscript : public TranscriptSource {
    Q_OBJECT
public:
    explicit TimedTranscript(QList<TranscriptSentence> script = {}, QObject *parent = nullptr);

    // For the next start(): the current one runs on with the script it had.
    void setScript(QList<TranscriptSentence> script) { m_script = std::move(script); }
    const QList<TranscriptSentence> &script() const { return m_script; }

    // Starts telling the script from its beginning (a call that was running ends first).
    void start(const QString &callId);
    // Ends the call early: finished(), and the rest of the script is not said.
    void stop();
    bool isRunning() const { return m_running; }

private:
    struct Step {
        qint64 atMs;
        QString partial;                            // a partial line, or
        std::optional<TranscriptSentence> sentence; // a sentence said
    };
    void advance();

    QList<TranscriptSentence> m_script;
    QList<Step> m_steps;
    qsizetype m_next = 0;
    QElapsedTimer m_clock;
    QTimer *m_timer;
    bool m_running = false;
};

} // namespace hotline
