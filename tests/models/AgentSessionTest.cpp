// SPDX-License-Identifier: GPL-3.0-or-later
// The operator's states: every transition the seat allows, each refused one with its reason
// (and nothing changed), after-call work ending by itself, not ready asked for during a call,
// the settings' checks, and the report each transition becomes for the centre.
#include "store/LocalStore.h"
#include "store/Outbox.h"
#include "telephony/AgentSession.h"
#include "telephony/AgentStateLog.h"
#include "telephony/AgentStateReport.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hotline;
using State = AgentSession::State;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 12, 7), QTime(8, 0), Qt::UTC);

AgentSettings settings(int afterCall = 30)
{
    AgentSettings s;
    s.afterCallSeconds = afterCall;
    return s;
}

// Puts a fresh session in `state` along the ordinary path.
void reach(AgentSession &agent, State state)
{
    switch (state) {
    case State::Offline: return;
    case State::Ready: ASSERT_TRUE(agent.goReady(t0).ok()); return;
    case State::NotReady: ASSERT_TRUE(agent.goNotReady(QStringLiteral("就餐"), t0).ok()); return;
    case State::InCall: ASSERT_TRUE(agent.goReady(t0).ok()); ASSERT_TRUE(agent.answerCall(t0).ok()); return;
    case State::AfterCall:
        ASSERT_TRUE(agent.goReady(t0).ok());
        ASSERT_TRUE(agent.answerCall(t0).ok());
        ASSERT_TRUE(agent.hangUp(t0.addSecs(90)).ok());
        return;
    }
}

} // namespace

TEST(AgentSession, EveryTransitionFromEveryState)
{
    // What each action does from each state: the state after it, or refused (nothing changes).
    struct Case {
        const char *action;
        std::function<Status(AgentSession &)> act;
        std::map<State, std::optional<State>> after; // nullopt: refused
    };
    const QDateTime later = t0.addSecs(120);
    const std::vector<Case> cases = {
        {"ready", [&](AgentSession &a) { return a.goReady(later); },
         {{State::Offline, State::Ready}, {State::Ready, State::Ready}, {State::NotReady, State::Ready},
          {State::InCall, std::nullopt}, {State::AfterCall, State::Ready}}},
        {"not ready", [&](AgentSession &a) { return a.goNotReady(QStringLiteral("培训"), later); },
         // During a call and its after-call work: asked for, taken once they are over.
         {{State::Offline, State::NotReady}, {State::Ready, State::NotReady}, {State::NotReady, State::NotReady},
          {State::InCall, State::InCall}, {State::AfterCall, State::AfterCall}}},
        {"offline", [&](AgentSession &a) { return a.goOffline(QStringLiteral("下班"), later); },
         {{State::Offline, State::Offline}, {State::Ready, State::Offline}, {State::NotReady, State::Offline},
          {State::InCall, std::nullopt}, {State::AfterCall, State::Offline}}},
        {"answer", [&](AgentSession &a) { return a.answerCall(later); },
         {{State::Offline, State::InCall}, {State::Ready, State::InCall}, {State::NotReady, State::InCall},
          {State::InCall, std::nullopt}, {State::AfterCall, State::InCall}}},
        {"hang up", [&](AgentSession &a) { return a.hangUp(later); },
         {{State::Offline, std::nullopt}, {State::Ready, std::nullopt}, {State::NotReady, std::nullopt},
          {State::InCall, State::AfterCall}, {State::AfterCall, std::nullopt}}},
        {"F8", [&](AgentSession &a) { return a.toggleReady(later); },
         {{State::Offline, State::Ready}, {State::Ready, State::NotReady}, {State::NotReady, State::Ready},
          {State::InCall, State::InCall}, {State::AfterCall, State::Ready}}},
    };
    for (const Case &c : cases)
        for (const auto &[from, expected] : c.after) {
            AgentSession agent(settings());
            reach(agent, from);
            ASSERT_EQ(agent.state(), from);
            QSignalSpy transitions(&agent, &AgentSession::transitioned);
            const QString reasonBefore = agent.reason();
            const Status result = c.act(agent);
            const std::string what = std::string(c.action) + " from " + AgentSession::code(from).toStdString();
            if (!expected) {
                EXPECT_FALSE(result.ok()) << what;
                EXPECT_FALSE(result.error().isEmpty()) << what;
                EXPECT_EQ(agent.state(), from) << what << ": a refusal changes nothing";
                EXPECT_EQ(transitions.size(), 0) << what;
                continue;
            }
            EXPECT_TRUE(result.ok()) << what << ": " << qPrintable(result.error());
            EXPECT_EQ(agent.state(), *expected) << what;
            // A transition for a change of state or of reason (from a meal to training), never
            // for the same again.
            const bool changed = *expected != from || agent.reason() != reasonBefore;
            EXPECT_EQ(transitions.size(), changed ? 1 : 0) << what << ": a transition only for a change";
        }
}

