// SPDX-License-Identifier: GPL-3.0-or-later
// The whole life of an order over the real centre, on SQLite and PostgreSQL: filed on one
// desk, the same caller recognised at another, reviewed, signed, extended, returned,
// re-dispatched, replied, called back, and the figures moving with it.
#include "sync/CentralHarness.h"

#include "sync/CentralSettings.h"
#include "workorder/WorkOrderEvent.h"

#include <QJsonArray>
#include <QProcessEnvironment>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

class OrderLifeTest : public CentralTest {
protected:
    void SetUp() override
    {
        startCentral({{"op1", "operator"}, {"op2", "operator"}, {"disp1", "dispatcher"}, {"dept1", "department"},
                      {"dept2", "department"}, {"lead1", "team_lead"}, {"admin1", "admin"}});
        for (const char *login : {"op2", "disp1", "dept1", "dept2", "lead1", "admin1"})
            tokens.insert(QString::fromLatin1(login), signInToken(central->url(), QString::fromLatin1(login)));
    }

    QJsonObject push(const QString &login, const QString &number, EventType type, QJsonObject payload = {})
    {
        const WorkOrderEvent event = WorkOrderEvent::make(number, type, login, QDateTime::currentDateTimeUtc(), std::move(payload));
        const QJsonObject op{{QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {QStringLiteral("kind"), QStringLiteral("workorder.event")},
                             {QStringLiteral("payload"), event.toJson()}};
        const HttpAnswer answer = http(central->url(), "POST", QStringLiteral("/api/v1/sync/push"),
                                       QJsonDocument(QJsonObject{{QStringLiteral("ops"), QJsonArray{op}}}).toJson(), tokens.value(login));
        EXPECT_EQ(answer.status, 200) << QJsonDocument(answer.body).toJson().constData();
        return answer.body.value(QLatin1String("results")).toArray().at(0).toObject();
    }
    void expectApplied(const QJsonObject &result, const char *what)
    {
        EXPECT_EQ(result.value(QLatin1String("status")).toString(), QStringLiteral("applied"))
            << what << ": " << qPrintable(result.value(QLatin1String("error")).toString());
    }
    // The order as `login`'s queue shows it, or nothing when it is not there.
    QJsonObject inQueue(const QString &login, const char *queue, const QString &number)
    {
        const HttpAnswer answer = http(central->url(), "GET", QStringLiteral("/api/v1/queues/") + QString::fromLatin1(queue), {}, tokens.value(login));
        EXPECT_EQ(answer.status, 200) << queue << ": " << QJsonDocument(answer.body).toJson().constData();
        for (const QJsonValue &order : answer.body.value(QLatin1String("orders")).toArray())
            if (order.toObject().value(QLatin1String("number")).toString() == number)
                return order.toObject();
        return {};
    }
    QString figures(const char *by)
    {
        const QString period = QDateTime::currentDateTime().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(QStringLiteral("yyyy-MM"));
        const RawAnswer answer = rawHttp(central->url(), "GET", QStringLiteral("/api/v1/figures?period=%1&by=%2").arg(period, QString::fromLatin1(by)), {},
                                         tokens.value(QStringLiteral("lead1")));
        EXPECT_EQ(answer.status, 200) << answer.body.constData();
        return QString::fromUtf8(answer.body);
    }
    // The line of `key` in a figures TSV, split into its columns.
    static QStringList line(const QString &tsv, const QString &key)
    {
        for (const QString &row : tsv.split(u'\n'))
            if (row.startsWith(key + u'\t'))
                return row.split(u'\t');
        return {};
    }

    QHash<QString, QString> tokens;
};

TEST_P(OrderLifeTest, FromTheCallToTheFigures)
{
    const QString unit1 = departmentUnit(QStringLiteral("dept1"));
    const QString unit2 = departmentUnit(QStringLiteral("dept2"));
    const QString phone = QStringLiteral("13911112222");

    // Desk A files the order and proposes the unit; the review setting holds it for a dispatcher.
    DeskHarness deskA(dir.filePath(QStringLiteral("a.sqlite")));
    ASSERT_TRUE(deskA.signIn(central->url(), QStringLiteral("op1")));
    WorkOrderDraft draft;
    draft.phone = phone;
    draft.callerName = QStringLiteral("王女士");
    draft.appealType = AppealType::Complaint;
    draft.classification = {QStringLiteral("城乡建设"), QStringLiteral("市政设施"), QStringLiteral("路灯")};
    draft.address.districtCode = QStringLiteral("110102");
    draft.address.districtName = QStringLiteral("西城区");
    draft.address.streetCode = QStringLiteral("110102019");
    draft.address.streetName = QStringLiteral("牛街街道");
    draft.title = QStringLiteral("路灯不亮");
    draft.description = QStringLiteral("牛街西里二区3号楼门口路灯一周不亮");
    const Result<QString> filed = deskA.orders->create(draft, QStringLiteral("op1"));
    ASSERT_TRUE(filed.ok()) << qPrintable(filed.error());
    const QString number = filed.value();
    ASSERT_TRUE(deskA.orders->append(WorkOrderEvent::make(number, EventType::Dispatched, QStringLiteral("op1"), QDateTime::currentDateTimeUtc(),
                                                          {{QStringLiteral("unit"), unit1}, {QStringLiteral("review"), true},
                                                           {QStringLiteral("reason"), QStringLiteral("路灯 · 居住小区 · 西城区 → 物业")},
                                                           {QStringLiteral("confidence"), 0.6}}))
                    .ok());
    ASSERT_TRUE(deskA.syncUntilIdle());

    // The same caller rings desk B: the centre knows the open order and what it waits for.
    const HttpAnswer history = http(central->url(), "GET", QStringLiteral("/api/v1/orders?phone=") + phone, {}, tokens.value(QStringLiteral("op2")));
    ASSERT_EQ(history.status, 200);
    const QJsonArray known = history.body.value(QLatin1String("orders")).toArray();
    ASSERT_EQ(known.size(), 1);
    EXPECT_EQ(known.at(0).toObject().value(QLatin1String("number")).toString(), number);
    EXPECT_EQ(known.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("pending_review"));
    EXPECT_EQ(known.at(0).toObject().value(QLatin1String("phone")).toString(), phone) << "an operator sees the caller";
    EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/orders?phone=12"), {}, tokens.value(QStringLiteral("op2"))).status, 400);
    EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/orders?phone=") + phone, {}, tokens.value(QStringLiteral("dept1"))).status, 403);
    EXPECT_GE(count("SELECT count(*) FROM audit_log WHERE login = 'op2' AND action = 'list' AND target LIKE 'caller:%'"), 1) << "the look-up is on record";
    expectApplied(push(QStringLiteral("op2"), number, EventType::ProgressInquiry, {{QStringLiteral("text"), QStringLiteral("问进度")}}), "progress inquiry");

    // The dispatcher approves; the order goes out to unit 1.
    const QJsonObject waiting = inQueue(QStringLiteral("disp1"), "dispatcher", number);
    ASSERT_FALSE(waiting.isEmpty());
    EXPECT_EQ(waiting.value(QLatin1String("queue")).toString(), QStringLiteral("review"));
    EXPECT_EQ(waiting.value(QLatin1String("progressInquiries")).toInt(), 1);
    EXPECT_EQ(push(QStringLiteral("op2"), number, EventType::Reviewed, {{QStringLiteral("decision"), QStringLiteral("approve")}})
                  .value(QLatin1String("status")).toString(),
              QStringLiteral("rejected"))
        << "an operator does not review";
    expectApplied(push(QStringLiteral("disp1"), number, EventType::Reviewed, {{QStringLiteral("decision"), QStringLiteral("approve")}}), "approve");
    EXPECT_TRUE(inQueue(QStringLiteral("disp1"), "dispatcher", number).isEmpty());

    // Unit 1 sees it with its clock, the caller masked; unit 2 does not.
    const QJsonObject listed = inQueue(QStringLiteral("dept1"), "department", number);
    ASSERT_FALSE(listed.isEmpty());
    EXPECT_NE(listed.value(QLatin1String("phone")).toString(), phone);
    EXPECT_EQ(listed.value(QLatin1String("clock")).toObject().value(QLatin1String("stage")).toString(), QStringLiteral("sign"));
    EXPECT_GT(listed.value(QLatin1String("clock")).toObject().value(QLatin1String("secondsLeft")).toDouble(), 3600);
    EXPECT_TRUE(inQueue(QStringLiteral("dept2"), "department", number).isEmpty());
    const QJsonObject foreign = push(QStringLiteral("dept2"), number, EventType::Signed);
    EXPECT_EQ(foreign.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
    EXPECT_TRUE(foreign.value(QLatin1String("error")).toString().contains(QStringLiteral("没有派给本单位")));

    // Unit 1 signs, asks for more time (approved), then returns it as not its duty.
    expectApplied(push(QStringLiteral("dept1"), number, EventType::Signed), "sign");
    const QString until = QDateTime::currentDateTimeUtc().addDays(20).toString(Qt::ISODate);
    expectApplied(push(QStringLiteral("dept1"), number, EventType::ExtensionRequested, {{QStringLiteral("until"), until}, {QStringLiteral("text"), QStringLiteral("需更换电缆")}}),
                  "ask for an extension");
    EXPECT_EQ(inQueue(QStringLiteral("disp1"), "dispatcher", number).value(QLatin1String("queue")).toString(), QStringLiteral("extension"));
    expectApplied(push(QStringLiteral("disp1"), number, EventType::ExtensionDecided, {{QStringLiteral("approved"), true}}), "approve the extension");
    EXPECT_EQ(inQueue(QStringLiteral("dept1"), "department", number).value(QLatin1String("clock")).toObject().value(QLatin1String("due")).toString(),
              QDateTime::fromString(until, Qt::ISODate).toUTC().toString(Qt::ISODate));
    EXPECT_EQ(push(QStringLiteral("dept1"), number, EventType::Returned, {{QStringLiteral("reason"), QStringLiteral("whatever")}})
                  .value(QLatin1String("status")).toString(),
              QStringLiteral("rejected"))
        << "a return needs a reason from the list";
    expectApplied(push(QStringLiteral("dept1"), number, EventType::Returned, {{QStringLiteral("reason"), QStringLiteral("not_our_duty")}}), "return");

    // Back in the dispatcher's queue; re-dispatched to unit 2, which signs and replies.
    EXPECT_EQ(inQueue(QStringLiteral("disp1"), "dispatcher", number).value(QLatin1String("queue")).toString(), QStringLiteral("redispatch"));
    expectApplied(push(QStringLiteral("disp1"), number, EventType::Dispatched, {{QStringLiteral("unit"), unit2}}), "re-dispatch");
    EXPECT_EQ(push(QStringLiteral("dept1"), number, EventType::Replied, {{QStringLiteral("text"), QStringLiteral("x")}}).value(QLatin1String("status")).toString(),
              QStringLiteral("rejected"))
        << "the unit that returned it has nothing more to say";
    expectApplied(push(QStringLiteral("dept2"), number, EventType::Signed), "sign again");
    expectApplied(push(QStringLiteral("dept2"), number, EventType::Replied, {{QStringLiteral("text"), QStringLiteral("路灯已修复，今晚起正常照明")}}), "reply");

    // The callback list reads the reply to the citizen; satisfied closes the order.
    const QJsonObject toCall = inQueue(QStringLiteral("op2"), "callback", number);
    ASSERT_FALSE(toCall.isEmpty());
    EXPECT_EQ(toCall.value(QLatin1String("reply")).toString(), QStringLiteral("路灯已修复，今晚起正常照明"));
    EXPECT_EQ(toCall.value(QLatin1String("phone")).toString(), phone);
    expectApplied(push(QStringLiteral("op2"), number, EventType::CalledBack, {{QStringLiteral("result"), QStringLiteral("satisfied")}}), "callback");
    EXPECT_TRUE(inQueue(QStringLiteral("op2"), "callback", number).isEmpty());
    EXPECT_EQ(count("SELECT count(*) FROM work_orders WHERE status = 'closed'"), 1);

    // The figures: unit 2 signed in time, resolved and satisfied; unit 1 has the return. Units
    // are named as the published directory names them.
    const QByteArray directory = QStringLiteral("code,name,kind,district_code,phone\n%1,西城区城市管理委员会,district,110102,\n").arg(unit2).toUtf8();
    ASSERT_EQ(http(central->url(), "PUT", QStringLiteral("/api/v1/reference/units"), directory, tokens.value(QStringLiteral("admin1"))).status, 200);
    const QString byUnit = figures("unit");
    const QStringList second = line(byUnit, unit2);
    ASSERT_EQ(second.size(), 9) << qPrintable(byUnit);
    EXPECT_EQ(second.at(1), QStringLiteral("西城区城市管理委员会"));
    EXPECT_EQ(second.at(2), QStringLiteral("1"));   // orders
    EXPECT_EQ(second.at(3), QStringLiteral("1"));   // signed in time
    EXPECT_EQ(second.at(4), QStringLiteral("100.0")); // response rate
    EXPECT_EQ(second.at(6), QStringLiteral("100.0")); // satisfaction rate
    const QStringList first = line(byUnit, unit1);
    ASSERT_EQ(first.size(), 9) << qPrintable(byUnit);
    EXPECT_EQ(first.at(7), QStringLiteral("1")); // returns
    EXPECT_EQ(first.at(2), QStringLiteral("0"));
    const QStringList street = line(figures("street"), QStringLiteral("110102019"));
    ASSERT_EQ(street.size(), 9);
    EXPECT_EQ(street.at(1), QStringLiteral("牛街街道"));
    const QString top = figures("top-streets");
    EXPECT_TRUE(top.contains(QStringLiteral("*\t1\t110102019\t牛街街道")) && top.contains(QStringLiteral("城乡建设\t1\t110102019"))) << qPrintable(top);
    EXPECT_EQ(rawHttp(central->url(), "GET", QStringLiteral("/api/v1/figures?period=2026-13&by=unit"), {}, tokens.value(QStringLiteral("lead1"))).status, 400);
    EXPECT_EQ(rawHttp(central->url(), "GET", QStringLiteral("/api/v1/figures?period=2026-11&by=unit"), {}, tokens.value(QStringLiteral("dept1"))).status, 403);

    // hotline-ctl prints the same figures from the centre.
    QProcess ctl;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOTLINE_TOKEN"), tokens.value(QStringLiteral("lead1")));
    ctl.setProcessEnvironment(environment);
    const QString period = QDateTime::currentDateTime().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(QStringLiteral("yyyy-MM"));
    ctl.start(QStringLiteral(HOTLINE_CTL_BIN), {QStringLiteral("figures"), QStringLiteral("--central"), central->url().toString(),
                                                QStringLiteral("--period"), period, QStringLiteral("--by"), QStringLiteral("unit")});
    ASSERT_TRUE(ctl.waitForFinished(30000));
    EXPECT_EQ(ctl.exitCode(), 0) << ctl.readAllStandardError().constData();
    EXPECT_EQ(QString::fromUtf8(ctl.readAllStandardOutput()), figures("unit"));

    // Desk A's own copy followed the order's life.
    ASSERT_TRUE(deskA.syncUntilIdle());
    const std::optional<WorkOrderState> local = deskA.orders->find(number);
    ASSERT_TRUE(local.has_value());
    EXPECT_EQ(local->status, OrderStatus::Closed);
    EXPECT_EQ(local->returnCount, 1);
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Central, OrderLifeTest, ::testing::Values("sqlite", "postgresql"),
                         [](const ::testing::TestParamInfo<const char *> &info) { return std::string(info.param); });
