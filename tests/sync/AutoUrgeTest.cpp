// SPDX-License-Identifier: GPL-3.0-or-later
// The centre urges what is overdue by itself, once per missed limit, never what is on time.
#include "sync/CentralHarness.h"

#include "workorder/WorkOrderEvent.h"

#include <QJsonArray>
#include <QTest>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {
class AutoUrgeTest : public ::testing::TestWithParam<const char *> {
protected:
    void SetUp() override
    {
        url = centralDatabaseUrl(QString::fromLatin1(GetParam()), dir);
        ASSERT_FALSE(url.isEmpty());
        central = std::make_unique<CentralProcess>(url, QStringList{QStringLiteral("--auto-urge-seconds"), QStringLiteral("1")});
        ASSERT_TRUE(central->addUser(QStringLiteral("op1"), QStringLiteral("operator")));
        ASSERT_TRUE(central->start()) << qPrintable(central->log());
    }
    qint64 urges(const QString &number) const
    {
        return centralCount(url, QStringLiteral("SELECT count(*) FROM work_order_events WHERE type = 'urged' AND actor = 'hotline-central'"
                                                " AND order_number = '%1'").arg(number));
    }

    QTemporaryDir dir;
    QString url;
    std::unique_ptr<CentralProcess> central;
};
} // namespace

TEST_P(AutoUrgeTest, AnOrderPastItsSignLimitIsUrgedOnceAndAnOrderOnTimeNot)
{
    DeskHarness desk(dir.filePath(QStringLiteral("desk.sqlite")));
    ASSERT_TRUE(desk.signIn(central->url(), QStringLiteral("op1")));
    const QString late = desk.file(1);
    const QString onTime = desk.file(2);
    // Dispatched three hours ago: the default sign limit (2 h) passed an hour ago.
    const QJsonObject unit{{QStringLiteral("unit"), QStringLiteral("CGW-110102")}};
    ASSERT_TRUE(desk.orders->append(WorkOrderEvent::make(late, EventType::Dispatched, QStringLiteral("op1"),
                                                         QDateTime::currentDateTimeUtc().addSecs(-3 * 3600), unit)).ok());
    ASSERT_TRUE(desk.orders->append(WorkOrderEvent::make(onTime, EventType::Dispatched, QStringLiteral("op1"),
                                                         QDateTime::currentDateTimeUtc(), unit)).ok());
    ASSERT_TRUE(desk.syncUntilIdle());
    ASSERT_TRUE(waitUntil([&] { return urges(late) == 1; }, 15000)) << qPrintable(central->readLog());
    // Several more sweeps: still once, and the order on time never.
    QTest::qWait(2500);
    EXPECT_EQ(urges(late), 1);
    EXPECT_EQ(urges(onTime), 0);
    // The filing desk hears of it.
    ASSERT_TRUE(desk.syncUntilIdle());
    const std::optional<WorkOrderState> local = desk.orders->find(late);
    ASSERT_TRUE(local.has_value());
    EXPECT_EQ(local->urgeCount, 1);
}

INSTANTIATE_TEST_SUITE_P(Central, AutoUrgeTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &info) { return std::string(info.param); });
