// SPDX-License-Identifier: GPL-3.0-or-later
// The centre's training routes on SQLite and PostgreSQL: a team lead publishes a scenario (a
// bad one refused with the parser's message), each publication raises its version and the
// training revision desks read by, a withdrawal reaches them too; courses name published
// scenarios only; a scenario's WAV goes in and comes back byte for byte, anything else is
// refused; a trainee's attempt is kept once (the same again is a duplicate, another login's is
// refused) in a table of its own; the lead's class view lists every trainee; departments and
// operators write nothing, departments read nothing.
#include "CentralHarness.h"
#include "RecordingAudio.h"

#include "server/training/TrainingRoutes.h"
#include "training/Scenario.h"
#include "training/TrainingAttempt.h"

#include <QJsonArray>

using namespace hotline;
using namespace hotline::test;

namespace {

Scenario sampleScenario(const QString &id)
{
    Scenario scenario;
    scenario.id = id;
    scenario.title = QStringLiteral("路口井盖丢失");
    scenario.source = QStringLiteral("written");
    scenario.callerNumber = QStringLiteral("13912345678");
    scenario.callerName = QStringLiteral("王先生");
    scenario.transcript = {{QStringLiteral("你好，我要反映个事。"), 0, 1800, true},
                           {QStringLiteral("西城区金融街路口的井盖丢了三天了。"), 2000, 5200, true}};
    scenario.expected.appealType = AppealType::Report;
    scenario.expected.item = {QStringLiteral("城乡建设"), QStringLiteral("城市建设和市政管理"), QStringLiteral("市政设施")};
    scenario.expected.keyFacts = {QStringLiteral("井盖"), QStringLiteral("三天")};
    return scenario;
}


QJsonObject attemptOf(const QString &trainee, const QString &course, const QString &scenario, double total)
{
    TrainingAttempt attempt;
    attempt.id = QUuid::createUuid();
    attempt.trainee = trainee;
    attempt.courseId = course;
    attempt.scenarioId = scenario;
    attempt.playedAt = QDateTime::currentDateTimeUtc();
    attempt.score.total = total;
    attempt.score.fieldAccuracy = 0.8;
    attempt.score.factsCovered = 0.5;
    attempt.score.charsPerMinute = 76;
    attempt.score.secondsToSubmit = 4;
    attempt.score.lines = {{QStringLiteral("item"), QStringLiteral("事项"), QStringLiteral("市政设施"), QStringLiteral("市政设施"), 20, 20, {}}};
    attempt.expectedItem = QStringLiteral("城乡建设");
    attempt.expectedDistrict = QStringLiteral("西城区");
    return attempt.toJson();
}

class TrainingRoutesTest : public CentralTest {
protected:
    void SetUp() override
    {
        startCentral({{"lead1", "team_lead"}, {"admin1", "admin"}, {"op1", "operator"}, {"trainee1", "trainee"},
                      {"trainee2", "trainee"}, {"dept1", "department"}});
        for (const char *login : {"lead1", "admin1", "op1", "trainee1", "trainee2", "dept1"})
            tokens.insert(QString::fromLatin1(login), signInToken(central->url(), QString::fromLatin1(login)));
    }
    HttpAnswer call(const char *login, const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return http(central->url(), method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(),
                    tokens.value(QString::fromLatin1(login)));
    }
    HttpAnswer publish(const Scenario &scenario, const char *login = "lead1")
    {
        return call(login, "PUT", QStringLiteral("/api/v1/training/scenarios/") + scenario.id, scenario.toJson());
    }
    QJsonArray listed(const char *what, qint64 since, qint64 *revision = nullptr, const char *login = "trainee1")
    {
        const HttpAnswer answer = call(login, "GET", QStringLiteral("/api/v1/training/%1?since=%2").arg(QLatin1String(what)).arg(since));
        EXPECT_EQ(answer.status, 200) << QJsonDocument(answer.body).toJson().constData();
        if (revision)
            *revision = answer.body.value(QLatin1String("revision")).toInteger();
        return answer.body.value(QLatin1String(what)).toArray();
    }

