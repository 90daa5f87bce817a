// SPDX-License-Identifier: GPL-3.0-or-later
#include "workorder/Lifecycle.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QMap>
#include <QSet>

using namespace hotline;

namespace {
const QString number = QStringLiteral("261122-01-0001");
const QDateTime start = QDateTime::fromString(QStringLiteral("2026-12-01T09:00:00+08:00"), Qt::ISODate);

WorkOrderEvent event(EventType type, QJsonObject payload = {}, int minute = 0)
{
    return WorkOrderEvent::make(number, type, QStringLiteral("op"), start.addSecs(60 * minute), std::move(payload));
}
QJsonObject withText(const char *text)
{
    return {{QStringLiteral("text"), QString::fromUtf8(text)}};
}
WorkOrderDraft draft(Urgency urgency = Urgency::Normal)
{
    WorkOrderDraft d;
    d.phone = QStringLiteral("13901012345");
    d.title = QStringLiteral("路灯不亮");
    d.description = QStringLiteral("小区门口路灯一周不亮");
    d.urgency = urgency;
    return d;
}

// A payload each event accepts, so a refusal below is the state's or the role's doing.
QJsonObject validPayload(EventType type)
{
    switch (type) {
    case EventType::Created: return draft().toJson();
    case EventType::Answered: return withText("已告知办理流程");
    case EventType::Dispatched: return {{QStringLiteral("unit"), QStringLiteral("U1")}};
    case EventType::Reviewed: return {{QStringLiteral("decision"), QStringLiteral("approve")}};
    case EventType::Returned: return {{QStringLiteral("reason"), QStringLiteral("not_our_duty")}};
    case EventType::Replied: return withText("已修复");
    case EventType::CalledBack: return {{QStringLiteral("result"), QStringLiteral("satisfied")}};
    case EventType::Merged: return {{QStringLiteral("into"), QStringLiteral("261122-01-0009")}};
    case EventType::Reopened: return withText("市民说灯还是不亮");
    case EventType::ExtensionRequested:
        return {{QStringLiteral("until"), start.addDays(30).toString(Qt::ISODate)}, {QStringLiteral("text"), QStringLiteral("需更换电缆")}};
    case EventType::ExtensionDecided: return {{QStringLiteral("approved"), true}};
    default: return {};
    }
}

WorkOrderState fold(QVector<WorkOrderEvent> events)
{
    events.prepend(event(EventType::Created, draft().toJson()));
    const Result<WorkOrderState> state = Lifecycle::fold(events);
    EXPECT_TRUE(state.ok()) << qPrintable(state.error());
    return state.ok() ? state.value() : WorkOrderState{};
}

// Every state an order can be in, each reached by real events.
QMap<QString, WorkOrderState> statesByName()
{
    const WorkOrderEvent dispatched = event(EventType::Dispatched, validPayload(EventType::Dispatched));
    const WorkOrderEvent signedFor = event(EventType::Signed);
    const WorkOrderEvent replied = event(EventType::Replied, withText("已修复"));
    const WorkOrderEvent dissatisfied = event(EventType::CalledBack, {{QStringLiteral("result"), QStringLiteral("dissatisfied")}});
    return {
        {QStringLiteral("open"), fold({})},
        {QStringLiteral("answered"), fold({event(EventType::Answered, withText("答复"))})},
        {QStringLiteral("pending_review"),
         fold({event(EventType::Dispatched, {{QStringLiteral("unit"), QStringLiteral("U1")}, {QStringLiteral("review"), true}})})},
        {QStringLiteral("dispatched"), fold({dispatched})},
        {QStringLiteral("accepted"), fold({dispatched, signedFor})},
        {QStringLiteral("accepted_extension_asked"),
         fold({dispatched, signedFor, event(EventType::ExtensionRequested, validPayload(EventType::ExtensionRequested))})},
        {QStringLiteral("returned"), fold({dispatched, event(EventType::Returned, validPayload(EventType::Returned))})},
        {QStringLiteral("replied"), fold({dispatched, signedFor, replied})},
        {QStringLiteral("replied_dissatisfied"), fold({dispatched, signedFor, replied, dissatisfied})},
        {QStringLiteral("closed"), fold({dispatched, signedFor, replied, event(EventType::CalledBack, validPayload(EventType::CalledBack))})},
        {QStringLiteral("merged"), fold({event(EventType::Merged, validPayload(EventType::Merged))})},
        {QStringLiteral("reopened"),
         fold({dispatched, signedFor, replied, dissatisfied, event(EventType::Reopened, validPayload(EventType::Reopened))})},
    };
}

// The lifecycle as the hotline's procedure describes it, written out independently of the
// table in Lifecycle.cpp: the states each event may follow.
const QMap<EventType, QSet<QByteArray>> &expectedFrom()
{
    static const QMap<EventType, QSet<QByteArray>> table{
        {EventType::Answered, {"open"}},
        {EventType::Dispatched, {"open", "returned", "reopened"}},
        {EventType::Reviewed, {"pending_review"}},
        {EventType::Signed, {"dispatched"}},
        {EventType::Returned, {"dispatched", "accepted", "accepted_extension_asked"}},
        {EventType::ExtensionRequested, {"accepted"}},
        {EventType::ExtensionDecided, {"accepted_extension_asked"}},
        {EventType::Replied, {"accepted", "accepted_extension_asked"}},
        {EventType::Urged, {"dispatched", "accepted", "accepted_extension_asked"}},
        {EventType::CalledBack, {"answered", "replied", "merged"}},
        {EventType::Reopened, {"replied_dissatisfied"}},
        {EventType::Merged, {"open", "pending_review", "dispatched", "returned", "reopened"}},
        {EventType::Closed, {"answered", "replied_dissatisfied"}},
        {EventType::RepeatCall, {"open", "answered", "pending_review", "dispatched", "accepted", "accepted_extension_asked",
                                 "returned", "replied", "replied_dissatisfied", "reopened"}},
        {EventType::ProgressInquiry, {"open", "pending_review", "dispatched", "accepted", "accepted_extension_asked", "returned",
                                      "replied", "replied_dissatisfied", "reopened"}},
    };
    return table;
}

// Who may produce each event (a department: only on its own unit's order).
const QMap<EventType, QSet<Role>> &expectedRoles()
{
    using R = Role;
    static const QSet<Role> callTakers{R::Operator, R::TeamLead};
    static const QSet<Role> hotline{R::Operator, R::TeamLead, R::Dispatcher};
    static const QSet<Role> dispatchers{R::Dispatcher, R::TeamLead};
    static const QSet<Role> unit{R::Department};
    static const QMap<EventType, QSet<Role>> table{
        {EventType::Created, callTakers},       {EventType::Answered, callTakers},        {EventType::Dispatched, hotline},
        {EventType::Reviewed, dispatchers},     {EventType::Signed, unit},                {EventType::Returned, unit},
        {EventType::ExtensionRequested, unit},  {EventType::ExtensionDecided, dispatchers}, {EventType::Replied, unit},
        {EventType::Urged, hotline},            {EventType::CalledBack, callTakers},      {EventType::Reopened, hotline},
        {EventType::Merged, hotline},           {EventType::Closed, hotline},             {EventType::RepeatCall, hotline},
        {EventType::ProgressInquiry, callTakers},
    };
    return table;
}
} // namespace

