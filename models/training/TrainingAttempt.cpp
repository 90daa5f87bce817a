// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingAttempt.h"

#include "training/CallObservation.h"
#include "training/Scenario.h"

#include <QJsonArray>

#include <cmath>

namespace hotline {

namespace {

QString str(const QJsonObject &json, const char *key) { return json.value(QLatin1String(key)).toString(); }

// A figure the JSON must carry as a finite number (NaN does not survive JSON anyway, but a
// hand-written file may hold a string).
bool readNumber(const QJsonObject &json, const char *key, double &out)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return false;
    out = value.toDouble();
    return true;
}

} // namespace

TrainingAttempt TrainingAttempt::fromCall(const Scenario &scenario, const CallObservation &call, const CallScore &score,
                                          const QString &trainee, const QString &courseId)
{
    TrainingAttempt attempt;
    attempt.id = QUuid::createUuid();
    attempt.trainee = trainee;
    attempt.courseId = courseId;
    attempt.scenarioId = scenario.id;
    attempt.scenarioVersion = scenario.version;
    attempt.exam = call.exam;
    attempt.playedAt = (call.ringingAt.isValid() ? call.ringingAt : QDateTime::currentDateTimeUtc()).toUTC();
    attempt.score = score;
    attempt.expectedItem = scenario.expected.item.level1;
    attempt.expectedDistrict = scenario.expected.place.districtName;
    return attempt;
}

QJsonObject TrainingAttempt::toJson() const
{
    const QJsonObject card = score.toJson();
    return QJsonObject{{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("trainee"), trainee},
                       {QStringLiteral("courseId"), courseId},
                       {QStringLiteral("scenarioId"), scenarioId},
                       {QStringLiteral("scenarioVersion"), scenarioVersion},
                       {QStringLiteral("exam"), exam},
                       {QStringLiteral("playedAt"), playedAt.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("score"), card},
                       {QStringLiteral("expectedItem"), expectedItem},
                       {QStringLiteral("expectedDistrict"), expectedDistrict},
                       {QStringLiteral("simulation"), simulation}};
}

Result<TrainingAttempt> TrainingAttempt::fromJson(const QJsonObject &json)
{
    TrainingAttempt attempt;
    attempt.id = QUuid::fromString(str(json, "id"));
    if (attempt.id.isNull())
        return Error{tr("培训记录的编号（id）不是 UUID：“%1”").arg(str(json, "id"))};
    const QString name = attempt.id.toString(QUuid::WithoutBraces);
    // Simulation is what an attempt is; one saying otherwise is not taken in any form.
    if (json.value(QLatin1String("simulation")) != QJsonValue(true))
        return Error{tr("培训记录 %1 必须标为模拟（simulation 为 true）").arg(name)};
    attempt.trainee = str(json, "trainee").trimmed();
    if (attempt.trainee.isEmpty())
        return Error{tr("培训记录 %1 缺少学员账号（trainee）").arg(name)};
    attempt.courseId = str(json, "courseId").trimmed();
    attempt.scenarioId = str(json, "scenarioId").trimmed();
    if (attempt.scenarioId.isEmpty())
        return Error{tr("培训记录 %1 缺少情景编号（scenarioId）").arg(name)};
    const QJsonValue version = json.value(QLatin1String("scenarioVersion"));
    attempt.scenarioVersion = version.toInt(0);
    if (!version.isDouble() || attempt.scenarioVersion < 1)
        return Error{tr("培训记录 %1 的情景版本（scenarioVersion）应是从 1 起的整数").arg(name)};
    const QJsonValue exam = json.value(QLatin1String("exam"));
    if (!exam.isUndefined() && !exam.isBool())
        return Error{tr("培训记录 %1 的考试标记（exam）应为 true 或 false").arg(name)};
    attempt.exam = exam.toBool(false);
    attempt.playedAt = QDateTime::fromString(str(json, "playedAt"), Qt::ISODateWithMs);
    if (!attempt.playedAt.isValid())
        return Error{tr("培训记录 %1 的时间（playedAt）读不出：“%2”").arg(name, str(json, "playedAt"))};
    attempt.playedAt = attempt.playedAt.toUTC();
    attempt.expectedItem = str(json, "expectedItem");
    attempt.expectedDistrict = str(json, "expectedDistrict");

    const QJsonValue cardValue = json.value(QLatin1String("score"));
    if (!cardValue.isObject())
        return Error{tr("培训记录 %1 缺少评分（score）").arg(name)};
    const QJsonObject card = cardValue.toObject();
    CallScore &score = attempt.score;
    const auto figure = [&](const char *key, double &out) -> Status {
        if (!readNumber(card, key, out))
            return Error{tr("培训记录 %1 的评分缺少数值 score.%2").arg(name, QLatin1String(key))};
        return Status::success();
    };
    double keystrokes = 0;
    for (const auto &[key, out] : {std::pair<const char *, double *>{"total", &score.total},
                                   {"fieldAccuracy", &score.fieldAccuracy},
                                   {"factsCovered", &score.factsCovered},
                                   {"charsPerMinute", &score.charsPerMinute},
                                   {"secondsToSubmit", &score.secondsToSubmit},
                                   {"keystrokes", &keystrokes},
                                   {"silenceSeconds", &score.silenceSeconds}})
        if (Status read = figure(key, *out); !read)
            return Error{read.error()};
    if (score.total < 0 || score.total > 100)
        return Error{tr("培训记录 %1 的总分 score.total = %2 不在 0 到 100 之间").arg(name).arg(score.total)};
    for (const auto &[key, value] : {std::pair<const char *, double>{"fieldAccuracy", score.fieldAccuracy},
                                     {"factsCovered", score.factsCovered}})
        if (value < 0 || value > 1)
            return Error{tr("培训记录 %1 的 score.%2 = %3 应在 0 到 1 之间").arg(name, QLatin1String(key)).arg(value)};
    if (score.charsPerMinute < 0 || keystrokes < 0 || score.silenceSeconds < 0 || score.secondsToSubmit < -1)
        return Error{tr("培训记录 %1 的评分有负数（速度、按键、静默或提交时间）").arg(name)};
    score.keystrokes = int(keystrokes);
    score.articleFound = card.value(QLatin1String("articleFound")).toBool(false);

    const QJsonArray lines = card.value(QLatin1String("lines")).toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject object = lines.at(i).toObject();
        ScoreLine line{str(object, "key"), str(object, "label"), str(object, "expected"), str(object, "given"), 0, 0,
                       str(object, "note")};
        if (line.key.isEmpty())
            return Error{tr("培训记录 %1 的评分第 %2 行缺少 key").arg(name).arg(i + 1)};
        if (!readNumber(object, "points", line.points) || !readNumber(object, "maxPoints", line.maxPoints)
            || line.points < 0 || line.maxPoints < 0 || line.points > line.maxPoints + 1e-6)
            return Error{tr("培训记录 %1 的评分第 %2 行（%3）的得分 points 应在 0 与满分 maxPoints 之间")
                             .arg(name)
                             .arg(i + 1)
                             .arg(line.key)};
        score.lines.append(line);
    }
    return attempt;
}

} // namespace hotline
