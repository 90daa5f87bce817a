// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "figures/Figures.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace hotline {

// One month of a trend: the scope's line over that month's orders.
struct TrendPoint {
    QString month; // "2026-11"
    FigureLine line;
};

// The figures of a period as the centre answers them in JSON (GET /api/v1/figures?format=json)
// and as the charts page and the reports (PDF, CSV) show them: one value, written by the
// centre, read by the desk and hotline-ctl, so the three can never disagree.
struct FigureReport {
    Q_DECLARE_TR_FUNCTIONS(hotline::FigureReport)
public:
    QString period; // as asked: "2026-11" or "2026-11-01..2026-11-30"
    QDate from, to;
    // The report's subject: "" (the whole centre), "unit" or "district"; its code and name.
    QString scope, scopeCode, scopeName;
    FigureLine total;
    QVector<FigureLine> units, streets;
    QVector<RankedStreet> topStreets; // overall (category "") first, then per category
    QVector<TrendPoint> trend;        // oldest month first, the period's month last
    QVector<std::pair<QString, QString>> districts; // code, name: the districts the orders are in

    QJsonObject toJson() const;
    static Result<FigureReport> fromJson(const QJsonObject &json);
    // The same figures as CSV, a section per table separated by an empty line; rates in per
    // cent with one decimal, as the TSV of /api/v1/figures gives them.
    QString csv() const;
    // The categories of the ranking, overall ("") first.
    QStringList categories() const;
    QVector<RankedStreet> ranking(const QString &category) const;
    // "2026年11月", or the days of a range.
    QString periodText() const;
    // "全中心", "单位：…", "区：…".
    QString scopeText() const;

    static QJsonObject toJson(const FigureLine &line);
    static FigureLine lineFromJson(const QJsonObject &json);
    static QString percent(double rate); // 0.5 → "50.0"
};

} // namespace hotline