TEST(Lifecycle, EveryEventIsAllowedFromExactlyTheStatesOfTheProcedure)
{
    const QMap<QString, WorkOrderState> states = statesByName();
    int allowed = 0;
    int refused = 0;
    for (EventType type : allEventTypes()) {
        if (type == EventType::Created)
            continue;
        ASSERT_TRUE(expectedFrom().contains(type)) << qPrintable(toCode(type));
        for (auto it = states.begin(); it != states.end(); ++it) {
            const Result<WorkOrderState> next = Lifecycle::apply(it.value(), event(type, validPayload(type), 5));
            const bool expected = expectedFrom().value(type).contains(it.key().toUtf8());
            EXPECT_EQ(next.ok(), expected) << qPrintable(toCode(type)) << " from " << qPrintable(it.key()) << ": "
                                           << qPrintable(next.ok() ? QStringLiteral("accepted") : next.error());
            if (!next.ok()) {
                EXPECT_FALSE(next.error().isEmpty());
                ++refused;
            } else {
                ++allowed;
            }
        }
        // An event never starts an order, and Created never follows one.
        EXPECT_FALSE(Lifecycle::apply(std::nullopt, event(type, validPayload(type))).ok()) << qPrintable(toCode(type));
    }
    for (const WorkOrderState &state : states)
        EXPECT_FALSE(Lifecycle::apply(state, event(EventType::Created, draft().toJson())).ok());
    EXPECT_GT(allowed, 30);
    EXPECT_GT(refused, 100);
}

