// SPDX-License-Identifier: GPL-3.0-or-later
// The floor live (GET /api/v1/floor): on a known set of orders and agent states at a fixed
// moment, every figure exact on SQLite and PostgreSQL; the sliding day and "since midnight"
// differ by what fell between them; a surge flagged with its phrases and articles; the figures
// follow what changed since the last refresh; who may ask.
#include "sync/CentralHarness.h"

#include "server/database/CentralDatabase.h"
#include "server/floor/FloorQueries.h"
#include "server/sync/SyncWrites.h"
#include "workorder/Lifecycle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>
#include <QNetworkRequest>
#include <QTest>
#include <QWebSocket>

#include <algorithm>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {
class FloorTest : public CentralTest {};

// Monday 7 December 2026, 14:30 in Beijing; midnight there was 16:00 UTC the day before.
const QDateTime now(QDate(2026, 12, 7), QTime(6, 30), Qt::UTC);

struct Seed {
    CentralDatabase &db;
    qint64 revision = 1;
    int next = 0;

    // An order filed at `at` through `desk` (a desk's name, or "open311"), with its later events.
    QString order(const QDateTime &at, const QString &desk, const QString &level3, const QString &district,
                  const std::function<void(WorkOrderDraft &)> &draft = {},
                  const std::function<QVector<WorkOrderEvent>(const QString &, const QDateTime &)> &later = {})
    {
        WorkOrderDraft d;
        d.phone = QStringLiteral("1391000%1").arg(++next, 4, 10, QLatin1Char('0'));
        d.appealType = AppealType::Complaint;
        d.classification = {QStringLiteral("城乡建设"), QStringLiteral("市政设施"), level3};
        d.address.districtCode = district;
        d.address.districtName = district == QLatin1String("110105") ? QStringLiteral("朝阳区") : QStringLiteral("西城区");
        d.title = level3;
        d.description = level3;
        if (draft)
            draft(d);
        const QString number = QStringLiteral("26%1").arg(next, 10, 10, QLatin1Char('0'));
        QVector<WorkOrderEvent> events{WorkOrderEvent::make(number, EventType::Created, QStringLiteral("op1"), at, d.toJson())};
        if (!d.reply.isEmpty())
            events.append(WorkOrderEvent::make(number, EventType::Answered, QStringLiteral("op1"), at.addSecs(30), {{QStringLiteral("text"), d.reply}}));
        if (later)
            events += later(number, at);
        SyncWrites writes(db);
        std::optional<WorkOrderState> state;
        for (const WorkOrderEvent &event : std::as_const(events)) {
            state = Lifecycle::apply(state, event).value();
            writes.addEvent(event, *state, desk, QStringLiteral("op1"), revision);
            revision += SyncWrites::revisionsFor(*state);
        }
        EXPECT_TRUE(db.transaction([&] { return writes.write(); }).ok());
        return number;
    }

    void event(const QString &number, const WorkOrderEvent &event)
    {
        QSqlQuery read(db.database());
        read.prepare(QStringLiteral("SELECT state_json FROM work_orders WHERE number = ?"));
        read.addBindValue(number);
        ASSERT_TRUE(read.exec() && read.next());
        const WorkOrderState state = Lifecycle::apply(WorkOrderState::fromJson(QJsonDocument::fromJson(read.value(0).toString().toUtf8()).object()), event).value();
        read.finish();
        SyncWrites writes(db);
        writes.addEvent(event, state, QStringLiteral("desk-1"), QStringLiteral("op1"), revision);
        revision += SyncWrites::revisionsFor(state);
        ASSERT_TRUE(db.transaction([&] { return writes.write(); }).ok());
    }

    void agent(const QString &login, const QString &state, const QString &from, const QDateTime &at, qint64 seconds = 0)
    {
        QSqlQuery insert(db.database());
        insert.prepare(QStringLiteral("INSERT INTO agent_states (transition_id, login, desk, state, from_state, reason, at, seconds, received_at)"
                                      " VALUES (?, ?, ?, ?, ?, '', ?, ?, ?)"));
        for (const QVariant &value : QVariantList{QUuid::createUuid().toString(QUuid::WithoutBraces), login, QString(QStringLiteral("desk-") + login),
                                                  state, from, at.toString(Qt::ISODateWithMs), seconds, at.toString(Qt::ISODateWithMs)})
            insert.addBindValue(value);
        ASSERT_TRUE(insert.exec());
    }
};

