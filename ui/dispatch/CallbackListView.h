// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrderQueueView.h"

namespace hotline {

// The callback list (回访): the citizen's number and the unit's reply to read out, one key per
// result. An unreachable citizen stays on the list for the next try (three in all).
//   1 satisfied   2 basically satisfied   3 dissatisfied   4 unreachable
class CallbackListView : public OrderQueueView {
    Q_OBJECT
public:
    CallbackListView(QueueSource &source, const OrderActions &actions, const Deadlines &deadlines, QWidget *parent = nullptr);

protected:
    bool keeps(const WorkOrderState &order) const override;
    QString details(const WorkOrderState &order) const override;
};

} // namespace hotline
