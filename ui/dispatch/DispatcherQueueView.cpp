// SPDX-License-Identifier: GPL-3.0-or-later
#include "DispatcherQueueView.h"

#include "workorder/WorkQueue.h"

namespace hotline {

DispatcherQueueView::DispatcherQueueView(QueueSource &source, const OrderActions &actions, const Deadlines &deadlines, QWidget *parent)
    : OrderQueueView(QStringLiteral("dispatcher"), source, actions, deadlines, parent)
{
    addKey(QKeySequence(Qt::Key_A), tr("通过"), [this] { approve(); });
    addKey(QKeySequence(Qt::Key_C), tr("派给/改派"), [this] { dispatchTo(); });
    addKey(QKeySequence(Qt::Key_B), tr("退回接线员"), [this] {
        ask(tr("退回接线员，说明要补充或更正什么："), {}, {}, [this](int, const QString &note) {
            act(EventType::Reviewed, {{QStringLiteral("decision"), toCode(ReviewDecision::SendBack)}, {QStringLiteral("text"), note}}, tr("已退回接线员"));
        });
    });
    addKey(QKeySequence(Qt::Key_N), tr("不同意延期"), [this] {
        act(EventType::ExtensionDecided, {{QStringLiteral("approved"), false}}, tr("不同意延期，按原期限办理"));
    });
    addKey(QKeySequence(Qt::Key_O), tr("重新办理"), [this] {
        ask(tr("重新办理，市民为何不满意："), {}, {}, [this](int, const QString &note) {
            act(EventType::Reopened, {{QStringLiteral("text"), note}}, tr("已重新办理，待改派"));
        });
    });
    addKey(QKeySequence(Qt::Key_X), tr("归档"), [this] { act(EventType::Closed, {}, tr("已归档")); });
    addKey(QKeySequence(Qt::Key_U), tr("催办"), [this] { act(EventType::Urged, {}, tr("已催办")); });
    addKey(QKeySequence(Qt::Key_M), tr("合并"), [this] {
        ask(tr("同一问题并入主工单（工单号），来电人回访时仍逐一回访："), {}, {}, [this](int, const QString &into) {
            act(EventType::Merged, {{QStringLiteral("into"), into}}, tr("已并入 %1").arg(into));
        });
    });
}

void DispatcherQueueView::approve()
{
    const WorkOrderState *order = current();
    if (!order)
        return;
    if (queueOf(*order) == WorkQueue::Extension) {
        act(EventType::ExtensionDecided, {{QStringLiteral("approved"), true}}, tr("同意延期"));
        return;
    }
    const QString unit = order->dispatchedTo;
    act(EventType::Reviewed, {{QStringLiteral("decision"), toCode(ReviewDecision::Approve)}}, tr("审核通过，已派给 %1").arg(unit));
}

void DispatcherQueueView::dispatchTo()
{
    const WorkOrderState *order = current();
    if (!order)
        return;
    const bool reviewing = order->status == OrderStatus::PendingReview;
    ask(reviewing ? tr("改派给（单位代码）：") : tr("派给（单位代码）："), {}, order->dispatchedTo, [this, reviewing](int, const QString &unit) {
        if (reviewing)
            act(EventType::Reviewed, {{QStringLiteral("decision"), toCode(ReviewDecision::Correct)}, {QStringLiteral("unit"), unit}},
                tr("已改派给 %1").arg(unit));
        else
            act(EventType::Dispatched, {{QStringLiteral("unit"), unit}, {QStringLiteral("reason"), tr("派单员派单")}}, tr("已派给 %1").arg(unit));
    });
}

bool DispatcherQueueView::keeps(const WorkOrderState &order) const
{
    return dispatcherQueues().contains(queueOf(order));
}

} // namespace hotline
