// SPDX-License-Identifier: GPL-3.0-or-later
// Desks and the real hotline-central over loopback, once on SQLite and once on PostgreSQL:
// every work order reaches the centre exactly once with all its events, whatever is killed
// when; articles published on one desk reach another within seconds.
#include "CentralHarness.h"
#include "../app/ProcessHelpers.h"
#include "catalog/CatalogRepository.h"
#include "store/Outbox.h"
#include "workorder/NumberPool.h"
#include "workorder/OrderNumber.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QJsonArray>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <csignal>

using namespace hotline;
using namespace hotline::test;

namespace {

class SyncTest : public CentralTest {
protected:
    void SetUp() override { startCentral({{"op1", "operator"}, {"op2", "operator"}, {"editor1", "kb_editor"}}); }
    QString deskPath(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }
};

} // namespace

TEST_P(SyncTest, FiledOrdersReachTheCentreOnceWithAllTheirEvents)
{
    DeskHarness desk(deskPath("a.sqlite"));
    ASSERT_TRUE(desk.signIn(central->url(), QStringLiteral("op1")));
    ASSERT_TRUE(desk.syncUntilIdle()) << qPrintable(desk.sync->lastError());
    EXPECT_GE(NumberPool(*desk.store).available(), SyncEngine::keepNumbers) << "a block of final numbers is leased";
    QStringList numbers;
    for (int i = 0; i < 5; ++i)
        numbers.append(desk.file(i, i == 0));
    for (const QString &number : numbers)
        EXPECT_TRUE(OrderNumber::isFinal(number)) << qPrintable(number);
    ASSERT_TRUE(desk.syncUntilIdle()) << qPrintable(desk.sync->lastError());
    EXPECT_EQ(count("SELECT count(*) FROM work_orders"), 5);
    EXPECT_EQ(count("SELECT count(*) FROM work_order_events"), 6) << "the answered order has two events";
    EXPECT_EQ(count("SELECT count(*) FROM applied_ops"), 6);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'write'"), 6);
    EXPECT_EQ(Outbox(*desk.store).pendingCount(), 0);
    // SQL metacharacters in a title are stored as text.
    EXPECT_EQ(count("SELECT count(*) FROM work_orders WHERE title LIKE '%DROP TABLE%'"), 5);
}

