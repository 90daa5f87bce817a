// SPDX-License-Identifier: GPL-3.0-or-later
// Open orders near a place from every desk: the centre's answer to "has someone reported this
// already?", nearest first, by item when asked, never closed ones or far ones.
#include "sync/CentralHarness.h"

#include "desk/NearbyLookup.h"

#include <QJsonArray>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {
class NearbyOrdersTest : public CentralTest {};

WorkOrderDraft at(double lng, double lat, const char *item, int index)
{
    WorkOrderDraft d = reportDraft(20000 + index, QString::fromUtf8(item));
    d.classification.level2 = QStringLiteral("市政设施");
    d.address.location = GeoPoint{lng, lat};
    return d;
}
} // namespace

TEST_P(NearbyOrdersTest, OpenOrdersAroundAPointFromEveryDeskNearestFirst)
{
    startCentral({{"op1", "operator"}, {"op2", "operator"}, {"dept1", "department"}});
    DeskHarness desk(dir.filePath(QStringLiteral("desk.sqlite")));
    ASSERT_TRUE(desk.signIn(central->url(), QStringLiteral("op1")));
    // Niujie: two manhole reports about 100 m and 300 m away, a street lamp 50 m away, one
    // manhole report 3 km away, one answered on the call.
    const QString near100 = desk.orders->create(at(116.3640, 39.8850, "井盖", 1), QStringLiteral("op1")).value();
    const QString near300 = desk.orders->create(at(116.3665, 39.8860, "井盖", 2), QStringLiteral("op1")).value();
    const QString lamp = desk.orders->create(at(116.3634, 39.8845, "路灯", 3), QStringLiteral("op1")).value();
    const QString far = desk.orders->create(at(116.3980, 39.9080, "井盖", 4), QStringLiteral("op1")).value();
    WorkOrderDraft answered = at(116.3629, 39.8848, "井盖", 5);
    answered.reply = QStringLiteral("已告知");
    ASSERT_TRUE(desk.orders->create(answered, QStringLiteral("op1")).ok());
    ASSERT_TRUE(desk.syncUntilIdle());

    const QString token = signInToken(central->url(), QStringLiteral("op2"));
    const auto numbers = [&](const QString &query) {
        const HttpAnswer answer = http(central->url(), "GET", QStringLiteral("/api/v1/orders?") + query, {}, token);
        EXPECT_EQ(answer.status, 200) << qPrintable(query);
        QStringList found;
        for (const QJsonValue &order : answer.body.value(QLatin1String("orders")).toArray())
            found.append(order.toObject().value(QLatin1String("number")).toString());
        return found;
    };
    EXPECT_EQ(numbers(QStringLiteral("near=116.3629,39.8848&radius=500")), (QStringList{lamp, near100, near300}));
    EXPECT_EQ(numbers(QStringLiteral("near=116.3629,39.8848&radius=500&item=") + QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral("城乡建设 › 市政设施 › 井盖")))),
              (QStringList{near100, near300}));
    EXPECT_EQ(numbers(QStringLiteral("near=116.3629,39.8848&radius=200")), (QStringList{lamp, near100}));
    EXPECT_TRUE(numbers(QStringLiteral("near=116.3629,39.8848&radius=500&days=1")).contains(near100));
    EXPECT_TRUE(numbers(QStringLiteral("near=116.3629,39.8848&radius=5000")).contains(far)) << "3 km is inside 5 km";
    EXPECT_FALSE(numbers(QStringLiteral("near=116.3629,39.8848&radius=2000")).contains(far));
    for (const char *bad : {"near=abc", "near=116.36", "near=0,0", "near=116.36,39.88&radius=1", "near=116.36,39.88&days=999", "near=116.36,39.88&colour=red"})
        EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/orders?") + QString::fromLatin1(bad), {}, token).status, 400) << bad;
    EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/orders?near=116.3629,39.8848"), {}, signInToken(central->url(), QStringLiteral("dept1"))).status, 403);
    EXPECT_GE(count("SELECT count(*) FROM audit_log WHERE login = 'op2' AND action = 'list' AND target LIKE 'near:%'"), 1);
}

// The desk's side: another desk's report near the point comes from the centre; without the
// centre, this desk's own orders, said as such.
TEST_P(NearbyOrdersTest, TheDeskAsksTheCentreAndSaysWhenItCannot)
{
    startCentral({{"op1", "operator"}, {"op2", "operator"}});
    DeskHarness first(dir.filePath(QStringLiteral("first.sqlite")));
    ASSERT_TRUE(first.signIn(central->url(), QStringLiteral("op1")));
    const QString reported = first.orders->create(at(116.3640, 39.8850, "井盖", 1), QStringLiteral("op1")).value();
    ASSERT_TRUE(first.syncUntilIdle());

    DeskHarness second(dir.filePath(QStringLiteral("second.sqlite")));
    NearbyLookup lookup(*second.store);
    QSignalSpy found(&lookup, &NearbyLookup::found);
    const NearbySettings settings;
    lookup.lookUp(GeoPoint{116.3629, 39.8848}, settings, QStringLiteral("城乡建设 › 市政设施 › 井盖"));
    ASSERT_EQ(found.size(), 1) << "not signed in: this desk's answer only";
    EXPECT_TRUE(found.at(0).at(0).value<QVector<NearbyOrder>>().isEmpty());
    EXPECT_TRUE(found.at(0).at(1).toString().startsWith(QStringLiteral("离线")));

    ASSERT_TRUE(second.signIn(central->url(), QStringLiteral("op2")));
    lookup.setSync(second.sync.get());
    found.clear();
    lookup.lookUp(GeoPoint{116.3629, 39.8848}, settings, QStringLiteral("城乡建设 › 市政设施 › 井盖"));
    ASSERT_TRUE(waitUntil([&] { return found.size() == 2; }, 15000));
    const QVector<NearbyOrder> centre = found.at(1).at(0).value<QVector<NearbyOrder>>();
    ASSERT_EQ(centre.size(), 1);
    EXPECT_EQ(centre.first().summary.number, reported);
    EXPECT_NEAR(centre.first().meters, 120, 40);
    EXPECT_TRUE(found.at(1).at(1).toString().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Central, NearbyOrdersTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &info) { return std::string(info.param); });
