// SPDX-License-Identifier: GPL-3.0-or-later
// A repeat caller rings another desk: the desk shows the centre's orders of that number (not
// only its own), and one key reads out the open order's progress and counts the inquiry.
// Without the centre the list says it holds this desk's orders only.
#include "../sync/CentralHarness.h"
#include "operator/CallerHistoryPanel.h"
#include "ComposedDesk.h"
#include "KeyboardDriver.h"
#include "itemmodels/WorkOrderListModel.h"

#include <QApplication>
#include <QLabel>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {
class CentreHistoryDeskTest : public ::testing::Test, protected KeyboardDriver, protected ComposedDesk {
protected:
    void open() { ASSERT_TRUE(show()); }
    QLabel *scope() const { return window.findChild<QLabel *>(QStringLiteral("callerHistoryScope")); }
    int historyRows() const { return window.findChild<QTableView *>(QStringLiteral("callerHistory"))->model()->rowCount(); }
};
} // namespace

TEST_F(CentreHistoryDeskTest, TheSameCallerAtAnotherDeskIsRecognisedAndAsksForProgress)
{
    const QString database = QStringLiteral("sqlite:") + fx.dir.filePath(QStringLiteral("central.sqlite"));
    CentralProcess central(database);
    ASSERT_TRUE(central.addUser(QStringLiteral("op1"), QStringLiteral("operator")));
    ASSERT_TRUE(central.addUser(QStringLiteral("op2"), QStringLiteral("operator")));
    ASSERT_TRUE(central.start()) << qPrintable(central.log());
    DeskHarness first(fx.dir.filePath(QStringLiteral("first.sqlite")));
    ASSERT_TRUE(first.signIn(central.url(), QStringLiteral("op1")));
    const QString number = first.file(5); // caller 13910000005
    ASSERT_TRUE(first.orders->append(WorkOrderEvent::make(number, EventType::Dispatched, QStringLiteral("op1"), QDateTime::currentDateTimeUtc(),
                                                          {{QStringLiteral("unit"), QStringLiteral("CGW-110102")}})).ok());
    ASSERT_TRUE(first.syncUntilIdle());

    bool signedIn = false;
    sync.signIn(central.url(), QStringLiteral("op2"), QStringLiteral("password-1"), [&](const QString &error) {
        EXPECT_TRUE(error.isEmpty()) << qPrintable(error);
        signedIn = true;
    });
    ASSERT_TRUE(waitUntil([&] { return signedIn; }, 15000));
    open();
    key(Qt::Key_N, Qt::ControlModifier);
    type(QStringLiteral("13910000005"));
    key(Qt::Key_Tab);
    ASSERT_TRUE(waitUntil([&] { return historyRows() == 1 && scope()->isHidden(); }, 15000)) << qPrintable(scope()->text());
    const QAbstractItemModel *history = window.findChild<QTableView *>(QStringLiteral("callerHistory"))->model();
    EXPECT_EQ(history->index(0, WorkOrderListModel::NumberColumn).data().toString(), number);
    // The unit's clock, from the centre's copy: two hours to sign for it.
    EXPECT_TRUE(history->index(0, WorkOrderListModel::TimeLeftColumn).data().toString().startsWith(QStringLiteral("剩 1小时")))
        << qPrintable(history->index(0, WorkOrderListModel::TimeLeftColumn).data().toString());

    key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    const QString banner = window.findChild<QLabel *>(QStringLiteral("resultBanner"))->text();
    EXPECT_TRUE(banner.contains(number) && banner.contains(QStringLiteral("第 1 次催问")) && banner.contains(QStringLiteral("CGW-110102")))
        << qPrintable(banner);
    ASSERT_TRUE(waitUntil([&] { return centralCount(database, QStringLiteral("SELECT count(*) FROM work_order_events WHERE type = 'progress_inquiry' AND actor = 'op2'")) == 1; }, 15000));
}

TEST_F(CentreHistoryDeskTest, OfflineTheHistoryIsThisDesksOrdersAndSaysSo)
{
    WorkOrderDraft d;
    d.phone = QStringLiteral("13910000006");
    d.callerName = QStringLiteral("赵女士");
    d.appealType = AppealType::Complaint;
    d.classification = {QStringLiteral("城乡建设"), QStringLiteral("城市建设和市政管理"), QStringLiteral("市政设施")};
    d.address.districtCode = QStringLiteral("110102");
    d.address.districtName = QStringLiteral("西城区");
    d.title = QStringLiteral("噪音扰民");
    d.description = QStringLiteral("楼下商铺夜间噪音");
    const Result<QString> filed = orders.create(d, QStringLiteral("op"));
    ASSERT_TRUE(filed.ok()) << qPrintable(filed.error());
    open();
    key(Qt::Key_N, Qt::ControlModifier);
    type(QStringLiteral("13910000006"));
    key(Qt::Key_Tab);
    EXPECT_EQ(historyRows(), 1);
    EXPECT_FALSE(scope()->isHidden());
    EXPECT_TRUE(scope()->text().startsWith(QStringLiteral("离线：只有本席的工单"))) << qPrintable(scope()->text());
}