TEST_P(SyncTest, AnOrderChangedFromAnotherDeskStaysWithTheDeskThatFiledIt)
{
    DeskHarness desk(deskPath("a.sqlite"));
    ASSERT_TRUE(desk.signIn(central->url(), QStringLiteral("op1")));
    const QString number = desk.file(1);
    ASSERT_TRUE(desk.syncUntilIdle());
    // A dispatcher's desk (another signed-in desk) dispatches it.
    const QJsonObject event{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                            {QStringLiteral("order"), number},
                            {QStringLiteral("type"), QStringLiteral("dispatched")},
                            {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                            {QStringLiteral("actor"), QStringLiteral("op2")},
                            {QStringLiteral("payload"), QJsonObject{{QStringLiteral("unit"), QStringLiteral("西城区城市管理委员会")}}}};
    const QJsonObject op{{QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                         {QStringLiteral("kind"), QStringLiteral("workorder.event")},
                         {QStringLiteral("payload"), event}};
    const HttpAnswer pushed = http(central->url(), "POST", QStringLiteral("/api/v1/sync/push"),
                                   QJsonDocument(QJsonObject{{QStringLiteral("ops"), QJsonArray{op}}}).toJson(),
                                   signInToken(central->url(), QStringLiteral("op2")));
    ASSERT_EQ(pushed.status, 200);
    ASSERT_EQ(pushed.body.value(QLatin1String("results")).toArray().at(0).toObject().value(QLatin1String("status")).toString(),
              QStringLiteral("applied"));
    // The order keeps its desk, the change goes to that desk's feed, and the desk has it.
    EXPECT_EQ(count("SELECT count(*) FROM changes c JOIN work_orders o ON o.number = c.item_key WHERE c.audience = o.desk"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM work_orders WHERE desk = 'ws-test'"), 0) << "not moved to the dispatching desk";
    ASSERT_TRUE(desk.syncUntilIdle());
    ASSERT_EQ(desk.orders->events(number).size(), 2);
    EXPECT_EQ(desk.orders->find(number)->status, OrderStatus::Dispatched);
}

TEST_P(SyncTest, ACentreDownWhileADeskFilesAHundredOrdersGetsThemAllOnce)
{
    DeskHarness desk(deskPath("a.sqlite"));
    ASSERT_TRUE(desk.signIn(central->url(), QStringLiteral("op1")));
    ASSERT_TRUE(desk.syncUntilIdle());
    central->kill();
    for (int i = 0; i < 100; ++i)
        ASSERT_FALSE(desk.file(i).isEmpty());
    desk.sync->syncNow();
    ASSERT_TRUE(waitUntil([&] { return desk.sync->state() == SyncEngine::State::Offline; }, 20000));
    EXPECT_EQ(Outbox(*desk.store).pendingCount(), 100);
    // The callers were given final numbers while the centre was away.
    EXPECT_TRUE(OrderNumber::isFinal(desk.orders->recent(1).first().number));

    ASSERT_TRUE(central->start()) << qPrintable(central->log());
    ASSERT_TRUE(desk.syncUntilIdle(60000)) << qPrintable(desk.sync->lastError());
    EXPECT_EQ(count("SELECT count(*) FROM work_orders"), 100);
    EXPECT_EQ(count("SELECT count(*) FROM work_order_events"), 100);
    EXPECT_EQ(count("SELECT count(DISTINCT number) FROM work_orders"), 100);
}

TEST_P(SyncTest, TheSameBatchDeliveredTwiceIsAppliedOnce)
{
    DeskHarness desk(deskPath("a.sqlite"));
    for (int i = 0; i < 3; ++i)
        desk.file(i);
    QJsonArray ops;
    for (const OutboxEntry &entry : Outbox(*desk.store).pending(10))
        ops.append(QJsonObject{{QStringLiteral("opId"), entry.opId.toString(QUuid::WithoutBraces)},
                               {QStringLiteral("kind"), entry.kind},
                               {QStringLiteral("payload"), entry.payload}});
    const QByteArray batch = QJsonDocument(QJsonObject{{QStringLiteral("ops"), ops}}).toJson();
    const QString token = signInToken(central->url(), QStringLiteral("op1"));
    const HttpAnswer first = http(central->url(), "POST", QStringLiteral("/api/v1/sync/push"), batch, token);
    const HttpAnswer second = http(central->url(), "POST", QStringLiteral("/api/v1/sync/push"), batch, token);
    ASSERT_EQ(first.status, 200);
    ASSERT_EQ(second.status, 200);
    const QJsonArray a = first.body.value(QLatin1String("results")).toArray();
    const QJsonArray b = second.body.value(QLatin1String("results")).toArray();
    ASSERT_EQ(a.size(), 3);
    ASSERT_EQ(b.size(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(a.at(i).toObject().value(QLatin1String("status")).toString(), QStringLiteral("applied"));
        EXPECT_EQ(b.at(i).toObject().value(QLatin1String("status")).toString(), QStringLiteral("duplicate"));
        EXPECT_EQ(a.at(i).toObject().value(QLatin1String("revision")), b.at(i).toObject().value(QLatin1String("revision")));
    }
    EXPECT_EQ(count("SELECT count(*) FROM work_orders"), 3);
    EXPECT_EQ(count("SELECT count(*) FROM work_order_events"), 3);

    // The same event again under a new operation id and another order number: refused with a
    // reason (not a failed write that would fail the desk's pushes for good).
    QJsonObject again = ops.at(0).toObject();
    again.insert(QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    QJsonObject event = again.value(QLatin1String("payload")).toObject();
    event.insert(QStringLiteral("order"), QStringLiteral("2699999999"));
    again.insert(QStringLiteral("payload"), event);
    const HttpAnswer third = http(central->url(), "POST", QStringLiteral("/api/v1/sync/push"),
                                  QJsonDocument(QJsonObject{{QStringLiteral("ops"), QJsonArray{again}}}).toJson(), token);
    ASSERT_EQ(third.status, 200);
    const QJsonObject refused = third.body.value(QLatin1String("results")).toArray().at(0).toObject();
    EXPECT_EQ(refused.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
    EXPECT_TRUE(refused.value(QLatin1String("error")).toString().contains(event.value(QLatin1String("id")).toString()));
    EXPECT_EQ(count("SELECT count(*) FROM work_orders"), 3);
    EXPECT_EQ(count("SELECT count(*) FROM work_order_events"), 3);
}

TEST_P(SyncTest, ACentreKilledInTheMiddleOfABatchLosesAndDoublesNothing)
{
    DeskHarness desk(deskPath("a.sqlite"));
    ASSERT_TRUE(desk.signIn(central->url(), QStringLiteral("op1")));
    ASSERT_TRUE(desk.syncUntilIdle());
    central->kill();
    const int total = 400;
    for (int i = 0; i < total; ++i)
        ASSERT_FALSE(desk.file(i).isEmpty());
    ASSERT_TRUE(central->start());
    desk.sync->syncNow();
    // The first batch is acknowledged; the second is on its way or being applied: kill now.
    ASSERT_TRUE(waitUntil([&] { return Outbox(*desk.store).pendingCount() < total; }, 30000));
    central->kill();
    const int pendingAfterKill = Outbox(*desk.store).pendingCount();
    EXPECT_GT(pendingAfterKill, 0) << "the kill came before the last batch";
    ASSERT_TRUE(waitUntil([&] { return desk.sync->state() == SyncEngine::State::Offline; }, 20000));

    ASSERT_TRUE(central->start());
    ASSERT_TRUE(desk.syncUntilIdle(60000)) << qPrintable(desk.sync->lastError());
    EXPECT_EQ(count("SELECT count(*) FROM work_orders"), total);
    EXPECT_EQ(count("SELECT count(*) FROM work_order_events"), total);
    EXPECT_EQ(count("SELECT count(*) FROM applied_ops"), total);
}

TEST_P(SyncTest, ADeskKilledInTheMiddleOfASyncLosesAndDoublesNothing)
{
    const QString path = deskPath("killed.sqlite");
    {
        DeskHarness desk(path);
        ASSERT_TRUE(desk.signIn(central->url(), QStringLiteral("op1")));
        ASSERT_TRUE(desk.syncUntilIdle());
        for (int i = 0; i < 300; ++i)
            ASSERT_FALSE(desk.file(i).isEmpty());
    }
    // hotline-ctl sync is the desk's own SyncEngine in a process of its own.
    QProcess sync;
    sync.start(QStringLiteral(HOTLINE_CTL_BIN), {QStringLiteral("--store"), path, QStringLiteral("sync")});
    ASSERT_TRUE(sync.waitForStarted());
    ASSERT_TRUE(waitUntil([&] { return count("SELECT count(*) FROM work_orders") > 0; }, 30000));
    ::kill(pid_t(sync.processId()), SIGKILL);
    sync.waitForFinished();
    const qint64 atKill = count("SELECT count(*) FROM work_orders");
    EXPECT_LT(atKill, 300) << "killed before the end";

    const ProcessResult again = ctl(path, {QStringLiteral("sync")});
    EXPECT_EQ(again.exitCode, 0) << qPrintable(again.err);
    EXPECT_EQ(count("SELECT count(*) FROM work_orders"), 300);
    EXPECT_EQ(count("SELECT count(*) FROM work_order_events"), 300);
    DeskHarness reopened(path);
    EXPECT_EQ(Outbox(*reopened.store).pendingCount(), 0);
}

TEST_P(SyncTest, AnArticlePublishedOnOneDeskIsSearchableOnAnotherWithinSeconds)
{
    DeskHarness editor(deskPath("editor.sqlite"));
    DeskHarness operatorDesk(deskPath("operator.sqlite"));
    ASSERT_TRUE(editor.signIn(central->url(), QStringLiteral("editor1")));
    ASSERT_TRUE(operatorDesk.signIn(central->url(), QStringLiteral("op2")));
    ASSERT_TRUE(operatorDesk.syncUntilIdle());
    operatorDesk.sync->start(60000); // the WebSocket nudge, not the timer, must bring it
    QTest::qWait(300);

    KbDraft draft;
    draft.title = QStringLiteral("冬季供暖投诉受理口径");
    draft.answer = QStringLiteral("供暖期内室温低于18摄氏度的，记录地址后派发供热单位，24小时内上门检测。");
    const Result<qint64> id = editor.kb->articles().create(draft, QStringLiteral("editor1"));
    ASSERT_TRUE(id.ok());
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(editor.kb->articles().publish(id.value(), QStringLiteral("editor1")).ok());
    const bool arrived = waitUntil([&] { return !operatorDesk.kb->search().search(QStringLiteral("供暖投诉"), 5).isEmpty(); }, 15000);
    ASSERT_TRUE(arrived) << "centre articles " << count("SELECT count(*) FROM kb_articles") << ", editor pending "
                         << Outbox(*editor.store).pendingCount() << ", editor " << qPrintable(SyncEngine::displayName(editor.sync->state()))
                         << " " << qPrintable(editor.sync->lastError()) << ", operator published "
                         << operatorDesk.kb->articles().publishedCount() << " " << qPrintable(operatorDesk.sync->lastError());
    std::printf("  article visible on the other desk after %lld ms\n", clock.elapsed());
    EXPECT_LT(clock.elapsed(), 5000);

    // Withdrawn on the editor's desk: gone from the operator's.
    ASSERT_TRUE(editor.kb->articles().withdraw(id.value(), QStringLiteral("editor1")).ok());
    EXPECT_TRUE(waitUntil([&] { return operatorDesk.kb->search().search(QStringLiteral("供暖投诉"), 5).isEmpty(); }, 15000));
}

TEST_P(SyncTest, AnOperatorCannotPublishAndTheRefusalIsKeptForTheDesk)
{
    DeskHarness desk(deskPath("a.sqlite"));
    ASSERT_TRUE(desk.signIn(central->url(), QStringLiteral("op1")));
    QString refusal;
    QObject::connect(desk.sync.get(), &SyncEngine::rejected, [&](const QString &why) { refusal = why; });
    KbDraft draft;
    draft.title = QStringLiteral("越权发布的知识");
    draft.answer = QStringLiteral("操作员不应能发布到中心。");
    const Result<qint64> id = desk.kb->articles().create(draft, QStringLiteral("op1"));
    ASSERT_TRUE(desk.kb->articles().publish(id.value(), QStringLiteral("op1")).ok());
    ASSERT_TRUE(desk.syncUntilIdle());
    EXPECT_FALSE(refusal.isEmpty());
    ASSERT_EQ(Outbox(*desk.store).rejected(10).size(), 1);
    EXPECT_EQ(count("SELECT count(*) FROM kb_articles"), 0);
}

TEST_P(SyncTest, ReferenceDataPublishedAtTheCentreReachesTheDesks)
{
    ASSERT_TRUE(central->addUser(QStringLiteral("admin1"), QStringLiteral("admin")));
    DeskHarness desk(deskPath("a.sqlite"));
    ASSERT_TRUE(desk.signIn(central->url(), QStringLiteral("op1")));
    ASSERT_TRUE(desk.syncUntilIdle());
    const QString admin = signInToken(central->url(), QStringLiteral("admin1"));
    QFile catalogue(dataFile("catalog_3level.csv"));
    ASSERT_TRUE(catalogue.open(QIODevice::ReadOnly));
    const HttpAnswer published = http(central->url(), "PUT", QStringLiteral("/api/v1/reference/catalog"), catalogue.readAll(), admin);
    ASSERT_EQ(published.status, 200) << qPrintable(published.body.value(QLatin1String("error")).toString());
    EXPECT_EQ(published.body.value(QLatin1String("rows")).toInt(), 517);
    ASSERT_TRUE(desk.syncUntilIdle());
    EXPECT_EQ(CatalogRepository(*desk.store).all().size(), 517);

    // A broken file is refused with its line at the centre; the desks keep what they have.
    const HttpAnswer broken = http(central->url(), "PUT", QStringLiteral("/api/v1/reference/catalog"),
                                   "level1,level2,level3\n甲,乙\n", admin);
    EXPECT_EQ(broken.status, 400);
    EXPECT_TRUE(broken.body.value(QLatin1String("error")).toString().contains(QStringLiteral("2"))) << "names the line";
    EXPECT_EQ(http(central->url(), "PUT", QStringLiteral("/api/v1/reference/catalog"), "level1,level2,level3\n",
                   signInToken(central->url(), QStringLiteral("op1")))
                  .status,
              403);
    EXPECT_EQ(http(central->url(), "PUT", QStringLiteral("/api/v1/reference/secrets"), "x", admin).status, 404);
    ASSERT_TRUE(desk.syncUntilIdle());
    EXPECT_EQ(CatalogRepository(*desk.store).all().size(), 517);

    // The knowledge base's synonyms travel the same way and change what the desk finds.
    KbDraft draft;
    draft.title = QStringLiteral("遗失物品的登记与招领");
    draft.answer = QStringLiteral("在公共场所遗失物品的，可到属地派出所登记。");
    const Result<qint64> article = desk.kb->articles().create(draft, QStringLiteral("op1"));
    ASSERT_TRUE(article.ok());
    ASSERT_TRUE(desk.kb->articles().publish(article.value(), QStringLiteral("op1")).ok());
    EXPECT_TRUE(desk.kb->search().search(QStringLiteral("钱包丢了"), 5).isEmpty());
    const HttpAnswer synonyms = http(central->url(), "PUT", QStringLiteral("/api/v1/reference/synonyms"),
                                     "terms,note\n丢了|遗失|丢失,\n", admin);
    ASSERT_EQ(synonyms.status, 200) << qPrintable(synonyms.body.value(QLatin1String("error")).toString());
    EXPECT_EQ(http(central->url(), "PUT", QStringLiteral("/api/v1/reference/synonyms"), "terms,note\n丢了,\n", admin).status, 400)
        << "a group of one word is refused at the centre";
    ASSERT_TRUE(desk.syncUntilIdle());
    const QVector<KbHit> found = desk.kb->search().search(QStringLiteral("钱包丢了"), 5);
    ASSERT_FALSE(found.isEmpty());
    EXPECT_EQ(found.first().articleId, article.value());
}

INSTANTIATE_TEST_SUITE_P(Central, SyncTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &info) { return std::string(info.param); });
