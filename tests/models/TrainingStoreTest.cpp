// SPDX-License-Identifier: GPL-3.0-or-later
// The simulation's own store: made from a desk's reference data and marked as a simulation,
// a desk's store refused as one, scenarios and courses loaded from a folder with each bad file
// named, attempts kept; and a scenario played through the simulated phone, observed.
#include "../StoreFixture.h"
#include "kb/KnowledgeBase.h"
#include "telephony/SimulatedPhone.h"
#include "telephony/TimedTranscript.h"
#include "training/ScenarioCall.h"
#include "training/TrainingStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

QString trainingFolder()
{
    return QStringLiteral(HOTLINE_SEED_DATA "/../training");
}

int rows(LocalStore &store, const QString &table)
{
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return query.next() ? query.value(0).toInt() : -1;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST(TrainingStore, IsMadeFromTheDesksReferenceDataAndMarkedAsASimulation)
{
    StoreFixture fx;
    KnowledgeBase kb(*fx.store, StoreFixture::pinyin());
    KbDraft article;
    article.title = QStringLiteral("居民供暖费的缴纳标准和缴费期限");
    article.answer = QStringLiteral("居民供暖费每平方米30元，每年11月15日前缴纳。");
    article.keywords = {QStringLiteral("供暖费")};
    const Result<qint64> id = kb.articles().create(article, QStringLiteral("lead"), QStringLiteral("demo:heating-fee"));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(kb.articles().publish(id.value(), QStringLiteral("lead")).ok());

    const QString path = TrainingStore::pathBeside(*fx.store);
    EXPECT_EQ(QFileInfo(path).fileName(), QStringLiteral("training.sqlite"));
    Result<std::unique_ptr<TrainingStore>> made = TrainingStore::openOrCreate(path, *fx.store);
    ASSERT_TRUE(made.ok()) << qPrintable(made.error());
    LocalStore &training = made.value()->store();
    EXPECT_EQ(training.meta(TrainingStore::simulationKey()), QStringLiteral("1"));
    for (const char *table : {"divisions", "catalog_items", "units", "kb_articles", "kb_versions"})
        EXPECT_EQ(rows(training, QString::fromLatin1(table)), fx.rowCount(table)) << table;
    EXPECT_GT(rows(training, QStringLiteral("divisions")), 1000);
    // The knowledge base answers on the training store as on the desk.
    KnowledgeBase trainingKb(training, StoreFixture::pinyin());
    const QVector<KbHit> hits = trainingKb.search().search(QStringLiteral("供暖费"));
    ASSERT_FALSE(hits.isEmpty());
    EXPECT_EQ(trainingKb.articles().article(hits.first().articleId)->sourceKey, QStringLiteral("demo:heating-fee"));
    EXPECT_EQ(rows(training, QStringLiteral("work_orders")), 0);
    made.value().reset();

    // Opened again: the same file, not made twice.
    Result<std::unique_ptr<TrainingStore>> again = TrainingStore::openOrCreate(path, *fx.store);
    ASSERT_TRUE(again.ok()) << qPrintable(again.error());
}

TEST(TrainingStore, ADesksStoreIsRefusedAsATrainingStoreAndLeftAsItWas)
{
    StoreFixture fx;
    const int divisions = fx.rowCount("divisions");
    Result<std::unique_ptr<TrainingStore>> refused = TrainingStore::open(fx.store->path());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("不是培训库"))) << qPrintable(refused.error());
    EXPECT_TRUE(fx.store->meta(TrainingStore::simulationKey()).isEmpty());
    EXPECT_EQ(fx.rowCount("divisions"), divisions);
    QSqlQuery query(fx.store->database());
    EXPECT_FALSE(query.exec(QStringLiteral("SELECT count(*) FROM training_scenarios"))) << "no training tables in a desk's store";

    Result<std::unique_ptr<TrainingStore>> same = TrainingStore::openOrCreate(fx.store->path(), *fx.store);
    EXPECT_FALSE(same.ok()) << "an existing desk store is never taken for the training store";
    EXPECT_FALSE(TrainingStore::open(fx.dir.filePath(QStringLiteral("none.sqlite"))).ok());
}

