// SPDX-License-Identifier: GPL-3.0-or-later
// The trainee's training store and the real centre (SQLite and PostgreSQL): what a lead
// published (a scenario with its voice, a course) comes down into the training store; a
// withdrawn scenario goes; scored attempts go up once each, as the signed-in trainee, and one
// kept before the centre's form stays on the desk.
#include "CentralHarness.h"
#include "RecordingAudio.h"

#include "training/CallScoring.h"
#include "training/CentreTrainingService.h"
#include "training/TrainingAttempt.h"
#include "training/TrainingCentreLink.h"
#include "training/TrainingStore.h"

#include <QFile>

using namespace hotline;
using namespace hotline::test;

namespace {

Scenario heatingScenario(const QString &id)
{
    Scenario scenario;
    scenario.id = id;
    scenario.title = QStringLiteral("暖气不热");
    scenario.source = QStringLiteral("written");
    scenario.callerNumber = QStringLiteral("13800002222");
    scenario.transcript = {{QStringLiteral("我家暖气不热，屋里才十四度。"), 0, 2600, true}};
    scenario.expected.appealType = AppealType::Help;
    scenario.expected.item = {QStringLiteral("水电气热"), QStringLiteral("供热"), QStringLiteral("暖气不热")};
    scenario.expected.keyFacts = {QStringLiteral("十四度")};
    return scenario;
}


QString awaitedSummary(const std::function<void(std::function<void(const QString &)>)> &start)
{
    std::optional<QString> got;
    start([&got](const QString &summary) { got = summary; });
    if (!waitUntil([&got] { return got.has_value(); }, 20000))
        return QStringLiteral("no answer");
    return *got;
}

class TrainingCentreLinkTest : public CentralTest {
protected:
    void SetUp() override
    {
        startCentral({{"lead1", "team_lead"}, {"trainee1", "trainee"}});
        leadDesk = std::make_unique<DeskHarness>(dir.filePath(QStringLiteral("lead.sqlite")));
        ASSERT_TRUE(leadDesk->signIn(central->url(), QStringLiteral("lead1")));
        traineeDesk = std::make_unique<DeskHarness>(dir.filePath(QStringLiteral("trainee.sqlite")));
        ASSERT_TRUE(traineeDesk->signIn(central->url(), QStringLiteral("trainee1")));
        auto opened = TrainingStore::openOrCreate(TrainingStore::pathBeside(*traineeDesk->store), *traineeDesk->store);
        ASSERT_TRUE(opened) << qPrintable(opened.error());
        training = std::move(opened).value();
        lead = std::make_unique<CentreTrainingService>(*leadDesk->sync);
    }
    template <typename T, typename Start>
    bool done(Start start)
    {
        std::optional<bool> ok;
        start([&ok](Result<T> answer) { ok = answer.ok(); });
        return waitUntil([&ok] { return ok.has_value(); }, 20000) && *ok;
    }
    bool doneStatus(const std::function<void(CentreTrainingService::StatusDone)> &start)
    {
        std::optional<bool> ok;
        start([&ok](Status answer) { ok = answer.ok(); });
        return waitUntil([&ok] { return ok.has_value(); }, 20000) && *ok;
    }
    qint64 keepAttempt(const Scenario &scenario, bool withCentreForm)
    {
        CallObservation call;
        call.scenarioId = scenario.id;
        call.answeredAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        call.hungUpAt = call.answeredAt.addSecs(40);
        const CallScore score = scoreCall(scenario, call);
        const TrainingAttempt attempt = TrainingAttempt::fromCall(scenario, call, score, QStringLiteral("whoever-was-at-the-desk"), QStringLiteral("week1"));
        Result<qint64> kept = training->saveAttempt(call, score, QStringLiteral("week1"), withCentreForm ? attempt.toJson() : QJsonObject{});
        EXPECT_TRUE(kept) << qPrintable(kept.error());
        return kept ? kept.value() : 0;
    }