QVector<WorkOrderEvent> dispatched(const QString &number, const QDateTime &at, bool review = false)
{
    return {WorkOrderEvent::make(number, EventType::Dispatched, QStringLiteral("op1"), at.addSecs(60),
                                 {{QStringLiteral("unit"), QStringLiteral("U-001")}, {QStringLiteral("review"), review}})};
}

const QStringList heatingComplaints{
    QStringLiteral("暖气不热，室温只有十二度，家里有老人"), QStringLiteral("暖气不热，屋里很冷"),     QStringLiteral("小区暖气不热已经三天"),
    QStringLiteral("暖气片冰凉，暖气不热"),             QStringLiteral("家中暖气不热，室温十五度"), QStringLiteral("楼上暖气不热，请派人查看"),
};

// The known floor: orders since midnight, between the sliding day's start and midnight, older
// ones still open, the same hours of earlier weeks; calls, agents and their after-call work.
QString seedFloor(CentralDatabase &db)
{
    Seed seed{db};
    const QString lamps = QStringLiteral("路灯"), heating = QStringLiteral("供暖");
    const QString west = QStringLiteral("110102"), east = QStringLiteral("110105");
    // Since midnight: one answered on the call with an article, one from Open311 dispatched two
    // hours ago (signing due in a minute), one dispatched five hours ago (overdue) and called about
    // again, and the repeat call itself.
    seed.order(now.addSecs(-3600), QStringLiteral("desk-1"), lamps, west, [](WorkOrderDraft &d) {
        d.reply = QStringLiteral("已告知维修电话");
        d.kbArticleId = 11;
    });
    seed.order(now.addSecs(-7200), QStringLiteral("open311"), lamps, west, {}, [](const QString &n, const QDateTime &at) { return dispatched(n, at); });
    const QString late = seed.order(now.addSecs(-5 * 3600), QStringLiteral("desk-1"), lamps, west, {},
                                    [](const QString &n, const QDateTime &at) { return dispatched(n, at); });
    seed.order(now.addSecs(-1800), QStringLiteral("desk-2"), lamps, west, [&](WorkOrderDraft &d) { d.repeatOf = late; });
    seed.event(late, WorkOrderEvent::make(late, EventType::RepeatCall, QStringLiteral("op1"), now.addSecs(-1800), {{QStringLiteral("order"), QStringLiteral("x")}}));
    // The first heating day in 朝阳区: six complaints, three answered with article 7.
    for (int i = 0; i < heatingComplaints.size(); ++i)
        seed.order(now.addSecs(-600 * (i + 1)), QStringLiteral("desk-3"), heating, east, [&](WorkOrderDraft &d) {
            d.description = heatingComplaints.at(i);
            if (i % 2 == 0) {
                d.reply = QStringLiteral("已告知供热热线");
                d.kbArticleId = 7;
            }
        });
    // In the sliding day only (6 December, 18:00 and 20:00 in Beijing): one answered, one waiting for review.
    seed.order(QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC), QStringLiteral("desk-1"), lamps, west,
               [](WorkOrderDraft &d) { d.reply = QStringLiteral("已答复"); });
    seed.order(QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC), QStringLiteral("desk-1"), lamps, west, {},
               [](const QString &n, const QDateTime &at) { return dispatched(n, at, true); });
    // Thirty hours ago, never signed: overdue, outside both windows.
    seed.order(now.addSecs(-30 * 3600), QStringLiteral("desk-1"), lamps, west, {}, [](const QString &n, const QDateTime &at) { return dispatched(n, at); });
    // Earlier weeks: the usual level. One past "now" a week ago counts for nothing.
    seed.order(now.addDays(-7).addSecs(-7200), QStringLiteral("desk-1"), heating, east);
    seed.order(now.addDays(-7).addSecs(-3 * 3600), QStringLiteral("desk-1"), lamps, west);
    seed.order(now.addDays(-14).addSecs(-3600), QStringLiteral("desk-1"), lamps, west);
    seed.order(now.addDays(-7).addSecs(3600), QStringLiteral("desk-1"), lamps, west);

    // Calls: three since midnight, one before it in the sliding day, two a week ago (and one after "now" then).
    for (const int minutes : {70, 65, 20})
        seed.agent(QStringLiteral("op9"), QStringLiteral("in_call"), QStringLiteral("ready"), now.addSecs(-60 * minutes));
    seed.agent(QStringLiteral("op9"), QStringLiteral("in_call"), QStringLiteral("ready"), QDateTime(QDate(2026, 12, 6), QTime(10, 30), Qt::UTC));
    for (const int minutes : {-60, -50, 30})
        seed.agent(QStringLiteral("op9"), QStringLiteral("in_call"), QStringLiteral("ready"), now.addDays(-7).addSecs(60 * minutes));
    // After-call work done: 60 s and 30 s since midnight, 90 s before it.
    seed.agent(QStringLiteral("op1"), QStringLiteral("ready"), QStringLiteral("after_call"), now.addSecs(-3600), 60);
    seed.agent(QStringLiteral("op2"), QStringLiteral("ready"), QStringLiteral("after_call"), now.addSecs(-1800), 30);
    seed.agent(QStringLiteral("op1"), QStringLiteral("ready"), QStringLiteral("after_call"), QDateTime(QDate(2026, 12, 6), QTime(11, 0), Qt::UTC), 90);
    // Now: op1 and op9 ready, op2 in a call, op3 in after-call work for five minutes, op4 not
    // ready; op5 signed off the floor a day and a half ago (not on it).
    seed.agent(QStringLiteral("op2"), QStringLiteral("in_call"), QStringLiteral("ready"), now.addSecs(-600));
    seed.agent(QStringLiteral("op9"), QStringLiteral("ready"), QStringLiteral("in_call"), now.addSecs(-60));
    seed.agent(QStringLiteral("op3"), QStringLiteral("after_call"), QStringLiteral("in_call"), now.addSecs(-300));
    seed.agent(QStringLiteral("op4"), QStringLiteral("not_ready"), QStringLiteral("ready"), now.addSecs(-900));
    seed.agent(QStringLiteral("op5"), QStringLiteral("offline"), QStringLiteral("ready"), now.addSecs(-36 * 3600));
    return late;
}

