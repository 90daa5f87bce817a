// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordings/WaveformPeaks.h"

#include <QWidget>

namespace hotline {

// Both channels of a recording drawn from its peaks — the citizen above, the operator below —
// with the playback cursor, the silences shaded and the comments as marks. Shows a span of the
// call: all of it at first; zoomed in (down to two seconds) and out around
// the cursor, and paged along as the cursor leaves it. Every column is the min/max of the blocks
// under it (WaveformPeaks::columns), so drawing never touches the audio.
class WaveformView : public QWidget {
    Q_OBJECT
public:
    explicit WaveformView(QWidget *parent = nullptr);

    void setPeaks(const WaveformPeaks &peaks, const QVector<SilenceSpan> &silences);
    void setPlayhead(qint64 ms);
    void setMarks(const QVector<qint64> &offsetsMs);
    // Halves (in) or doubles (out) the span shown, centred on the cursor.
    void zoomIn();
    void zoomOut();

    qint64 playhead() const { return m_cursor; }
    qint64 viewStart() const { return m_from; }
    qint64 viewSpan() const { return m_span; }
    QVector<qint64> marks() const { return m_marks; }
    // The narrowest span: two seconds across the view. Below one 32 ms block a pixel each block
    // is drawn over several pixels (the cache is the finest there is; the ear does the rest).
    static constexpr qint64 minimumSpanMs = 2000;
    qint64 minimumSpan() const;

    QSize sizeHint() const override;

Q_SIGNALS:
    // A click on the waveform: seek there.
    void seekRequested(qint64 ms);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void keepCursorInView();
    qint64 msAt(int x) const;
    int xAt(qint64 ms) const;

    WaveformPeaks m_peaks;
    QVector<SilenceSpan> m_silences;
    QVector<qint64> m_marks;
    qint64 m_cursor = 0;
    qint64 m_from = 0;
    qint64 m_span = 0;
};

} // namespace hotline
