// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/FigureReport.h"

#include <QChart>
#include <QColor>
#include <QCoreApplication>

#include <memory>


namespace hotline {

// A chart of figures and what each bar or point of it stands for, so a drill-down can ask the
// centre for the orders behind it (GET /api/v1/figures/orders).
struct FigureChart {
    enum class Kind { Bars, Lines };
    std::unique_ptr<QChart> chart;
    Kind kind = Kind::Bars;
    Figures::By by = Figures::By::Unit;
    QStringList keys;                   // one per bar group or point: unit or street code, or "2026-11"
    QVector<Figures::Measure> measures; // one per bar set or line
    QString category;                   // the ranking's category ("" overall)
};

// The charts of the month's figures, built the same for the charts page and the PDF report.
class FigureCharts {
    Q_DECLARE_TR_FUNCTIONS(hotline::FigureCharts)
public:
    static constexpr int shown = 10; // bars per chart: the lines with most orders

    // Response, resolution and satisfaction rates (per cent) per unit or street.
    static FigureChart rates(const QVector<FigureLine> &lines, Figures::By by, const QString &title);
    // Returns and overdue orders per unit.
    static FigureChart returnsAndOverdue(const QVector<FigureLine> &lines, Figures::By by, const QString &title);
    // The month's top streets by appeals, overall ("") or in one category.
    static FigureChart ranking(const FigureReport &report, const QString &category);
    // The three rates per month.
    static FigureChart trend(const FigureReport &report);

    // Every text of the chart in `font` (the PDF needs the CJK font it embeds), sizes kept.
    static void setFont(QChart &chart, const QFont &font);
    // A label short enough for an axis.
    static QString shortLabel(const QString &text);
    static QColor colour(Figures::Measure measure, int set);
};

} // namespace hotline
