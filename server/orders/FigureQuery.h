// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "figures/FigureReport.h"
#include "timelimits/Deadlines.h"

#include <QJsonArray>

#include <functional>

namespace hotline {

class CentralDatabase;

// The figures of a period read from the centre's projection: the orders filed in it (and in the
// months of the trend before it) folded into Figures. The charts page, the reports and the
// drill-down all come through here, so a bar and the list behind it count the same orders.
class FigureQuery {
public:
    struct Scope {
        QString unit, district; // at most one; both empty: the whole centre
    };
    FigureQuery(const CentralDatabase &db, const Deadlines &deadlines, QDateTime now);

    // The period's figures with a trend of `months` months ending with the period's last month.
    Result<FigureReport> report(const QString &period, const Scope &scope, int months) const;
    // The orders behind one figure of the period, as their state JSON with the queue they are in,
    // oldest first.
    Result<QJsonArray> orders(const QString &period, const Scope &scope, const Figures::Drill &drill) const;

private:
    // Every order filed from `from` to `to` (Beijing days) that may be in `scope`, handed over
    // one at a time.
    Status each(QDate from, QDate to, const Scope &scope, const std::function<void(const WorkOrderState &, const QJsonObject &, const QString &queue)> &use) const;

    const CentralDatabase &m_db;
    const Deadlines &m_deadlines;
    QDateTime m_now;
};

} // namespace hotline
