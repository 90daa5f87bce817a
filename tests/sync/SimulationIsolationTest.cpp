// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing simulated reaches the real centre, on SQLite and PostgreSQL: a training call's order
// pushed by an operator (or a team lead) is refused with the reason and leaves no order, event
// or change behind, and counts in neither the month's figures nor the floor, while a real
// order filed after it does; no department and no other desk ever pulls it. A desk never
// queues a simulated order, a simulation store's engine signs in, pushes and pulls nothing
// even when told to sync, and a trainee's push of an ordinary order is refused.
#include "CentralHarness.h"
#include "FigureFixture.h"

#include "store/Outbox.h"
#include "workorder/OrderNumber.h"
#include "workorder/WorkOrderEvent.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace hotline;
using namespace hotline::test;

namespace {

class SimulationIsolationTest : public CentralTest {
protected:
    void SetUp() override
    {
        startCentral({{"op1", "operator"}, {"lead1", "team_lead"}, {"trainee1", "trainee"}, {"dept1", "department"},
                      {"admin1", "admin"}});
        desk = std::make_unique<DeskHarness>(dir.filePath(QStringLiteral("desk.sqlite")));
        ASSERT_TRUE(desk->signIn(central->url(), QStringLiteral("op1")));
        ASSERT_FALSE(desk->file(1).isEmpty());
        ASSERT_TRUE(desk->syncUntilIdle());
        lead = signInToken(central->url(), QStringLiteral("lead1"));
        ASSERT_FALSE(lead.isEmpty());
    }

