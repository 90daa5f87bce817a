// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"
#include "itemmodels/WorkOrderListModel.h"
#include "workorder/OrderNumber.h"
#include "workorder/WorkOrderRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {
class WorkOrderRepositoryTest : public ::testing::Test {
protected:
    WorkOrderDraft draft(const char *phone = "13901012345") const
    {
        WorkOrderDraft d;
        d.phone = QString::fromLatin1(phone);
        d.callerName = QStringLiteral("王女士");
        d.appealType = AppealType::Help;
        d.classification = {QStringLiteral("城乡建设"), QStringLiteral("城市建设和市政管理"), QStringLiteral("园林绿化环卫")};
        d.address = *indexes.divisions().addressFor(QStringLiteral("110102018010"));
        d.title = QStringLiteral("路灯不亮");
        d.description = QStringLiteral("小区门口的路灯一周不亮");
        return d;
    }
    int rows(const char *table) const { return fx.rowCount(table); }

    StoreFixture fx;
    ReferenceIndexes indexes{*fx.store, StoreFixture::pinyin()};
    WorkOrderRepository orders{*fx.store};
};
} // namespace

TEST_F(WorkOrderRepositoryTest, CreateWritesEventProjectionAndOutboxTogether)
{
    QSignalSpy outboxChanged(fx.store.get(), &LocalStore::outboxChanged);
    const auto number = orders.create(draft("+86 139-0101-2345"), QStringLiteral("op7"));
    ASSERT_TRUE(number.ok()) << qPrintable(number.error());
    EXPECT_TRUE(OrderNumber::isProvisional(number.value())) << qPrintable(number.value());
    EXPECT_EQ(rows("work_orders"), 1);
    EXPECT_EQ(rows("work_order_events"), 1);
    EXPECT_EQ(rows("outbox"), 1);
    EXPECT_EQ(outboxChanged.count(), 1);
    const auto state = orders.find(number.value());
    ASSERT_TRUE(state.has_value());
    EXPECT_EQ(state->draft.phone, QStringLiteral("13901012345")) << "stored in canonical form";
    EXPECT_EQ(state->createdBy, QStringLiteral("op7"));
    const OutboxEntry entry = orders.outbox().first();
    EXPECT_EQ(entry.kind, QStringLiteral("workorder.event"));
    EXPECT_EQ(entry.payload.value(QStringLiteral("order")).toString(), number.value());
    EXPECT_FALSE(entry.acked);
    EXPECT_EQ(orders.pendingOutboxCount(), 1);
}

TEST_F(WorkOrderRepositoryTest, NumbersAreSequentialPerDayAndWorkstation)
{
    ASSERT_TRUE(orders.setWorkstation(7).ok());
    const QDateTime day = QDateTime(QDate(2026, 11, 22), QTime(9, 30));
    const auto first = orders.create(draft(), QStringLiteral("op"), day);
    const auto second = orders.create(draft(), QStringLiteral("op"), day.addSecs(60));
    const auto nextDay = orders.create(draft(), QStringLiteral("op"), day.addDays(1));
    EXPECT_EQ(first.value(), QStringLiteral("261122-07-0001"));
    EXPECT_EQ(second.value(), QStringLiteral("261122-07-0002"));
    EXPECT_EQ(nextDay.value(), QStringLiteral("261123-07-0001"));
    EXPECT_EQ(OrderNumber::spoken(first.value()), QStringLiteral("二六幺幺二二，零七，零零零幺"));
    EXPECT_FALSE(orders.setWorkstation(0).ok());
}

TEST_F(WorkOrderRepositoryTest, AnInvalidDraftIsRefusedAndNothingIsWritten)
{
    WorkOrderDraft bad = draft();
    bad.phone = QStringLiteral("12");
    bad.description.clear();
    const auto result = orders.create(bad, QStringLiteral("op"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QStringLiteral("号码"))) << qPrintable(result.error());
    EXPECT_EQ(rows("work_orders"), 0);
    EXPECT_EQ(rows("outbox"), 0);
    EXPECT_EQ(rows("number_counters"), 0) << "no number was used up";
}

TEST_F(WorkOrderRepositoryTest, EventsCannotBeRewritten)
{
    const auto number = orders.create(draft(), QStringLiteral("op"));
    QSqlQuery query(fx.store->database());
    EXPECT_FALSE(query.exec(QStringLiteral("UPDATE work_order_events SET actor = 'someone else'")));
    EXPECT_FALSE(query.exec(QStringLiteral("DELETE FROM work_order_events")));
    EXPECT_EQ(orders.events(number.value()).size(), 1);
}

