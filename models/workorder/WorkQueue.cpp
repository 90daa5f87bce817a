// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkQueue.h"

#include "core/CodeTable.h"

#include <QCoreApplication>


namespace hotline {

namespace {
constexpr CodeTable<WorkQueue, 9> queueCodes{{
    {WorkQueue::None, ""},
    {WorkQueue::ToDispatch, "to_dispatch"},
    {WorkQueue::Review, "review"},
    {WorkQueue::Redispatch, "redispatch"},
    {WorkQueue::Extension, "extension"},
    {WorkQueue::Urgent, "urgent"},
    {WorkQueue::Dissatisfied, "dissatisfied"},
    {WorkQueue::Callback, "callback"},
    {WorkQueue::SentBack, "sent_back"},
}};
} // namespace

QString toCode(WorkQueue queue)
{
    return codeOf(queueCodes, queue);
}

std::optional<WorkQueue> workQueueFromCode(const QString &code)
{
    return valueOf(queueCodes, code);
}

QString displayName(WorkQueue queue)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("hotline", text); };
    switch (queue) {
    case WorkQueue::None: return QString();
    case WorkQueue::ToDispatch: return tr("待派单");
    case WorkQueue::Review: return tr("待审核");
    case WorkQueue::Redispatch: return tr("待改派");
    case WorkQueue::Extension: return tr("延期审批");
    case WorkQueue::Urgent: return tr("紧急未签收");
    case WorkQueue::Dissatisfied: return tr("回访不满意");
    case WorkQueue::Callback: return tr("待回访");
    case WorkQueue::SentBack: return tr("退回接线员");
    }
    return {};
}

WorkQueue queueOf(const WorkOrderState &order)
{
    switch (order.status) {
    case OrderStatus::Open: return order.reviewNote.isEmpty() ? WorkQueue::ToDispatch : WorkQueue::SentBack;
    case OrderStatus::PendingReview: return WorkQueue::Review;
    case OrderStatus::Returned:
    case OrderStatus::Reopened: return WorkQueue::Redispatch;
    case OrderStatus::Dispatched: return order.draft.urgency == Urgency::Normal ? WorkQueue::None : WorkQueue::Urgent;
    case OrderStatus::Accepted: return order.extensionPending ? WorkQueue::Extension : WorkQueue::None;
    case OrderStatus::Replied:
        if (!order.satisfaction)
            return WorkQueue::Callback;
        return order.satisfaction == CallbackResult::Dissatisfied ? WorkQueue::Dissatisfied : WorkQueue::None;
    case OrderStatus::Answered:
    case OrderStatus::Closed:
    case OrderStatus::Merged: return WorkQueue::None;
    }
    return WorkQueue::None;
}

const QList<WorkQueue> &dispatcherQueues()
{
    static const QList<WorkQueue> all{WorkQueue::Urgent,     WorkQueue::Review,    WorkQueue::ToDispatch,
                                      WorkQueue::Redispatch, WorkQueue::Extension, WorkQueue::Dissatisfied};
    return all;
}

} // namespace hotline