QJsonObject line(const QJsonArray &lines, const QString &key)
{
    for (const QJsonValue &value : lines)
        if (value[QLatin1String("key")].toString() == key)
            return value.toObject();
    return {};
}
} // namespace

TEST_P(FloorTest, KnownFloorGivesExactFigures)
{
    url = centralDatabaseUrl(QString::fromLatin1(GetParam()), dir);
    ASSERT_FALSE(url.isEmpty());
    Result<std::unique_ptr<CentralDatabase>> db = CentralDatabase::open(url);
    ASSERT_TRUE(db) << qPrintable(db.error());
    const QString late = seedFloor(*db.value());
    FloorQueries queries(*db.value());
    const std::optional<QJsonObject> floor = queries.figures(now);
    ASSERT_TRUE(floor);
    const QJsonObject today = floor->value(QLatin1String("today")).toObject(), day = floor->value(QLatin1String("day")).toObject();

    EXPECT_EQ(today[QLatin1String("from")].toString(), QStringLiteral("2026-12-06T16:00:00Z")) << "Beijing midnight";
    EXPECT_EQ(day[QLatin1String("from")].toString(), QStringLiteral("2026-12-06T06:30:00Z"));
    EXPECT_EQ(today[QLatin1String("orders")].toInt(), 10);
    EXPECT_EQ(day[QLatin1String("orders")].toInt(), 12) << "two more between the day's start and midnight";
    EXPECT_EQ(today[QLatin1String("calls")].toInt(), 4) << "op9's three and op2's call now";
    EXPECT_EQ(day[QLatin1String("calls")].toInt(), 5);
    // Usual: 2 orders a week ago and 1 two weeks ago in these hours, over 4 weeks.
    EXPECT_DOUBLE_EQ(today[QLatin1String("ordersUsual")].toDouble(), 0.75);
    EXPECT_DOUBLE_EQ(day[QLatin1String("ordersUsual")].toDouble(), 0.75);
    EXPECT_DOUBLE_EQ(today[QLatin1String("callsUsual")].toDouble(), 0.5);
    // Per hour (Beijing): calls at 13:20 and 13:25, then 14:10 and 14:20; orders at 13:30 (a lamp),
    // 13:30, 13:40, 13:50 (heating), then 14:00 (the repeat call), 14:00, 14:10, 14:20 (heating).
    const QJsonArray hours = today[QLatin1String("hours")].toArray();
    ASSERT_EQ(hours.size(), 15) << "00:00 to 14:00";
    EXPECT_EQ(hours.at(14)[QLatin1String("hour")].toInt(), 14);
    EXPECT_EQ(hours.at(14)[QLatin1String("calls")].toInt(), 2);
    EXPECT_EQ(hours.at(13)[QLatin1String("calls")].toInt(), 2);
    EXPECT_EQ(hours.at(13)[QLatin1String("orders")].toInt(), 4);
    EXPECT_EQ(hours.at(14)[QLatin1String("orders")].toInt(), 4);
    EXPECT_DOUBLE_EQ(hours.at(13)[QLatin1String("callsUsual")].toDouble(), 0.5) << "two calls a week ago at 13:30 and 13:40";
    EXPECT_EQ(day[QLatin1String("hours")].toArray().size(), 25);

    // First-call resolution: the repeat call is no first contact; the late order was called about again.
    const QJsonObject fcr = today[QLatin1String("fcr")].toObject();
    EXPECT_EQ(fcr[QLatin1String("first")].toInt(), 9);
    EXPECT_EQ(fcr[QLatin1String("resolved")].toInt(), 4);
    EXPECT_EQ(line(fcr[QLatin1String("byChannel")].toArray(), QStringLiteral("phone"))[QLatin1String("first")].toInt(), 8);
    EXPECT_EQ(line(fcr[QLatin1String("byChannel")].toArray(), QStringLiteral("phone"))[QLatin1String("resolved")].toInt(), 4);
    EXPECT_EQ(line(fcr[QLatin1String("byChannel")].toArray(), QStringLiteral("open311"))[QLatin1String("first")].toInt(), 1);
    const QJsonArray byItem = fcr[QLatin1String("byItem")].toArray();
    ASSERT_EQ(byItem.size(), 2);
    EXPECT_EQ(byItem.at(0)[QLatin1String("name")].toString(), QStringLiteral("供暖")) << "most first contacts first";
    EXPECT_EQ(byItem.at(0)[QLatin1String("resolved")].toInt(), 3);
    EXPECT_EQ(byItem.at(1)[QLatin1String("first")].toInt(), 3);
    EXPECT_EQ(day[QLatin1String("fcr")][QLatin1String("first")].toInt(), 11);
    EXPECT_EQ(day[QLatin1String("fcr")][QLatin1String("resolved")].toInt(), 5);

    const QJsonObject agents = floor->value(QLatin1String("agents")).toObject();
    EXPECT_EQ(agents[QLatin1String("ready")].toInt(), 2);
    EXPECT_EQ(agents[QLatin1String("in_call")].toInt(), 1);
    EXPECT_EQ(agents[QLatin1String("after_call")].toInt(), 1);
    EXPECT_EQ(agents[QLatin1String("not_ready")].toInt(), 1);
    EXPECT_EQ(agents[QLatin1String("offline")].toInt(), 0) << "op5's state is older than the sliding day";
    EXPECT_EQ(floor->value(QLatin1String("longestAfterCallSeconds")).toInt(), 300);
    EXPECT_EQ(today[QLatin1String("afterCalls")].toInt(), 2);
    EXPECT_DOUBLE_EQ(today[QLatin1String("afterCallMeanSeconds")].toDouble(), 45);
    EXPECT_EQ(day[QLatin1String("afterCalls")].toInt(), 3);
    EXPECT_DOUBLE_EQ(day[QLatin1String("afterCallMeanSeconds")].toDouble(), 60);
    EXPECT_EQ(floor->value(QLatin1String("pendingReview")).toInt(), 1);
    EXPECT_EQ(floor->value(QLatin1String("overdue")).toInt(), 2) << "five and thirty hours unsigned; the Open311 one has a minute left";

    // The heating surge: 6 against a usual 0.25; the lamps (3) stay under the minimum of 5.
    const QJsonArray surges = floor->value(QLatin1String("surges")).toArray();
    ASSERT_EQ(surges.size(), 1);
    const QJsonObject surge = surges.at(0).toObject();
    EXPECT_EQ(surge[QLatin1String("itemName")].toString(), QStringLiteral("供暖"));
    EXPECT_EQ(surge[QLatin1String("districtName")].toString(), QStringLiteral("朝阳区"));
    EXPECT_EQ(surge[QLatin1String("orders")].toInt(), 6);
    EXPECT_DOUBLE_EQ(surge[QLatin1String("usual")].toDouble(), 0.25);
    EXPECT_EQ(surge[QLatin1String("phrases")][0][QLatin1String("text")].toString(), QStringLiteral("暖气不热"));
    EXPECT_EQ(surge[QLatin1String("phrases")][0][QLatin1String("orders")].toInt(), 6);
    EXPECT_EQ(surge[QLatin1String("articles")].toArray().size(), 1);
    EXPECT_EQ(surge[QLatin1String("articles")][0][QLatin1String("id")].toInt(), 7);
    EXPECT_EQ(surge[QLatin1String("articles")][0][QLatin1String("orders")].toInt(), 3);

    // What changed since: the late order signed (no longer overdue), a new answered order.
    Seed more{*db.value(), 1000, 500};
    more.event(late, WorkOrderEvent::make(late, EventType::Signed, QStringLiteral("U-001"), now.addSecs(-60), {}));
    more.order(now.addSecs(-30), QStringLiteral("desk-1"), QStringLiteral("路灯"), QStringLiteral("110102"),
               [](WorkOrderDraft &d) { d.reply = QStringLiteral("已答复"); });
    const std::optional<QJsonObject> again = queries.figures(now);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->value(QLatin1String("overdue")).toInt(), 1);
    EXPECT_EQ(again->value(QLatin1String("today"))[QLatin1String("orders")].toInt(), 11);
    EXPECT_EQ(again->value(QLatin1String("today"))[QLatin1String("fcr")][QLatin1String("resolved")].toInt(), 5);
    // A new instance reading everything afresh agrees.
    EXPECT_EQ(FloorQueries(*db.value()).figures(now), again);
}

