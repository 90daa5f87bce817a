// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrderQueueView.h"

namespace hotline {

// The dispatcher's queue (派单审核): urgent orders not yet signed, proposals to review, orders
// to dispatch or re-dispatch, extensions to decide, dissatisfied callbacks.
//   A approve the proposal / the extension   C dispatch or correct to another unit
//   B send back to the operator with a note  N refuse the extension
//   O reopen after a dissatisfied callback   X close it anyway   U urge the unit
//   M merge into a main order (several reports of one problem; each caller is still called back)
class DispatcherQueueView : public OrderQueueView {
    Q_OBJECT
public:
    DispatcherQueueView(QueueSource &source, const OrderActions &actions, const Deadlines &deadlines, QWidget *parent = nullptr);

protected:
    bool keeps(const WorkOrderState &order) const override;

private:
    void approve();
    void dispatchTo();
};

} // namespace hotline
