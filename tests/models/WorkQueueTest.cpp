// SPDX-License-Identifier: GPL-3.0-or-later
// Where an order waits and how long it has: queues, review settings and the running clock.
#include "StoreFixture.h"
#include "dispatch/ReviewPolicy.h"
#include "importing/CsvImport.h"
#include "timelimits/CalendarCsv.h"
#include "timelimits/Deadlines.h"
#include "timelimits/TimeLimitsCsv.h"
#include "workorder/Lifecycle.h"
#include "workorder/WorkQueue.h"

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {
const QTimeZone beijing(QByteArrayLiteral("Asia/Shanghai"));
// Tuesday 29 September 2026, 16:00: National Day's holiday (1–7 October) is two days away.
const QDateTime filed(QDate(2026, 9, 29), QTime(16, 0), beijing);

class Order {
public:
    explicit Order(Urgency urgency = Urgency::Normal, AppealType type = AppealType::Complaint)
    {
        WorkOrderDraft d;
        d.phone = QStringLiteral("13901012345");
        d.title = QStringLiteral("路灯不亮");
        d.description = QStringLiteral("小区门口路灯一周不亮");
        d.urgency = urgency;
        d.appealType = type;
        add(EventType::Created, d.toJson(), 0);
    }
    Order &add(EventType type, QJsonObject payload, qint64 minutes)
    {
        Result<WorkOrderState> next = Lifecycle::apply(m_state, WorkOrderEvent::make(QStringLiteral("260929-01-0001"), type, QStringLiteral("u"),
                                                                                    filed.addSecs(minutes * 60), std::move(payload)));
        EXPECT_TRUE(next.ok()) << qPrintable(next.error());
        if (next.ok())
            m_state = next.value();
        return *this;
    }
    const WorkOrderState &state() const { return *m_state; }

private:
    std::optional<WorkOrderState> m_state;
};

TimeLimits shippedLimits()
{
    const auto days = CalendarCsv::parse(CsvReader::readFile(seedFile("cn_calendar.csv")).value());
    const auto rules = TimeLimitsCsv::parse(CsvReader::readFile(seedFile("time_limits.csv")).value());
    EXPECT_TRUE(days.ok() && rules.ok());
    return TimeLimits(rules.value(), WorkingCalendar(days.value()));
}

const QJsonObject toUnit{{QStringLiteral("unit"), QStringLiteral("U1")}};
} // namespace

TEST(WorkQueue, EachStateWaitsInTheQueueOfWhoMustAct)
{
    EXPECT_EQ(queueOf(Order().state()), WorkQueue::ToDispatch);
    QJsonObject proposal = toUnit;
    proposal.insert(QStringLiteral("review"), true);
    EXPECT_EQ(queueOf(Order().add(EventType::Dispatched, proposal, 1).state()), WorkQueue::Review);
    EXPECT_EQ(queueOf(Order().add(EventType::Dispatched, proposal, 1)
                          .add(EventType::Reviewed, {{QStringLiteral("decision"), QStringLiteral("send_back")}, {QStringLiteral("text"), QStringLiteral("补门牌号")}}, 2)
                          .state()),
              WorkQueue::SentBack);
    EXPECT_EQ(queueOf(Order().add(EventType::Dispatched, toUnit, 1).state()), WorkQueue::None) << "with the unit";
    EXPECT_EQ(queueOf(Order(Urgency::Emergency).add(EventType::Dispatched, proposal, 1).state()), WorkQueue::Urgent)
        << "an emergency skips review and is flagged until signed";
    EXPECT_EQ(queueOf(Order(Urgency::Emergency).add(EventType::Dispatched, toUnit, 1).add(EventType::Signed, {}, 2).state()), WorkQueue::None);
    EXPECT_EQ(queueOf(Order().add(EventType::Dispatched, toUnit, 1).add(EventType::Returned, {{QStringLiteral("reason"), QStringLiteral("duplicate")}}, 2).state()),
              WorkQueue::Redispatch);
    Order replied;
    replied.add(EventType::Dispatched, toUnit, 1).add(EventType::Signed, {}, 2).add(EventType::Replied, {{QStringLiteral("text"), QStringLiteral("已修")}}, 3);
    EXPECT_EQ(queueOf(replied.state()), WorkQueue::Callback);
    replied.add(EventType::CalledBack, {{QStringLiteral("result"), QStringLiteral("dissatisfied")}}, 4);
    EXPECT_EQ(queueOf(replied.state()), WorkQueue::Dissatisfied);
    EXPECT_EQ(workQueueFromCode(toCode(WorkQueue::Extension)), WorkQueue::Extension);
}

