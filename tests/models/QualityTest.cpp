// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring forms (质检评分表), evaluations and calibration: the form's rules are refused with a
// message that says what is wrong and where, N/A leaves the total, a fatal answer zeroes the
// score, a dispute returns to the reviewer, and calibration's spread matches a hand count.
#include "TestData.h"
#include "quality/Calibration.h"
#include "quality/EvaluationLifecycle.h"
#include "quality/Scoring.h"
#include "quality/ScoringForm.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace hotline;

namespace {

// Three questions of 50, 30 and 20 points: 是/部分/否, 是/否 with N/A, 是/否 where 否 is fatal.
const char *smallForm = R"({"key": "small", "name": "小表", "version": 3, "groups": [
  {"name": "处理", "questions": [
    {"id": "q1", "text": "分类正确", "weight": 50, "comment": "below_full",
     "answers": [{"label": "是", "share": 100}, {"label": "部分", "share": 50}, {"label": "否", "share": 0}]},
    {"id": "q2", "text": "按知识库答复", "weight": 30, "na": true,
     "answers": [{"label": "是", "share": 100}, {"label": "否", "share": 0}]}]},
  {"name": "规范", "questions": [
    {"id": "q3", "text": "未泄露信息", "weight": 20,
     "answers": [{"label": "是", "share": 100}, {"label": "否", "share": 0, "fatal": true}]}]}]})";

ScoringForm form()
{
    Result<ScoringForm> parsed = ScoringForm::parse(smallForm);
    EXPECT_TRUE(parsed.ok()) << qPrintable(parsed.error());
    return parsed.value();
}

GivenAnswers answers(std::optional<int> q1, std::optional<int> q2, std::optional<int> q3, const QString &comment = {})
{
    return {{QStringLiteral("q1"), {q1, comment}}, {QStringLiteral("q2"), {q2, {}}}, {QStringLiteral("q3"), {q3, {}}}};
}

QString refusal(const QByteArray &json)
{
    Result<ScoringForm> parsed = ScoringForm::parse(json);
    EXPECT_FALSE(parsed.ok()) << json.constData();
    return parsed.ok() ? QString() : parsed.error();
}

} // namespace