TEST(Lifecycle, EachEventIsProducedOnlyByItsRolesAndADepartmentOnlyOnItsOwnOrders)
{
    const QMap<QString, WorkOrderState> states = statesByName();
    const QList<Role> roles{Role::Operator, Role::TeamLead, Role::KbEditor, Role::Dispatcher, Role::Trainee, Role::Department, Role::Admin};
    for (EventType type : allEventTypes()) {
        const QString from = type == EventType::Created ? QString() : QString::fromUtf8(*expectedFrom().value(type).begin());
        const std::optional<WorkOrderState> state = from.isEmpty() ? std::nullopt : std::optional(states.value(from));
        for (Role role : roles) {
            const bool expected = expectedRoles().value(type).contains(role);
            const Status own = Lifecycle::mayProduce(role, QStringLiteral("U1"), state, event(type, validPayload(type)));
            if (role != Role::Department || !state || state->dispatchedTo == QLatin1String("U1")) {
                EXPECT_EQ(own.ok(), expected) << qPrintable(toCode(type)) << " by " << qPrintable(toCode(role)) << ": " << qPrintable(own.error());
            }
            if (role == Role::Department && expected) {
                const Status other = Lifecycle::mayProduce(role, QStringLiteral("U2"), state, event(type, validPayload(type)));
                EXPECT_FALSE(other.ok()) << qPrintable(toCode(type)) << " by another unit";
                EXPECT_TRUE(other.error().contains(QStringLiteral("没有派给本单位")));
            }
        }
    }
    // What a screen offers is what may be produced.
    const WorkOrderState dispatched = states.value(QStringLiteral("dispatched"));
    EXPECT_EQ(Lifecycle::available(Role::Department, QStringLiteral("U1"), dispatched),
              (QList<EventType>{EventType::Signed, EventType::Returned}));
    EXPECT_TRUE(Lifecycle::available(Role::Department, QStringLiteral("U2"), dispatched).isEmpty());
    EXPECT_TRUE(Lifecycle::available(Role::Dispatcher, {}, states.value(QStringLiteral("pending_review"))).contains(EventType::Reviewed));
}

TEST(Lifecycle, FoldsTheWholeLifeOfADispatchedOrder)
{
    const QVector<WorkOrderEvent> events{
        event(EventType::Created, draft().toJson()),
        event(EventType::Dispatched, {{QStringLiteral("unit"), QStringLiteral("BJ-CGW")}, {QStringLiteral("review"), true},
                                      {QStringLiteral("coUnits"), QJsonArray{QStringLiteral("BJ-CGW"), QStringLiteral("GD-1")}}}, 1),
        event(EventType::Reviewed, {{QStringLiteral("decision"), QStringLiteral("correct")}, {QStringLiteral("unit"), QStringLiteral("WY-1")}}, 10),
        event(EventType::Returned, {{QStringLiteral("reason"), QStringLiteral("outside_our_area")}}, 20),
        event(EventType::Dispatched, {{QStringLiteral("unit"), QStringLiteral("D-110102")}}, 30),
        event(EventType::Urged, {}, 200),
        event(EventType::Signed, {}, 210),
        event(EventType::ExtensionRequested, validPayload(EventType::ExtensionRequested), 300),
        event(EventType::ExtensionDecided, {{QStringLiteral("approved"), true}, {QStringLiteral("until"), start.addDays(20).toString(Qt::ISODate)}}, 310),
        event(EventType::ProgressInquiry, {}, 400),
        event(EventType::Replied, withText("已修复"), 500),
        event(EventType::CalledBack, {{QStringLiteral("result"), QStringLiteral("unreachable")}}, 600),
        event(EventType::CalledBack, {{QStringLiteral("result"), QStringLiteral("basically_satisfied")}}, 700),
    };
    const Result<WorkOrderState> state = Lifecycle::fold(events);
    ASSERT_TRUE(state.ok()) << qPrintable(state.error());
    const WorkOrderState &s = state.value();
    EXPECT_EQ(s.status, OrderStatus::Closed) << "a satisfied callback closes the order";
    EXPECT_EQ(s.dispatchedTo, QStringLiteral("D-110102"));
    EXPECT_EQ(s.returnCount, 1);
    EXPECT_EQ(s.returnedBy, QStringList{QStringLiteral("WY-1")}) << "the corrected unit returned it, not the proposed one";
    EXPECT_EQ(s.lastReturnReason, ReturnReason::OutsideOurArea);
    EXPECT_EQ(s.dispatchedAt, start.addSecs(30 * 60)) << "the clock restarts at the re-dispatch";
    EXPECT_EQ(s.signedAt, start.addSecs(210 * 60));
    EXPECT_EQ(s.extendedUntil, start.addDays(20)) << "the dispatcher granted less than asked";
    EXPECT_EQ(s.extensions, 1);
    EXPECT_FALSE(s.extensionPending);
    EXPECT_EQ(s.urgeCount, 1);
    EXPECT_EQ(s.progressInquiries, 1);
    EXPECT_EQ(s.unreachableCallbacks, 1);
    EXPECT_EQ(s.satisfaction, CallbackResult::BasicallySatisfied);
    EXPECT_EQ(s.reply, QStringLiteral("已修复"));
    EXPECT_EQ(s.eventCount, events.size());
    EXPECT_EQ(s.draft, draft());
}

