// SPDX-License-Identifier: GPL-3.0-or-later
#include "workorder/Lifecycle.h"

#include <gtest/gtest.h>

using namespace hotline;

namespace {
WorkOrderEvent event(EventType type, QJsonObject payload = {})
{
    return WorkOrderEvent::make(QStringLiteral("261122-01-0001"), type, QStringLiteral("op"),
                                QDateTime::currentDateTimeUtc(), std::move(payload));
}
WorkOrderDraft draft()
{
    WorkOrderDraft d;
    d.phone = QStringLiteral("13901012345");
    d.title = QStringLiteral("路灯不亮");
    d.description = QStringLiteral("小区门口路灯一周不亮");
    return d;
}
} // namespace

TEST(Lifecycle, FoldsTheFullDispatchCycle)
{
    const QVector<WorkOrderEvent> events{
        event(EventType::Created, draft().toJson()),
        event(EventType::Dispatched, {{QStringLiteral("unit"), QStringLiteral("BJ-CGW")}}),
        event(EventType::Returned, {{QStringLiteral("text"), QStringLiteral("不属于本单位职责")}}),
        event(EventType::Dispatched, {{QStringLiteral("unit"), QStringLiteral("D-110102")}}),
        event(EventType::Urged),
        event(EventType::Signed),
        event(EventType::Replied, {{QStringLiteral("text"), QStringLiteral("已修复")}}),
        event(EventType::CalledBack, {{QStringLiteral("satisfaction"), QStringLiteral("satisfied")}}),
        event(EventType::Closed),
    };
    const Result<WorkOrderState> state = Lifecycle::fold(events);
    ASSERT_TRUE(state.ok()) << qPrintable(state.error());
    EXPECT_EQ(state.value().status, OrderStatus::Closed);
    EXPECT_EQ(state.value().dispatchedTo, QStringLiteral("D-110102"));
    EXPECT_EQ(state.value().urgeCount, 1);
    EXPECT_EQ(state.value().reply, QStringLiteral("已修复"));
    EXPECT_EQ(state.value().eventCount, 9);
    EXPECT_EQ(state.value().draft, draft());
}

TEST(Lifecycle, RefusesTransitionsOutOfOrder)
{
    const WorkOrderState open = Lifecycle::apply(std::nullopt, event(EventType::Created, draft().toJson())).value();
    EXPECT_FALSE(Lifecycle::apply(open, event(EventType::Signed)).ok());
    EXPECT_FALSE(Lifecycle::apply(open, event(EventType::Closed)).ok());
    EXPECT_FALSE(Lifecycle::apply(open, event(EventType::Created, draft().toJson())).ok());
    EXPECT_FALSE(Lifecycle::apply(open, event(EventType::Dispatched)).ok()) << "dispatch needs a unit";
    EXPECT_FALSE(Lifecycle::apply(std::nullopt, event(EventType::Urged)).ok());
    const WorkOrderState answered =
        Lifecycle::apply(open, event(EventType::Answered, {{QStringLiteral("text"), QStringLiteral("答复")}})).value();
    EXPECT_FALSE(Lifecycle::apply(answered, event(EventType::Dispatched, {{QStringLiteral("unit"), QStringLiteral("x")}})).ok());
    const WorkOrderState closed = Lifecycle::apply(answered, event(EventType::Closed)).value();
    const auto repeat = Lifecycle::apply(closed, event(EventType::RepeatCall));
    ASSERT_FALSE(repeat.ok());
    EXPECT_TRUE(repeat.error().contains(QStringLiteral("已归档")));
}

TEST(Lifecycle, EventsRoundTripThroughJson)
{
    const WorkOrderEvent original = event(EventType::Merged, {{QStringLiteral("into"), QStringLiteral("261122-01-0002")}});
    const auto copy = WorkOrderEvent::fromJson(original.toJson());
    ASSERT_TRUE(copy.has_value());
    EXPECT_EQ(copy->id, original.id);
    EXPECT_EQ(copy->type, EventType::Merged);
    EXPECT_EQ(copy->payload, original.payload);
    EXPECT_FALSE(WorkOrderEvent::fromJson({{QStringLiteral("type"), QStringLiteral("nonsense")}}).has_value());
}

// Found by fuzz_sync_ops: an event whose time in UTC falls outside the years 1–9999 was
// accepted, then written with an empty time ("at": "") that never read back.
TEST(Lifecycle, EventsWhoseTimeCannotBeWrittenAreRefused)
{
    QJsonObject json = event(EventType::Created).toJson();
    for (const char *at : {"0001-01-01T00:00:00.000+01:00", "9999-12-31T23:30:00.000-01:00"}) {
        json.insert(QStringLiteral("at"), QString::fromLatin1(at));
        EXPECT_FALSE(WorkOrderEvent::fromJson(json).has_value()) << at;
    }
    for (const char *at : {"0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z", "2026-12-03T09:00:00.000+08:00"}) {
        json.insert(QStringLiteral("at"), QString::fromLatin1(at));
        const auto read = WorkOrderEvent::fromJson(json);
        ASSERT_TRUE(read.has_value()) << at;
        const auto again = WorkOrderEvent::fromJson(read->toJson());
        ASSERT_TRUE(again.has_value()) << at;
        EXPECT_EQ(again->at, read->at) << at;
    }
}
