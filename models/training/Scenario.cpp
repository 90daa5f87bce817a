// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scenario.h"

#include "workorder/PhoneNumber.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hotline {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Scenario", text); }

QString str(const QJsonObject &json, const char *key) { return json.value(QLatin1String(key)).toString(); }

QJsonObject placeJson(const Address &place)
{
    return QJsonObject{{QStringLiteral("districtCode"), place.districtCode},
                       {QStringLiteral("districtName"), place.districtName},
                       {QStringLiteral("streetCode"), place.streetCode},
                       {QStringLiteral("streetName"), place.streetName},
                       {QStringLiteral("communityCode"), place.communityCode},
                       {QStringLiteral("communityName"), place.communityName},
                       {QStringLiteral("detail"), place.detail}};
}

Address placeFromJson(const QJsonObject &json)
{
    return Address{str(json, "districtCode"),  str(json, "districtName"),  str(json, "streetCode"), str(json, "streetName"),
                   str(json, "communityCode"), str(json, "communityName"), str(json, "detail"),     {}};
}

} // namespace

qint64 Scenario::scriptMs() const
{
    qint64 end = 0;
    for (const TranscriptSentence &sentence : transcript)
        end = std::max(end, sentence.endMs);
    return end;
}

QString Scenario::scriptText() const
{
    QString text;
    for (const TranscriptSentence &sentence : transcript)
        text += sentence.text;
    return text;
}

QJsonObject Scenario::toJson() const
{
    QJsonArray lines;
    for (const TranscriptSentence &sentence : transcript)
        lines.append(QJsonObject{{QStringLiteral("text"), sentence.text},
                                 {QStringLiteral("startMs"), sentence.startMs},
                                 {QStringLiteral("endMs"), sentence.endMs}});
    QJsonArray past;
    for (const ScenarioPastOrder &order : history)
        past.append(QJsonObject{{QStringLiteral("number"), order.number},
                                {QStringLiteral("filedOn"), order.filedOn.toString(Qt::ISODate)},
                                {QStringLiteral("title"), order.title},
                                {QStringLiteral("status"), order.status}});
    const QJsonObject outcome{
        {QStringLiteral("appealType"), toCode(expected.appealType)},
        {QStringLiteral("item"),
         QJsonObject{{QStringLiteral("level1"), expected.item.level1},
                     {QStringLiteral("level2"), expected.item.level2},
                     {QStringLiteral("level3"), expected.item.level3}}},
        {QStringLiteral("place"), placeJson(expected.place)},
        {QStringLiteral("unitCode"), expected.unitCode},
        {QStringLiteral("unitName"), expected.unitName},
        {QStringLiteral("keyFacts"), QJsonArray::fromStringList(expected.keyFacts)},
        {QStringLiteral("articleKey"), expected.articleKey},
        {QStringLiteral("articleTitle"), expected.articleTitle},
    };
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("version"), version},
        {QStringLiteral("title"), title},
        {QStringLiteral("source"), source},
        {QStringLiteral("difficulty"), difficulty},
        {QStringLiteral("audio"), audio},
        {QStringLiteral("transcript"), lines},
        {QStringLiteral("callerNumber"), callerNumber},
        {QStringLiteral("callerName"), callerName},
        {QStringLiteral("history"), past},
        {QStringLiteral("expected"), outcome},
    };
}

Result<Scenario> Scenario::fromJson(const QJsonObject &json)
{
    Scenario scenario;
    scenario.id = str(json, "id").trimmed();
    scenario.version = json.value(QLatin1String("version")).toInt(1);
    scenario.title = str(json, "title").trimmed();
    scenario.source = str(json, "source");
    scenario.difficulty = json.value(QLatin1String("difficulty")).toInt(1);
    scenario.audio = str(json, "audio");
    scenario.callerNumber = str(json, "callerNumber").trimmed();
    scenario.callerName = str(json, "callerName").trimmed();
    const QJsonArray lines = json.value(QLatin1String("transcript")).toArray();
    for (const QJsonValue &line : lines) {
        const QJsonObject sentence = line.toObject();
        if (!sentence.value(QLatin1String("startMs")).isDouble() || !sentence.value(QLatin1String("endMs")).isDouble())
            return Error{tr("情景 %1 的第 %2 句没有起止时间（startMs、endMs）").arg(scenario.id).arg(scenario.transcript.size() + 1)};
        scenario.transcript.append(TranscriptSentence{str(sentence, "text"),
                                                      qint64(sentence.value(QLatin1String("startMs")).toDouble()),
                                                      qint64(sentence.value(QLatin1String("endMs")).toDouble()), true});
    }
    for (const QJsonValue &value : json.value(QLatin1String("history")).toArray()) {
        const QJsonObject order = value.toObject();
        const QDate filedOn = QDate::fromString(str(order, "filedOn"), Qt::ISODate);
        if (str(order, "number").isEmpty() || !filedOn.isValid())
            return Error{tr("情景 %1 的来电历史需要工单号和日期（filedOn，如 2026-11-03）").arg(scenario.id)};
        scenario.history.append({str(order, "number"), filedOn, str(order, "title"), str(order, "status")});
    }
    const QJsonObject outcome = json.value(QLatin1String("expected")).toObject();
    if (outcome.isEmpty())
        return Error{tr("情景 %1 缺少预期结果（expected）").arg(scenario.id)};
    const std::optional<AppealType> type = appealTypeFromCode(str(outcome, "appealType"));
    if (!type)
        return Error{tr("情景 %1 的诉求类型 %2 不认识").arg(scenario.id, str(outcome, "appealType"))};
    scenario.expected.appealType = *type;
    const QJsonObject item = outcome.value(QLatin1String("item")).toObject();
    scenario.expected.item = {str(item, "level1"), str(item, "level2"), str(item, "level3")};
    scenario.expected.place = placeFromJson(outcome.value(QLatin1String("place")).toObject());
    scenario.expected.unitCode = str(outcome, "unitCode");
    scenario.expected.unitName = str(outcome, "unitName");
    for (const QJsonValue &fact : outcome.value(QLatin1String("keyFacts")).toArray())
        scenario.expected.keyFacts.append(fact.toString().trimmed());
    scenario.expected.articleKey = str(outcome, "articleKey");
    scenario.expected.articleTitle = str(outcome, "articleTitle");
    if (Status valid = scenario.validate(); !valid)
        return Error{valid.error()};
    return scenario;
}