TEST(AgentSession, AfterCallWorkEndsByItselfOrWithTheOrder)
{
    AgentSession agent(settings(30));
    reach(agent, State::AfterCall);
    const QDateTime hungUp = agent.since();
    EXPECT_EQ(agent.afterCallSecondsLeft(hungUp.addSecs(10)), 20);
    agent.tick(hungUp.addSecs(29));
    EXPECT_EQ(agent.state(), State::AfterCall);
    QSignalSpy transitions(&agent, &AgentSession::transitioned);
    agent.tick(hungUp.addSecs(30));
    EXPECT_EQ(agent.state(), State::Ready) << "after-call time is up: ready for the next call";
    ASSERT_EQ(transitions.size(), 1);
    const auto t = transitions.at(0).at(0).value<AgentTransition>();
    EXPECT_EQ(t.from, State::AfterCall);
    EXPECT_EQ(t.secondsInPrevious, 30);

    // Filing the order ends it at once; without a limit only the order (or F8) ends it.
    AgentSession unlimited(settings(0));
    reach(unlimited, State::AfterCall);
    unlimited.tick(t0.addDays(1));
    EXPECT_EQ(unlimited.state(), State::AfterCall);
    EXPECT_EQ(unlimited.afterCallSecondsLeft(t0.addDays(1)), 0);
    unlimited.orderFiled(t0.addDays(1));
    EXPECT_EQ(unlimited.state(), State::Ready);
    EXPECT_EQ(unlimited.callSeconds(), 90) << "the call's length stays readable after it";
}

TEST(AgentSession, NotReadyAskedForDuringACallBeginsAfterIt)
{
    AgentSession agent(settings(30));
    reach(agent, State::InCall);
    ASSERT_TRUE(agent.toggleReady(t0.addSecs(10)).ok());
    EXPECT_TRUE(agent.notReadyAfterCall());
    ASSERT_TRUE(agent.toggleReady(t0.addSecs(11)).ok());
    EXPECT_FALSE(agent.notReadyAfterCall()) << "pressed again: taken back";
    ASSERT_TRUE(agent.goNotReady(QStringLiteral("减压"), t0.addSecs(12)).ok());
    EXPECT_EQ(agent.state(), State::InCall) << "the caller is never cut off";
    ASSERT_TRUE(agent.hangUp(t0.addSecs(60)).ok());
    agent.orderFiled(t0.addSecs(70));
    EXPECT_EQ(agent.state(), State::NotReady);
    EXPECT_EQ(agent.reason(), QStringLiteral("减压"));
    EXPECT_FALSE(agent.acceptsCalls());

    const Status unknown = agent.goNotReady(QStringLiteral("打游戏"), t0.addSecs(80));
    EXPECT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().contains(QStringLiteral("小休"))) << "the reasons that may be given are listed";
    EXPECT_EQ(agent.reason(), QStringLiteral("减压"));
}