TEST(Lifecycle, ReviewSendsBackOrApprovesAndUrgentOrdersNeverWait)
{
    const QJsonObject proposal{{QStringLiteral("unit"), QStringLiteral("U1")}, {QStringLiteral("review"), true}};
    const WorkOrderState pending = fold({event(EventType::Dispatched, proposal)});
    ASSERT_EQ(pending.status, OrderStatus::PendingReview);
    EXPECT_FALSE(pending.dispatchedAt.isValid()) << "no clock runs while the dispatch waits";

    const auto back = Lifecycle::apply(pending, event(EventType::Reviewed, {{QStringLiteral("decision"), QStringLiteral("send_back")}}));
    EXPECT_FALSE(back.ok()) << "sending back needs a note";
    const WorkOrderState returned =
        Lifecycle::apply(pending, event(EventType::Reviewed, {{QStringLiteral("decision"), QStringLiteral("send_back")}, {QStringLiteral("text"), QStringLiteral("地址缺门牌号")}})).value();
    EXPECT_EQ(returned.status, OrderStatus::Open);
    EXPECT_EQ(returned.reviewNote, QStringLiteral("地址缺门牌号"));
    EXPECT_FALSE(Lifecycle::apply(pending, event(EventType::Reviewed, {{QStringLiteral("decision"), QStringLiteral("correct")}, {QStringLiteral("unit"), QStringLiteral("U1")}})).ok())
        << "a correction names another unit";
    EXPECT_FALSE(Lifecycle::apply(pending, event(EventType::Reviewed, {{QStringLiteral("decision"), QStringLiteral("maybe")}})).ok());

    for (Urgency urgency : {Urgency::Urgent, Urgency::Emergency}) {
        const WorkOrderState created = Lifecycle::apply(std::nullopt, event(EventType::Created, draft(urgency).toJson())).value();
        const WorkOrderState out = Lifecycle::apply(created, event(EventType::Dispatched, proposal, 1)).value();
        EXPECT_EQ(out.status, OrderStatus::Dispatched);
        EXPECT_EQ(out.dispatchedAt, start.addSecs(60));
    }
}

