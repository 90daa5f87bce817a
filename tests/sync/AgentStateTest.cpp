// SPDX-License-Identifier: GPL-3.0-or-later
// The operators' states reach the centre through the desk's outbox, once each and in order,
// with their times, and team leads read the floor from them (the wallboard's source).
#include "sync/CentralHarness.h"

#include "store/Outbox.h"
#include "telephony/AgentSession.h"
#include "telephony/AgentStateLog.h"
#include "telephony/AgentStateReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {
class AgentStateTest : public CentralTest {};

QByteArray pushBody(const QJsonObject &payload)
{
    const QJsonObject op{{QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                         {QStringLiteral("kind"), QStringLiteral("agent.state")},
                         {QStringLiteral("payload"), payload}};
    return QJsonDocument(QJsonObject{{QStringLiteral("ops"), QJsonArray{op}}}).toJson(QJsonDocument::Compact);
}
} // namespace

TEST_P(AgentStateTest, StatesReachTheCentreOnceAndTheLeadSeesTheFloor)
{
    startCentral({{"op1", "operator"}, {"op2", "operator"}, {"lead1", "team_lead"}, {"dept1", "department"}});
    DeskHarness desk(dir.filePath(QStringLiteral("desk.sqlite")));
    AgentSession agent;
    AgentStateLog log(agent, *desk.store);
    // Changed before the desk ever reached the centre: kept in the outbox and sent later.
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-600);
    ASSERT_TRUE(agent.goReady(start).ok());
    ASSERT_TRUE(agent.answerCall(start.addSecs(60)).ok());
    ASSERT_TRUE(agent.hangUp(start.addSecs(240)).ok());
    agent.orderFiled(start.addSecs(250));
    ASSERT_TRUE(agent.goNotReady(QStringLiteral("减压"), start.addSecs(300)).ok());
    ASSERT_TRUE(desk.signIn(central->url(), QStringLiteral("op1")));
    ASSERT_TRUE(desk.syncUntilIdle());
    EXPECT_EQ(count("SELECT count(*) FROM agent_states WHERE login = 'op1'"), 5);
    EXPECT_EQ(count("SELECT count(*) FROM agent_states WHERE login = 'op1' AND state = 'not_ready' AND reason <> '' AND from_state = 'ready'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM agent_states WHERE login = 'op1' AND state = 'after_call' AND seconds = 180"), 1)
        << "the call lasted 3 minutes";

    // Sent again (the centre restored from a backup): answered as duplicates, kept once.
    ASSERT_TRUE(Outbox(*desk.store).requeueAcknowledgedAfter(0).ok());
    ASSERT_TRUE(desk.syncUntilIdle());
    EXPECT_EQ(count("SELECT count(*) FROM agent_states"), 5);
    // The same transition under another operation id: still one row.
    const QString op1 = signInToken(central->url(), QStringLiteral("op1"));
    const QJsonObject last = Outbox(*desk.store).all(10).last().payload;
    ASSERT_EQ(rawHttp(central->url(), "POST", QStringLiteral("/api/v1/sync/push"), pushBody(last), op1).status, 200);
    EXPECT_EQ(count("SELECT count(*) FROM agent_states"), 5);

    // What does not read is refused with the reason; a department does not report states.
    QJsonObject bad = last;
    bad.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    bad.insert(QStringLiteral("state"), QStringLiteral("asleep"));
    RawAnswer refused = rawHttp(central->url(), "POST", QStringLiteral("/api/v1/sync/push"), pushBody(bad), op1);
    ASSERT_EQ(refused.status, 200);
    EXPECT_TRUE(QString::fromUtf8(refused.body).contains(QStringLiteral("rejected"))) << refused.body.constData();
    EXPECT_TRUE(QString::fromUtf8(refused.body).contains(QStringLiteral("asleep")));
    bad = last;
    bad.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    bad.insert(QStringLiteral("at"), QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODateWithMs));
    EXPECT_TRUE(QString::fromUtf8(rawHttp(central->url(), "POST", QStringLiteral("/api/v1/sync/push"), pushBody(bad), op1).body)
                    .contains(QStringLiteral("rejected")))
        << "a state from the future";
    bad.insert(QStringLiteral("at"), last.value(QStringLiteral("at")));
    const RawAnswer byDepartment = rawHttp(central->url(), "POST", QStringLiteral("/api/v1/sync/push"), pushBody(bad),
                                           signInToken(central->url(), QStringLiteral("dept1")));
    EXPECT_TRUE(QString::fromUtf8(byDepartment.body).contains(QStringLiteral("rejected")))
        << "a department takes no calls at a seat: " << byDepartment.status << " " << byDepartment.body.constData();
    EXPECT_EQ(count("SELECT count(*) FROM agent_states"), 5);

    // A second operator, ready now.
    DeskHarness other(dir.filePath(QStringLiteral("other.sqlite")));
    AgentSession second;
    AgentStateLog secondLog(second, *other.store);
    ASSERT_TRUE(second.goReady().ok());
    ASSERT_TRUE(other.signIn(central->url(), QStringLiteral("op2")));
    ASSERT_TRUE(other.syncUntilIdle());

    const QString lead = signInToken(central->url(), QStringLiteral("lead1"));
    const RawAnswer floor = rawHttp(central->url(), "GET", QStringLiteral("/api/v1/agents"), {}, lead);
    ASSERT_EQ(floor.status, 200) << floor.body.constData();
    const QJsonArray agents = QJsonDocument::fromJson(floor.body).object().value(QStringLiteral("agents")).toArray();
    ASSERT_EQ(agents.size(), 2) << floor.body.constData();
    EXPECT_EQ(agents.at(0).toObject().value(QStringLiteral("login")).toString(), QStringLiteral("op1"));
    EXPECT_EQ(agents.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("not_ready"));
    EXPECT_EQ(agents.at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("减压"));
    EXPECT_EQ(agents.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
    EXPECT_EQ(rawHttp(central->url(), "GET", QStringLiteral("/api/v1/agents"), {}, op1).status, 403) << "staff data is for leads";
    EXPECT_EQ(rawHttp(central->url(), "GET", QStringLiteral("/api/v1/agents?all=1"), {}, lead).status, 400);

    const QString today = start.toTimeZone(QTimeZone(8 * 3600)).date().toString(Qt::ISODate);
    const RawAnswer day = rawHttp(central->url(), "GET", QStringLiteral("/api/v1/agents/op1?date=") + today, {}, lead);
    ASSERT_EQ(day.status, 200);
    const QJsonArray transitions = QJsonDocument::fromJson(day.body).object().value(QStringLiteral("transitions")).toArray();
    QStringList states;
    for (const QJsonValue &t : transitions)
        states.append(t.toObject().value(QStringLiteral("state")).toString());
    // Around midnight in Beijing the first transitions may fall on the day before.
    if (start.toTimeZone(QTimeZone(8 * 3600)).date() == QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date()) {
        EXPECT_EQ(states.join(u' '), QStringLiteral("ready in_call after_call ready not_ready"));
    }
    EXPECT_EQ(rawHttp(central->url(), "GET", QStringLiteral("/api/v1/agents/op1?date=tomorrow"), {}, lead).status, 400);
}

INSTANTIATE_TEST_SUITE_P(Central, AgentStateTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &info) { return std::string(info.param); });
