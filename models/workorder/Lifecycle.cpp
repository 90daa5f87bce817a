// SPDX-License-Identifier: GPL-3.0-or-later
#include "Lifecycle.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hotline {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hotline::Lifecycle", text);
}

using S = OrderStatus;
using R = Role;
const QList<Role> callTakers{R::Operator, R::TeamLead};
const QList<Role> hotline{R::Operator, R::TeamLead, R::Dispatcher};
const QList<Role> dispatchers{R::Dispatcher, R::TeamLead};
const QList<Role> departments{R::Department};

QString text(const WorkOrderEvent &event)
{
    return event.payload.value(QLatin1String("text")).toString().trimmed();
}

QDateTime timeIn(const WorkOrderEvent &event, const char *key)
{
    return QDateTime::fromString(event.payload.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
}

QStringList unitsIn(const QJsonValue &value)
{
    QStringList units;
    for (const QJsonValue &unit : value.toArray())
        if (const QString code = unit.toString().trimmed(); !code.isEmpty() && !units.contains(code))
            units.append(code);
    return units;
}

// The order goes out to its lead unit: the sign and reply clocks start now.
void sendOut(WorkOrderState &next, const QString &unit, const QDateTime &at)
{
    next.status = S::Dispatched;
    next.dispatchedTo = unit;
    next.coUnits.removeAll(unit);
    next.dispatchedAt = at;
    next.signedAt = {};
    next.extendedUntil = {};
    next.extensionPending = false;
    next.reviewNote.clear();
}

class Step {
public:
    Step(const WorkOrderState &current, const WorkOrderEvent &event) : m_next(current), m_event(event) {}

    // The event's own conditions and its effect; the status it may follow is checked before.
    Result<WorkOrderState> take()
    {
        if (Status s = effect(); !s)
            return Error{s.error()};
        m_next.updatedAt = m_event.at;
        ++m_next.eventCount;
        return std::move(m_next);
    }

private:
    Status effect()
    {
        WorkOrderState &next = m_next;
        const WorkOrderEvent &e = m_event;
        switch (e.type) {
        case EventType::Created:
            break; // starts an order: handled by apply
        case EventType::Answered:
            next.status = S::Answered;
            next.reply = text(e);
            next.closedAt = e.at;
            break;
        case EventType::Dispatched:
            return dispatch();
        case EventType::Reviewed:
            return review();
        case EventType::Signed:
            next.status = S::Accepted;
            next.signedAt = e.at;
            break;
        case EventType::Returned:
            return giveBack();
        case EventType::Replied:
            if (text(e).isEmpty())
                return Error{tr("办结答复不能为空：写明办理结果，回访时要读给市民听")};
            next.status = S::Replied;
            next.reply = text(e);
            next.repliedAt = e.at;
            break;
        case EventType::ExtensionRequested:
            return askForTime();
        case EventType::ExtensionDecided:
            return decideTime();
        case EventType::Urged:
            ++next.urgeCount;
            next.lastUrgedAt = e.at;
            break;
        case EventType::CalledBack:
            return callBack();
        case EventType::Reopened:
            if (next.satisfaction != CallbackResult::Dissatisfied)
                return Error{tr("只有回访不满意的工单才能重新办理")};
            if (text(e).isEmpty())
                return Error{tr("重新办理要写明市民不满意的原因")};
            next.status = S::Reopened;
            next.dispatchedTo.clear();
            next.satisfaction.reset();
            next.unreachableCallbacks = 0;
            ++next.reopenCount;
            break;
        case EventType::Merged: {
            const QString into = e.payload.value(QLatin1String("into")).toString();
            if (into.isEmpty() || into == next.number)
                return Error{tr("合并必须指定另一张工单")};
            next.status = S::Merged;
            next.mergedInto = into;
            break;
        }
        case EventType::Closed:
            if (next.status == S::Replied && !next.satisfaction)
                return Error{tr("工单 %1 还没有回访，不能归档").arg(next.number)};
            next.status = S::Closed;
            next.closedAt = e.at;
            break;
        case EventType::RepeatCall:
            ++next.repeatCalls;
            break;
        case EventType::ProgressInquiry:
            ++next.progressInquiries;
            break;
        }
        return Status::success();
    }

    Status dispatch()
    {
        const QString unit = m_event.payload.value(QLatin1String("unit")).toString().trimmed();
        if (unit.isEmpty())
            return Error{tr("派单必须指定承办单位")};
        m_next.coUnits = unitsIn(m_event.payload.value(QLatin1String("coUnits")));
        m_next.dispatchReason = m_event.payload.value(QLatin1String("reason")).toString();
        m_next.dispatchConfidence = m_event.payload.value(QLatin1String("confidence")).toDouble(1.0);
        // An urgent order goes out at once, whatever the review setting says.
        const bool review = m_event.payload.value(QLatin1String("review")).toBool(false) && m_next.draft.urgency == Urgency::Normal;
        if (review) {
            m_next.status = S::PendingReview;
            m_next.dispatchedTo = unit;
            m_next.coUnits.removeAll(unit);
            m_next.proposedBy = m_event.actor;
            return Status::success();
        }
        sendOut(m_next, unit, m_event.at);
        return Status::success();
    }

    Status review()
    {
        const auto decision = reviewDecisionFromCode(m_event.payload.value(QLatin1String("decision")).toString());
        if (!decision)
            return Error{tr("审核结论应为 approve、correct 或 send_back")};
        switch (*decision) {
        case ReviewDecision::Approve:
            sendOut(m_next, m_next.dispatchedTo, m_event.at);
            break;
        case ReviewDecision::Correct: {
            const QString unit = m_event.payload.value(QLatin1String("unit")).toString().trimmed();
            if (unit.isEmpty() || unit == m_next.dispatchedTo)
                return Error{tr("改派要选一个与建议不同的承办单位")};
            if (m_event.payload.contains(QLatin1String("coUnits")))
                m_next.coUnits = unitsIn(m_event.payload.value(QLatin1String("coUnits")));
            m_next.dispatchReason = text(m_event).isEmpty() ? tr("审核改派") : text(m_event);
            sendOut(m_next, unit, m_event.at);
            break;
        }
        case ReviewDecision::SendBack:
            if (text(m_event).isEmpty())
                return Error{tr("退回接线员要写明要补充或更正什么")};
            m_next.status = S::Open;
            m_next.dispatchedTo.clear();
            m_next.coUnits.clear();
            m_next.reviewNote = text(m_event);
            break;
        }
        return Status::success();
    }

    Status giveBack()
    {
        const auto reason = returnReasonFromCode(m_event.payload.value(QLatin1String("reason")).toString());
        if (!reason)
            return Error{tr("退单必须从列表中选择理由（%1）").arg(reasonCodes())};
        if (*reason == ReturnReason::Other && text(m_event).isEmpty())
            return Error{tr("理由为“其他”时要写明退单原因")};
        m_next.returnedBy.append(m_next.dispatchedTo);
        ++m_next.returnCount;
        m_next.lastReturnReason = reason;
        m_next.lastReturnText = text(m_event);
        m_next.status = S::Returned;
        m_next.dispatchedTo.clear();
        m_next.signedAt = {};
        m_next.extensionPending = false;
        m_next.extendedUntil = {};
        return Status::success();
    }

    static QString reasonCodes()
    {
        QStringList codes;
        for (ReturnReason reason : allReturnReasons())
            codes.append(toCode(reason));
        return codes.join(QLatin1String(", "));
    }

    Status askForTime()
    {
        if (m_next.extensionPending)
            return Error{tr("工单 %1 已有待审批的延期申请").arg(m_next.number)};
        const QDateTime until = timeIn(m_event, "until");
        if (!until.isValid() || until <= m_event.at)
            return Error{tr("延期要给出晚于现在的办结期限（until，ISO 8601 时间）")};
        if (text(m_event).isEmpty())
            return Error{tr("延期要写明理由")};
        m_next.extensionPending = true;
        m_next.extensionRequestedUntil = until;
        m_next.extensionReason = text(m_event);
        return Status::success();
    }

    Status decideTime()
    {
        if (!m_next.extensionPending)
            return Error{tr("工单 %1 没有待审批的延期申请").arg(m_next.number)};
        const QJsonValue approved = m_event.payload.value(QLatin1String("approved"));
        if (!approved.isBool())
            return Error{tr("延期审批要说明是否同意（approved: true 或 false）")};
        m_next.extensionPending = false;
        if (!approved.toBool())
            return Status::success();
        // A dispatcher may grant less time than asked for.
        const QDateTime until = m_event.payload.contains(QLatin1String("until")) ? timeIn(m_event, "until") : m_next.extensionRequestedUntil;
        if (!until.isValid() || until <= m_event.at)
            return Error{tr("批准的期限要晚于现在")};
        m_next.extendedUntil = until;
        ++m_next.extensions;
        return Status::success();
    }

    Status callBack()
    {
        const auto result = callbackResultFromCode(m_event.payload.value(QLatin1String("result")).toString());
        if (!result)
            return Error{tr("回访结果应为 satisfied、basically_satisfied、dissatisfied 或 unreachable")};
        if (m_next.satisfaction)
            return Error{tr("工单 %1 已回访（%2）").arg(m_next.number, displayName(*m_next.satisfaction))};
        if (*result == CallbackResult::Unreachable) {
            // Tried again later; after the last try the order is closed as unreachable.
            if (++m_next.unreachableCallbacks < callbackAttempts)
                return Status::success();
        }
        m_next.satisfaction = result;
        // Satisfied (or never reached): the order's life ends with the callback. A
        // dissatisfied citizen's order waits for a dispatcher to reopen or close it.
        if (m_next.status == S::Replied && *result != CallbackResult::Dissatisfied) {
            m_next.status = S::Closed;
            m_next.closedAt = m_event.at;
        }
        return Status::success();
    }

    WorkOrderState m_next;
    const WorkOrderEvent &m_event;
};
} // namespace

