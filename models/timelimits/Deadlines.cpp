// SPDX-License-Identifier: GPL-3.0-or-later
#include "Deadlines.h"

namespace hotline {

QDateTime Deadlines::due(LimitStage stage, const WorkOrderState &order) const
{
    const WorkOrderDraft &d = order.draft;
    const QDateTime start = stage == LimitStage::Callback ? order.repliedAt : order.dispatchedAt;
    if (!start.isValid())
        return {};
    switch (stage) {
    case LimitStage::Sign:
        return m_limits.due(stage, d.urgency, d.appealType, d.classification, start);
    case LimitStage::Reply:
        if (order.extendedUntil.isValid())
            return order.extendedUntil;
        return m_limits.due(stage, d.urgency, d.appealType, d.classification, start);
    case LimitStage::Callback:
        return m_limits.due(stage, d.urgency, d.appealType, d.classification, start);
    }
    return {};
}

std::optional<RunningClock> Deadlines::running(const WorkOrderState &order) const
{
    std::optional<LimitStage> stage;
    switch (order.status) {
    case OrderStatus::Dispatched: stage = LimitStage::Sign; break;
    case OrderStatus::Accepted: stage = LimitStage::Reply; break;
    case OrderStatus::Replied:
        if (!order.satisfaction)
            stage = LimitStage::Callback;
        break;
    default: break;
    }
    if (!stage)
        return std::nullopt;
    const QDateTime at = due(*stage, order);
    if (!at.isValid())
        return std::nullopt;
    return RunningClock{*stage, at};
}

std::optional<bool> Deadlines::signedInTime(const WorkOrderState &order) const
{
    if (!order.signedAt.isValid())
        return std::nullopt;
    const QDateTime at = due(LimitStage::Sign, order);
    return !at.isValid() || order.signedAt <= at;
}

QString Deadlines::timeLeftText(qint64 secondsLeft)
{
    const qint64 minutes = (secondsLeft < 0 ? -secondsLeft : secondsLeft) / 60;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = minutes / 60 % 24;
    QString span;
    if (days > 0)
        span = tr("%1天%2小时").arg(days).arg(hours);
    else if (hours > 0)
        span = tr("%1小时%2分").arg(hours).arg(minutes % 60);
    else
        span = tr("%1分钟").arg(minutes);
    return secondsLeft < 0 ? tr("超时 %1").arg(span) : tr("剩 %1").arg(span);
}

} // namespace hotline
