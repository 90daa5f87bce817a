// SPDX-License-Identifier: GPL-3.0-or-later
// The simulation flag on the desk: a draft writes "simulation" only when set (so a real
// order's payload, and every hash over it, is what it was), reads it back; a simulated order
// and its later events are stored but never queued; a simulation store queues nothing at all,
// a real order in it included; an operation that says simulation is never taken by the outbox.
#include "StoreFixture.h"
#include "store/Outbox.h"
#include "workorder/WorkOrderRepository.h"

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {
class SimulationFlagTest : public ::testing::Test {
protected:
    static WorkOrderDraft draft(bool simulation)
    {
        WorkOrderDraft d;
        d.phone = QStringLiteral("13901012345");
        d.callerName = QStringLiteral("王女士");
        d.appealType = AppealType::Help;
        d.classification = {QStringLiteral("城乡建设"), QStringLiteral("城市建设和市政管理"), QStringLiteral("园林绿化环卫")};
        d.address.districtCode = QStringLiteral("110102");
        d.address.districtName = QStringLiteral("西城区");
        d.title = QStringLiteral("路灯不亮");
        d.description = QStringLiteral("小区门口的路灯一周不亮");
        d.simulation = simulation;
        return d;
    }
    int rows(const char *table) const { return fx.rowCount(table); }

    StoreFixture fx;
    WorkOrderRepository orders{*fx.store};
};
} // namespace

TEST_F(SimulationFlagTest, TheFlagIsWrittenOnlyWhenSetAndReadBack)
{
    EXPECT_FALSE(draft(false).toJson().contains(QLatin1String("simulation")));
    EXPECT_EQ(draft(true).toJson().value(QLatin1String("simulation")), QJsonValue(true));
    EXPECT_TRUE(WorkOrderDraft::fromJson(draft(true).toJson()).simulation);
    EXPECT_FALSE(WorkOrderDraft::fromJson(draft(false).toJson()).simulation);
    EXPECT_EQ(WorkOrderDraft::fromJson(draft(true).toJson()), draft(true));
}

TEST_F(SimulationFlagTest, ASimulatedOrderIsStoredButNeverQueued)
{
    const Result<QString> real = orders.create(draft(false), QStringLiteral("op7"));
    ASSERT_TRUE(real) << qPrintable(real.error());
    EXPECT_EQ(rows("outbox"), 1) << "a real order is queued as ever";
    const Result<QString> simulated = orders.create(draft(true), QStringLiteral("op7"));
    ASSERT_TRUE(simulated) << qPrintable(simulated.error());
    ASSERT_TRUE(orders.find(simulated.value()));
    EXPECT_TRUE(orders.find(simulated.value())->draft.simulation);
    ASSERT_TRUE(orders.append(WorkOrderEvent::make(simulated.value(), EventType::Answered, QStringLiteral("op7"),
                                                   QDateTime::currentDateTimeUtc(), {{QStringLiteral("text"), QStringLiteral("已答复")}})));
    EXPECT_EQ(orders.events(simulated.value()).size(), 2);
    EXPECT_EQ(rows("outbox"), 1);
    // A repeat call about another desk's order, made on a training call, does not reach it either.
    WorkOrderDraft repeat = draft(true);
    repeat.repeatOf = QStringLiteral("2600012345"); // a final number this desk does not hold
    const Result<QString> repeated = orders.create(repeat, QStringLiteral("op7"));
    ASSERT_TRUE(repeated) << qPrintable(repeated.error());
    EXPECT_EQ(rows("outbox"), 1);
}

TEST_F(SimulationFlagTest, ASimulationStoreQueuesNothing)
{
    EXPECT_FALSE(fx.store->isSimulation());
    ASSERT_TRUE(fx.store->setMeta(QStringLiteral("simulation"), QStringLiteral("1")));
    EXPECT_TRUE(fx.store->isSimulation());
    ASSERT_TRUE(orders.create(draft(false), QStringLiteral("op7")));
    EXPECT_EQ(rows("work_orders"), 1);
    EXPECT_EQ(rows("outbox"), 0);
    ASSERT_TRUE(fx.store->transaction([&] { return Outbox(*fx.store).enqueue(QStringLiteral("agent.state"), {{QStringLiteral("state"), QStringLiteral("ready")}}); }));
    EXPECT_EQ(rows("outbox"), 0);
}

TEST_F(SimulationFlagTest, TheOutboxTakesNothingThatSaysSimulation)
{
    EXPECT_TRUE(Outbox::isSimulated({{QStringLiteral("simulation"), true}}));
    EXPECT_TRUE(Outbox::isSimulated({{QStringLiteral("payload"), QJsonObject{{QStringLiteral("simulation"), true}}}}));
    EXPECT_FALSE(Outbox::isSimulated({{QStringLiteral("payload"), QJsonObject{{QStringLiteral("simulation"), false}}}}));
    EXPECT_FALSE(Outbox::isSimulated({}));
    ASSERT_TRUE(fx.store->transaction([&] {
        return Outbox(*fx.store).enqueue(QStringLiteral("workorder.event"),
                                         {{QStringLiteral("payload"), QJsonObject{{QStringLiteral("simulation"), true}}}});
    }));
    EXPECT_EQ(rows("outbox"), 0);
}
