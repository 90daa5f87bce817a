// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "timelimits/Deadlines.h"
#include "workorder/WorkOrderState.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

#include <optional>

namespace hotline {

// One line of the figures: a unit's or a street's orders over a period.
//   orders         orders filed in the period now with the unit (or in the street)
//   signedInTime   signed within the sign limit
//   responseRate   signedInTime / orders that went out (响应率)
//   resolutionRate callbacks that reached the citizen and were not dissatisfied / those reached (解决率)
//   satisfactionRate satisfied counts 1, basically satisfied 0.8, over callbacks reached (满意率)
//   returns        times the unit sent an order back (退单), counted against the unit that did
//   overdue        orders whose running clock is past due now, or replied after the limit
struct FigureLine {
    QString key;  // unit code or street code
    QString name; // unit or street name as the order carries it
    int orders = 0;
    int dispatched = 0;
    int signedInTime = 0;
    int callbacksReached = 0;
    int resolved = 0;
    double satisfactionPoints = 0;
    int returns = 0;
    int overdue = 0;

    double responseRate() const { return dispatched ? double(signedInTime) / dispatched : 0; }
    double resolutionRate() const { return callbacksReached ? double(resolved) / callbacksReached : 0; }
    double satisfactionRate() const { return callbacksReached ? satisfactionPoints / callbacksReached : 0; }
};

// A street's place in the month's ranking of appeals (the ranking Beijing publishes).
struct RankedStreet {
    int rank = 0;
    QString category; // '' overall, else a catalogue level-1 group
    QString streetCode, streetName, districtName;
    int appeals = 0;
};

class Figures {
    Q_DECLARE_TR_FUNCTIONS(hotline::Figures)
public:
    // All: one line over every order of the period (and scope), keyed "".
    enum class By { Unit, Street, All };
    // The orders a figure is counted over, for a drill-down:
    //   Orders     the line's orders;  Response  those that went out (the response rate's base)
    //   Callbacks  callbacks that reached the citizen (resolution and satisfaction rates' base)
    //   Returns    orders the unit sent back (a street's: those sent back by anyone)
    //   Overdue    the overdue ones
    enum class Measure { Orders, Response, Callbacks, Returns, Overdue };
    // Which orders of a line: its `by` and `key`, the measure, and for the ranking a category
    // (a catalogue level-1 group; empty for all).
    struct Drill {
        By by = By::All;
        QString key;
        Measure measure = Measure::Orders;
        QString category;
    };

    // Orders filed from `from` to `to` inclusive (Beijing days); `now` for what is overdue.
    Figures(const Deadlines &deadlines, QDate from, QDate to, QDateTime now);
    // Only the orders of a unit (with it now, or sent back by it) or of a district, for a
    // department's or a district's report; both empty (the default) for the whole centre.
    void setScope(const QString &unit, const QString &district);

    void add(const WorkOrderState &order);
    QVector<FigureLine> lines(By by) const; // most orders first
    FigureLine total() const { return m_total; }
    // Whether `order` is one of those counted in the figure `drill` names.
    bool behind(const WorkOrderState &order, const Drill &drill) const;

    static std::optional<By> by(const QString &code);          // unit, street, all
    static std::optional<Measure> measure(const QString &code); // orders, response, callbacks, returns, overdue
    QVector<RankedStreet> topStreets(int count = 10) const; // overall, then per category

    static QString tsv(const QVector<FigureLine> &lines);
    static QString tsv(const QVector<RankedStreet> &ranking);
    // "2026-11" or "2026-11-01..2026-11-30".
    static Result<std::pair<QDate, QDate>> period(const QString &text);

private:
    bool inPeriod(const WorkOrderState &order) const;
    bool inScope(const WorkOrderState &order) const;
    bool overdue(const WorkOrderState &order) const;

    const Deadlines &m_deadlines;
    QDate m_from, m_to;
    QDateTime m_now;
    QString m_unit, m_district;
    FigureLine m_total;
    QHash<QString, FigureLine> m_units;
    QHash<QString, FigureLine> m_streets;
    QHash<QString, RankedStreet> m_streetAppeals; // category + '\n' + street code
};

} // namespace hotline
