// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace hotline {

namespace {
constexpr int labelLength = 6;

std::unique_ptr<QChart> newChart(const QString &title)
{
    auto chart = std::make_unique<QChart>();
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation); // the PDF and the tests draw at once
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QBarSet *barSet(const QString &label, const QColor &colour)
{
    auto *set = new QBarSet(label);
    set->setColor(colour);
    set->setBorderColor(colour.darker(130));
    set->setSelectedColor(QColor(QStringLiteral("#f2c12e")));
    return set;
}

// Bars with a category axis below and a value axis from 0 to `top` (0: fitted).
void finishBars(QChart &chart, QBarSeries *series, const QStringList &labels, double top, const QString &format)
{
    chart.addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    chart.addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    double highest = 1;
    for (const QBarSet *set : series->barSets())
        for (int i = 0; i < set->count(); ++i)
            highest = std::max(highest, set->at(i));
    y->setRange(0, top > 0 ? top : std::ceil(highest * 1.15));
    y->setLabelFormat(format);
    if (top <= 0 && highest < 8)
        y->setTickCount(int(std::ceil(highest * 1.15)) + 1);
    chart.addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

QVector<FigureLine> mostOrders(const QVector<FigureLine> &lines)
{
    return lines.mid(0, FigureCharts::shown); // the centre sends them most orders first
}
} // namespace

QString FigureCharts::shortLabel(const QString &text)
{
    return text.size() <= labelLength ? text : text.left(labelLength - 1) + u'…';
}

QColor FigureCharts::colour(Figures::Measure measure, int set)
{
    switch (measure) {
    case Figures::Measure::Response:
        return QColor(QStringLiteral("#3b7ddd"));
    case Figures::Measure::Callbacks:
        return set == 1 ? QColor(QStringLiteral("#2e9e5b")) : QColor(QStringLiteral("#e8912d"));
    case Figures::Measure::Returns:
        return QColor(QStringLiteral("#8e5bb5"));
    case Figures::Measure::Overdue:
        return QColor(QStringLiteral("#d64545"));
    case Figures::Measure::Orders:
        break;
    }
    return QColor(QStringLiteral("#2a9d8f"));
}

FigureChart FigureCharts::rates(const QVector<FigureLine> &lines, Figures::By by, const QString &title)
{
    FigureChart out{newChart(title), FigureChart::Kind::Bars, by, {}, {Figures::Measure::Response, Figures::Measure::Callbacks, Figures::Measure::Callbacks}, {}};
    QBarSet *response = barSet(tr("响应率"), colour(Figures::Measure::Response, 0));
    QBarSet *resolution = barSet(tr("解决率"), colour(Figures::Measure::Callbacks, 1));
    QBarSet *satisfaction = barSet(tr("满意率"), colour(Figures::Measure::Callbacks, 2));
    QStringList labels;
    for (const FigureLine &line : mostOrders(lines)) {
        out.keys.append(line.key);
        labels.append(shortLabel(line.name.isEmpty() ? line.key : line.name));
        *response << line.responseRate() * 100;
        *resolution << line.resolutionRate() * 100;
        *satisfaction << line.satisfactionRate() * 100;
    }
    auto *series = new QBarSeries;
    series->append({response, resolution, satisfaction});
    finishBars(*out.chart, series, labels, 100, QStringLiteral("%.0f%%"));
    return out;
}

FigureChart FigureCharts::returnsAndOverdue(const QVector<FigureLine> &lines, Figures::By by, const QString &title)
{
    FigureChart out{newChart(title), FigureChart::Kind::Bars, by, {}, {Figures::Measure::Returns, Figures::Measure::Overdue}, {}};
    QBarSet *returns = barSet(tr("退单"), colour(Figures::Measure::Returns, 0));
    QBarSet *overdue = barSet(tr("超期"), colour(Figures::Measure::Overdue, 1));
    QStringList labels;
    for (const FigureLine &line : mostOrders(lines)) {
        out.keys.append(line.key);
        labels.append(shortLabel(line.name.isEmpty() ? line.key : line.name));
        *returns << line.returns;
        *overdue << line.overdue;
    }
    auto *series = new QBarSeries;
    series->append({returns, overdue});
    finishBars(*out.chart, series, labels, 0, QStringLiteral("%.0f"));
    return out;
}

FigureChart FigureCharts::ranking(const FigureReport &report, const QString &category)
{
    const QString title = category.isEmpty() ? tr("诉求量前十的街道") : tr("诉求量前十的街道：%1").arg(category);
    FigureChart out{newChart(title), FigureChart::Kind::Bars, Figures::By::Street, {}, {Figures::Measure::Orders}, category};
    QBarSet *appeals = barSet(tr("诉求量"), colour(Figures::Measure::Orders, 0));
    QStringList labels;
    for (const RankedStreet &street : report.ranking(category)) {
        out.keys.append(street.streetCode);
        labels.append(shortLabel(street.streetName.isEmpty() ? street.streetCode : street.streetName));
        *appeals << street.appeals;
    }
    auto *series = new QBarSeries;
    series->append(appeals);
    out.chart->legend()->hide();
    finishBars(*out.chart, series, labels, 0, QStringLiteral("%.0f"));
    return out;
}

FigureChart FigureCharts::trend(const FigureReport &report)
{
    FigureChart out{newChart(tr("近%1个月的趋势").arg(report.trend.size())), FigureChart::Kind::Lines, Figures::By::All, {},
                    {Figures::Measure::Response, Figures::Measure::Callbacks, Figures::Measure::Callbacks}, {}};
    const QStringList names{tr("响应率"), tr("解决率"), tr("满意率")};
    QStringList labels;
    for (const TrendPoint &point : report.trend) {
        out.keys.append(point.month);
        // "7月" fits under a point where "2026-07" does not; January says its year.
        const QDate month = QDate::fromString(point.month, QStringLiteral("yyyy-MM"));
        labels.append(!month.isValid() ? point.month
                          : month.month() == 1 ? tr("%1年%2月").arg(month.year()).arg(month.month())
                                               : tr("%1月").arg(month.month()));
    }
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    out.chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%.0f%%"));
    out.chart->addAxis(y, Qt::AlignLeft);
    for (int s = 0; s < names.size(); ++s) {
        auto *series = new QLineSeries;
        series->setName(names.at(s));
        QPen pen(colour(out.measures.at(s), s));
        pen.setWidthF(2.5);
        series->setPen(pen);
        series->setPointsVisible(true);
        series->setSelectedColor(QColor(QStringLiteral("#f2c12e")));
        for (int i = 0; i < report.trend.size(); ++i) {
            const FigureLine &line = report.trend.at(i).line;
            series->append(i, 100 * (s == 0 ? line.responseRate() : s == 1 ? line.resolutionRate() : line.satisfactionRate()));
        }
        out.chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    return out;
}

void FigureCharts::setFont(QChart &chart, const QFont &font)
{
    const auto sized = [&](const QFont &was) {
        QFont f(font);
        f.setPointSizeF(was.pointSizeF() > 0 ? was.pointSizeF() : font.pointSizeF());
        f.setBold(was.bold());
        return f;
    };
    chart.setTitleFont(sized(chart.titleFont()));
    chart.legend()->setFont(sized(chart.legend()->font()));
    for (QAbstractAxis *axis : chart.axes())
        axis->setLabelsFont(sized(axis->labelsFont()));
}

} // namespace hotline
