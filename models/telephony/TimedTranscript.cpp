// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimedTranscript.h"

#include <QTimer>

#include <algorithm>

namespace hotline {

TimedTranscript::TimedTranscript(QList<TranscriptSentence> script, QObject *parent)
    : TranscriptSource(parent), m_script(std::move(script)), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &TimedTranscript::advance);
}

void TimedTranscript::start(const QString &callId)
{
    if (m_running)
        stop();
    m_steps.clear();
    for (const TranscriptSentence &sentence : std::as_const(m_script)) {
        const qint64 end = std::max<qint64>(0, sentence.endMs);
        const qsizetype length = sentence.text.size();
        if (sentence.startMs >= 0 && sentence.startMs < end && length > 1) {
            // The first k characters show at start + k/length of the sentence's time.
            for (qsizetype k = 1; k < length; ++k)
                m_steps.append(
                    {sentence.startMs + (end - sentence.startMs) * k / length, sentence.text.left(k), std::nullopt});
        }
        m_steps.append({end, QString(), sentence});
    }
    // Stable: a partial step and its sentence at the same moment keep their order.
    std::stable_sort(m_steps.begin(), m_steps.end(), [](const Step &a, const Step &b) { return a.atMs < b.atMs; });
    m_next = 0;
    m_running = true;
    m_clock.start();
    Q_EMIT started(callId);
    advance();
}

void TimedTranscript::stop()
{
    if (!m_running)
        return;
    m_timer->stop();
    m_running = false;
    Q_EMIT finished();
}

void TimedTranscript::advance()
{
    // Everything due by now, in order; a late timer catches up rather than drifting.
    const qint64 now = m_clock.elapsed();
    while (m_running && m_next < m_steps.size() && m_steps.at(m_next).atMs <= now) {
        const Step step = m_steps.at(m_next++);
        if (step.sentence)
            Q_EMIT sentence(*step.sentence);
        else
            Q_EMIT partial(step.partial);
    }
    if (!m_running)
        return;
    if (m_next >= m_steps.size()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    m_timer->start(int(std::max<qint64>(0, m_steps.at(m_next).atMs - m_clock.elapsed())));
}

} // namespace hotline
