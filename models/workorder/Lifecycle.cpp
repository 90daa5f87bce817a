// SPDX-License-Identifier: GPL-3.0-or-later
#include "Lifecycle.h"

#include <QCoreApplication>

#include <algorithm>
#include <initializer_list>
#include <vector>

namespace hotline {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hotline::Lifecycle", text);
}

bool oneOf(OrderStatus status, std::initializer_list<OrderStatus> allowed)
{
    for (OrderStatus candidate : allowed)
        if (candidate == status)
            return true;
    return false;
}
} // namespace

QJsonObject WorkOrderState::toJson() const
{
    const auto iso = [](const QDateTime &at) { return at.toUTC().toString(Qt::ISODateWithMs); };
    QJsonObject json = draft.toJson();
    json.insert(QStringLiteral("number"), number);
    json.insert(QStringLiteral("status"), toCode(status));
    json.insert(QStringLiteral("createdAt"), iso(createdAt));
    json.insert(QStringLiteral("updatedAt"), iso(updatedAt));
    json.insert(QStringLiteral("createdBy"), createdBy);
    json.insert(QStringLiteral("dispatchedTo"), dispatchedTo);
    json.insert(QStringLiteral("reply"), reply);
    json.insert(QStringLiteral("mergedInto"), mergedInto);
    json.insert(QStringLiteral("urgeCount"), urgeCount);
    json.insert(QStringLiteral("repeatCalls"), repeatCalls);
    return json;
}

Result<WorkOrderState> Lifecycle::apply(const std::optional<WorkOrderState> &current, const WorkOrderEvent &event)
{
    if (event.type == EventType::Created) {
        if (current)
            return Error{tr("工单 %1 已经受理过，不能重复受理").arg(event.orderNumber)};
        WorkOrderState state;
        state.number = event.orderNumber;
        state.draft = WorkOrderDraft::fromJson(event.payload);
        state.status = OrderStatus::Open;
        state.createdAt = state.updatedAt = event.at;
        state.createdBy = event.actor;
        state.eventCount = 1;
        return state;
    }
    if (!current)
        return Error{tr("工单 %1 不存在，不能%2").arg(event.orderNumber, displayName(event.type))};
    if (current->number != event.orderNumber)
        return Error{tr("事件属于工单 %1，不属于 %2").arg(event.orderNumber, current->number)};

    WorkOrderState next = *current;
    const OrderStatus s = current->status;
    const auto refuse = [&] {
        return Error{tr("工单 %1 当前状态为“%2”，不能%3")
                         .arg(current->number, displayName(s), displayName(event.type))};
    };
    const QString text = event.payload.value(QLatin1String("text")).toString();
    switch (event.type) {
    case EventType::Created:
        break; // handled above
    case EventType::Answered:
        if (!oneOf(s, {OrderStatus::Open}))
            return refuse();
        next.status = OrderStatus::Answered;
        next.reply = text;
        break;
    case EventType::Dispatched: {
        if (!oneOf(s, {OrderStatus::Open, OrderStatus::Returned}))
            return refuse();
        const QString unit = event.payload.value(QLatin1String("unit")).toString();
        if (unit.isEmpty())
            return Error{tr("派单必须指定承办单位")};
        next.status = OrderStatus::Dispatched;
        next.dispatchedTo = unit;
        break;
    }
    case EventType::Signed:
        if (!oneOf(s, {OrderStatus::Dispatched}))
            return refuse();
        next.status = OrderStatus::Accepted;
        break;
    case EventType::Returned:
        if (!oneOf(s, {OrderStatus::Dispatched, OrderStatus::Accepted}))
            return refuse();
        if (text.isEmpty())
            return Error{tr("退单必须说明理由")};
        next.status = OrderStatus::Returned;
        next.dispatchedTo.clear();
        break;
    case EventType::Replied:
        if (!oneOf(s, {OrderStatus::Accepted}))
            return refuse();
        if (text.isEmpty())
            return Error{tr("办结答复不能为空")};
        next.status = OrderStatus::Replied;
        next.reply = text;
        break;
    case EventType::Urged:
        if (!oneOf(s, {OrderStatus::Dispatched, OrderStatus::Accepted}))
            return refuse();
        ++next.urgeCount;
        break;
    case EventType::CalledBack:
        if (!oneOf(s, {OrderStatus::Answered, OrderStatus::Replied}))
            return refuse();
        break;
    case EventType::Merged: {
        if (!oneOf(s, {OrderStatus::Open, OrderStatus::Returned, OrderStatus::Dispatched}))
            return refuse();
        const QString into = event.payload.value(QLatin1String("into")).toString();
        if (into.isEmpty() || into == current->number)
            return Error{tr("合并必须指定另一张工单")};
        next.status = OrderStatus::Merged;
        next.mergedInto = into;
        break;
    }
    case EventType::Closed:
        if (!oneOf(s, {OrderStatus::Answered, OrderStatus::Replied}))
            return refuse();
        next.status = OrderStatus::Closed;
        break;
    case EventType::RepeatCall:
        if (isFinal(s))
            return refuse();
        ++next.repeatCalls;
        break;
    }
    next.updatedAt = event.at;
    ++next.eventCount;
    return next;
}

Result<WorkOrderState> Lifecycle::fold(const QVector<WorkOrderEvent> &events)
{
    std::optional<WorkOrderState> state;
    for (const WorkOrderEvent &event : events) {
        Result<WorkOrderState> next = apply(state, event);
        if (!next)
            return Error{next.error()};
        state = std::move(next).value();
    }
    if (!state)
        return Error{tr("没有任何事件，工单不存在")};
    return *state;
}

Status Lifecycle::mayProduce(Role role, const QString &unit, const std::optional<WorkOrderState> &state, const WorkOrderEvent &event)
{
    static const std::vector<Role> callTakers{Role::Operator, Role::TeamLead};
    static const std::vector<Role> hotline{Role::Operator, Role::TeamLead, Role::Dispatcher};
    static const std::vector<Role> departments{Role::Department};
    const std::vector<Role> *allowedFor = &hotline;
    switch (event.type) {
    case EventType::Created:
    case EventType::Answered:
        allowedFor = &callTakers;
        break;
    case EventType::RepeatCall:
    case EventType::Dispatched:
    case EventType::Urged:
    case EventType::CalledBack:
    case EventType::Merged:
    case EventType::Closed:
        allowedFor = &hotline;
        break;
    case EventType::Signed:
    case EventType::Returned:
    case EventType::Replied:
        allowedFor = &departments;
        break;
    }
    const std::vector<Role> &allowed = *allowedFor;
    if (std::find(allowed.begin(), allowed.end(), role) == allowed.end())
        return Error{tr("角色“%1”不能%2").arg(toCode(role), displayName(event.type))};
    if (role == Role::Department && (!state || unit.isEmpty() || state->dispatchedTo != unit))
        return Error{tr("工单 %1 没有派给本单位，不能%2").arg(event.orderNumber, displayName(event.type))};
    return Status::success();
}

} // namespace hotline