TEST(TrainingStore, LoadsTheShippedScenariosAndNamesEachBadFile)
{
    StoreFixture fx;
    Result<std::unique_ptr<TrainingStore>> made = TrainingStore::openOrCreate(fx.dir.filePath(QStringLiteral("t.sqlite")), *fx.store);
    ASSERT_TRUE(made.ok()) << qPrintable(made.error());
    TrainingStore &training = *made.value();

    const TrainingLoadReport shipped = training.loadFolder(trainingFolder());
    EXPECT_TRUE(shipped.problems.isEmpty()) << qPrintable(shipped.problems.join(u'\n'));
    EXPECT_EQ(shipped.scenarios, 3);
    EXPECT_EQ(shipped.courses, 1);
    const QList<Course> courses = training.courses();
    ASSERT_EQ(courses.size(), 1);
    for (const QString &id : courses.first().scenarioIds)
        EXPECT_TRUE(training.scenario(id).has_value()) << qPrintable(id);
    // Every shipped place is a real division of the desk's data.
    ReferenceIndexes indexes(training.store(), StoreFixture::pinyin());
    for (const Scenario &scenario : training.scenarios()) {
        const std::optional<Address> place = indexes.divisions().addressFor(scenario.expected.place.communityCode);
        ASSERT_TRUE(place.has_value()) << qPrintable(scenario.id);
        EXPECT_EQ(place->communityName, scenario.expected.place.communityName);
        EXPECT_EQ(place->streetName, scenario.expected.place.streetName);
    }

    QTemporaryDir bad;
    write(bad.filePath(QStringLiteral("a-broken.json")), "{ not json");
    QJsonObject overlapping = training.scenario(QStringLiteral("noise-night-haidian-01"))->toJson();
    overlapping[QStringLiteral("id")] = QStringLiteral("overlap-01");
    QJsonArray lines = overlapping.value(QStringLiteral("transcript")).toArray();
    QJsonObject second = lines.at(1).toObject();
    second[QStringLiteral("startMs")] = 100;
    lines.replace(1, second);
    overlapping[QStringLiteral("transcript")] = lines;
    write(bad.filePath(QStringLiteral("b-overlap.json")), QJsonDocument(overlapping).toJson());
    QJsonObject good = overlapping;
    good[QStringLiteral("id")] = QStringLiteral("good-01");
    good[QStringLiteral("transcript")] = training.scenario(QStringLiteral("noise-night-haidian-01"))->toJson().value(QStringLiteral("transcript"));
    write(bad.filePath(QStringLiteral("c-good.json")), QJsonDocument(good).toJson());
    write(bad.filePath(QStringLiteral("d-empty.json")), "{}");

    const TrainingLoadReport report = training.loadFolder(bad.path());
    EXPECT_EQ(report.scenarios, 1);
    ASSERT_EQ(report.problems.size(), 3) << qPrintable(report.problems.join(u'\n'));
    EXPECT_TRUE(report.problems.at(0).startsWith(QStringLiteral("a-broken.json"))) << qPrintable(report.problems.at(0));
    EXPECT_TRUE(report.problems.at(1).startsWith(QStringLiteral("b-overlap.json")));
    EXPECT_TRUE(report.problems.at(1).contains(QStringLiteral("重叠"))) << qPrintable(report.problems.at(1));
    EXPECT_TRUE(report.problems.at(2).startsWith(QStringLiteral("d-empty.json")));
    EXPECT_FALSE(training.scenario(QStringLiteral("overlap-01")).has_value());
    EXPECT_TRUE(training.scenario(QStringLiteral("good-01")).has_value());
    EXPECT_EQ(training.scenarios().size(), 4);
}

TEST(TrainingStore, KeepsEachScoredAttemptAsASimulation)
{
    StoreFixture fx;
    Result<std::unique_ptr<TrainingStore>> made = TrainingStore::openOrCreate(fx.dir.filePath(QStringLiteral("t.sqlite")), *fx.store);
    ASSERT_TRUE(made.ok());
    TrainingStore &training = *made.value();
    EXPECT_FALSE(training.bestScore(QStringLiteral("s1")).has_value());
    CallObservation observation;
    observation.scenarioId = QStringLiteral("s1");
    observation.keystrokes = 42;
    CallScore score;
    score.total = 71.5;
    ASSERT_TRUE(training.saveAttempt(observation, score, QStringLiteral("c1")).ok());
    score.total = 88;
    ASSERT_TRUE(training.saveAttempt(observation, score).ok());
    EXPECT_DOUBLE_EQ(*training.bestScore(QStringLiteral("s1")), 88);
    const QList<StoredAttempt> attempts = training.attempts(QStringLiteral("s1"));
    ASSERT_EQ(attempts.size(), 2);
    EXPECT_DOUBLE_EQ(attempts.at(1).total, 71.5);
    EXPECT_EQ(attempts.at(1).courseId, QStringLiteral("c1"));
    const QJsonObject json = QJsonDocument::fromJson(attempts.at(0).json.toUtf8()).object();
    EXPECT_TRUE(json.value(QStringLiteral("simulation")).toBool());
    EXPECT_EQ(json.value(QStringLiteral("observation")).toObject().value(QStringLiteral("keystrokes")).toInt(), 42);
    QSqlQuery query(training.store().database());
    EXPECT_FALSE(query.exec(QStringLiteral("UPDATE training_attempts SET simulation = 0"))) << "an attempt is always a simulation";
}

