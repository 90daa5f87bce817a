// SPDX-License-Identifier: GPL-3.0-or-later
// A scored training play as the desk keeps it and the centre stores it: built from a scored
// call, through JSON and back unchanged, and bad JSON refused with the field named.
#include "TrainingSamples.h"
#include "training/CallScoring.h"
#include "training/TrainingAttempt.h"

#include <QJsonArray>

#include <functional>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

TrainingAttempt scoredAttempt()
{
    const Scenario scenario = heatingScenario();
    CallObservation call = heatingCallDoneWell();
    call.exam = true;
    call.filed.classification.level3 = QStringLiteral("供热设施");
    return TrainingAttempt::fromCall(scenario, call, scoreCall(scenario, call), QStringLiteral("trainee01"),
                                     QStringLiteral("course-heating"));
}

void expectSameScore(const CallScore &a, const CallScore &b)
{
    ASSERT_EQ(a.lines.size(), b.lines.size());
    for (qsizetype i = 0; i < a.lines.size(); ++i) {
        const ScoreLine &x = a.lines.at(i);
        const ScoreLine &y = b.lines.at(i);
        EXPECT_EQ(x.key, y.key);
        EXPECT_EQ(x.label, y.label);
        EXPECT_EQ(x.expected, y.expected);
        EXPECT_EQ(x.given, y.given);
        EXPECT_DOUBLE_EQ(x.points, y.points);
        EXPECT_DOUBLE_EQ(x.maxPoints, y.maxPoints);
        EXPECT_EQ(x.note, y.note);
    }
    EXPECT_DOUBLE_EQ(a.total, b.total);
    EXPECT_DOUBLE_EQ(a.fieldAccuracy, b.fieldAccuracy);
    EXPECT_DOUBLE_EQ(a.factsCovered, b.factsCovered);
    EXPECT_DOUBLE_EQ(a.charsPerMinute, b.charsPerMinute);
    EXPECT_DOUBLE_EQ(a.secondsToSubmit, b.secondsToSubmit);
    EXPECT_EQ(a.articleFound, b.articleFound);
    EXPECT_EQ(a.keystrokes, b.keystrokes);
    EXPECT_DOUBLE_EQ(a.silenceSeconds, b.silenceSeconds);
}

// The attempt's JSON with one change, read back: it must be refused naming the field.
void expectRefused(const std::function<void(QJsonObject &)> &change, const QString &named)
{
    QJsonObject json = scoredAttempt().toJson();
    change(json);
    const Result<TrainingAttempt> read = TrainingAttempt::fromJson(json);
    ASSERT_FALSE(read.ok()) << qPrintable(named);
    EXPECT_TRUE(read.error().contains(named)) << qPrintable(read.error());
}

QJsonObject withScore(QJsonObject json, const char *key, const QJsonValue &value)
{
    QJsonObject score = json.value(QLatin1String("score")).toObject();
    score.insert(QLatin1String(key), value);
    json.insert(QStringLiteral("score"), score);
    return json;
}

} // namespace

TEST(TrainingAttemptTest, FromCallTakesTheScenariosFacts)
{
    const TrainingAttempt attempt = scoredAttempt();
    EXPECT_FALSE(attempt.id.isNull());
    EXPECT_EQ(attempt.trainee, QStringLiteral("trainee01"));
    EXPECT_EQ(attempt.courseId, QStringLiteral("course-heating"));
    EXPECT_EQ(attempt.scenarioId, QStringLiteral("heating-01"));
    EXPECT_EQ(attempt.scenarioVersion, 2);
    EXPECT_TRUE(attempt.exam);
    EXPECT_EQ(attempt.playedAt, QDateTime(QDate(2026, 12, 7), QTime(9, 0, 0), Qt::UTC));
    EXPECT_EQ(attempt.expectedItem, QStringLiteral("城乡建设"));
    EXPECT_EQ(attempt.expectedDistrict, QStringLiteral("西城区"));
    EXPECT_TRUE(attempt.simulation);
    EXPECT_NEAR(attempt.score.total, 100 - 6 * 100.0 / 90, 1e-9);
    EXPECT_NE(scoredAttempt().id, attempt.id);
}

