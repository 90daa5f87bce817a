// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FigureCharts.h"

#include <QChartView>

namespace hotline {

// One chart of the month's figures that the keyboard can walk: Left/Right from bar to bar (or
// point to point), Up/Down from one set of bars (or line) to the next, Enter to ask for the
// orders behind the selected one; a click does the same as selecting and Enter.
class FigureChartView : public QChartView {
    Q_OBJECT
public:
    explicit FigureChartView(QWidget *parent = nullptr);

    // Shows `figure` (the view takes its chart), keeping the selection where it can.
    void setFigure(FigureChart figure);
    int selectedIndex() const { return m_index; }
    int selectedSet() const { return m_set; }
    void select(int set, int index);
    Figures::By by() const { return m_figure.by; }
    bool isTrend() const { return m_figure.kind == FigureChart::Kind::Lines; }
    QString category() const { return m_figure.category; }
    int count() const { return int(m_figure.keys.size()); }

Q_SIGNALS:
    // The figure chosen: its key (unit, street or month) and the orders it is counted over.
    void drillDown(const QString &key, hotline::Figures::Measure measure);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void showSelection();
    void drill();
    int sets() const { return int(m_figure.measures.size()); }

    FigureChart m_figure; // its chart pointer handed to QChartView, which owns it
    int m_set = 0;
    int m_index = 0;
};

} // namespace hotline