const QList<Transition> &Lifecycle::transitions()
{
    static const QList<Transition> all{
        {EventType::Created, {}, callTakers},
        {EventType::Answered, {S::Open}, callTakers},
        {EventType::Dispatched, {S::Open, S::Returned, S::Reopened}, hotline},
        {EventType::Reviewed, {S::PendingReview}, dispatchers},
        {EventType::Signed, {S::Dispatched}, departments, true},
        {EventType::Returned, {S::Dispatched, S::Accepted}, departments, true},
        {EventType::ExtensionRequested, {S::Accepted}, departments, true},
        {EventType::ExtensionDecided, {S::Accepted}, dispatchers},
        {EventType::Replied, {S::Accepted}, departments, true},
        {EventType::Urged, {S::Dispatched, S::Accepted}, hotline},
        {EventType::CalledBack, {S::Answered, S::Replied, S::Merged}, callTakers},
        {EventType::Reopened, {S::Replied}, hotline},
        {EventType::Merged, {S::Open, S::PendingReview, S::Dispatched, S::Returned, S::Reopened}, hotline},
        {EventType::Closed, {S::Answered, S::Replied}, hotline},
        {EventType::RepeatCall, {S::Open, S::Answered, S::PendingReview, S::Dispatched, S::Accepted, S::Returned, S::Replied, S::Reopened}, hotline},
        {EventType::ProgressInquiry, {S::Open, S::PendingReview, S::Dispatched, S::Accepted, S::Returned, S::Replied, S::Reopened}, callTakers},
    };
    return all;
}

