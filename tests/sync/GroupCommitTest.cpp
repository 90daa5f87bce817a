// SPDX-License-Identifier: GPL-3.0-or-later
// Group commit at the real hotline-central, on SQLite and on PostgreSQL: pushes that arrive
// in the same moment are written in one transaction, and still each is applied exactly once
// and answered on its own — a duplicate inside the group, a rejected operation beside good
// ones, and desks that hang up before their answer change none of that.
#include "CentralHarness.h"
#include "store/Outbox.h"

#include <QJsonArray>
#include <QTcpSocket>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

using namespace hotline;
using namespace hotline::test;

namespace {

QByteArray pushBody(const QJsonArray &ops)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("ops"), ops}}).toJson(QJsonDocument::Compact);
}

QJsonObject wireOp(const OutboxEntry &entry)
{
    return {{QStringLiteral("opId"), entry.opId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("kind"), entry.kind},
            {QStringLiteral("payload"), entry.payload}};
}

// Every push on its own connection, all written before any answer is read, so they reach
// the centre together; the answers' JSON in the same order (an empty object when none came).
QList<QJsonObject> pushTogether(const QUrl &base, const QList<QByteArray> &bodies, const QString &token)
{
    std::vector<std::unique_ptr<HttpLane>> lanes;
    for (qsizetype i = 0; i < bodies.size(); ++i)
        lanes.push_back(std::make_unique<HttpLane>(base));
    QList<QJsonObject> answers(bodies.size());
    int answered = 0;
    for (qsizetype i = 0; i < bodies.size(); ++i)
        lanes[size_t(i)]->send("POST", QStringLiteral("/api/v1/sync/push"), bodies.at(i), token, [&answers, &answered, i](int, const QByteArray &body) {
            answers[i] = QJsonDocument::fromJson(body).object();
            ++answered;
        });
    waitUntil([&] { return answered == bodies.size(); }, 20000);
    return answers;
}

QJsonObject result(const QJsonObject &answer, int index)
{
    return answer.value(QLatin1String("results")).toArray().at(index).toObject();
}

class GroupCommitTest : public CentralTest {
protected:
    void SetUp() override
    {
        startCentral({{"op1", "operator"}});
        if (HasFatalFailure())
            return;
        token = signInToken(central->url(), QStringLiteral("op1"));
        ASSERT_FALSE(token.isEmpty());
    }
    // `n` filed orders of a fresh desk, one wire operation each.
    QList<QJsonObject> filedOps(int n)
    {
        DeskHarness desk(dir.filePath(QStringLiteral("desk-%1.sqlite").arg(++desks)));
        for (int i = 0; i < n; ++i)
            desk.file(i);
        QList<QJsonObject> ops;
        for (const OutboxEntry &entry : Outbox(*desk.store).pending(n))
            ops.append(wireOp(entry));
        return ops;
    }

    QString token;
    int desks = 0;
};

} // namespace

TEST_P(GroupCommitTest, PushesArrivingTogetherAreEachAppliedOnceAndAnsweredOnTheirOwn)
{
    const QList<QJsonObject> ops = filedOps(16);
    ASSERT_EQ(ops.size(), 16);
    QList<QByteArray> bodies;
    for (const QJsonObject &op : ops)
        bodies.append(pushBody({op}));
    // The same operation twice in the moment (a desk retrying on a second connection).
    bodies.append(pushBody({ops.at(3)}));
    // A push whose event the lifecycle refuses, beside good ones: refused alone.
    QJsonObject broken = ops.at(0);
    broken.insert(QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    QJsonObject event = broken.value(QLatin1String("payload")).toObject();
    event.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    event.insert(QStringLiteral("order"), QStringLiteral("NO-SUCH-ORDER"));
    event.insert(QStringLiteral("type"), QStringLiteral("closed"));
    broken.insert(QStringLiteral("payload"), event);
    bodies.append(pushBody({broken}));

    const QList<QJsonObject> answers = pushTogether(central->url(), bodies, token);
    ASSERT_EQ(answers.size(), bodies.size());
    QSet<qint64> revisions;
    for (int i = 0; i < 16; ++i) {
        ASSERT_EQ(result(answers.at(i), 0).value(QLatin1String("opId")).toString(), ops.at(i).value(QLatin1String("opId")).toString());
        revisions.insert(result(answers.at(i), 0).value(QLatin1String("revision")).toInteger());
    }
    EXPECT_EQ(revisions.size(), 16) << "every applied order has a revision of its own";
    EXPECT_FALSE(revisions.contains(0));
    // The twin: one of the two was applied, the other answered as a duplicate, same revision.
    const QJsonObject first = result(answers.at(3), 0);
    const QJsonObject twin = result(answers.at(16), 0);
    const QSet<QString> statuses{first.value(QLatin1String("status")).toString(), twin.value(QLatin1String("status")).toString()};
    EXPECT_EQ(statuses, (QSet<QString>{QStringLiteral("applied"), QStringLiteral("duplicate")}));
    EXPECT_EQ(first.value(QLatin1String("revision")), twin.value(QLatin1String("revision")));
    EXPECT_EQ(result(answers.at(17), 0).value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
    EXPECT_FALSE(result(answers.at(17), 0).value(QLatin1String("error")).toString().isEmpty());

    EXPECT_EQ(count("SELECT count(*) FROM work_orders"), 16);
    EXPECT_EQ(count("SELECT count(*) FROM work_order_events"), 16);
    EXPECT_EQ(count("SELECT count(*) FROM applied_ops"), 17);
    EXPECT_EQ(count("SELECT count(*) FROM changes"), 16);
}

TEST_P(GroupCommitTest, DesksHangingUpBeforeTheirAnswerLoseNothingAndTheCentreStaysUp)
{
    const QList<QJsonObject> ops = filedOps(30);
    ASSERT_EQ(ops.size(), 30);
    // Each push written, then the connection dropped before the group commit answers it.
    for (const QJsonObject &op : ops) {
        const QByteArray body = pushBody({op});
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(central->url().port()));
        ASSERT_TRUE(socket.waitForConnected(5000));
        socket.write("POST /api/v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token.toLatin1()
                     + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket.waitForBytesWritten(5000);
        socket.abort();
    }
    // The centre is up, and the desk's retry of everything is answered from what was kept:
    // each order is at the centre exactly once, whether its first push got in or not.
    QJsonArray all;
    for (const QJsonObject &op : ops)
        all.append(op);
    const HttpAnswer retry = http(central->url(), "POST", QStringLiteral("/api/v1/sync/push"), pushBody(all), token);
    ASSERT_EQ(retry.status, 200);
    const QJsonArray results = retry.body.value(QLatin1String("results")).toArray();
    ASSERT_EQ(results.size(), 30);
    for (const QJsonValue &r : results) {
        const QString status = r.toObject().value(QLatin1String("status")).toString();
        EXPECT_TRUE(status == QLatin1String("applied") || status == QLatin1String("duplicate")) << qPrintable(status);
    }
    EXPECT_EQ(count("SELECT count(*) FROM work_orders"), 30);
    EXPECT_EQ(count("SELECT count(*) FROM work_order_events"), 30);
    EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/health")).status, 200);
    EXPECT_EQ(central->terminate(), 0) << qPrintable(central->log());
}

INSTANTIATE_TEST_SUITE_P(Central, GroupCommitTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &info) { return std::string(info.param); });
