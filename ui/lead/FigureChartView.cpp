// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/FigureChartView.h"

#include <QBarSeries>
#include <QBarSet>
#include <QKeyEvent>
#include <QLineSeries>

#include <algorithm>

namespace hotline {

FigureChartView::FigureChartView(QWidget *parent) : QChartView(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(280, 220);
}

void FigureChartView::setFigure(FigureChart figure)
{
    QChart *chart = figure.chart.release();
    m_figure = std::move(figure);
    QChart *old = this->chart();
    setChart(chart); // the view owns the new chart; the one it had is ours to delete
    delete old;
    m_set = std::clamp(m_set, 0, std::max(0, sets() - 1));
    m_index = std::clamp(m_index, 0, std::max(0, count() - 1));
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(series)) {
            const QList<QBarSet *> barSets = bars->barSets();
            for (int s = 0; s < barSets.size(); ++s)
                connect(barSets.at(s), &QBarSet::clicked, this, [this, s](int index) {
                    setFocus(Qt::MouseFocusReason);
                    select(s, index);
                    drill();
                });
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            const int s = int(chart->series().indexOf(series));
            connect(line, &QLineSeries::clicked, this, [this, s](const QPointF &point) {
                setFocus(Qt::MouseFocusReason);
                select(s, qRound(point.x()));
                drill();
            });
        }
    }
    showSelection();
}

void FigureChartView::select(int set, int index)
{
    if (count() == 0)
        return;
    m_set = std::clamp(set, 0, sets() - 1);
    m_index = std::clamp(index, 0, count() - 1);
    showSelection();
}

void FigureChartView::showSelection()
{
    QChart *chart = this->chart();
    const bool shown = hasFocus() && count() > 0;
    // The focused chart is framed so Tab shows where the arrows will go.
    chart->setBackgroundPen(shown ? QPen(palette().color(QPalette::Highlight), 3) : QPen(Qt::NoPen));
    int s = 0;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                set->deselectAllBars();
                if (shown && s == m_set)
                    set->selectBar(m_index);
                ++s;
            }
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            line->deselectAllPoints();
            if (shown && s == m_set)
                line->selectPoint(m_index);
            ++s;
        }
    }
}

void FigureChartView::drill()
{
    if (count() == 0)
        return;
    Q_EMIT drillDown(m_figure.keys.at(m_index), m_figure.measures.at(m_set));
}

void FigureChartView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        select(m_set, m_index - 1);
        break;
    case Qt::Key_Right:
        select(m_set, m_index + 1);
        break;
    case Qt::Key_Up:
        select(m_set - 1, m_index);
        break;
    case Qt::Key_Down:
        select(m_set + 1, m_index);
        break;
    case Qt::Key_Home:
        select(m_set, 0);
        break;
    case Qt::Key_End:
        select(m_set, count() - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        drill();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void FigureChartView::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    showSelection();
}

void FigureChartView::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    showSelection();
}

} // namespace hotline
