// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallbackListView.h"

#include "workorder/WorkQueue.h"

namespace hotline {

CallbackListView::CallbackListView(QueueSource &source, const OrderActions &actions, const Deadlines &deadlines, QWidget *parent)
    : OrderQueueView(QStringLiteral("callback"), source, actions, deadlines, parent)
{
    const QList<std::pair<Qt::Key, CallbackResult>> keys{{Qt::Key_1, CallbackResult::Satisfied},
                                                         {Qt::Key_2, CallbackResult::BasicallySatisfied},
                                                         {Qt::Key_3, CallbackResult::Dissatisfied},
                                                         {Qt::Key_4, CallbackResult::Unreachable}};
    for (const auto &[key, result] : keys)
        addKey(QKeySequence(key), displayName(result), [this, result = result] {
            act(EventType::CalledBack, {{QStringLiteral("result"), toCode(result)}}, tr("回访结果：%1").arg(displayName(result)));
        });
}

bool CallbackListView::keeps(const WorkOrderState &order) const
{
    // A report merged into a replied order stays until its caller is reached too.
    return queueOf(order) == WorkQueue::Callback || (order.status == OrderStatus::Merged && !order.satisfaction);
}

QString CallbackListView::details(const WorkOrderState &order) const
{
    // What the operator says first: whom to ring and what to read out.
    QString html = tr("<p><b>回访电话：</b>%1 %2</p>")
                       .arg((order.draft.callbackNumber.isEmpty() ? order.draft.phone : order.draft.callbackNumber).toHtmlEscaped(),
                            order.draft.callerName.toHtmlEscaped());
    html += tr("<p><b>读给市民听：</b>%1</p>").arg(order.reply.toHtmlEscaped());
    if (order.status == OrderStatus::Merged)
        html += tr("<p>此件已并入工单 %1，答复为主工单的答复</p>").arg(order.mergedInto.toHtmlEscaped());
    if (order.unreachableCallbacks > 0)
        html += tr("<p>已拨打未接通 %1 次（共 %2 次机会）</p>").arg(order.unreachableCallbacks).arg(callbackAttempts);
    return html + OrderQueueView::details(order);
}

} // namespace hotline
