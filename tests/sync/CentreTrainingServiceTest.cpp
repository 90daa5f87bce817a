// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's training client against the real centre (SQLite and PostgreSQL): a team lead's
// desk publishes a scenario, its audio and a course, a trainee's desk reads them by revision
// (then only what changed), plays nothing here but posts an attempt (twice: the second a
// duplicate) and the lead reads the class; refusals come back as sentences, and a simulation
// store's engine gets nothing out.
#include "CentralHarness.h"
#include "RecordingAudio.h"

#include "training/CentreTrainingService.h"

#include <QJsonArray>

using namespace hotline;
using namespace hotline::test;

namespace {

template <typename T, typename Start>
Result<T> awaited(Start start)
{
    std::optional<Result<T>> got;
    start([&got](Result<T> answer) { got.emplace(std::move(answer)); });
    if (!waitUntil([&got] { return got.has_value(); }, 20000))
        return Error{QStringLiteral("no answer")};
    return std::move(*got);
}

template <typename Start>
Status awaitedStatus(Start start)
{
    std::optional<Status> got;
    start([&got](Status answer) { got.emplace(std::move(answer)); });
    if (!waitUntil([&got] { return got.has_value(); }, 20000))
        return Error{QStringLiteral("no answer")};
    return *got;
}

Scenario scenarioNamed(const QString &id)
{
    Scenario scenario;
    scenario.id = id;
    scenario.title = QStringLiteral("供暖不热");
    scenario.source = QStringLiteral("written");
    scenario.callerNumber = QStringLiteral("13800001111");
    scenario.transcript = {{QStringLiteral("我家暖气不热，已经一周了。"), 0, 2500, true}};
    scenario.expected.appealType = AppealType::Help;
    scenario.expected.item = {QStringLiteral("城乡建设"), QStringLiteral("供热"), QString()};
    scenario.expected.keyFacts = {QStringLiteral("一周")};
    return scenario;
}


class CentreTrainingServiceTest : public CentralTest {
protected:
    void SetUp() override
    {
        startCentral({{"lead1", "team_lead"}, {"trainee1", "trainee"}, {"op1", "operator"}});
        leadDesk = std::make_unique<DeskHarness>(dir.filePath(QStringLiteral("lead.sqlite")));
        ASSERT_TRUE(leadDesk->signIn(central->url(), QStringLiteral("lead1")));
        traineeDesk = std::make_unique<DeskHarness>(dir.filePath(QStringLiteral("trainee.sqlite")));
        ASSERT_TRUE(traineeDesk->signIn(central->url(), QStringLiteral("trainee1")));
        lead = std::make_unique<CentreTrainingService>(*leadDesk->sync);
        trainee = std::make_unique<CentreTrainingService>(*traineeDesk->sync);
    }

