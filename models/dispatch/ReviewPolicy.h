// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Classification.h"
#include "core/Result.h"
#include "workorder/WorkOrder.h"

#include <QCoreApplication>
#include <QStringList>

namespace hotline {

// Which proposed dispatches wait in a dispatcher's queue (派单审核) before they go out.
// Written as a setting: "all", "none", "confidence<0.8", "items:路灯;井盖", or several joined
// with ',' (a dispatch is reviewed when any part asks for it). Urgent and emergency orders
// never wait: they go out at once and are flagged until signed.
class ReviewPolicy {
    Q_DECLARE_TR_FUNCTIONS(hotline::ReviewPolicy)
public:
    static Result<ReviewPolicy> parse(const QString &text);
    static ReviewPolicy all();

    bool needsReview(const WorkOrderDraft &draft, double confidence) const;
    QString toText() const;

private:
    bool m_all = false;
    double m_below = 0; // review when the proposal's confidence is below this
    QStringList m_items; // catalogue nodes at any level
};

} // namespace hotline