    // A training call's order, as a desk would file it.
    static WorkOrderDraft simulatedDraft()
    {
        WorkOrderDraft draft = reportDraft(77);
        draft.phone = simulatedPhone;
        draft.simulation = true;
        return draft;
    }
    static WorkOrderEvent simulatedCreated(const QString &number)
    {
        return WorkOrderEvent::make(number, EventType::Created, QStringLiteral("op1"), QDateTime::currentDateTimeUtc(),
                                    simulatedDraft().toJson());
    }
    QJsonObject push(const QString &token, const QJsonObject &payload, int *status = nullptr)
    {
        const QJsonObject op{{QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {QStringLiteral("kind"), QStringLiteral("workorder.event")},
                             {QStringLiteral("payload"), payload}};
        const HttpAnswer answer = http(central->url(), "POST", QStringLiteral("/api/v1/sync/push"),
                                       QJsonDocument(QJsonObject{{QStringLiteral("ops"), QJsonArray{op}}}).toJson(), token);
        if (status)
            *status = answer.status;
        return answer.body.value(QLatin1String("results")).toArray().at(0).toObject();
    }
    // The month's total and today's orders on the floor, as a team lead reads them.
    std::pair<int, int> counted()
    {
        const HttpAnswer month = http(central->url(), "GET", QStringLiteral("/api/v1/figures?period=%1&format=json").arg(FigureFixture::period()),
                                      {}, lead);
        EXPECT_EQ(month.status, 200) << QJsonDocument(month.body).toJson().constData();
        const HttpAnswer floor = http(central->url(), "GET", QStringLiteral("/api/v1/floor"), {}, lead);
        EXPECT_EQ(floor.status, 200) << QJsonDocument(floor.body).toJson().constData();
        return {month.body.value(QLatin1String("total")).toObject().value(QLatin1String("orders")).toInt(-1),
                floor.body.value(QLatin1String("today")).toObject().value(QLatin1String("orders")).toInt(-1)};
    }
    // Everything a pull since the beginning gives `login`, as one text.
    QString pulled(const QString &login)
    {
        const HttpAnswer answer = http(central->url(), "GET", QStringLiteral("/api/v1/sync/pull?since=0&limit=2000"), {},
                                       signInToken(central->url(), login));
        EXPECT_EQ(answer.status, 200) << QJsonDocument(answer.body).toJson().constData();
        return QString::fromUtf8(QJsonDocument(answer.body).toJson());
    }
    qint64 countOf(const QString &sql) const { return centralCount(url, sql); }
    qint64 everything() const
    {
        return countOf(QStringLiteral("SELECT count(*) FROM work_orders")) + countOf(QStringLiteral("SELECT count(*) FROM work_order_events"))
            + countOf(QStringLiteral("SELECT count(*) FROM changes"));
    }

    static inline const QString simulatedPhone = QStringLiteral("13911112222");
    std::unique_ptr<DeskHarness> desk;
    QString lead;
};

TEST_P(SimulationIsolationTest, TheCentreRefusesASimulatedOrderWhoeverPushesItAndCountsNothingOfIt)
{
    const auto [monthBefore, floorBefore] = counted();
    ASSERT_EQ(monthBefore, 1);
    ASSERT_EQ(floorBefore, 1);
    const qint64 before = everything();
    const QString number = OrderNumber::provisional(QDate::currentDate(), 7, 1);

    // The draft says simulation: refused with the reason, for an operator and a team lead alike.
    for (const char *login : {"op1", "lead1"}) {
        const QJsonObject result = push(signInToken(central->url(), QString::fromLatin1(login)), simulatedCreated(number).toJson());
        EXPECT_EQ(result.value(QLatin1String("status")).toString(), QStringLiteral("rejected")) << login;
        EXPECT_TRUE(result.value(QLatin1String("error")).toString().contains(QStringLiteral("模拟工单不进入中心")))
            << qPrintable(result.value(QLatin1String("error")).toString());
    }
    // Only the operation says so (the draft was stripped of its flag): refused all the same.
    WorkOrderDraft stripped = simulatedDraft();
    stripped.simulation = false;
    QJsonObject marked = WorkOrderEvent::make(number, EventType::Created, QStringLiteral("op1"), QDateTime::currentDateTimeUtc(),
                                              stripped.toJson())
                             .toJson();
    marked.insert(QStringLiteral("simulation"), true);
    EXPECT_EQ(push(signInToken(central->url(), QStringLiteral("op1")), marked).value(QLatin1String("status")).toString(),
              QStringLiteral("rejected"));

    // Nothing of it is stored: no order, no event, no change for anyone to pull.
    EXPECT_EQ(countOf(QStringLiteral("SELECT count(*) FROM work_orders WHERE number = '%1'").arg(number)), 0);
    EXPECT_EQ(countOf(QStringLiteral("SELECT count(*) FROM work_order_events WHERE order_number = '%1'").arg(number)), 0);
    EXPECT_EQ(countOf(QStringLiteral("SELECT count(*) FROM work_orders WHERE phone = '%1'").arg(simulatedPhone)), 0);
    EXPECT_EQ(everything(), before);
    // Not in the month's figures, not on the floor …
    EXPECT_EQ(counted(), std::make_pair(monthBefore, floorBefore));
    // … not at any department, nor at another desk.
    for (const char *login : {"dept1", "lead1", "admin1"}) {
        const QString text = pulled(QString::fromLatin1(login));
        EXPECT_FALSE(text.contains(number)) << login;
        EXPECT_FALSE(text.contains(simulatedPhone)) << login;
    }

    // The same counts do move for a real order: the figures read live, so the check above means something.
    ASSERT_FALSE(desk->file(2).isEmpty());
    ASSERT_TRUE(desk->syncUntilIdle());
    EXPECT_EQ(counted(), std::make_pair(monthBefore + 1, floorBefore + 1));
}

TEST_P(SimulationIsolationTest, ADeskNeverQueuesASimulatedOrderAndRefusesOneFoundInItsOutbox)
{
    const qint64 before = everything();
    // Filed on a real desk's store with the flag: kept locally, never queued.
    const Result<QString> number = desk->orders->create(simulatedDraft(), QStringLiteral("op1"));
    ASSERT_TRUE(number) << qPrintable(number.error());
    ASSERT_TRUE(desk->orders->find(number.value()));
    EXPECT_TRUE(desk->orders->find(number.value())->draft.simulation);
    EXPECT_EQ(Outbox(*desk->store).pendingCount(), 0);
    // Its later events stay local too.
    const WorkOrderEvent answered = WorkOrderEvent::make(number.value(), EventType::Answered, QStringLiteral("op1"),
                                                         QDateTime::currentDateTimeUtc(), {{QStringLiteral("text"), QStringLiteral("已答复")}});
    ASSERT_TRUE(desk->orders->append(answered));
    EXPECT_EQ(Outbox(*desk->store).pendingCount(), 0);
    EXPECT_EQ(desk->orders->events(number.value()).size(), 2);

    // An operation that says simulation found in the outbox anyway (written by hand, an older
    // desk): the engine refuses it with the reason and never sends it.
    QSqlQuery smuggle(desk->store->database());
    smuggle.prepare(QStringLiteral("INSERT INTO outbox (op_id, kind, payload, created_at) VALUES (?, ?, ?, ?)"));
    smuggle.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    smuggle.addBindValue(QStringLiteral("workorder.event"));
    smuggle.addBindValue(QString::fromUtf8(QJsonDocument(simulatedCreated(QStringLiteral("X-SIM-1")).toJson()).toJson(QJsonDocument::Compact)));
    smuggle.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    ASSERT_TRUE(smuggle.exec());
    ASSERT_EQ(Outbox(*desk->store).pendingCount(), 1);
    QStringList refusals;
    QObject::connect(desk->sync.get(), &SyncEngine::rejected, desk->sync.get(), [&refusals](const QString &why) { refusals.append(why); });
    ASSERT_TRUE(desk->syncUntilIdle());
    EXPECT_EQ(Outbox(*desk->store).pendingCount(), 0);
    ASSERT_EQ(Outbox(*desk->store).rejected(10).size(), 1);
    EXPECT_EQ(Outbox(*desk->store).rejected(10).first().rejected, QStringLiteral("模拟工单不进入中心"));
    EXPECT_EQ(refusals, QStringList{QStringLiteral("模拟工单不进入中心")});
    EXPECT_EQ(everything(), before);
    EXPECT_EQ(countOf(QStringLiteral("SELECT count(*) FROM work_orders WHERE phone = '%1'").arg(simulatedPhone)), 0);
}

TEST_P(SimulationIsolationTest, ASimulationStoreNeverSignsInPushesOrPulls)
{
    const qint64 before = everything();
    DeskHarness training(dir.filePath(QStringLiteral("training.sqlite")));
    ASSERT_TRUE(training.store->setMeta(QStringLiteral("simulation"), QStringLiteral("1")));
    ASSERT_TRUE(training.store->isSimulation());
    EXPECT_FALSE(desk->store->isSimulation());

    // Signing in is refused at once, with the reason, without a word to the centre.
    EXPECT_FALSE(training.signIn(central->url(), QStringLiteral("op1")));
    EXPECT_TRUE(training.sync->lastError().contains(QStringLiteral("培训"))) << qPrintable(training.sync->lastError());
    EXPECT_FALSE(training.sync->signedIn());
    EXPECT_FALSE(training.sync->centreRefusal().isEmpty());

    // Even with a session copied into it (a store made from a real desk's file), nothing goes out.
    CentralSettings copied = CentralSettings::load(*desk->store);
    ASSERT_TRUE(copied.save(*training.store));
    DeskHarness copy(dir.filePath(QStringLiteral("training.sqlite")));
    ASSERT_TRUE(copy.store->isSimulation());
    WorkOrderDraft ordinary = reportDraft(78); // not even marked: the store decides
    ordinary.phone = simulatedPhone;
    ASSERT_TRUE(copy.orders->create(ordinary, QStringLiteral("op1")));
    EXPECT_EQ(Outbox(*copy.store).pendingCount(), 0);
    copy.sync->start(50);
    copy.sync->syncNow();
    QString asked;
    bool answered = false;
    copy.sync->ask(QStringLiteral("/api/v1/orders?phone=") + simulatedPhone, [&](const std::optional<QJsonObject> &body, const QString &error) {
        answered = true;
        asked = body ? QStringLiteral("answered") : error;
    });
    EXPECT_TRUE(answered) << "refused at once, not sent";
    EXPECT_TRUE(asked.contains(QStringLiteral("培训"))) << qPrintable(asked);
    EXPECT_FALSE(waitUntil([&] { return copy.sync->state() == SyncEngine::State::Online; }, 1000));
    EXPECT_NE(copy.sync->state(), SyncEngine::State::Syncing);
    EXPECT_EQ(everything(), before);
    EXPECT_EQ(countOf(QStringLiteral("SELECT count(*) FROM work_orders WHERE phone = '%1'").arg(simulatedPhone)), 0);
}

TEST_P(SimulationIsolationTest, ATraineesPushOfAnOrdinaryOrderIsRefusedAndNothingStored)
{
    const qint64 before = everything();
    const QString number = OrderNumber::provisional(QDate::currentDate(), 8, 1);
    WorkOrderDraft ordinary = reportDraft(79);
    ordinary.phone = simulatedPhone;
    int status = 0;
    push(signInToken(central->url(), QStringLiteral("trainee1")),
         WorkOrderEvent::make(number, EventType::Created, QStringLiteral("trainee1"), QDateTime::currentDateTimeUtc(), ordinary.toJson()).toJson(),
         &status);
    EXPECT_EQ(status, 403);
    EXPECT_EQ(everything(), before);
    EXPECT_EQ(countOf(QStringLiteral("SELECT count(*) FROM work_orders WHERE phone = '%1'").arg(simulatedPhone)), 0);
    // A trainee's desk signs in (to fetch its scenarios) but its pushes never land.
    DeskHarness traineeDesk(dir.filePath(QStringLiteral("trainee.sqlite")));
    ASSERT_TRUE(traineeDesk.signIn(central->url(), QStringLiteral("trainee1")));
    ASSERT_TRUE(traineeDesk.orders->create(ordinary, QStringLiteral("trainee1")));
    traineeDesk.sync->syncNow();
    EXPECT_FALSE(traineeDesk.syncUntilIdle(3000)) << "the push is refused: the order stays unsent";
    EXPECT_EQ(everything(), before);
}

INSTANTIATE_TEST_SUITE_P(Central, SimulationIsolationTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &info) { return std::string(info.param); });

} // namespace