TEST(ScoringFormTest, ParsesTheShippedFormAndRoundTripsItsJson)
{
    QFile file(QStringLiteral(HOTLINE_SEED_DATA "/../quality/hotline-call.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    Result<ScoringForm> shipped = ScoringForm::parse(file.readAll());
    ASSERT_TRUE(shipped.ok()) << qPrintable(shipped.error());
    EXPECT_EQ(shipped.value().groups().size(), 3);
    EXPECT_EQ(shipped.value().questions().size(), 6);
    EXPECT_TRUE(shipped.value().question(QStringLiteral("attitude"))->isFatal());
    EXPECT_FALSE(shipped.value().question(QStringLiteral("record"))->isFatal());

    const ScoringForm small = form();
    EXPECT_EQ(small.key(), QStringLiteral("small"));
    EXPECT_EQ(small.version(), 3);
    Result<ScoringForm> again = ScoringForm::fromJson(small.toJson());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().toJson(), small.toJson());
}

TEST(ScoringFormTest, AFormWhoseWeightsDoNotAddUpIsRefusedWithAMessage)
{
    QByteArray json(smallForm);
    json.replace("\"weight\": 20", "\"weight\": 25");
    const QString sum = refusal(json);
    EXPECT_TRUE(sum.contains(QStringLiteral("105"))) << qPrintable(sum);
    EXPECT_TRUE(sum.contains(QStringLiteral("100"))) << qPrintable(sum);

    QByteArray duplicate(smallForm);
    duplicate.replace("\"id\": \"q3\"", "\"id\": \"q1\"");
    const QString twice = refusal(duplicate);
    EXPECT_TRUE(twice.contains(QStringLiteral("重复"))) << qPrintable(twice);
    EXPECT_TRUE(twice.contains(QStringLiteral("第 2 组第 1 题"))) << "located: " << qPrintable(twice);

    const QString empty = refusal(R"({"key": "e", "name": "空", "version": 1, "groups": [{"name": "空组", "questions": []}]})");
    EXPECT_TRUE(empty.contains(QStringLiteral("空组"))) << qPrintable(empty);

    QByteArray noShare(smallForm);
    noShare.replace(R"({"label": "部分", "share": 50})", R"({"label": "部分"})");
    const QString share = refusal(noShare);
    EXPECT_TRUE(share.contains(QStringLiteral("部分")) && share.contains(QStringLiteral("share"))) << qPrintable(share);

    QByteArray typo(smallForm);
    typo.replace("\"weight\": 30", "\"wieght\": 30");
    EXPECT_TRUE(refusal(typo).contains(QStringLiteral("wieght")));
    EXPECT_TRUE(refusal("{not json").contains(QStringLiteral("JSON")));
    QByteArray fatalWithPoints(smallForm);
    fatalWithPoints.replace(R"("share": 0, "fatal": true)", R"("share": 50, "fatal": true)");
    EXPECT_FALSE(refusal(fatalWithPoints).isEmpty());
}

TEST(ScoringTest, NaLeavesTheTotalAndAFatalAnswerZeroesTheScore)
{
    const ScoringForm f = form();
    // 部分 on q1 (25 of 50), 是 on q2 (30), 是 on q3 (20): 75.
    Score full = Scoring::evaluate(f, answers(1, 0, 0, QStringLiteral("漏问地址"))).value();
    EXPECT_DOUBLE_EQ(full.score, 75);
    EXPECT_FALSE(full.fatal);
    // q2 N/A: 45 of the remaining 70 → 64.28…
    Score na = Scoring::evaluate(f, answers(1, std::nullopt, 0, QStringLiteral("漏问地址"))).value();
    EXPECT_DOUBLE_EQ(na.possible, 70);
    EXPECT_NEAR(na.score, 45.0 / 70 * 100, 1e-9);
    // Everything else perfect, the fatal answer on q3: 0, and q3 named.
    Score fatal = Scoring::evaluate(f, answers(0, 0, 1)).value();
    EXPECT_EQ(fatal.score, 0);
    EXPECT_TRUE(fatal.fatal);
    EXPECT_EQ(fatal.fatalQuestions, QStringList{QStringLiteral("q3")});
    EXPECT_DOUBLE_EQ(fatal.earned, 80) << "the points stay visible, the score is zero";

    // Refused: a required comment missing, N/A where not allowed, unanswered, out of range.
    std::optional<ScoringProblem> problem = Scoring::problem(f, answers(1, 0, 0));
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->questionId, QStringLiteral("q1"));
    EXPECT_TRUE(problem->message.contains(QStringLiteral("评语")));
    EXPECT_EQ(Scoring::problem(f, answers(0, 0, std::nullopt))->questionId, QStringLiteral("q3"));
    GivenAnswers partial = answers(0, 0, 0);
    partial.remove(QStringLiteral("q2"));
    EXPECT_EQ(Scoring::problem(f, partial)->questionId, QStringLiteral("q2"));
    EXPECT_FALSE(Scoring::evaluate(f, answers(0, 5, 0)).ok());
    GivenAnswers stranger = answers(0, 0, 0);
    stranger.insert(QStringLiteral("q9"), {0, {}});
    EXPECT_EQ(Scoring::problem(f, stranger)->questionId, QStringLiteral("q9"));
    // The running score counts what is answered so far.
    EXPECT_DOUBLE_EQ(Scoring::score(f, partial).score, 100);
    EXPECT_FALSE(Scoring::score(f, partial).complete());

    // Answers go to JSON and back unchanged; N/A as null.
    const GivenAnswers given = answers(2, std::nullopt, 0, QStringLiteral("没分类"));
    const QJsonArray json = Scoring::toJson(given, &f);
    EXPECT_TRUE(json.at(1).toObject().value(QStringLiteral("answer")).isNull());
    EXPECT_EQ(Scoring::fromJson(json).value(), given);
    EXPECT_FALSE(Scoring::fromJson(QJsonArray{QJsonObject{{QStringLiteral("question"), QStringLiteral("q1")},
                                                          {QStringLiteral("answer"), QStringLiteral("是")}}})
                     .ok());
}