Status Scenario::validate() const
{
    if (id.isEmpty() || id.size() > 80)
        return Error{tr("情景需要一个不超过 80 个字符的编号（id）")};
    if (title.isEmpty())
        return Error{tr("情景 %1 需要标题").arg(id)};
    if (version < 1)
        return Error{tr("情景 %1 的版本号应从 1 起").arg(id)};
    if (difficulty < 1 || difficulty > 3)
        return Error{tr("情景 %1 的难度应为 1、2 或 3").arg(id)};
    if (!PhoneNumber::isValid(callerNumber))
        return Error{tr("情景 %1 的来电号码 %2 不是电话号码").arg(id, callerNumber)};
    if (transcript.isEmpty())
        return Error{tr("情景 %1 没有来电人的话").arg(id)};
    qint64 previousEnd = 0;
    for (qsizetype i = 0; i < transcript.size(); ++i) {
        const TranscriptSentence &sentence = transcript.at(i);
        if (sentence.text.trimmed().isEmpty())
            return Error{tr("情景 %1 的第 %2 句是空的").arg(id).arg(i + 1)};
        if (!sentence.hasTimes())
            return Error{tr("情景 %1 的第 %2 句的结束时间早于开始时间").arg(id).arg(i + 1)};
        if (sentence.startMs < previousEnd)
            return Error{tr("情景 %1 的第 %2 句与前一句重叠（%3 ms 开始，前一句到 %4 ms）")
                             .arg(id)
                             .arg(i + 1)
                             .arg(sentence.startMs)
                             .arg(previousEnd)};
        previousEnd = sentence.endMs;
    }
    if (expected.item.level1.isEmpty() && (!expected.item.level2.isEmpty() || !expected.item.level3.isEmpty()))
        return Error{tr("情景 %1 的预期事项缺少一级分类").arg(id)};
    if (expected.item.level2.isEmpty() && !expected.item.level3.isEmpty())
        return Error{tr("情景 %1 的预期事项缺少二级分类").arg(id)};
    if (expected.place.districtCode.isEmpty() && !expected.place.streetCode.isEmpty())
        return Error{tr("情景 %1 的预期地点有街道没有区").arg(id)};
    if (expected.place.streetCode.isEmpty() && !expected.place.communityCode.isEmpty())
        return Error{tr("情景 %1 的预期地点有社区没有街道").arg(id)};
    for (const QString &fact : expected.keyFacts)
        if (fact.isEmpty() || fact.size() > 40)
            return Error{tr("情景 %1 的要点应是 1 到 40 个字的短语").arg(id)};
    if (expected.appealType == AppealType::Consultation && expected.keyFacts.isEmpty() && expected.articleKey.isEmpty()
        && expected.item.level1.isEmpty())
        return Error{tr("情景 %1 没有可评分的预期结果（事项、要点或知识条目）").arg(id)};
    return Status::success();
}

QJsonObject Course::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("scenarios"), QJsonArray::fromStringList(scenarioIds)},
                       {QStringLiteral("passMark"), passMark},
                       {QStringLiteral("exam"), exam}};
}

Result<Course> Course::fromJson(const QJsonObject &json)
{
    Course course;
    course.id = str(json, "id").trimmed();
    course.title = str(json, "title").trimmed();
    for (const QJsonValue &value : json.value(QLatin1String("scenarios")).toArray())
        course.scenarioIds.append(value.toString());
    course.passMark = json.value(QLatin1String("passMark")).toDouble(80.0);
    course.exam = json.value(QLatin1String("exam")).toBool(false);
    if (course.id.isEmpty() || course.title.isEmpty())
        return Error{tr("课程需要编号（id）和标题（title）")};
    if (course.scenarioIds.isEmpty())
        return Error{tr("课程 %1 没有情景").arg(course.id)};
    if (course.scenarioIds.removeDuplicates() > 0)
        return Error{tr("课程 %1 同一情景列了两次").arg(course.id)};
    if (course.passMark < 0 || course.passMark > 100)
        return Error{tr("课程 %1 的及格分 %2 应在 0 到 100 之间").arg(course.id).arg(course.passMark)};
    return course;
}

} // namespace hotline