TEST(Deadlines, ClocksRunFromTheDispatchOnTheWorkingDayCalendarAndAnExtensionMovesTheReply)
{
    const TimeLimits limits = shippedLimits();
    const Deadlines deadlines(limits);
    Order order;
    EXPECT_FALSE(deadlines.running(order.state()).has_value()) << "no clock before dispatch";
    order.add(EventType::Dispatched, toUnit, 0);
    const auto sign = deadlines.running(order.state());
    ASSERT_TRUE(sign.has_value());
    EXPECT_EQ(sign->stage, LimitStage::Sign);
    EXPECT_EQ(sign->due, filed.addSecs(2 * 3600));
    order.add(EventType::Signed, {}, 150); // 30 minutes late
    EXPECT_EQ(deadlines.signedInTime(order.state()), false);
    const auto reply = deadlines.running(order.state());
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->stage, LimitStage::Reply);
    // 7 working days from Tue 29 Sep: 30 Sep, then the holiday (1–7 Oct), Thu 8, Fri 9,
    // Sat 10 (worked), Mon 12, Tue 13, Wed 14 Oct → Wednesday 14 October 16:00.
    EXPECT_EQ(reply->due.toTimeZone(beijing), QDateTime(QDate(2026, 10, 14), QTime(16, 0), beijing)) << qPrintable(reply->due.toString(Qt::ISODate));
    EXPECT_TRUE(reply->overdueAt(QDateTime(QDate(2026, 10, 15), QTime(9, 0), beijing)));
    const QDateTime later(QDate(2026, 10, 30), QTime(18, 0), beijing);
    order.add(EventType::ExtensionRequested, {{QStringLiteral("until"), later.toString(Qt::ISODate)}, {QStringLiteral("text"), QStringLiteral("需换电缆")}}, 200)
        .add(EventType::ExtensionDecided, {{QStringLiteral("approved"), true}}, 210);
    EXPECT_EQ(deadlines.running(order.state())->due, later);
    order.add(EventType::Replied, {{QStringLiteral("text"), QStringLiteral("已修复")}}, 300);
    const auto callback = deadlines.running(order.state());
    ASSERT_TRUE(callback.has_value());
    EXPECT_EQ(callback->stage, LimitStage::Callback);
    EXPECT_EQ(callback->due, filed.addSecs(300 * 60).addDays(7));
}

TEST(Deadlines, TimeLeftReadsAtAGlance)
{
    EXPECT_EQ(Deadlines::timeLeftText(45 * 60), QStringLiteral("剩 45分钟"));
    EXPECT_EQ(Deadlines::timeLeftText((2 * 24 + 3) * 3600 + 59), QStringLiteral("剩 2天3小时"));
    EXPECT_EQ(Deadlines::timeLeftText(-(80 * 60)), QStringLiteral("超时 1小时20分"));
}

TEST(ReviewPolicy, ReviewsWhatTheSettingAsksForAndNeverAnEmergency)
{
    WorkOrderDraft lamp;
    lamp.classification = {QStringLiteral("城乡建设"), QStringLiteral("市政设施"), QStringLiteral("路灯")};
    WorkOrderDraft other;
    other.classification = {QStringLiteral("交通运输"), QStringLiteral("公交"), QStringLiteral("公交线路")};
    const ReviewPolicy policy = ReviewPolicy::parse(QStringLiteral("confidence<0.8, items:市政设施")).value();
    EXPECT_TRUE(policy.needsReview(lamp, 1.0)) << "a chosen item (at any level)";
    EXPECT_TRUE(policy.needsReview(other, 0.5)) << "low confidence";
    EXPECT_FALSE(policy.needsReview(other, 0.9));
    lamp.urgency = Urgency::Emergency;
    EXPECT_FALSE(policy.needsReview(lamp, 0.1));
    EXPECT_TRUE(ReviewPolicy::all().needsReview(other, 1.0));
    EXPECT_FALSE(ReviewPolicy::parse(QStringLiteral("none")).value().needsReview(other, 0.0));
    EXPECT_EQ(policy.toText(), QStringLiteral("confidence<0.8,items:市政设施"));
    for (const char *bad : {"confidence<2", "items:", "sometimes"}) {
        const auto refused = ReviewPolicy::parse(QString::fromLatin1(bad));
        EXPECT_FALSE(refused.ok()) << bad;
    }
}