    std::unique_ptr<DeskHarness> leadDesk, traineeDesk;
    std::unique_ptr<TrainingStore> training;
    std::unique_ptr<CentreTrainingService> lead;
};

TEST_P(TrainingCentreLinkTest, PublishedMaterialComesDownAndAttemptsGoUpOnce)
{
    const Scenario scenario = heatingScenario(QStringLiteral("heat-01"));
    ASSERT_TRUE((done<CentreTrainingService::Published>([&](auto cb) { lead->publishScenario(scenario, cb); })));
    ASSERT_TRUE(doneStatus([&](auto cb) { lead->publishAudio(scenario.id, smallPcmWav(4), cb); }));
    const Course course{QStringLiteral("week1"), QStringLiteral("第一周"), {scenario.id}, 80.0, false};
    ASSERT_TRUE((done<CentreTrainingService::Published>([&](auto cb) { lead->publishCourse(course, cb); })));

    TrainingCentreLink link(*training, *traineeDesk->sync);
    int changed = 0;
    QObject::connect(&link, &TrainingCentreLink::materialChanged, &link, [&changed] { ++changed; });
    const QString first = awaitedSummary([&](auto cb) { link.syncNow(cb); });
    EXPECT_TRUE(first.contains(QStringLiteral("1 个情景"))) << qPrintable(first);
    EXPECT_GE(changed, 2);
    const std::optional<Scenario> stored = training->scenario(scenario.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->version, 1);
    EXPECT_EQ(stored->transcript, scenario.transcript);
    // The voice is kept beside the training store and the scenario points at it.
    QFile voice(stored->audio);
    ASSERT_TRUE(voice.open(QIODevice::ReadOnly)) << qPrintable(stored->audio);
    EXPECT_EQ(voice.readAll(), smallPcmWav(4));
    ASSERT_EQ(training->courses().size(), 1);
    EXPECT_EQ(training->courses().first().scenarioIds, course.scenarioIds);

    // Two attempts, one kept before attempts carried the centre's form: only the other goes,
    // under the signed-in trainee's login, and only once however often the desk syncs.
    keepAttempt(scenario, false);
    keepAttempt(scenario, true);
    const QString sent = awaitedSummary([&](auto cb) { link.sendAttempts(cb); });
    EXPECT_TRUE(sent.contains(QStringLiteral("1 次"))) << qPrintable(sent);
    EXPECT_EQ(count("SELECT count(*) FROM training_attempts"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM training_attempts WHERE trainee = 'trainee1'"), 1);
    EXPECT_EQ(awaitedSummary([&](auto cb) { link.sendAttempts(cb); }), QString());
    awaitedSummary([&](auto cb) { link.syncNow(cb); });
    EXPECT_EQ(count("SELECT count(*) FROM training_attempts"), 1);

    // Withdrawn at the centre: gone from the trainee's list at the next sync.
    ASSERT_TRUE(doneStatus([&](auto cb) { lead->withdrawScenario(scenario.id, cb); }));
    awaitedSummary([&](auto cb) { link.syncNow(cb); });
    EXPECT_FALSE(training->scenario(scenario.id));
}

TEST_P(TrainingCentreLinkTest, SignedOutTheTrainingStoreKeepsItsOwnAndSaysSo)
{
    DeskHarness alone(dir.filePath(QStringLiteral("alone.sqlite")));
    TrainingCentreLink link(*training, *alone.sync);
    keepAttempt(heatingScenario(QStringLiteral("heat-02")), true);
    const QString said = awaitedSummary([&](auto cb) { link.syncNow(cb); });
    EXPECT_TRUE(said.contains(QStringLiteral("未登录中心"))) << qPrintable(said);
    EXPECT_EQ(count("SELECT count(*) FROM training_attempts"), 0);
    EXPECT_EQ(training->attempts().size(), 1);
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Central, TrainingCentreLinkTest, ::testing::Values("sqlite", "postgresql"),
                         [](const ::testing::TestParamInfo<const char *> &info) { return std::string(info.param); });