    QHash<QString, QString> tokens;
};

TEST_P(TrainingRoutesTest, ScenariosArePublishedVersionedReadBySinceAndWithdrawn)
{
    qint64 start = -1;
    EXPECT_TRUE(listed("scenarios", 0, &start).isEmpty());
    EXPECT_EQ(start, 0);

    HttpAnswer first = publish(sampleScenario(QStringLiteral("manhole-01")));
    ASSERT_EQ(first.status, 200) << QJsonDocument(first.body).toJson().constData();
    EXPECT_EQ(first.body.value(QLatin1String("version")).toInt(), 1);
    // Published again (edited): the centre raises the version, whatever the text says.
    Scenario edited = sampleScenario(QStringLiteral("manhole-01"));
    edited.title = QStringLiteral("路口井盖丢失（改）");
    const HttpAnswer second = publish(edited, "admin1");
    ASSERT_EQ(second.status, 200);
    EXPECT_EQ(second.body.value(QLatin1String("version")).toInt(), 2);
    EXPECT_GT(second.body.value(QLatin1String("revision")).toInteger(), first.body.value(QLatin1String("revision")).toInteger());

    // A desk holding nothing gets it at version 2; a desk holding the first revision too.
    qint64 revision = 0;
    QJsonArray all = listed("scenarios", 0, &revision);
    ASSERT_EQ(all.size(), 1);
    const Result<Scenario> read = Scenario::fromJson(all.at(0).toObject().value(QLatin1String("scenario")).toObject());
    ASSERT_TRUE(read) << qPrintable(read.error());
    EXPECT_EQ(read.value().version, 2);
    EXPECT_EQ(read.value().title, edited.title);
    EXPECT_EQ(revision, second.body.value(QLatin1String("revision")).toInteger());
    EXPECT_EQ(listed("scenarios", first.body.value(QLatin1String("revision")).toInteger()).size(), 1);
    EXPECT_TRUE(listed("scenarios", revision).isEmpty()) << "nothing new since the revision held";
    EXPECT_EQ(call("op1", "GET", QStringLiteral("/api/v1/training/scenarios/manhole-01")).body.value(QLatin1String("version")).toInt(), 2);

    // A bad scenario: refused with the parser's message, nothing changed.
    Scenario bad = sampleScenario(QStringLiteral("manhole-02"));
    bad.transcript[1].startMs = 1000; // overlaps the first sentence
    const HttpAnswer refused = publish(bad);
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(refused.body.value(QLatin1String("error")).toString().contains(QStringLiteral("重叠")))
        << qPrintable(refused.body.value(QLatin1String("error")).toString());
    // The path names another scenario than the text.
    EXPECT_EQ(call("lead1", "PUT", QStringLiteral("/api/v1/training/scenarios/other"), sampleScenario(QStringLiteral("manhole-01")).toJson()).status, 422);
    EXPECT_EQ(call("lead1", "PUT", QStringLiteral("/api/v1/training/scenarios/bad%20id"), sampleScenario(QStringLiteral("x")).toJson()).status, 400);
    EXPECT_TRUE(listed("scenarios", revision).isEmpty());

    // Withdrawn: desks reading since their revision learn it, without the text.
    const HttpAnswer withdrawn = call("lead1", "DELETE", QStringLiteral("/api/v1/training/scenarios/manhole-01"));
    ASSERT_EQ(withdrawn.status, 200);
    const QJsonArray after = listed("scenarios", revision);
    ASSERT_EQ(after.size(), 1);
    EXPECT_TRUE(after.at(0).toObject().value(QLatin1String("withdrawn")).toBool());
    EXPECT_FALSE(after.at(0).toObject().contains(QLatin1String("scenario")));
    EXPECT_EQ(call("trainee1", "GET", QStringLiteral("/api/v1/training/scenarios/manhole-01")).status, 404);
    EXPECT_EQ(call("lead1", "DELETE", QStringLiteral("/api/v1/training/scenarios/manhole-01")).status, 404) << "withdrawn already";
    // Published again later: back, at the next version.
    EXPECT_EQ(publish(sampleScenario(QStringLiteral("manhole-01"))).body.value(QLatin1String("version")).toInt(), 3);
}

TEST_P(TrainingRoutesTest, CoursesNamePublishedScenariosOnly)
{
    ASSERT_EQ(publish(sampleScenario(QStringLiteral("s1"))).status, 200);
    const Course course{QStringLiteral("basics"), QStringLiteral("入门"), {QStringLiteral("s1"), QStringLiteral("s2")}, 75.0, false};
    const HttpAnswer missing = call("lead1", "PUT", QStringLiteral("/api/v1/training/courses/basics"), course.toJson());
    EXPECT_EQ(missing.status, 422);
    EXPECT_TRUE(missing.body.value(QLatin1String("error")).toString().contains(QLatin1String("s2")));
    ASSERT_EQ(publish(sampleScenario(QStringLiteral("s2"))).status, 200);
    ASSERT_EQ(call("lead1", "PUT", QStringLiteral("/api/v1/training/courses/basics"), course.toJson()).status, 200);
    const QJsonArray courses = listed("courses", 0);
    ASSERT_EQ(courses.size(), 1);
    const Result<Course> read = Course::fromJson(courses.at(0).toObject().value(QLatin1String("course")).toObject());
    ASSERT_TRUE(read) << qPrintable(read.error());
    EXPECT_EQ(read.value(), course);
    // Course::fromJson's own refusal, with its message.
    const HttpAnswer empty = call("lead1", "PUT", QStringLiteral("/api/v1/training/courses/empty"),
                                  QJsonObject{{QStringLiteral("id"), QStringLiteral("empty")}, {QStringLiteral("title"), QStringLiteral("空")}});
    EXPECT_EQ(empty.status, 422);
    EXPECT_TRUE(empty.body.value(QLatin1String("error")).toString().contains(QStringLiteral("没有情景")));
    ASSERT_EQ(call("admin1", "DELETE", QStringLiteral("/api/v1/training/courses/basics")).status, 200);
    EXPECT_TRUE(listed("courses", 0).at(0).toObject().value(QLatin1String("withdrawn")).toBool());
}

TEST_P(TrainingRoutesTest, AudioRoundTripsAndOnlyAWavIsTaken)
{
    ASSERT_EQ(publish(sampleScenario(QStringLiteral("voice"))).status, 200);
    qint64 before = 0;
    listed("scenarios", 0, &before);
    const QByteArray audio = smallPcmWav(16000);
    const RawAnswer put = rawHttp(central->url(), "PUT", QStringLiteral("/api/v1/training/scenarios/voice/audio"), audio,
                                  tokens.value(QStringLiteral("lead1")), "audio/wav");
    ASSERT_EQ(put.status, 200) << put.body.constData();
    const RawAnswer got = rawHttp(central->url(), "GET", QStringLiteral("/api/v1/training/scenarios/voice/audio"), {},
                                  tokens.value(QStringLiteral("trainee1")));
    EXPECT_EQ(got.status, 200);
    EXPECT_EQ(got.contentType, QByteArray("audio/wav"));
    EXPECT_EQ(got.body, audio);
    // Desks learn of the new audio by the scenario's revision, with its size and hash.
    const QJsonArray changed = listed("scenarios", before);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.at(0).toObject().value(QLatin1String("audioBytes")).toInteger(), audio.size());