TEST(TrainingAttemptTest, JsonRoundTrip)
{
    const TrainingAttempt attempt = scoredAttempt();
    const QJsonObject json = attempt.toJson();
    EXPECT_EQ(json.value(QLatin1String("simulation")), QJsonValue(true));
    const Result<TrainingAttempt> read = TrainingAttempt::fromJson(json);
    ASSERT_TRUE(read.ok()) << qPrintable(read.error());
    const TrainingAttempt &back = read.value();
    EXPECT_EQ(back.id, attempt.id);
    EXPECT_EQ(back.trainee, attempt.trainee);
    EXPECT_EQ(back.courseId, attempt.courseId);
    EXPECT_EQ(back.scenarioId, attempt.scenarioId);
    EXPECT_EQ(back.scenarioVersion, attempt.scenarioVersion);
    EXPECT_EQ(back.exam, attempt.exam);
    EXPECT_EQ(back.playedAt, attempt.playedAt);
    EXPECT_EQ(back.expectedItem, attempt.expectedItem);
    EXPECT_EQ(back.expectedDistrict, attempt.expectedDistrict);
    EXPECT_TRUE(back.simulation);
    expectSameScore(back.score, attempt.score);
    EXPECT_EQ(back.toJson(), json);

    // A call never filed keeps its −1 seconds to submit.
    TrainingAttempt unfiled = attempt;
    unfiled.score.secondsToSubmit = -1;
    const Result<TrainingAttempt> again = TrainingAttempt::fromJson(unfiled.toJson());
    ASSERT_TRUE(again.ok()) << qPrintable(again.error());
    EXPECT_DOUBLE_EQ(again.value().score.secondsToSubmit, -1);
}

TEST(TrainingAttemptTest, BadJsonIsRefusedNamingTheField)
{
    expectRefused([](QJsonObject &json) { json.insert(QStringLiteral("id"), QStringLiteral("not-a-uuid")); },
                  QStringLiteral("id"));
    expectRefused([](QJsonObject &json) { json.insert(QStringLiteral("simulation"), false); }, QStringLiteral("simulation"));
    expectRefused([](QJsonObject &json) { json.remove(QStringLiteral("simulation")); }, QStringLiteral("simulation"));
    expectRefused([](QJsonObject &json) { json.insert(QStringLiteral("trainee"), QStringLiteral("  ")); },
                  QStringLiteral("trainee"));
    expectRefused([](QJsonObject &json) { json.remove(QStringLiteral("scenarioId")); }, QStringLiteral("scenarioId"));
    expectRefused([](QJsonObject &json) { json.insert(QStringLiteral("scenarioVersion"), 0); },
                  QStringLiteral("scenarioVersion"));
    expectRefused([](QJsonObject &json) { json.insert(QStringLiteral("scenarioVersion"), QStringLiteral("2")); },
                  QStringLiteral("scenarioVersion"));
    expectRefused([](QJsonObject &json) { json.insert(QStringLiteral("exam"), QStringLiteral("yes")); }, QStringLiteral("exam"));
    expectRefused([](QJsonObject &json) { json.insert(QStringLiteral("playedAt"), QStringLiteral("yesterday")); },
                  QStringLiteral("playedAt"));
    expectRefused([](QJsonObject &json) { json.remove(QStringLiteral("score")); }, QStringLiteral("score"));
    expectRefused([](QJsonObject &json) { json = withScore(json, "total", 101); }, QStringLiteral("score.total"));
    expectRefused([](QJsonObject &json) { json = withScore(json, "total", QStringLiteral("90")); },
                  QStringLiteral("score.total"));
    expectRefused([](QJsonObject &json) { json = withScore(json, "fieldAccuracy", 1.5); },
                  QStringLiteral("score.fieldAccuracy"));
    expectRefused([](QJsonObject &json) { json = withScore(json, "charsPerMinute", -3); }, QStringLiteral("速度"));
    expectRefused(
        [](QJsonObject &json) {
            QJsonArray lines = json.value(QLatin1String("score")).toObject().value(QLatin1String("lines")).toArray();
            QJsonObject line = lines.at(1).toObject();
            line.insert(QStringLiteral("points"), line.value(QLatin1String("maxPoints")).toDouble() + 1);
            lines.replace(1, line);
            json = withScore(json, "lines", lines);
        },
        QStringLiteral("points"));
    expectRefused(
        [](QJsonObject &json) {
            QJsonArray lines = json.value(QLatin1String("score")).toObject().value(QLatin1String("lines")).toArray();
            QJsonObject line = lines.at(0).toObject();
            line.remove(QStringLiteral("key"));
            lines.replace(0, line);
            json = withScore(json, "lines", lines);
        },
        QStringLiteral("key"));
}
