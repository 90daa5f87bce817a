// SPDX-License-Identifier: GPL-3.0-or-later
// Quality review at the centre on both databases: a form is published (a bad one refused with
// the parser's message), a team lead scores an operator's call, a rescore keeps the earlier
// score, the operator disputes, the reviewer sees it and rescores or upholds, calibration
// compares reviewers, and every route refuses the roles it does not admit.
#include "sync/CentralHarness.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {
class QualityReviewTest : public CentralTest {};

QByteArray shippedForm()
{
    QFile file(QStringLiteral(HOTLINE_SEED_DATA "/../quality/hotline-call.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject answer(const char *question, QJsonValue index, const char *comment = "")
{
    QJsonObject object{{QStringLiteral("question"), QString::fromLatin1(question)}, {QStringLiteral("answer"), index}};
    if (*comment)
        object.insert(QStringLiteral("comment"), QString::fromUtf8(comment));
    return object;
}

// 是 on everything but `record` (部分, 10 of 20) and `kb` N/A (its 20 points leave the total): 70 of 80 → 87.5.
QJsonArray goodAnswers()
{
    return {answer("greeting", 0), answer("verify", 0), answer("classify", 0), answer("kb", QJsonValue::Null),
            answer("record", 1), answer("attitude", 0)};
}

QJsonArray fatalAnswers()
{
    return {answer("greeting", 0), answer("verify", 0), answer("classify", 0), answer("kb", 0), answer("record", 0),
            answer("attitude", 2, "泄露了来电人电话")};
}

QJsonArray evaluations(const HttpAnswer &answer)
{
    return answer.body.value(QStringLiteral("evaluations")).toArray();
}
} // namespace

TEST_P(QualityReviewTest, ScoreDisputeRescoreUpholdAndCalibrate)
{
    startCentral({{"op1", "operator"}, {"op2", "operator"}, {"lead1", "team_lead"}, {"lead2", "team_lead"},
                  {"admin1", "admin"}, {"dept1", "department"}, {"kb1", "kb_editor"}});
    const QUrl base = central->url();
    const QString op1 = signInToken(base, QStringLiteral("op1"));
    const QString op2 = signInToken(base, QStringLiteral("op2"));
    const QString lead1 = signInToken(base, QStringLiteral("lead1"));
    const QString lead2 = signInToken(base, QStringLiteral("lead2"));
    const QString dept = signInToken(base, QStringLiteral("dept1"));
    const QString kb = signInToken(base, QStringLiteral("kb1"));

    // A form that does not add up is refused with the parser's message; the shipped one taken once.
    QByteArray bad = shippedForm();
    ASSERT_FALSE(bad.isEmpty());
    bad.replace("\"weight\": 10,", "\"weight\": 12,");
    const HttpAnswer refused = http(base, "POST", QStringLiteral("/api/v1/quality/forms"), bad, lead1);
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(refused.body.value(QStringLiteral("error")).toString().contains(QStringLiteral("104"))) << qPrintable(refused.body.value(QStringLiteral("error")).toString());
    EXPECT_EQ(http(base, "POST", QStringLiteral("/api/v1/quality/forms"), shippedForm(), op1).status, 403);
    EXPECT_EQ(http(base, "POST", QStringLiteral("/api/v1/quality/forms"), shippedForm(), lead1).status, 201);
    EXPECT_EQ(http(base, "POST", QStringLiteral("/api/v1/quality/forms"), shippedForm(), lead1).status, 409) << "a version is published once";
    QByteArray second = shippedForm();
    second.replace("\"version\": 1", "\"version\": 2").replace("\"weight\": 25,", "\"weight\": 20,").replace("\"weight\": 15,", "\"weight\": 20,");
    EXPECT_EQ(http(base, "POST", QStringLiteral("/api/v1/quality/forms"), second, lead2).status, 201);
    EXPECT_EQ(count("SELECT count(*) FROM quality_forms WHERE form_key = 'hotline-call'"), 2) << "the old version kept";
    const HttpAnswer forms = http(base, "GET", QStringLiteral("/api/v1/quality/forms"), {}, op1);
    ASSERT_EQ(forms.status, 200);
    EXPECT_EQ(forms.body.value(QStringLiteral("forms")).toArray().at(0).toObject().value(QStringLiteral("version")).toInt(), 2);
    EXPECT_EQ(http(base, "GET", QStringLiteral("/api/v1/quality/forms/hotline-call?version=1"), {}, op1)
                  .body.value(QStringLiteral("groups")).toArray().at(0).toObject().value(QStringLiteral("questions")).toArray().at(1)
                  .toObject().value(QStringLiteral("weight")).toDouble(),
              15);
    EXPECT_EQ(http(base, "GET", QStringLiteral("/api/v1/quality/forms"), {}, dept).status, 403);

    // op1's call reaches the centre (its first chunk makes the row with the uploader).
    const QString recording = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ASSERT_EQ(http(base, "PUT", QStringLiteral("/api/v1/recordings/%1?offset=0").arg(recording), QByteArray(4000, 'x'), op1).status, 200);

    auto evaluate = [&](const QString &token, QJsonArray answers, QJsonObject extra = {}) {
        QJsonObject body{{QStringLiteral("form"), QStringLiteral("hotline-call")}, {QStringLiteral("version"), 1},
                         {QStringLiteral("recording"), recording}, {QStringLiteral("answers"), answers}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return http(base, "POST", QStringLiteral("/api/v1/quality/evaluations"), json(body), token);
    };
    // Checked with the domain's code: a comment the form requires is missing.
    QJsonArray noComment = goodAnswers();
    noComment.replace(0, answer("greeting", 1));
    const HttpAnswer missing = evaluate(lead1, noComment);
    EXPECT_EQ(missing.status, 422);
    EXPECT_TRUE(missing.body.value(QStringLiteral("error")).toString().contains(QStringLiteral("评语")))
        << qPrintable(missing.body.value(QStringLiteral("error")).toString());
    EXPECT_EQ(evaluate(lead1, goodAnswers(), {{QStringLiteral("operator"), QStringLiteral("nobody")}}).status, 422) << "no such user";
    EXPECT_EQ(evaluate(op2, goodAnswers()).status, 403) << "operators do not score";
    EXPECT_EQ(evaluate(dept, goodAnswers()).status, 403);
    EXPECT_EQ(count("SELECT count(*) FROM quality_evaluations"), 0);

    // Scored on version 1 (the latest is 2): the score keeps the version it was made with.
    const HttpAnswer first = evaluate(lead1, goodAnswers());
    ASSERT_EQ(first.status, 201) << qPrintable(first.body.value(QStringLiteral("error")).toString());
    const QString firstId = first.body.value(QStringLiteral("id")).toString();
    EXPECT_EQ(first.body.value(QStringLiteral("operator")).toString(), QStringLiteral("op1")) << "the recording's uploader";
    EXPECT_EQ(first.body.value(QStringLiteral("formVersion")).toInt(), 1);
    EXPECT_DOUBLE_EQ(first.body.value(QStringLiteral("score")).toDouble(), 70.0 / 80 * 100);
    EXPECT_EQ(first.body.value(QStringLiteral("state")).toString(), QStringLiteral("scored"));

    // Rescored by its reviewer before the operator answered: a new evaluation, the old kept.
    EXPECT_EQ(http(base, "POST", QStringLiteral("/api/v1/quality/evaluations/%1/rescore").arg(firstId),
                   json({{QStringLiteral("answers"), fatalAnswers()}}), lead2)
                  .status,
              403)
        << "another lead does not rescore lead1's evaluation";
    const HttpAnswer rescored = http(base, "POST", QStringLiteral("/api/v1/quality/evaluations/%1/rescore").arg(firstId),
                                     json({{QStringLiteral("answers"), fatalAnswers()}}), lead1);
    ASSERT_EQ(rescored.status, 201) << qPrintable(rescored.body.value(QStringLiteral("error")).toString());
    const QString secondId = rescored.body.value(QStringLiteral("id")).toString();
    EXPECT_EQ(rescored.body.value(QStringLiteral("score")).toDouble(), 0) << "a fatal answer zeroes the score";
    EXPECT_TRUE(rescored.body.value(QStringLiteral("fatal")).toBool());
    EXPECT_EQ(rescored.body.value(QStringLiteral("supersedes")).toString(), firstId);
    EXPECT_EQ(count("SELECT count(*) FROM quality_evaluations WHERE state = 'rescored' AND score > 87 AND superseded_by <> ''"), 1)
        << "the earlier score is kept as it was";
    EXPECT_EQ(http(base, "POST", QStringLiteral("/api/v1/quality/evaluations/%1/rescore").arg(firstId),
                   json({{QStringLiteral("answers"), goodAnswers()}}), lead1)
                  .status,
              409)
        << "only the latest is rescored";

    // The operator sees both, answers only their own, and disputes the latest.
    const HttpAnswer mine = http(base, "GET", QStringLiteral("/api/v1/quality/mine"), {}, op1);
    ASSERT_EQ(mine.status, 200);
    EXPECT_EQ(evaluations(mine).size(), 2);
    EXPECT_EQ(evaluations(http(base, "GET", QStringLiteral("/api/v1/quality/mine"), {}, op2)).size(), 0);
    EXPECT_EQ(http(base, "GET", QStringLiteral("/api/v1/quality/evaluations?operator=op1"), {}, op1).status, 403);
    EXPECT_EQ(http(base, "POST", QStringLiteral("/api/v1/quality/evaluations/%1/dispute").arg(secondId),
                   json({{QStringLiteral("comment"), QStringLiteral("不是我")}}), op2)
                  .status,
              403);
    EXPECT_EQ(http(base, "POST", QStringLiteral("/api/v1/quality/evaluations/%1/dispute").arg(secondId), json({}), op1).status, 422)
        << "a dispute says why";
    EXPECT_EQ(http(base, "POST", QStringLiteral("/api/v1/quality/evaluations/%1/acknowledge").arg(secondId), {}, kb).status, 403);
    const HttpAnswer disputed = http(base, "POST", QStringLiteral("/api/v1/quality/evaluations/%1/dispute").arg(secondId),
                                     json({{QStringLiteral("comment"), QStringLiteral("来电人自己报的号码，我只是复述")}}), op1);
    ASSERT_EQ(disputed.status, 200) << qPrintable(disputed.body.value(QStringLiteral("error")).toString());
    EXPECT_EQ(disputed.body.value(QStringLiteral("state")).toString(), QStringLiteral("disputed"));
    EXPECT_EQ(http(base, "POST", QStringLiteral("/api/v1/quality/evaluations/%1/acknowledge").arg(secondId), {}, op1).status, 409);

    // The reviewer finds it returned, with the comment; another lead does not.
    const HttpAnswer returned = http(base, "GET", QStringLiteral("/api/v1/quality/evaluations?disputed=lead1"), {}, lead1);
    ASSERT_EQ(evaluations(returned).size(), 1);
    const QJsonObject dispute = evaluations(returned).at(0).toObject();
    EXPECT_EQ(dispute.value(QStringLiteral("id")).toString(), secondId);
    EXPECT_EQ(dispute.value(QStringLiteral("responses")).toArray().at(0).toObject().value(QStringLiteral("comment")).toString(),
              QStringLiteral("来电人自己报的号码，我只是复述"));
    EXPECT_EQ(evaluations(http(base, "GET", QStringLiteral("/api/v1/quality/evaluations?disputed=lead2"), {}, lead2)).size(), 0);
    EXPECT_EQ(http(base, "POST", QStringLiteral("/api/v1/quality/evaluations/%1/uphold").arg(secondId),
                   json({{QStringLiteral("comment"), QStringLiteral("维持")}}), lead2)
                  .status,
              403);

    // Rescored after the dispute: the third evaluation is scored again for the operator.
    const HttpAnswer third = http(base, "POST", QStringLiteral("/api/v1/quality/evaluations/%1/rescore").arg(secondId),
                                  json({{QStringLiteral("answers"), goodAnswers()}}), lead1);
    ASSERT_EQ(third.status, 201);
    const QString thirdId = third.body.value(QStringLiteral("id")).toString();
    EXPECT_EQ(evaluations(http(base, "GET", QStringLiteral("/api/v1/quality/evaluations?disputed=lead1"), {}, lead1)).size(), 0);
    // Disputed again and this time upheld with a note: the score stays.
    ASSERT_EQ(http(base, "POST", QStringLiteral("/api/v1/quality/evaluations/%1/dispute").arg(thirdId),
                   json({{QStringLiteral("comment"), QStringLiteral("工单记录是完整的")}}), op1)
                  .status,
              200);
    EXPECT_EQ(http(base, "POST", QStringLiteral("/api/v1/quality/evaluations/%1/uphold").arg(thirdId), json({}), lead1).status, 422);
    const HttpAnswer upheld = http(base, "POST", QStringLiteral("/api/v1/quality/evaluations/%1/uphold").arg(thirdId),
                                   json({{QStringLiteral("comment"), QStringLiteral("录音 02:10 处未记录补充地址")}}), lead1);
    ASSERT_EQ(upheld.status, 200);
    EXPECT_EQ(upheld.body.value(QStringLiteral("state")).toString(), QStringLiteral("upheld"));
    EXPECT_EQ(upheld.body.value(QStringLiteral("responses")).toArray().size(), 2);
    EXPECT_DOUBLE_EQ(upheld.body.value(QStringLiteral("score")).toDouble(), 87.5);
    EXPECT_EQ(count("SELECT count(*) FROM quality_evaluations"), 3);
    EXPECT_EQ(count("SELECT count(*) FROM quality_responses"), 3);
    EXPECT_EQ(evaluations(http(base, "GET", QStringLiteral("/api/v1/quality/evaluations?recording=") + recording, {}, lead2)).size(), 3);

    // Calibration: lead2 and the admin score the same call; lead1's latest is the reference.
    ASSERT_EQ(evaluate(lead2, fatalAnswers(), {{QStringLiteral("calibration"), true}}).status, 201);
    const QString admin = signInToken(base, QStringLiteral("admin1"));
    QJsonArray adminAnswers = goodAnswers();
    adminAnswers.replace(4, answer("record", 0));
    ASSERT_EQ(evaluate(admin, adminAnswers, {{QStringLiteral("calibration"), true}}).status, 201);
    EXPECT_EQ(evaluations(http(base, "GET", QStringLiteral("/api/v1/quality/mine"), {}, op1)).size(), 3) << "calibration is not the operator's";
    const HttpAnswer spread = http(base, "GET", QStringLiteral("/api/v1/quality/calibration?recording=%1&reference=lead1").arg(recording), {}, lead2);
    ASSERT_EQ(spread.status, 200) << qPrintable(spread.body.value(QStringLiteral("error")).toString());
    EXPECT_DOUBLE_EQ(spread.body.value(QStringLiteral("referenceScore")).toDouble(), 87.5);
    const QJsonArray reviewers = spread.body.value(QStringLiteral("reviewers")).toArray();
    ASSERT_EQ(reviewers.size(), 2);
    for (const QJsonValue &row : reviewers) {
        const QJsonObject r = row.toObject();
        if (r.value(QStringLiteral("reviewer")).toString() == QLatin1String("lead2"))
            EXPECT_DOUBLE_EQ(r.value(QStringLiteral("difference")).toDouble(), -87.5);
        else
            EXPECT_DOUBLE_EQ(r.value(QStringLiteral("difference")).toDouble(), 100 - 87.5);
    }
    EXPECT_EQ(spread.body.value(QStringLiteral("questions")).toArray().size(), 6);
    EXPECT_EQ(http(base, "GET", QStringLiteral("/api/v1/quality/calibration?recording=%1&reference=lead1").arg(recording), {}, op1).status, 403);
    EXPECT_EQ(http(base, "GET", QStringLiteral("/api/v1/quality/calibration?recording=%1&reference=op2").arg(recording), {}, lead1).status, 404);
    EXPECT_EQ(http(base, "GET", QStringLiteral("/api/v1/quality/evaluations"), {}).status, 401);
}

TEST_P(QualityReviewTest, CtlChecksAFormAndPublishesIt)
{
    startCentral({{"lead1", "team_lead"}, {"op1", "operator"}});
    auto run = [&](const QStringList &arguments, const QString &token) {
        QProcess ctl;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOTLINE_TOKEN"), token);
        ctl.setProcessEnvironment(environment);
        ctl.start(QStringLiteral(HOTLINE_CTL_BIN), arguments);
        EXPECT_TRUE(ctl.waitForFinished(60000));
        return std::tuple{ctl.exitCode(), QString::fromUtf8(ctl.readAllStandardOutput()), QString::fromUtf8(ctl.readAllStandardError())};
    };
    QTemporaryFile bad(dir.filePath(QStringLiteral("bad-XXXXXX.json")));
    ASSERT_TRUE(bad.open());
    bad.write(shippedForm().replace("\"weight\": 25,", "\"weight\": 20,"));
    bad.close();
    const QString centre = central->url().toString();
    const QString lead = signInToken(central->url(), QStringLiteral("lead1"));
    // Refused on the command line with the sum named, and nothing reaches the centre.
    const auto [badCode, badOut, badErr] = run({QStringLiteral("quality"), QStringLiteral("form"), QStringLiteral("import"), bad.fileName(),
                                                QStringLiteral("--central"), centre},
                                               lead);
    EXPECT_EQ(badCode, 1);
    EXPECT_TRUE(badErr.contains(QStringLiteral("各题分值之和为 95，应为 100"))) << qPrintable(badErr);
    EXPECT_EQ(count("SELECT count(*) FROM quality_forms"), 0);
    // Checked only, then published; an operator's token is refused by the centre.
    const QString good = QStringLiteral(HOTLINE_SEED_DATA "/../quality/hotline-call.json");
    const auto [checkCode, checkOut, checkErr] = run({QStringLiteral("quality"), QStringLiteral("form"), QStringLiteral("import"), good}, {});
    EXPECT_EQ(checkCode, 0) << qPrintable(checkErr);
    EXPECT_TRUE(checkOut.contains(QStringLiteral("attitude"))) << qPrintable(checkOut);
    EXPECT_TRUE(checkOut.contains(QStringLiteral("not published")));
    EXPECT_EQ(count("SELECT count(*) FROM quality_forms"), 0);
    const auto [opCode, opOut, opErr] = run({QStringLiteral("quality"), QStringLiteral("form"), QStringLiteral("import"), good,
                                             QStringLiteral("--central"), centre},
                                            signInToken(central->url(), QStringLiteral("op1")));
    EXPECT_EQ(opCode, 1);
    EXPECT_TRUE(opErr.contains(QStringLiteral("403"))) << qPrintable(opErr);
    const auto [code, out, err] = run({QStringLiteral("quality"), QStringLiteral("form"), QStringLiteral("import"), good,
                                       QStringLiteral("--central"), centre},
                                      lead);
    EXPECT_EQ(code, 0) << qPrintable(err);
    EXPECT_TRUE(out.contains(QStringLiteral("published hotline-call version 1")));
    EXPECT_EQ(count("SELECT count(*) FROM quality_forms WHERE form_key = 'hotline-call' AND version = 1"), 1);
}

INSTANTIATE_TEST_SUITE_P(Central, QualityReviewTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &info) { return std::string(info.param); });
