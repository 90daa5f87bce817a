// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkOrder.h"

#include "core/CodeTable.h"

#include <QCoreApplication>


namespace hotline {

namespace {

constexpr CodeTable<AppealType, 6> appealCodes{{{AppealType::Consultation, "consultation"},
                                            {AppealType::Help, "help"},
                                            {AppealType::Complaint, "complaint"},
                                            {AppealType::Report, "report"},
                                            {AppealType::Suggestion, "suggestion"},
                                            {AppealType::Praise, "praise"}}};
constexpr CodeTable<Urgency, 3> urgencyCodes{
    {{Urgency::Normal, "normal"}, {Urgency::Urgent, "urgent"}, {Urgency::Emergency, "emergency"}}};
constexpr CodeTable<Gender, 3> genderCodes{
    {{Gender::Unknown, "unknown"}, {Gender::Male, "male"}, {Gender::Female, "female"}}};
constexpr CodeTable<OrderStatus, 10> statusCodes{{{OrderStatus::Open, "open"},
                                             {OrderStatus::Answered, "answered"},
                                             {OrderStatus::PendingReview, "pending_review"},
                                             {OrderStatus::Dispatched, "dispatched"},
                                             {OrderStatus::Accepted, "accepted"},
                                             {OrderStatus::Returned, "returned"},
                                             {OrderStatus::Replied, "replied"},
                                             {OrderStatus::Closed, "closed"},
                                             {OrderStatus::Merged, "merged"},
                                             {OrderStatus::Reopened, "reopened"}}};

QString tr(const char *text)
{
    return QCoreApplication::translate("hotline", text);
}

} // namespace

QString toCode(AppealType value) { return codeOf(appealCodes, value); }
QString toCode(Urgency value) { return codeOf(urgencyCodes, value); }
QString toCode(Gender value) { return codeOf(genderCodes, value); }
QString toCode(OrderStatus value) { return codeOf(statusCodes, value); }
std::optional<AppealType> appealTypeFromCode(const QString &code) { return valueOf(appealCodes, code); }
std::optional<Urgency> urgencyFromCode(const QString &code) { return valueOf(urgencyCodes, code); }
std::optional<Gender> genderFromCode(const QString &code) { return valueOf(genderCodes, code); }
std::optional<OrderStatus> orderStatusFromCode(const QString &code) { return valueOf(statusCodes, code); }

QString displayName(AppealType value)
{
    switch (value) {
    case AppealType::Consultation: return tr("咨询");
    case AppealType::Help: return tr("求助");
    case AppealType::Complaint: return tr("投诉");
    case AppealType::Report: return tr("举报");
    case AppealType::Suggestion: return tr("建议");
    case AppealType::Praise: return tr("表扬");
    }
    return {};
}

QString displayName(Urgency value)
{
    switch (value) {
    case Urgency::Normal: return tr("一般");
    case Urgency::Urgent: return tr("紧急");
    case Urgency::Emergency: return tr("特急");
    }
    return {};
}

QString displayName(Gender value)
{
    switch (value) {
    case Gender::Unknown: return tr("未知");
    case Gender::Male: return tr("男");
    case Gender::Female: return tr("女");
    }
    return {};
}

QString displayName(OrderStatus value)
{
    switch (value) {
    case OrderStatus::Open: return tr("待处理");
    case OrderStatus::Answered: return tr("已直接答复");
    case OrderStatus::PendingReview: return tr("待审核");
    case OrderStatus::Dispatched: return tr("已派单");
    case OrderStatus::Accepted: return tr("已签收");
    case OrderStatus::Returned: return tr("已退单");
    case OrderStatus::Replied: return tr("已办结");
    case OrderStatus::Closed: return tr("已归档");
    case OrderStatus::Merged: return tr("已合并");
    case OrderStatus::Reopened: return tr("重新办理");
    }
    return {};
}

const QList<AppealType> &allAppealTypes()
{
    static const QList<AppealType> all{AppealType::Consultation, AppealType::Help, AppealType::Complaint,
                                       AppealType::Report,       AppealType::Suggestion, AppealType::Praise};
    return all;
}

const QList<Urgency> &allUrgencies()
{
    static const QList<Urgency> all{Urgency::Normal, Urgency::Urgent, Urgency::Emergency};
    return all;
}

bool isFinal(OrderStatus status)
{
    return status == OrderStatus::Closed || status == OrderStatus::Merged;
}

const QList<OrderStatus> &allOrderStatuses()
{
    static const QList<OrderStatus> all{OrderStatus::Open,     OrderStatus::Answered, OrderStatus::PendingReview, OrderStatus::Dispatched,
                                        OrderStatus::Accepted, OrderStatus::Returned, OrderStatus::Replied,       OrderStatus::Closed,
                                        OrderStatus::Merged,   OrderStatus::Reopened};
    return all;
}

bool isOpen(OrderStatus status)
{
    return !isFinal(status) && status != OrderStatus::Answered;
}

namespace {
QJsonObject addressJson(const Address &address)
{
    QJsonObject json{{QStringLiteral("districtCode"), address.districtCode},
                     {QStringLiteral("districtName"), address.districtName},
                     {QStringLiteral("streetCode"), address.streetCode},
                     {QStringLiteral("streetName"), address.streetName},
                     {QStringLiteral("communityCode"), address.communityCode},
                     {QStringLiteral("communityName"), address.communityName},
                     {QStringLiteral("detail"), address.detail}};
    if (address.location)
        json.insert(QStringLiteral("location"),
                    QJsonObject{{QStringLiteral("lng"), address.location->lng}, {QStringLiteral("lat"), address.location->lat}});
    return json;
}
} // namespace

QJsonObject WorkOrderDraft::toJson() const
{
    QJsonObject json{
        {QStringLiteral("callerName"), callerName},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("gender"), toCode(gender)},
        {QStringLiteral("callbackNumber"), callbackNumber},
        {QStringLiteral("wantsReply"), wantsReply},
        {QStringLiteral("confidential"), confidential},
        {QStringLiteral("publishable"), publishable},
        {QStringLiteral("appealType"), toCode(appealType)},
        {QStringLiteral("classification"),
         QJsonObject{{QStringLiteral("level1"), classification.level1},
                     {QStringLiteral("level2"), classification.level2},
                     {QStringLiteral("level3"), classification.level3}}},
        {QStringLiteral("address"), addressJson(address)},
        {QStringLiteral("involvedUnit"), involvedUnit},
        {QStringLiteral("urgency"), toCode(urgency)},
        {QStringLiteral("title"), title},
        {QStringLiteral("description"), description},
        {QStringLiteral("repeatOf"), repeatOf},
        {QStringLiteral("reply"), reply},
        {QStringLiteral("kbArticleId"), kbArticleId},
        {QStringLiteral("kbVersion"), kbVersion},
    };
    // Written only when set, so every real order's payload (and the hashes over it) stays
    // byte for byte what it was before training existed.
    if (simulation)
        json.insert(QStringLiteral("simulation"), true);
    return json;
}