TEST_P(FloorTest, LeadsAndEditorsMayAskOthersNot)
{
    startCentral({{"lead1", "team_lead"}, {"kb1", "kb_editor"}, {"admin1", "admin"}, {"op1", "operator"}, {"disp1", "dispatcher"}, {"dept1", "department"}});
    for (const char *login : {"lead1", "kb1", "admin1"}) {
        const HttpAnswer answer = http(central->url(), "GET", QStringLiteral("/api/v1/floor"), {}, signInToken(central->url(), QString::fromLatin1(login)));
        EXPECT_EQ(answer.status, 200) << login;
        EXPECT_TRUE(answer.body.contains(QLatin1String("today")) && answer.body.contains(QLatin1String("agents"))) << login;
    }
    for (const char *login : {"op1", "disp1", "dept1"})
        EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/floor"), {}, signInToken(central->url(), QString::fromLatin1(login))).status, 403)
            << login;
    EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/floor")).status, 401);
    EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/floor?day=1"), {}, signInToken(central->url(), QStringLiteral("lead1"))).status, 400);
}

TEST_P(FloorTest, TheStreamSaysFloorToLeadsWhenSomethingChanged)
{
    startCentral({{"lead1", "team_lead"}, {"op1", "operator"}});
    const auto openStream = [&](QWebSocket &socket, QStringList &heard, const char *login) {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [&heard](const QString &m) { heard.append(m); });
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream").arg(central->url().port())));
        request.setRawHeader("Authorization", "Bearer " + signInToken(central->url(), QString::fromLatin1(login)).toLatin1());
        socket.open(request);
    };
    QWebSocket lead, operatorStream;
    QStringList leadHeard, operatorHeard;
    openStream(lead, leadHeard, "lead1");
    openStream(operatorStream, operatorHeard, "op1");
    ASSERT_TRUE(waitUntil([&] { return !leadHeard.isEmpty() && !operatorHeard.isEmpty(); }, 5000)) << "hello to both";
    const auto floorNudges = [](const QStringList &heard) {
        return std::count_if(heard.cbegin(), heard.cend(), [](const QString &m) { return m.contains(QLatin1String("\"floor\"")); });
    };
    EXPECT_EQ(floorNudges(leadHeard), 0) << "nothing changed yet";

    DeskHarness desk(dir.filePath(QStringLiteral("desk.sqlite")));
    ASSERT_TRUE(desk.signIn(central->url(), QStringLiteral("op1")));
    desk.file(1);
    ASSERT_TRUE(desk.syncUntilIdle());
    ASSERT_TRUE(waitUntil([&] { return floorNudges(leadHeard) > 0; }, 10000)) << qPrintable(leadHeard.join(u'|'));
    // The operator's desk heard its own change only as a pull, never "floor".
    QTest::qWait(200);
    EXPECT_EQ(floorNudges(operatorHeard), 0) << qPrintable(operatorHeard.join(u'|'));
}

INSTANTIATE_TEST_SUITE_P(Central, FloorTest, ::testing::Values("sqlite", "postgresql"), [](const auto &info) { return std::string(info.param); });
