// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrderQueueView.h"

namespace hotline {

// A department's orders (承办单位): what is with its unit, with the time left on each.
//   S sign for it (签收)   R reply (回复: what the citizen will hear)
//   E ask for more time (延期)   T return it with a reason (退单)
class DepartmentView : public OrderQueueView {
    Q_OBJECT
public:
    DepartmentView(QueueSource &source, const OrderActions &actions, const Deadlines &deadlines, QWidget *parent = nullptr);

protected:
    bool keeps(const WorkOrderState &order) const override;
};

} // namespace hotline
