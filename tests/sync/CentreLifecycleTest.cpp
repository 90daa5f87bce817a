// SPDX-License-Identifier: GPL-3.0-or-later
// The centre decides every event as the lifecycle on the desk does: each event, pushed by each
// role (a department of the order's unit and of another), on an order in each of two states, is
// applied exactly when Lifecycle says it may be, and refused with a reason otherwise.
#include "sync/CentralHarness.h"

#include "workorder/Lifecycle.h"
#include "workorder/OrderNumber.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

QJsonObject validPayload(EventType type)
{
    const auto text = [](const char *t) { return QJsonObject{{QStringLiteral("text"), QString::fromUtf8(t)}}; };
    switch (type) {
    case EventType::Answered: return text("已告知");
    case EventType::Dispatched: return {{QStringLiteral("unit"), departmentUnit(QStringLiteral("dept1"))}};
    case EventType::Reviewed: return {{QStringLiteral("decision"), QStringLiteral("approve")}};
    case EventType::Returned: return {{QStringLiteral("reason"), QStringLiteral("not_our_duty")}};
    case EventType::Replied: return text("已修复");
    case EventType::CalledBack: return {{QStringLiteral("result"), QStringLiteral("satisfied")}};
    case EventType::Merged: return {{QStringLiteral("into"), QStringLiteral("P-elsewhere")}};
    case EventType::Reopened: return text("仍未修好");
    case EventType::ExtensionRequested:
        return {{QStringLiteral("until"), QDateTime::currentDateTimeUtc().addDays(20).toString(Qt::ISODate)}, {QStringLiteral("text"), QStringLiteral("需换电缆")}};
    case EventType::ExtensionDecided: return {{QStringLiteral("approved"), true}};
    default: return {};
    }
}

class CentreLifecycleTest : public CentralTest {
protected:
    // The push's outcome: applied, rejected (with its reason), or the route's refusal.
    std::pair<bool, QString> push(const QString &login, const WorkOrderEvent &event)
    {
        const QJsonObject op{{QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {QStringLiteral("kind"), QStringLiteral("workorder.event")},
                             {QStringLiteral("payload"), event.toJson()}};
        const HttpAnswer answer = http(central->url(), "POST", QStringLiteral("/api/v1/sync/push"),
                                       QJsonDocument(QJsonObject{{QStringLiteral("ops"), QJsonArray{op}}}).toJson(), tokens.value(login));
        if (answer.status != 200)
            return {false, answer.body.value(QLatin1String("error")).toString()};
        const QJsonObject result = answer.body.value(QLatin1String("results")).toArray().at(0).toObject();
        return {result.value(QLatin1String("status")).toString() == QLatin1String("applied"), result.value(QLatin1String("error")).toString()};
    }
    // A new order taken to `steps` by the roles that may, as the centre and the lifecycle see it.
    WorkOrderState order(const QVector<std::pair<const char *, EventType>> &steps)
    {
        const QString number = OrderNumber::provisional(QDate::currentDate(), 7, ++m_sequence);
        std::optional<WorkOrderState> state;
        QVector<std::pair<const char *, WorkOrderEvent>> events{
            {"op1", WorkOrderEvent::make(number, EventType::Created, QStringLiteral("op1"), QDateTime::currentDateTimeUtc(), reportDraft(40000 + m_sequence).toJson())}};
        for (const auto &[login, type] : steps)
            events.append({login, WorkOrderEvent::make(number, type, QString::fromLatin1(login), QDateTime::currentDateTimeUtc(), validPayload(type))});
        for (auto &[login, event] : events) {
            event.actor = QString::fromLatin1(login); // the centre writes who signed in
            const auto [applied, why] = push(QString::fromLatin1(login), event);
            EXPECT_TRUE(applied) << toCode(event.type).toStdString() << ": " << why.toStdString();
            state = Lifecycle::apply(state, event).value();
        }
        return *state;
    }

    QHash<QString, QString> tokens;
    int m_sequence = 0;
};

struct Actor {
    const char *login;
    Role role;
    const char *unit;
};

} // namespace

TEST_P(CentreLifecycleTest, EveryEventByEveryRoleIsDecidedAsTheLifecycleSays)
{
    startCentral({{"op1", "operator"}, {"lead1", "team_lead"}, {"disp1", "dispatcher"}, {"dept1", "department"},
                  {"dept2", "department"}, {"editor1", "kb_editor"}, {"trainee1", "trainee"}, {"admin1", "admin"}});
    const QVector<Actor> actors{{"op1", Role::Operator, ""},     {"lead1", Role::TeamLead, ""},      {"disp1", Role::Dispatcher, ""},
                                {"dept1", Role::Department, "1"}, {"dept2", Role::Department, "2"},   {"editor1", Role::KbEditor, ""},
                                {"trainee1", Role::Trainee, ""},  {"admin1", Role::Admin, ""}};
    for (const Actor &actor : actors)
        tokens.insert(QString::fromLatin1(actor.login), signInToken(central->url(), QString::fromLatin1(actor.login)));

    const QVector<QVector<std::pair<const char *, EventType>>> starts{
        {{"op1", EventType::Dispatched}},                                 // dispatched to dept1's unit
        {{"op1", EventType::Dispatched}, {"dept1", EventType::Signed}},   // signed for by it
        {{"op1", EventType::Dispatched}, {"dept1", EventType::Signed}, {"dept1", EventType::Replied}}, // replied
    };
    int applied = 0;
    int refused = 0;
    for (const auto &start : starts)
        for (EventType type : allEventTypes()) {
            if (type == EventType::Created)
                continue;
            for (const Actor &actor : actors) {
                const WorkOrderState state = order(start);
                const QString unit = *actor.unit ? departmentUnit(QStringLiteral("dept") + QString::fromLatin1(actor.unit)) : QString();
                WorkOrderEvent event = WorkOrderEvent::make(state.number, type, QString::fromLatin1(actor.login), QDateTime::currentDateTimeUtc(),
                                                            validPayload(type));
                const bool expected = Lifecycle::mayProduce(actor.role, unit, state, event).ok() && Lifecycle::apply(state, event).ok();
                const auto [done, why] = push(QString::fromLatin1(actor.login), event);
                EXPECT_EQ(done, expected) << toCode(type).toStdString() << " by " << actor.login << " from " << toCode(state.status).toStdString()
                                          << ": " << why.toStdString();
                if (!done) {
                    EXPECT_FALSE(why.isEmpty()) << "a refusal says why";
                }
                (done ? applied : refused) += 1;
            }
        }
    EXPECT_GT(applied, 20);
    EXPECT_GT(refused, 250);
}

INSTANTIATE_TEST_SUITE_P(Central, CentreLifecycleTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &info) { return std::string(info.param); });