TEST(AgentSettings, ReasonsTimesAndDivertNumbersAreChecked)
{
    const Result<AgentSettings> ok = AgentSettings::parse(QStringLiteral("小休; 就餐 ;培训"), QStringLiteral("45"), QStringLiteral("8001"));
    ASSERT_TRUE(ok.ok()) << qPrintable(ok.error());
    EXPECT_EQ(ok.value().notReadyReasons, (QStringList{QStringLiteral("小休"), QStringLiteral("就餐"), QStringLiteral("培训")}));
    EXPECT_EQ(ok.value().afterCallSeconds, 45);
    EXPECT_EQ(ok.value().divertTo, QStringLiteral("8001"));
    EXPECT_EQ(AgentSettings::parse({}, {}, {}).value().notReadyReasons.size(), 5) << "defaults";
    for (const auto &[reasons, seconds, divert] : std::vector<std::tuple<const char *, const char *, const char *>>{
             {"小休;;就餐", "", ""}, {"小休;小休", "", ""}, {"", "-1", ""}, {"", "一分钟", ""}, {"", "7200", ""}, {"", "", "前台"},
             {"1;2;3;4;5;6;7;8;9;10", "", ""}}) {
        const Result<AgentSettings> bad = AgentSettings::parse(QString::fromUtf8(reasons), QString::fromUtf8(seconds), QString::fromUtf8(divert));
        EXPECT_FALSE(bad.ok()) << reasons << " " << seconds << " " << divert;
    }

    QTemporaryDir dir;
    auto store = LocalStore::open(dir.filePath(QStringLiteral("s.sqlite")));
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE(ok.value().save(*store.value()).ok());
    const AgentSettings loaded = AgentSettings::load(*store.value());
    EXPECT_EQ(loaded.notReadyReasons, ok.value().notReadyReasons);
    EXPECT_EQ(loaded.afterCallSeconds, 45);
    EXPECT_EQ(loaded.divertTo, QStringLiteral("8001"));
}

TEST(AgentStateReport, EachTransitionGoesToTheOutboxAndReadsBack)
{
    QTemporaryDir dir;
    auto store = LocalStore::open(dir.filePath(QStringLiteral("s.sqlite")));
    ASSERT_TRUE(store.ok());
    AgentSession agent(settings());
    AgentStateLog log(agent, *store.value());
    reach(agent, State::AfterCall);
    ASSERT_TRUE(agent.goNotReady(QStringLiteral("会议"), t0.addSecs(100)).ok());
    agent.orderFiled(t0.addSecs(120));
    const QVector<OutboxEntry> entries = Outbox(*store.value()).pending(10);
    ASSERT_EQ(entries.size(), 4) << "ready, in call, after call, not ready";
    QStringList states;
    for (const OutboxEntry &entry : entries) {
        EXPECT_EQ(entry.kind, QStringLiteral("agent.state"));
        const Result<AgentStateReport> read = AgentStateReport::fromJson(entry.payload);
        ASSERT_TRUE(read.ok()) << qPrintable(read.error());
        states.append(AgentSession::code(read.value().state));
    }
    EXPECT_EQ(states.join(u' '), QStringLiteral("ready in_call after_call not_ready"));
    const AgentStateReport last = AgentStateReport::fromJson(entries.last().payload).value();
    EXPECT_EQ(last.reason, QStringLiteral("会议"));
    EXPECT_EQ(last.from, State::AfterCall);
    EXPECT_EQ(last.at, t0.addSecs(120));
    EXPECT_EQ(last.secondsInPrevious, 30);

    // What does not read is refused with its reason.
    QJsonObject bad = last.toJson();
    bad.insert(QStringLiteral("state"), QStringLiteral("asleep"));
    EXPECT_TRUE(AgentStateReport::fromJson(bad).error().contains(QStringLiteral("asleep")));
    bad = last.toJson();
    bad.insert(QStringLiteral("reason"), QString());
    EXPECT_FALSE(AgentStateReport::fromJson(bad).ok()) << "not ready needs its reason";
    bad = last.toJson();
    bad.insert(QStringLiteral("at"), QStringLiteral("yesterday"));
    EXPECT_FALSE(AgentStateReport::fromJson(bad).ok());
    bad = last.toJson();
    bad.insert(QStringLiteral("seconds"), -3);
    EXPECT_FALSE(AgentStateReport::fromJson(bad).ok());
    bad = last.toJson();
    bad.insert(QStringLiteral("login"), QStringLiteral("someone-else"));
    EXPECT_FALSE(AgentStateReport::fromJson(bad).ok()) << "who it is comes from the session, never the payload";
}
