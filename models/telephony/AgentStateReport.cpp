// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgentStateReport.h"

#include <QJsonValue>

namespace hotline {

AgentStateReport AgentStateReport::of(const AgentTransition &transition)
{
    AgentStateReport report;
    report.id = QUuid::createUuid();
    report.state = transition.to;
    report.from = transition.from;
    report.reason = transition.reason;
    report.at = transition.at.toUTC();
    report.secondsInPrevious = transition.secondsInPrevious;
    return report;
}

QJsonObject AgentStateReport::toJson() const
{
    return {{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("state"), AgentSession::code(state)},
            {QStringLiteral("from"), AgentSession::code(from)},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("seconds"), secondsInPrevious}};
}

Result<AgentStateReport> AgentStateReport::fromJson(const QJsonObject &json)
{
    static const QStringList fields{QStringLiteral("id"), QStringLiteral("state"), QStringLiteral("from"),
                                    QStringLiteral("reason"), QStringLiteral("at"), QStringLiteral("seconds")};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!fields.contains(it.key()))
            return Error{tr("坐席状态中有未知字段“%1”").arg(it.key().left(40))};
    AgentStateReport report;
    report.id = QUuid::fromString(json.value(QLatin1String("id")).toString());
    if (report.id.isNull())
        return Error{tr("坐席状态需要 UUID 形式的 id")};
    const auto state = AgentSession::stateFromCode(json.value(QLatin1String("state")).toString());
    const auto from = AgentSession::stateFromCode(json.value(QLatin1String("from")).toString());
    if (!state || !from)
        return Error{tr("坐席状态“%1”（原状态“%2”）不认识；应为 offline、ready、not_ready、in_call、after_call")
                         .arg(json.value(QLatin1String("state")).toString().left(40), json.value(QLatin1String("from")).toString().left(40))};
    report.state = *state;
    report.from = *from;
    if (!json.value(QLatin1String("reason")).isString() && !json.value(QLatin1String("reason")).isUndefined())
        return Error{tr("坐席状态的 reason 应为字符串")};
    report.reason = json.value(QLatin1String("reason")).toString();
    if (report.reason.size() > maxReasonLength)
        return Error{tr("示忙原因超过 %1 个字").arg(maxReasonLength)};
    if (report.state == AgentSession::State::NotReady && report.reason.trimmed().isEmpty())
        return Error{tr("示忙需要原因")};
    report.at = QDateTime::fromString(json.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    if (!report.at.isValid() || report.at.timeSpec() != Qt::UTC)
        return Error{tr("坐席状态的时间“%1”应为 UTC 的 ISO 8601 时间").arg(json.value(QLatin1String("at")).toString().left(40))};
    const QJsonValue seconds = json.value(QLatin1String("seconds"));
    if (!seconds.isDouble() || seconds.toDouble() < 0 || seconds.toDouble() != double(seconds.toInteger()))
        return Error{tr("坐席状态的 seconds 应为非负整数")};
    report.secondsInPrevious = seconds.toInteger();
    return report;
}

} // namespace hotline
