// SPDX-License-Identifier: GPL-3.0-or-later
// Several reports of one problem merged into a main order: one unit handles it, and every
// caller is called back with the main order's reply.
#include "sync/CentralHarness.h"

#include "workorder/WorkOrderEvent.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {
class MergeTest : public CentralTest {
protected:
    QJsonObject push(const QString &token, const QString &number, EventType type, QJsonObject payload = {})
    {
        const WorkOrderEvent event = WorkOrderEvent::make(number, type, QStringLiteral("x"), QDateTime::currentDateTimeUtc(), std::move(payload));
        const QJsonObject op{{QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {QStringLiteral("kind"), QStringLiteral("workorder.event")},
                             {QStringLiteral("payload"), event.toJson()}};
        const HttpAnswer answer = http(central->url(), "POST", QStringLiteral("/api/v1/sync/push"),
                                       QJsonDocument(QJsonObject{{QStringLiteral("ops"), QJsonArray{op}}}).toJson(), token);
        return answer.body.value(QLatin1String("results")).toArray().at(0).toObject();
    }
    QStringList callbacks(const QString &token, QHash<QString, QJsonObject> *byNumber)
    {
        const HttpAnswer answer = http(central->url(), "GET", QStringLiteral("/api/v1/queues/callback"), {}, token);
        EXPECT_EQ(answer.status, 200);
        QStringList numbers;
        for (const QJsonValue &order : answer.body.value(QLatin1String("orders")).toArray()) {
            numbers.append(order.toObject().value(QLatin1String("number")).toString());
            byNumber->insert(numbers.last(), order.toObject());
        }
        numbers.sort();
        return numbers;
    }
};
} // namespace

TEST_P(MergeTest, EveryCallerOfAMergedReportIsCalledBackWithTheMainReply)
{
    startCentral({{"op1", "operator"}, {"disp1", "dispatcher"}, {"dept1", "department"}});
    const QString op = signInToken(central->url(), QStringLiteral("op1"));
    const QString disp = signInToken(central->url(), QStringLiteral("disp1"));
    const QString dept = signInToken(central->url(), QStringLiteral("dept1"));
    DeskHarness desk(dir.filePath(QStringLiteral("desk.sqlite")));
    ASSERT_TRUE(desk.signIn(central->url(), QStringLiteral("op1")));
    const QString main = desk.file(1);
    const QString second = desk.file(2);
    const QString third = desk.file(3);
    ASSERT_TRUE(desk.syncUntilIdle());
    const auto applied = [](const QJsonObject &result) { return result.value(QLatin1String("status")).toString() == QLatin1String("applied"); };

    EXPECT_FALSE(applied(push(disp, second, EventType::Merged, {{QStringLiteral("into"), second}}))) << "not into itself";
    ASSERT_TRUE(applied(push(disp, second, EventType::Merged, {{QStringLiteral("into"), main}})));
    ASSERT_TRUE(applied(push(disp, third, EventType::Merged, {{QStringLiteral("into"), main}})));
    EXPECT_FALSE(applied(push(disp, third, EventType::Dispatched, {{QStringLiteral("unit"), departmentUnit(QStringLiteral("dept1"))}})))
        << "a merged report is not dispatched on its own";
    ASSERT_TRUE(applied(push(disp, main, EventType::Dispatched, {{QStringLiteral("unit"), departmentUnit(QStringLiteral("dept1"))}})));
    QHash<QString, QJsonObject> listed;
    EXPECT_TRUE(callbacks(op, &listed).isEmpty()) << "nobody to call before the reply";
    ASSERT_TRUE(applied(push(dept, main, EventType::Signed)));
    ASSERT_TRUE(applied(push(dept, main, EventType::Replied, {{QStringLiteral("text"), QStringLiteral("井盖已补装")}})));

    QStringList expected{main, second, third};
    expected.sort();
    ASSERT_EQ(callbacks(op, &listed), expected);
    EXPECT_EQ(listed.value(second).value(QLatin1String("reply")).toString(), QStringLiteral("井盖已补装"));
    EXPECT_EQ(listed.value(third).value(QLatin1String("phone")).toString(), QStringLiteral("13910000003")) << "its own caller";

    ASSERT_TRUE(applied(push(op, main, EventType::CalledBack, {{QStringLiteral("result"), QStringLiteral("satisfied")}})));
    ASSERT_TRUE(applied(push(op, second, EventType::CalledBack, {{QStringLiteral("result"), QStringLiteral("basically_satisfied")}})));
    EXPECT_EQ(callbacks(op, &listed), QStringList{third}) << "the main order closed, the second caller reached";
    ASSERT_TRUE(applied(push(op, third, EventType::CalledBack, {{QStringLiteral("result"), QStringLiteral("dissatisfied")}})));
    EXPECT_TRUE(callbacks(op, &listed).isEmpty());
    EXPECT_FALSE(applied(push(op, third, EventType::CalledBack, {{QStringLiteral("result"), QStringLiteral("satisfied")}}))) << "once per caller";
}

INSTANTIATE_TEST_SUITE_P(Central, MergeTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &info) { return std::string(info.param); });