TEST(ScenarioCall, RingsAnswersTellsTheScriptAndObservesHoldSilenceAndTheFiledOrder)
{
    Scenario scenario;
    scenario.id = QStringLiteral("s1");
    scenario.version = 3;
    scenario.title = QStringLiteral("测试");
    scenario.callerNumber = QStringLiteral("13901012345");
    scenario.transcript = {{QStringLiteral("你好。"), 0, 30, true}, {QStringLiteral("路灯坏了。"), 40, 80, true}};
    scenario.expected.keyFacts = {QStringLiteral("路灯")};
    ASSERT_TRUE(scenario.validate().ok());

    SimulatedPhone phone;
    ScenarioCall call(phone);
    QDateTime clock = QDateTime::fromString(QStringLiteral("2026-12-07T10:00:00.000Z"), Qt::ISODateWithMs);
    call.setClock([&] { return clock; });
    QSignalSpy audio(&call, &ScenarioCall::callerAudioStarts);
    QSignalSpy finished(&call, &ScenarioCall::finished);
    QSignalSpy said(call.transcript(), &TranscriptSource::sentence);
    ASSERT_TRUE(call.start(scenario, true).ok());
    ASSERT_TRUE(phone.call(call.callId()).has_value());
    EXPECT_EQ(phone.call(call.callId())->remoteNumber, QStringLiteral("13901012345"));

    clock = clock.addSecs(2);
    ASSERT_TRUE(phone.answer(call.callId()).ok());
    EXPECT_EQ(audio.size(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return said.size() == 2; }, 5000));
    clock = clock.addSecs(10);
    ASSERT_TRUE(phone.hold(call.callId()).ok());
    clock = clock.addSecs(7);
    ASSERT_TRUE(phone.resume(call.callId()).ok());
    call.articleOpened(QStringLiteral("kb:a"));
    call.articleOpened(QStringLiteral("kb:a"));
    call.setKeystrokes(99);
    call.setDescriptionCharacters(120);
    clock = clock.addSecs(20);
    ASSERT_TRUE(phone.hangUp(call.callId()).ok());
    EXPECT_TRUE(finished.isEmpty()) << "not filed yet";
    clock = clock.addMSecs(3500);
    WorkOrderDraft draft;
    draft.title = QStringLiteral("路灯");
    call.orderFiled(draft, QStringLiteral("kb:a"));
    ASSERT_EQ(finished.size(), 1);

    const CallObservation seen = call.observation();
    EXPECT_EQ(seen.scenarioVersion, 3);
    EXPECT_TRUE(seen.exam);
    EXPECT_EQ(seen.ringingAt.msecsTo(seen.answeredAt), 2000);
    EXPECT_EQ(seen.answeredAt.msecsTo(seen.hungUpAt), 37000);
    EXPECT_EQ(seen.hungUpAt.msecsTo(seen.submittedAt), 3500);
    EXPECT_EQ(seen.holdMs, 7000);
    // Hold (7 s) + the line beyond the script (80 ms) and the grace (5 s): 37 − 7 − 0.08 − 5.
    EXPECT_EQ(seen.silenceMs, 7000 + 24920);
    EXPECT_EQ(seen.articlesOpened, QStringList{QStringLiteral("kb:a")});
    EXPECT_EQ(seen.articleTaken, QStringLiteral("kb:a"));
    EXPECT_EQ(seen.keystrokes, 99);
    EXPECT_EQ(seen.charactersDuringCall, 120);
    EXPECT_EQ(seen.filed.title, QStringLiteral("路灯"));
}

TEST(ScenarioCall, ACallerKeptWaitingAfterTheScriptHangsUpOnTheirOwn)
{
    Scenario scenario;
    scenario.id = QStringLiteral("s2");
    scenario.title = QStringLiteral("测试");
    scenario.callerNumber = QStringLiteral("13901012345");
    scenario.transcript = {{QStringLiteral("你好。"), 0, 20, true}};
    scenario.expected.keyFacts = {QStringLiteral("你好")};
    SimulatedPhone phone;
    ScenarioCall call(phone);
    call.setCallerPatienceMs(50);
    QSignalSpy gaveUp(&call, &ScenarioCall::callerHungUp);
    ASSERT_TRUE(call.start(scenario, false).ok());
    ASSERT_TRUE(phone.answer(call.callId()).ok());
    ASSERT_TRUE(gaveUp.wait(5000));
    EXPECT_EQ(phone.call(call.callId())->state, PhoneCall::State::Ended);
    EXPECT_TRUE(call.observation().hungUpAt.isValid());
    EXPECT_TRUE(call.isPlaying()) << "the order may still be filed after the caller left";
}