TEST(Lifecycle, BadPayloadsAreRefusedWithAReason)
{
    const QMap<QString, WorkOrderState> states = statesByName();
    const WorkOrderState dispatched = states.value(QStringLiteral("dispatched"));
    const WorkOrderState accepted = states.value(QStringLiteral("accepted"));
    const WorkOrderState replied = states.value(QStringLiteral("replied"));
    struct Case {
        WorkOrderState state;
        WorkOrderEvent event;
        const char *why;
    };
    const QVector<Case> cases{
        {states.value(QStringLiteral("open")), event(EventType::Dispatched), "派单必须指定承办单位"},
        {dispatched, event(EventType::Returned, withText("不归我们管")), "列表"},
        {dispatched, event(EventType::Returned, {{QStringLiteral("reason"), QStringLiteral("other")}}), "其他"},
        {accepted, event(EventType::Replied), "不能为空"},
        {accepted, event(EventType::ExtensionRequested, {{QStringLiteral("until"), start.addDays(-1).toString(Qt::ISODate)}, {QStringLiteral("text"), QStringLiteral("x")}}), "晚于现在"},
        {accepted, event(EventType::ExtensionRequested, {{QStringLiteral("until"), start.addDays(9).toString(Qt::ISODate)}}), "理由"},
        {accepted, event(EventType::ExtensionDecided, {{QStringLiteral("approved"), true}}), "没有待审批"},
        {states.value(QStringLiteral("accepted_extension_asked")), event(EventType::ExtensionDecided, {{QStringLiteral("approved"), QStringLiteral("yes")}}), "approved"},
        {states.value(QStringLiteral("accepted_extension_asked")), event(EventType::ExtensionRequested, validPayload(EventType::ExtensionRequested)), "已有待审批"},
        {replied, event(EventType::CalledBack, {{QStringLiteral("result"), QStringLiteral("happy")}}), "satisfied"},
        {replied, event(EventType::Closed), "还没有回访"},
        {replied, event(EventType::Reopened, withText("x")), "不满意"},
        {states.value(QStringLiteral("replied_dissatisfied")), event(EventType::Reopened), "原因"},
        {states.value(QStringLiteral("replied_dissatisfied")), event(EventType::CalledBack, validPayload(EventType::CalledBack)), "已回访"},
        {states.value(QStringLiteral("open")), event(EventType::Merged, {{QStringLiteral("into"), number}}), "另一张"},
    };
    for (const Case &c : cases) {
        const Result<WorkOrderState> next = Lifecycle::apply(c.state, c.event);
        ASSERT_FALSE(next.ok()) << c.why;
        EXPECT_TRUE(next.error().contains(QString::fromUtf8(c.why))) << qPrintable(next.error());
    }
}

TEST(Lifecycle, UnreachableCitizensAreTriedThreeTimesThenTheOrderCloses)
{
    const QJsonObject unreachable{{QStringLiteral("result"), QStringLiteral("unreachable")}};
    WorkOrderState state = statesByName().value(QStringLiteral("replied"));
    for (int attempt = 1; attempt <= callbackAttempts; ++attempt) {
        state = Lifecycle::apply(state, event(EventType::CalledBack, unreachable, attempt)).value();
        EXPECT_EQ(state.unreachableCallbacks, attempt);
        EXPECT_EQ(state.status, attempt < callbackAttempts ? OrderStatus::Replied : OrderStatus::Closed);
    }
    EXPECT_EQ(state.satisfaction, CallbackResult::Unreachable);
}

TEST(Lifecycle, ADissatisfiedOrderIsReopenedAndDispatchedAgain)
{
    WorkOrderState state = statesByName().value(QStringLiteral("replied_dissatisfied"));
    EXPECT_EQ(state.status, OrderStatus::Replied);
    state = Lifecycle::apply(state, event(EventType::Reopened, validPayload(EventType::Reopened), 1)).value();
    EXPECT_EQ(state.status, OrderStatus::Reopened);
    EXPECT_EQ(state.reopenCount, 1);
    EXPECT_FALSE(state.satisfaction.has_value()) << "the next callback is a new one";
    state = Lifecycle::apply(state, event(EventType::Dispatched, {{QStringLiteral("unit"), QStringLiteral("U3")}}, 2)).value();
    EXPECT_EQ(state.status, OrderStatus::Dispatched);
    EXPECT_EQ(state.dispatchedTo, QStringLiteral("U3"));
}

TEST(Lifecycle, EventsRoundTripThroughJson)
{
    for (EventType type : allEventTypes()) {
        const WorkOrderEvent original = event(type, validPayload(type));
        const auto copy = WorkOrderEvent::fromJson(original.toJson());
        ASSERT_TRUE(copy.has_value()) << qPrintable(toCode(type));
        EXPECT_EQ(copy->id, original.id);
        EXPECT_EQ(copy->type, type);
        EXPECT_EQ(copy->payload, original.payload);
        EXPECT_FALSE(displayName(type).isEmpty());
    }
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