    std::unique_ptr<DeskHarness> leadDesk, traineeDesk;
    std::unique_ptr<CentreTrainingService> lead, trainee;
};

TEST_P(CentreTrainingServiceTest, ALeadPublishesATraineeReadsByRevisionAndPostsAnAttempt)
{
    using S = CentreTrainingService;
    const Result<S::Published> published = awaited<S::Published>([&](auto done) { lead->publishScenario(scenarioNamed(QStringLiteral("heat-01")), done); });
    ASSERT_TRUE(published) << qPrintable(published.error());
    EXPECT_EQ(published.value().version, 1);
    ASSERT_TRUE(awaitedStatus([&](auto done) { lead->publishAudio(QStringLiteral("heat-01"), smallPcmWav(4), done); }));
    const Course course{QStringLiteral("winter"), QStringLiteral("冬季供暖"), {QStringLiteral("heat-01")}, 70.0, true};
    ASSERT_TRUE(awaited<S::Published>([&](auto done) { lead->publishCourse(course, done); }));

    const Result<S::ScenarioChanges> first = awaited<S::ScenarioChanges>([&](auto done) { trainee->fetchScenarios(0, done); });
    ASSERT_TRUE(first) << qPrintable(first.error());
    ASSERT_EQ(first.value().scenarios.size(), 1);
    const S::ScenarioUpdate &update = first.value().scenarios.first();
    ASSERT_TRUE(update.scenario);
    EXPECT_EQ(update.scenario->title, QStringLiteral("供暖不热"));
    EXPECT_EQ(update.audioBytes, smallPcmWav(4).size());
    const Result<QByteArray> audio = awaited<QByteArray>([&](auto done) { trainee->fetchAudio(QStringLiteral("heat-01"), done); });
    ASSERT_TRUE(audio) << qPrintable(audio.error());
    EXPECT_EQ(audio.value(), smallPcmWav(4));
    const Result<S::CourseChanges> courses = awaited<S::CourseChanges>([&](auto done) { trainee->fetchCourses(0, done); });
    ASSERT_TRUE(courses) << qPrintable(courses.error());
    ASSERT_EQ(courses.value().courses.size(), 1);
    EXPECT_EQ(*courses.value().courses.first().course, course);

    // Nothing new since the revision held; an edit and a withdrawal arrive as changes.
    EXPECT_TRUE(awaited<S::ScenarioChanges>([&](auto done) { trainee->fetchScenarios(first.value().revision, done); }).value().scenarios.isEmpty());
    ASSERT_TRUE(awaited<S::Published>([&](auto done) { lead->publishScenario(scenarioNamed(QStringLiteral("heat-02")), done); }));
    ASSERT_TRUE(awaitedStatus([&](auto done) { lead->withdrawScenario(QStringLiteral("heat-02"), done); }));
    const Result<S::ScenarioChanges> later = awaited<S::ScenarioChanges>([&](auto done) { trainee->fetchScenarios(first.value().revision, done); });
    ASSERT_TRUE(later);
    ASSERT_EQ(later.value().scenarios.size(), 1);
    EXPECT_TRUE(later.value().scenarios.first().withdrawn);
    EXPECT_FALSE(later.value().scenarios.first().scenario);

    // The trainee's attempt, twice: kept once.
    TrainingAttempt attempt;
    attempt.id = QUuid::createUuid();
    attempt.trainee = QStringLiteral("trainee1");
    attempt.courseId = QStringLiteral("winter");
    attempt.scenarioId = QStringLiteral("heat-01");
    attempt.exam = true;
    attempt.playedAt = QDateTime::currentDateTimeUtc();
    attempt.score.total = 72.5;
    attempt.score.fieldAccuracy = 0.75;
    const Result<bool> posted = awaited<bool>([&](auto done) { trainee->postAttempt(attempt, done); });
    ASSERT_TRUE(posted) << qPrintable(posted.error());
    EXPECT_FALSE(posted.value());
    const Result<bool> again = awaited<bool>([&](auto done) { trainee->postAttempt(attempt, done); });
    ASSERT_TRUE(again);
    EXPECT_TRUE(again.value()) << "the centre had it";
    const Result<QList<TrainingAttempt>> mine = awaited<QList<TrainingAttempt>>([&](auto done) { trainee->fetchMyAttempts(done); });
    ASSERT_TRUE(mine) << qPrintable(mine.error());
    ASSERT_EQ(mine.value().size(), 1);
    EXPECT_EQ(mine.value().first().toJson(), attempt.toJson());

    const Result<S::ClassView> view = awaited<S::ClassView>([&](auto done) { lead->fetchClass(QStringLiteral("winter"), done); });
    ASSERT_TRUE(view) << qPrintable(view.error());
    EXPECT_EQ(view.value().course, course);
    ASSERT_EQ(view.value().trainees.size(), 1);
    EXPECT_EQ(view.value().trainees.first().login, QStringLiteral("trainee1"));
    ASSERT_EQ(view.value().trainees.first().attempts.size(), 1);
    EXPECT_EQ(view.value().trainees.first().attempts.first().toJson(), attempt.toJson());
}

TEST_P(CentreTrainingServiceTest, RefusalsComeBackAsSentences)
{
    using S = CentreTrainingService;
    // A trainee may not publish: the centre's 403, said.
    const Result<S::Published> refused = awaited<S::Published>([&](auto done) { trainee->publishScenario(scenarioNamed(QStringLiteral("x")), done); });
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("403"))) << qPrintable(refused.error());
    // A scenario that does not hold is refused before it is sent.
    Scenario broken = scenarioNamed(QStringLiteral("broken"));
    broken.transcript.clear();
    const Result<S::Published> invalid = awaited<S::Published>([&](auto done) { lead->publishScenario(broken, done); });
    ASSERT_FALSE(invalid);
    EXPECT_TRUE(invalid.error().contains(QStringLiteral("没有来电人的话"))) << qPrintable(invalid.error());
    // A course naming nothing published: the centre's reason.
    const Result<S::Published> hole = awaited<S::Published>([&](auto done) {
        lead->publishCourse(Course{QStringLiteral("c"), QStringLiteral("课"), {QStringLiteral("nowhere")}, 80.0, false}, done);
    });
    ASSERT_FALSE(hole);
    EXPECT_TRUE(hole.error().contains(QStringLiteral("nowhere"))) << qPrintable(hole.error());
    const Status notWav = awaitedStatus([&](auto done) { lead->publishAudio(QStringLiteral("nowhere"), QByteArray("not a wav"), done); });
    EXPECT_FALSE(notWav);
    EXPECT_TRUE(notWav.error().contains(QStringLiteral("415"))) << qPrintable(notWav.error());

    // A simulation store's engine: refused here, nothing sent.
    DeskHarness training(dir.filePath(QStringLiteral("sim.sqlite")));
    ASSERT_TRUE(training.store->setMeta(QStringLiteral("simulation"), QStringLiteral("1")));
    CentreTrainingService local(*training.sync);
    const Result<S::ScenarioChanges> none = awaited<S::ScenarioChanges>([&](auto done) { local.fetchScenarios(0, done); });
    ASSERT_FALSE(none);
    EXPECT_TRUE(none.error().contains(QStringLiteral("培训"))) << qPrintable(none.error());
}

TEST(CentreTrainingAnswers, AnAnswerThatIsNotAListIsRefused)
{
    EXPECT_FALSE(CentreTrainingService::scenarioChangesFrom({}));
    EXPECT_FALSE(CentreTrainingService::courseChangesFrom({{QStringLiteral("revision"), 3}}));
    // A scenario the desk could not play: the whole answer is refused, with the scenario named.
    const QJsonObject bad{{QStringLiteral("revision"), 4},
                          {QStringLiteral("scenarios"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("odd")},
                                                                                {QStringLiteral("scenario"), QJsonObject{}}}}}};
    const auto read = CentreTrainingService::scenarioChangesFrom(bad);
    ASSERT_FALSE(read);
    EXPECT_TRUE(read.error().contains(QLatin1String("odd")));
}

INSTANTIATE_TEST_SUITE_P(Central, CentreTrainingServiceTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &info) { return std::string(info.param); });

} // namespace