TEST(EvaluationLifecycleTest, ADisputeReturnsToTheReviewerWhoUpholdsOrRescores)
{
    using S = EvaluationState;
    using A = EvaluationAction;
    EXPECT_EQ(EvaluationLifecycle::next(S::Scored, A::Acknowledge).value(), S::Acknowledged);
    EXPECT_FALSE(EvaluationLifecycle::next(S::Scored, A::Dispute).ok()) << "a dispute says why";
    const S disputed = EvaluationLifecycle::next(S::Scored, A::Dispute, QStringLiteral("来电人要求不记录地址")).value();
    EXPECT_EQ(disputed, S::Disputed);
    EXPECT_FALSE(EvaluationLifecycle::next(disputed, A::Acknowledge).ok());
    EXPECT_FALSE(EvaluationLifecycle::next(disputed, A::Uphold).ok()) << "an uphold says why";
    EXPECT_EQ(EvaluationLifecycle::next(disputed, A::Uphold, QStringLiteral("录音第 2 分钟已说明")).value(), S::Upheld);
    EXPECT_EQ(EvaluationLifecycle::next(disputed, A::Rescore).value(), S::Rescored);
    EXPECT_FALSE(EvaluationLifecycle::next(S::Acknowledged, A::Dispute, QStringLiteral("晚了")).ok());
    EXPECT_FALSE(EvaluationLifecycle::next(S::Rescored, A::Rescore).ok()) << "only the latest is rescored";
    EXPECT_FALSE(EvaluationLifecycle::next(S::Upheld, A::Dispute, QStringLiteral("再申诉")).ok());
    for (S state : {S::Scored, S::Acknowledged, S::Disputed, S::Upheld, S::Rescored})
        EXPECT_EQ(evaluationStateFromCode(toCode(state)), state);
}

TEST(CalibrationTest, SpreadAgainstTheReferenceOnAKnownCase)
{
    const ScoringForm f = form();
    // Reference A: 是 是 是 = 100. B: 部分 是 是 = 75. C: 否 N/A 否(fatal) = 0.
    const QVector<CalibrationEntry> entries{{QStringLiteral("lead-b"), answers(1, 0, 0)},
                                            {QStringLiteral("lead-a"), answers(0, 0, 0)},
                                            {QStringLiteral("lead-c"), answers(2, std::nullopt, 1)}};
    Result<CalibrationSpread> spread = Calibration::spread(f, QStringLiteral("lead-a"), entries);
    ASSERT_TRUE(spread.ok()) << qPrintable(spread.error());
    const CalibrationSpread &s = spread.value();
    EXPECT_DOUBLE_EQ(s.referenceScore, 100);
    ASSERT_EQ(s.questions.size(), 3);
    // q1: |25-50| and |0-50| → 37.5; nobody agreed.
    EXPECT_DOUBLE_EQ(s.questions[0].meanAbsPoints, 37.5);
    EXPECT_DOUBLE_EQ(s.questions[0].agreementRate, 0);
    EXPECT_EQ(s.questions[0].compared, 2);
    // q2: B agreed (0); C said N/A (no points to compare, not the same answer).
    EXPECT_DOUBLE_EQ(s.questions[1].meanAbsPoints, 0);
    EXPECT_DOUBLE_EQ(s.questions[1].agreementRate, 0.5);
    // q3: B agreed, C 20 points away.
    EXPECT_DOUBLE_EQ(s.questions[2].meanAbsPoints, 10);
    EXPECT_DOUBLE_EQ(s.questions[2].agreementRate, 0.5);
    ASSERT_EQ(s.reviewers.size(), 2);
    EXPECT_EQ(s.reviewers[0].reviewer, QStringLiteral("lead-b"));
    EXPECT_DOUBLE_EQ(s.reviewers[0].score, 75);
    EXPECT_DOUBLE_EQ(s.reviewers[0].difference, -25);
    EXPECT_DOUBLE_EQ(s.reviewers[0].agreementRate, 2.0 / 3);
    EXPECT_EQ(s.reviewers[1].reviewer, QStringLiteral("lead-c"));
    EXPECT_TRUE(s.reviewers[1].fatal);
    EXPECT_DOUBLE_EQ(s.reviewers[1].difference, -100);
    EXPECT_DOUBLE_EQ(s.reviewers[1].agreementRate, 0);
    EXPECT_EQ(s.toJson().value(QStringLiteral("reviewers")).toArray().size(), 2);

    EXPECT_FALSE(Calibration::spread(f, QStringLiteral("lead-z"), entries).ok());
    EXPECT_FALSE(Calibration::spread(f, QStringLiteral("lead-a"), {entries[1]}).ok());
}
