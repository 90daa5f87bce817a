// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkOrderEvent.h"

#include "core/CodeTable.h"

#include <QCoreApplication>


namespace hotline {

namespace {
constexpr CodeTable<EventType, 16> eventCodes{{
    {EventType::Created, "created"},
    {EventType::Answered, "answered"},
    {EventType::Dispatched, "dispatched"},
    {EventType::Signed, "signed"},
    {EventType::Returned, "returned"},
    {EventType::Replied, "replied"},
    {EventType::Urged, "urged"},
    {EventType::CalledBack, "called_back"},
    {EventType::Merged, "merged"},
    {EventType::Closed, "closed"},
    {EventType::RepeatCall, "repeat_call"},
    {EventType::Reviewed, "reviewed"},
    {EventType::ExtensionRequested, "extension_requested"},
    {EventType::ExtensionDecided, "extension_decided"},
    {EventType::Reopened, "reopened"},
    {EventType::ProgressInquiry, "progress_inquiry"},
}};
} // namespace

const QList<EventType> &allEventTypes()
{
    static const QList<EventType> all = valuesOf(eventCodes);
    return all;
}

QString toCode(EventType type)
{
    return codeOf(eventCodes, type);
}

std::optional<EventType> eventTypeFromCode(const QString &code)
{
    return valueOf(eventCodes, code);
}

QString displayName(EventType type)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("hotline", text); };
    switch (type) {
    case EventType::Created: return tr("受理");
    case EventType::Answered: return tr("直接答复");
    case EventType::Dispatched: return tr("派单");
    case EventType::Signed: return tr("签收");
    case EventType::Returned: return tr("退单");
    case EventType::Replied: return tr("办结答复");
    case EventType::Urged: return tr("催办");
    case EventType::CalledBack: return tr("回访");
    case EventType::Merged: return tr("合并");
    case EventType::Closed: return tr("归档");
    case EventType::RepeatCall: return tr("重复来电");
    case EventType::Reviewed: return tr("派单审核");
    case EventType::ExtensionRequested: return tr("申请延期");
    case EventType::ExtensionDecided: return tr("审批延期");
    case EventType::Reopened: return tr("重新办理");
    case EventType::ProgressInquiry: return tr("催问进度");
    }
    return {};
}

WorkOrderEvent WorkOrderEvent::make(const QString &orderNumber, EventType type, const QString &actor,
                                    const QDateTime &at, QJsonObject payload)
{
    return WorkOrderEvent{QUuid::createUuid(), orderNumber, type, at, actor, std::move(payload)};
}

QJsonObject WorkOrderEvent::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("order"), orderNumber},
        {QStringLiteral("type"), toCode(type)},
        {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("payload"), payload},
    };
}

std::optional<WorkOrderEvent> WorkOrderEvent::fromJson(const QJsonObject &json)
{
    WorkOrderEvent event;
    event.id = QUuid::fromString(json.value(QLatin1String("id")).toString());
    event.orderNumber = json.value(QLatin1String("order")).toString();
    const auto type = eventTypeFromCode(json.value(QLatin1String("type")).toString());
    event.at = QDateTime::fromString(json.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    event.actor = json.value(QLatin1String("actor")).toString();
    event.payload = json.value(QLatin1String("payload")).toObject();
    if (event.id.isNull() || event.orderNumber.isEmpty() || !type || !event.at.isValid())
        return std::nullopt;
    // The event is stored and sent with its time in UTC as ISO 8601, which has years 1–9999
    // only: "0001-01-01T00:00+01:00" or "9999-12-31T23:30-01:00" would be written as an empty
    // string and read back as no time at all, so the order's history could not be folded.
    if (const int year = event.at.toUTC().date().year(); year < 1 || year > 9999)
        return std::nullopt;
    event.type = *type;
    return event;
}

} // namespace hotline
