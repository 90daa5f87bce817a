// SPDX-License-Identifier: GPL-3.0-or-later
// The floor's pure figures: the phrases of a surge, the surge rule's two thresholds, the hours
// of the two windows (the database side is tests/sync/FloorTest.cpp).
#include "figures/FloorFigures.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace hotline;

namespace {
FloorOrder heating(const QDateTime &at, const QString &description)
{
    FloorOrder order;
    order.number = description;
    order.createdAt = at;
    order.channel = QStringLiteral("phone");
    order.itemKey = QStringLiteral("heat");
    order.itemName = QStringLiteral("供暖");
    order.districtCode = QStringLiteral("110105");
    order.firstContact = true;
    order.description = description;
    return order;
}
} // namespace

TEST(FloorFiguresTest, PhrasesAreTheLongestSharedOnesWithoutStopPhrases)
{
    const QVector<std::pair<QString, int>> phrases = FloorFigures::topPhrases(
        {QStringLiteral("市民来电反映：暖气不热，室温十二度"), QStringLiteral("暖氣不熱！室温只有十度"), QStringLiteral("希望尽快处理，暖气不热"),
         QStringLiteral("楼道灯坏了")},
        5);
    ASSERT_GE(phrases.size(), 2);
    // Traditional characters are not folded by fold() (OpenCC is the tokenizer's dear step): 暖氣不熱 stays apart.
    EXPECT_EQ(phrases.at(0), std::make_pair(QStringLiteral("暖气不热"), 2));
    EXPECT_EQ(phrases.at(1), std::make_pair(QStringLiteral("室温"), 2));
    for (const auto &[text, count] : phrases) {
        EXPECT_FALSE(text.contains(QStringLiteral("来电")) || text.contains(QStringLiteral("尽快"))) << qPrintable(text);
        EXPECT_NE(text, QStringLiteral("暖气")) << "covered by 暖气不热, found as often";
    }
    EXPECT_TRUE(FloorFigures::topPhrases({QStringLiteral("只出现一次的话")}, 5).isEmpty());
}

TEST(FloorFiguresTest, SurgeNeedsBothTheFactorAndTheMinimum)
{
    const QDateTime now(QDate(2026, 12, 7), QTime(6, 30), Qt::UTC);
    const auto surges = [&](int today, int usualOverFourWeeks) {
        FloorFigures figures(now, 4, SurgeRule{3.0, 5, 8});
        for (int i = 0; i < today; ++i)
            figures.addOrder(heating(now.addSecs(-60 * (i + 1)), QStringLiteral("暖气不热%1").arg(i)));
        for (int i = 0; i < usualOverFourWeeks; ++i)
            figures.addUsualOrders(1 + i % 4, now.addDays(-7 * (1 + i % 4)).addSecs(-3600), QStringLiteral("heat"), QStringLiteral("110105"), 1);
        return figures.toJson().value(QLatin1String("surges")).toArray().size();
    };
    EXPECT_EQ(surges(6, 8), 1) << "6 ≥ 3 × 2";
    EXPECT_EQ(surges(5, 8), 0) << "5 < 3 × 2";
    EXPECT_EQ(surges(4, 0), 0) << "under the minimum of 5";
    EXPECT_EQ(surges(5, 0), 1);
}

TEST(FloorFiguresTest, WindowsRunFromBeijingMidnightAndOverTheSlidingDay)
{
    // 00:10 in Beijing: "today" has one hour, the sliding day 25 (the first and last partial).
    const QDateTime now(QDate(2026, 12, 6), QTime(16, 10), Qt::UTC);
    FloorFigures figures(now, 4);
    EXPECT_EQ(figures.midnight(), QDateTime(QDate(2026, 12, 6), QTime(16, 0), Qt::UTC));
    figures.addOrder(heating(now.addSecs(-20 * 60), QStringLiteral("昨晚")));
    figures.addOrder(heating(now.addSecs(-5 * 60), QStringLiteral("今天")));
    figures.addCalls(0, QDateTime(QDate(2026, 12, 6), QTime(15, 0), Qt::UTC), 3);
    const QJsonObject json = figures.toJson();
    EXPECT_EQ(json[QLatin1String("today")][QLatin1String("hours")].toArray().size(), 1);
    EXPECT_EQ(json[QLatin1String("today")][QLatin1String("orders")].toInt(), 1);
    EXPECT_EQ(json[QLatin1String("today")][QLatin1String("calls")].toInt(), 0);
    EXPECT_EQ(json[QLatin1String("day")][QLatin1String("hours")].toArray().size(), 25);
    EXPECT_EQ(json[QLatin1String("day")][QLatin1String("orders")].toInt(), 2);
    EXPECT_EQ(json[QLatin1String("day")][QLatin1String("calls")].toInt(), 3);
    EXPECT_EQ(json[QLatin1String("day")][QLatin1String("hours")][23][QLatin1String("hour")].toInt(), 23);
}