const Transition &Lifecycle::transition(EventType event)
{
    for (const Transition &candidate : transitions())
        if (candidate.event == event)
            return candidate;
    Q_UNREACHABLE();
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
    if (!transition(event.type).from.contains(current->status))
        return Error{tr("工单 %1 当前状态为“%2”，不能%3").arg(current->number, displayName(current->status), displayName(event.type))};
    return Step(*current, event).take();
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
    const Transition &rule = transition(event.type);
    if (!rule.roles.contains(role))
        return Error{tr("角色“%1”不能%2").arg(toCode(role), displayName(event.type))};
    if (rule.ownUnitOnly && (!state || unit.isEmpty() || state->dispatchedTo != unit))
        return Error{tr("工单 %1 没有派给本单位，不能%2").arg(event.orderNumber, displayName(event.type))};
    return Status::success();
}

QList<EventType> Lifecycle::available(Role role, const QString &unit, const WorkOrderState &state)
{
    QList<EventType> events;
    for (const Transition &rule : transitions()) {
        if (rule.event == EventType::Created || !rule.from.contains(state.status) || !rule.roles.contains(role))
            continue;
        if (rule.ownUnitOnly && (unit.isEmpty() || state.dispatchedTo != unit))
            continue;
        events.append(rule.event);
    }
    return events;
}

} // namespace hotline