WorkOrderDraft WorkOrderDraft::fromJson(const QJsonObject &json)
{
    const auto str = [&json](const char *key) { return json.value(QLatin1String(key)).toString(); };
    WorkOrderDraft draft;
    draft.callerName = str("callerName");
    draft.phone = str("phone");
    draft.gender = genderFromCode(str("gender")).value_or(Gender::Unknown);
    draft.callbackNumber = str("callbackNumber");
    draft.wantsReply = json.value(QLatin1String("wantsReply")).toBool(true);
    draft.confidential = json.value(QLatin1String("confidential")).toBool(false);
    draft.publishable = json.value(QLatin1String("publishable")).toBool(false);
    draft.appealType = appealTypeFromCode(str("appealType")).value_or(AppealType::Consultation);
    const QJsonObject cls = json.value(QLatin1String("classification")).toObject();
    draft.classification = {cls.value(QLatin1String("level1")).toString(),
                            cls.value(QLatin1String("level2")).toString(),
                            cls.value(QLatin1String("level3")).toString()};
    const QJsonObject addr = json.value(QLatin1String("address")).toObject();
    const auto a = [&addr](const char *key) { return addr.value(QLatin1String(key)).toString(); };
    draft.address = {a("districtCode"),  a("districtName"),  a("streetCode"), a("streetName"),
                     a("communityCode"), a("communityName"), a("detail"),  {}};
    const QJsonObject location = addr.value(QLatin1String("location")).toObject();
    if (location.value(QLatin1String("lng")).isDouble() && location.value(QLatin1String("lat")).isDouble())
        draft.address.location = GeoPoint{location.value(QLatin1String("lng")).toDouble(),
                                          location.value(QLatin1String("lat")).toDouble()};
    draft.involvedUnit = str("involvedUnit");
    draft.urgency = urgencyFromCode(str("urgency")).value_or(Urgency::Normal);
    draft.title = str("title");
    draft.description = str("description");
    draft.repeatOf = str("repeatOf");
    draft.reply = str("reply");
    draft.kbArticleId = json.value(QLatin1String("kbArticleId")).toInteger();
    draft.kbVersion = json.value(QLatin1String("kbVersion")).toInt();
    draft.simulation = json.value(QLatin1String("simulation")).toBool(false);
    return draft;
}

} // namespace hotline