TEST_F(WorkOrderRepositoryTest, RefusedTransitionLeavesNoTrace)
{
    const auto number = orders.create(draft(), QStringLiteral("op"));
    const Status closed = orders.append(WorkOrderEvent::make(number.value(), EventType::Closed, QStringLiteral("op"),
                                                             QDateTime::currentDateTimeUtc()));
    EXPECT_FALSE(closed.ok());
    EXPECT_EQ(orders.events(number.value()).size(), 1);
    EXPECT_EQ(orders.pendingOutboxCount(), 1);
    const Status dispatched = orders.append(WorkOrderEvent::make(number.value(), EventType::Dispatched, QStringLiteral("op"),
                                                                 QDateTime::currentDateTimeUtc(),
                                                                 {{QStringLiteral("unit"), QStringLiteral("D-110102")}}));
    ASSERT_TRUE(dispatched.ok()) << qPrintable(dispatched.error());
    EXPECT_EQ(orders.find(number.value())->status, OrderStatus::Dispatched);
    EXPECT_EQ(orders.byPhone(QStringLiteral("13901012345")).first().status, OrderStatus::Dispatched) << "projection follows";
    EXPECT_EQ(orders.pendingOutboxCount(), 2);
}

TEST_F(WorkOrderRepositoryTest, RepeatCallLinksBothOrders)
{
    const auto first = orders.create(draft(), QStringLiteral("op"));
    WorkOrderDraft again = draft();
    again.repeatOf = first.value();
    const auto second = orders.create(again, QStringLiteral("op"));
    ASSERT_TRUE(second.ok()) << qPrintable(second.error());
    EXPECT_EQ(orders.find(first.value())->repeatCalls, 1);
    EXPECT_EQ(orders.events(first.value()).last().payload.value(QStringLiteral("newOrder")).toString(), second.value());
    EXPECT_EQ(orders.pendingOutboxCount(), 3);
    WorkOrderDraft dangling = draft();
    dangling.repeatOf = QStringLiteral("no such number");
    EXPECT_FALSE(orders.create(dangling, QStringLiteral("op")).ok()) << "not an order number";
    // Another desk's order (the centre named it in the caller's history): the repeat call
    // is queued for the centre, which knows that order, and the new order is filed.
    WorkOrderDraft elsewhere = draft();
    elsewhere.repeatOf = QStringLiteral("000000-00-0000");
    ASSERT_TRUE(orders.create(elsewhere, QStringLiteral("op")).ok());
    EXPECT_FALSE(orders.find(elsewhere.repeatOf).has_value());
    const QVector<OutboxEntry> queued = orders.outbox();
    ASSERT_FALSE(queued.isEmpty());
    EXPECT_EQ(queued.last().payload.value(QStringLiteral("order")).toString(), elsewhere.repeatOf);
    EXPECT_EQ(queued.last().payload.value(QStringLiteral("type")).toString(), QStringLiteral("repeat_call"));
}

TEST_F(WorkOrderRepositoryTest, CallerHistoryModel)
{
    const auto first = orders.create(draft(), QStringLiteral("op"), QDateTime::currentDateTimeUtc().addSecs(-60));
    const auto second = orders.create(draft(), QStringLiteral("op"));
    (void)orders.create(draft("13800001111"), QStringLiteral("op"));
    WorkOrderListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setOrders(orders.byPhone(QStringLiteral("139 0101 2345")));
    EXPECT_EQ(reset.count(), 1);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.data(model.index(0, WorkOrderListModel::NumberColumn), Qt::DisplayRole).toString(), second.value())
        << "newest first";
    EXPECT_EQ(model.data(model.index(1, WorkOrderListModel::NumberColumn), Qt::DisplayRole).toString(), first.value());
    EXPECT_EQ(model.data(model.index(0, WorkOrderListModel::StatusColumn), Qt::DisplayRole).toString(), QStringLiteral("待处理"));
    EXPECT_TRUE(model.data(model.index(0, 0), WorkOrderListModel::OpenRole).toBool());
    EXPECT_TRUE(orders.byPhone(QStringLiteral("not a phone")).isEmpty());
}
