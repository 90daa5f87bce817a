// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/WaveformView.h"

#include <QMouseEvent>
#include <QPainter>

namespace hotline {

WaveformView::WaveformView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("waveform"));
    setMinimumHeight(140);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("波形：上为市民，下为接线员"));
}

QSize WaveformView::sizeHint() const
{
    return {800, 200};
}

void WaveformView::setPeaks(const WaveformPeaks &peaks, const QVector<SilenceSpan> &silences)
{
    m_peaks = peaks;
    m_silences = silences;
    m_from = 0;
    m_span = std::max<qint64>(1, peaks.durationMs());
    m_cursor = 0;
    update();
}

qint64 WaveformView::minimumSpan() const
{
    return std::min<qint64>(minimumSpanMs, std::max<qint64>(1, m_peaks.durationMs()));
}

void WaveformView::setPlayhead(qint64 ms)
{
    m_cursor = std::clamp<qint64>(ms, 0, std::max<qint64>(0, m_peaks.durationMs()));
    keepCursorInView();
    update();
}

void WaveformView::setMarks(const QVector<qint64> &offsetsMs)
{
    m_marks = offsetsMs;
    update();
}

void WaveformView::zoomIn()
{
    m_span = std::max(minimumSpan(), m_span / 2);
    m_from = m_cursor - m_span / 2;
    keepCursorInView();
    update();
}

void WaveformView::zoomOut()
{
    m_span = std::min(std::max<qint64>(1, m_peaks.durationMs()), m_span * 2);
    m_from = m_cursor - m_span / 2;
    keepCursorInView();
    update();
}

void WaveformView::keepCursorInView()
{
    // Paged along as playback leaves the view: the cursor starts a new page near its left.
    if (m_cursor < m_from || m_cursor >= m_from + m_span)
        m_from = m_cursor - m_span / 10;
    m_from = std::clamp<qint64>(m_from, 0, std::max<qint64>(0, m_peaks.durationMs() - m_span));
}

qint64 WaveformView::msAt(int x) const
{
    return m_from + m_span * x / std::max(1, width());
}

int WaveformView::xAt(qint64 ms) const
{
    return int((ms - m_from) * width() / std::max<qint64>(1, m_span));
}

void WaveformView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &colours = palette();
    painter.fillRect(rect(), colours.base());
    const int w = width();
    const int half = height() / 2;
    for (const SilenceSpan &span : m_silences) {
        const int left = std::max(0, xAt(span.startMs));
        const int right = std::min(w, xAt(span.endMs));
        if (right > left)
            painter.fillRect(left, 0, right - left, height(), colours.alternateBase());
    }
    const QVector<PeakColumn> columns = m_peaks.columns(m_from, m_from + m_span, w);
    const QColor lanes[2] = {QColor(0x1f, 0x6f, 0xb4), QColor(0x2e, 0x8b, 0x57)}; // citizen, operator
    for (int c = 0; c < 2; ++c) {
        const int middle = half / 2 + c * half;
        const double scale = half / 2.0 - 2;
        painter.setPen(lanes[c]);
        for (int x = 0; x < columns.size(); ++x) {
            const int top = middle - int(columns[x].max[c] * scale);
            const int bottom = middle - int(columns[x].min[c] * scale);
            painter.drawLine(x, top, x, std::max(top, bottom));
        }
    }
    painter.setPen(colours.mid().color());
    painter.drawLine(0, half, w, half);
    painter.setPen(colours.text().color());
    painter.drawText(4, painter.fontMetrics().ascent() + 2, tr("市民"));
    painter.drawText(4, half + painter.fontMetrics().ascent() + 2, tr("接线员"));
    // Comments: a mark across both lanes with a tab on top.
    painter.setPen(QPen(QColor(0xd9, 0x7a, 0x00), 2));
    for (qint64 mark : m_marks) {
        const int x = xAt(mark);
        if (x < 0 || x >= w)
            continue;
        painter.drawLine(x, 0, x, height());
        painter.fillRect(x - 3, 0, 7, 7, QColor(0xd9, 0x7a, 0x00));
    }
    painter.setPen(QPen(colours.highlight().color(), 2));
    const int x = xAt(m_cursor);
    painter.drawLine(x, 0, x, height());
}

void WaveformView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_peaks.blocks() > 0)
        Q_EMIT seekRequested(msAt(int(event->position().x())));
}

} // namespace hotline