    for (const QByteArray &notWav : {QByteArray("ID3\x03 an mp3, not a wav, long enough to pass the size check of 44 bytes"),
                                     QByteArray(QByteArray("RIFF\x00\x00\x00\x00WAVEdata", 16) + QByteArray(64, '\0')), QByteArray()}) {
        const RawAnswer refused = rawHttp(central->url(), "PUT", QStringLiteral("/api/v1/training/scenarios/voice/audio"), notWav,
                                          tokens.value(QStringLiteral("lead1")), "audio/wav");
        EXPECT_EQ(refused.status, 415) << refused.body.constData();
    }
    EXPECT_EQ(rawHttp(central->url(), "GET", QStringLiteral("/api/v1/training/scenarios/voice/audio"), {}, tokens.value(QStringLiteral("op1"))).body,
              audio)
        << "the refused uploads changed nothing";
    EXPECT_EQ(rawHttp(central->url(), "PUT", QStringLiteral("/api/v1/training/scenarios/nobody/audio"), audio, tokens.value(QStringLiteral("lead1")),
                      "audio/wav")
                  .status,
              404);
    EXPECT_EQ(rawHttp(central->url(), "PUT", QStringLiteral("/api/v1/training/scenarios/voice/audio"), smallPcmWav(1700 * 1024),
                      tokens.value(QStringLiteral("lead1")), "audio/wav")
                  .status,
              413);
}

