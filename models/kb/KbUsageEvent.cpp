// SPDX-License-Identifier: GPL-3.0-or-later
#include "KbUsageEvent.h"

#include "KbTokenizer.h"

#include <QRegularExpression>

namespace hotline {

QString KbUsageEvent::cleanQuery(const QString &query)
{
    static const QRegularExpression longNumber(QStringLiteral("\\d{5,}"));
    const QString folded = KbTokenizer::fold(query).simplified();
    if (folded.contains(longNumber))
        return {};
    return folded.left(maxQueryLength).trimmed();
}

QString KbUsageEvent::code(Action action)
{
    switch (action) {
    case Action::Taken: return QStringLiteral("taken");
    case Action::Opened: return QStringLiteral("opened");
    case Action::Nothing: return QStringLiteral("nothing");
    case Action::Again: return QStringLiteral("again");
    }
    return {};
}

std::optional<KbUsageEvent::Action> KbUsageEvent::actionFromCode(const QString &code)
{
    for (Action action : {Action::Taken, Action::Opened, Action::Nothing, Action::Again})
        if (KbUsageEvent::code(action) == code)
            return action;
    return std::nullopt;
}

QJsonObject KbUsageEvent::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
                     {QStringLiteral("action"), code(action)},
                     {QStringLiteral("query"), query},
                     {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)}};
    if (!articleKey.isEmpty())
        json.insert(QStringLiteral("article"), articleKey);
    return json;
}

Result<KbUsageEvent> KbUsageEvent::fromJson(const QJsonObject &json)
{
    for (auto it = json.begin(); it != json.end(); ++it)
        if (it.key() != QLatin1String("id") && it.key() != QLatin1String("action") && it.key() != QLatin1String("query")
            && it.key() != QLatin1String("article") && it.key() != QLatin1String("at"))
            return Error{tr("知识库使用记录中有未知字段 “%1”").arg(it.key().left(40))};
    KbUsageEvent event;
    event.id = QUuid::fromString(json.value(QLatin1String("id")).toString());
    if (event.id.isNull())
        return Error{tr("知识库使用记录的 id 应为 UUID")};
    const std::optional<Action> action = actionFromCode(json.value(QLatin1String("action")).toString());
    if (!action)
        return Error{tr("知识库使用记录的 action 应为 taken、opened、nothing 或 again")};
    event.action = *action;
    if (!json.value(QLatin1String("query")).isString())
        return Error{tr("知识库使用记录的 query 应为字符串")};
    event.query = json.value(QLatin1String("query")).toString();
    // What a desk sends was cleaned there; a query that is not clean is refused, not cleaned
    // here, so a desk that leaks a phone number into it learns so.
    if (event.query != cleanQuery(event.query))
        return Error{tr("知识库使用记录的查询没有按规则整理（过长、含长数字或未规范化）")};
    event.articleKey = json.value(QLatin1String("article")).toString();
    if (event.articleKey.size() > maxKeyLength)
        return Error{tr("知识库使用记录的条目 key 过长")};
    const bool aboutArticle = event.action == Action::Taken || event.action == Action::Opened;
    if (aboutArticle && event.articleKey.isEmpty())
        return Error{tr("采用或打开的记录需要条目 key（article）")};
    if (!aboutArticle && !event.articleKey.isEmpty())
        return Error{tr("“没找到”和“重新搜索”的记录不带条目")};
    if (!aboutArticle && event.query.isEmpty())
        return Error{tr("“没找到”和“重新搜索”的记录需要查询")};
    event.at = QDateTime::fromString(json.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    if (!event.at.isValid())
        return Error{tr("知识库使用记录的时间 at 应为 ISO 8601")};
    return event;
}

} // namespace hotline