TEST_P(TrainingRoutesTest, AttemptsAreTheTraineesOwnKeptOnceAndShownToTheLeadByCourse)
{
    ASSERT_EQ(publish(sampleScenario(QStringLiteral("s1"))).status, 200);
    const Course course{QStringLiteral("basics"), QStringLiteral("入门"), {QStringLiteral("s1")}, 80.0, false};
    ASSERT_EQ(call("lead1", "PUT", QStringLiteral("/api/v1/training/courses/basics"), course.toJson()).status, 200);
    const qint64 orders = count("SELECT count(*) FROM work_orders") + count("SELECT count(*) FROM changes");

    const QJsonObject attempt = attemptOf(QStringLiteral("trainee1"), QStringLiteral("basics"), QStringLiteral("s1"), 86.5);
    const HttpAnswer posted = call("trainee1", "POST", QStringLiteral("/api/v1/training/attempts"), attempt);
    ASSERT_EQ(posted.status, 201) << QJsonDocument(posted.body).toJson().constData();
    const HttpAnswer again = call("trainee1", "POST", QStringLiteral("/api/v1/training/attempts"), attempt);
    EXPECT_EQ(again.status, 200);
    EXPECT_TRUE(again.body.value(QLatin1String("duplicate")).toBool());
    QJsonObject changed = attempt;
    QJsonObject card = attempt.value(QLatin1String("score")).toObject();
    card.insert(QStringLiteral("total"), 100.0);
    changed.insert(QStringLiteral("score"), card);
    EXPECT_EQ(call("trainee1", "POST", QStringLiteral("/api/v1/training/attempts"), changed).status, 409) << "never overwritten";
    EXPECT_EQ(count("SELECT count(*) FROM training_attempts"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM training_attempts WHERE simulation = 1"), 1);

    // Another trainee's attempt, sent by trainee2: refused. Not an attempt: refused with why.
    const HttpAnswer foreign = call("trainee2", "POST", QStringLiteral("/api/v1/training/attempts"),
                                    attemptOf(QStringLiteral("trainee1"), QStringLiteral("basics"), QStringLiteral("s1"), 50));
    EXPECT_EQ(foreign.status, 403);
    QJsonObject real = attemptOf(QStringLiteral("trainee2"), QStringLiteral("basics"), QStringLiteral("s1"), 50);
    real.insert(QStringLiteral("simulation"), false);
    const HttpAnswer claimsReal = call("trainee2", "POST", QStringLiteral("/api/v1/training/attempts"), real);
    EXPECT_EQ(claimsReal.status, 422);
    EXPECT_TRUE(claimsReal.body.value(QLatin1String("error")).toString().contains(QLatin1String("simulation")));
    QJsonObject outOfRange = attemptOf(QStringLiteral("trainee2"), QStringLiteral("basics"), QStringLiteral("s1"), 130);
    EXPECT_EQ(call("trainee2", "POST", QStringLiteral("/api/v1/training/attempts"), outOfRange).status, 422);
    EXPECT_EQ(count("SELECT count(*) FROM training_attempts"), 1);
    // Training data is not real data: no order, no change for any desk.
    EXPECT_EQ(count("SELECT count(*) FROM work_orders") + count("SELECT count(*) FROM changes"), orders);

    // The trainee reads their own.
    const HttpAnswer mine = call("trainee1", "GET", QStringLiteral("/api/v1/training/attempts/mine"));
    ASSERT_EQ(mine.status, 200);
    ASSERT_EQ(mine.body.value(QLatin1String("attempts")).toArray().size(), 1);
    EXPECT_EQ(mine.body.value(QLatin1String("attempts")).toArray().at(0).toObject(), attempt);

    // The lead's class: every trainee, trainee2 with nothing yet.
    const HttpAnswer view = call("lead1", "GET", QStringLiteral("/api/v1/training/class?course=basics"));
    ASSERT_EQ(view.status, 200) << QJsonDocument(view.body).toJson().constData();
    EXPECT_EQ(view.body.value(QLatin1String("course")).toObject().value(QLatin1String("id")).toString(), QStringLiteral("basics"));
    QHash<QString, int> attempts;
    for (const QJsonValue &row : view.body.value(QLatin1String("trainees")).toArray())
        attempts.insert(row.toObject().value(QLatin1String("login")).toString(), int(row.toObject().value(QLatin1String("attempts")).toArray().size()));
    EXPECT_EQ(attempts, (QHash<QString, int>{{QStringLiteral("trainee1"), 1}, {QStringLiteral("trainee2"), 0}}));
    EXPECT_EQ(call("lead1", "GET", QStringLiteral("/api/v1/training/class?course=nothing")).status, 404);
}

TEST_P(TrainingRoutesTest, RolesOutsideTrainingAreRefused)
{
    ASSERT_EQ(publish(sampleScenario(QStringLiteral("s1"))).status, 200);
    const QJsonObject scenario = sampleScenario(QStringLiteral("s1")).toJson();
    const Course course{QStringLiteral("c"), QStringLiteral("课"), {QStringLiteral("s1")}, 80.0, false};
    for (const char *login : {"op1", "dept1", "trainee1"}) {
        EXPECT_EQ(call(login, "PUT", QStringLiteral("/api/v1/training/scenarios/s1"), scenario).status, 403) << login;
        EXPECT_EQ(call(login, "DELETE", QStringLiteral("/api/v1/training/scenarios/s1")).status, 403) << login;
        EXPECT_EQ(call(login, "PUT", QStringLiteral("/api/v1/training/courses/c"), course.toJson()).status, 403) << login;
        EXPECT_EQ(rawHttp(central->url(), "PUT", QStringLiteral("/api/v1/training/scenarios/s1/audio"), smallPcmWav(100),
                          tokens.value(QString::fromLatin1(login)), "audio/wav").status, 403) << login;
        EXPECT_EQ(call(login, "GET", QStringLiteral("/api/v1/training/class?course=c")).status, 403) << login;
    }
    for (const char *login : {"op1", "dept1", "lead1"})
        EXPECT_EQ(call(login, "POST", QStringLiteral("/api/v1/training/attempts"),
                       attemptOf(QString::fromLatin1(login), QString(), QStringLiteral("s1"), 50)).status, 403) << login;
    EXPECT_EQ(call("dept1", "GET", QStringLiteral("/api/v1/training/scenarios")).status, 403);
    EXPECT_EQ(call("dept1", "GET", QStringLiteral("/api/v1/training/courses")).status, 403);
    EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/training/scenarios")).status, 401);
    EXPECT_EQ(count("SELECT count(*) FROM training_attempts"), 0);
    qint64 revision = 0;
    EXPECT_EQ(listed("scenarios", 0, &revision, "op1").size(), 1);
    EXPECT_EQ(revision, 1) << "the refused writes took no revision";
}

TEST(TrainingWav, OnlyRiffWaveWithAFormatChunk)
{
    EXPECT_TRUE(TrainingRoutes::isWav(smallPcmWav(10)));
    QByteArray truncated = smallPcmWav(10);
    truncated.truncate(30);
    EXPECT_FALSE(TrainingRoutes::isWav(truncated));
    QByteArray wrongForm = smallPcmWav(10);
    wrongForm.replace(8, 4, "AVI ");
    EXPECT_FALSE(TrainingRoutes::isWav(wrongForm));
}

INSTANTIATE_TEST_SUITE_P(Central, TrainingRoutesTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &info) { return std::string(info.param); });

} // namespace
