// SPDX-License-Identifier: GPL-3.0-or-later
// The desk of a dispatcher against the real centre: F6 opens the dispatcher's queue with the
// order another desk proposed, one key approves it, and the centre has the review.
#include "../sync/CentralHarness.h"
#include "ComposedDesk.h"
#include "KeyboardDriver.h"
#include "dispatch/OrderQueueView.h"
#include "dispatch/WorkListWindow.h"

#include <QApplication>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

TEST(WorkListDeskTest, ADispatcherApprovesAnotherDesksProposalWithTwoKeys)
{
    ComposedDesk desk;
    StoreFixture &fx = desk.fx;
    const QString database = QStringLiteral("sqlite:") + fx.dir.filePath(QStringLiteral("central.sqlite"));
    CentralProcess central(database);
    ASSERT_TRUE(central.addUser(QStringLiteral("op7"), QStringLiteral("operator")));
    ASSERT_TRUE(central.addUser(QStringLiteral("disp7"), QStringLiteral("dispatcher")));
    ASSERT_TRUE(central.start()) << qPrintable(central.log());

    // Another desk files an order and proposes its unit; the review holds it.
    DeskHarness operatorDesk(fx.dir.filePath(QStringLiteral("op.sqlite")));
    ASSERT_TRUE(operatorDesk.signIn(central.url(), QStringLiteral("op7")));
    const QString number = operatorDesk.file(1);
    ASSERT_TRUE(operatorDesk.orders
                    ->append(WorkOrderEvent::make(number, EventType::Dispatched, QStringLiteral("op7"), QDateTime::currentDateTimeUtc(),
                                                  {{QStringLiteral("unit"), QStringLiteral("CGW-110102")}, {QStringLiteral("review"), true}}))
                    .ok());
    ASSERT_TRUE(operatorDesk.syncUntilIdle());

    SyncEngine &sync = desk.sync;
    DeskWindow &window = desk.window;
    sync.start(500);
    bool signedIn = false;
    sync.signIn(central.url(), QStringLiteral("disp7"), QStringLiteral("password-1"), [&](const QString &error) {
        EXPECT_TRUE(error.isEmpty()) << qPrintable(error);
        signedIn = true;
    });
    ASSERT_TRUE(waitUntil([&] { return signedIn; }, 15000));
    ASSERT_TRUE(desk.show());

    KeyboardDriver::key(Qt::Key_F6);
    auto *list = window.findChild<WorkListWindow *>();
    ASSERT_NE(list, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(list));
    ASSERT_TRUE(waitUntil([&] { return list->view()->model().rowCount() == 1; }, 15000)) << qPrintable(list->view()->statusText());
    EXPECT_EQ(list->view()->model().orders().first().number, number);
    QApplication::setActiveWindow(list);
    ASSERT_TRUE(QTest::qWaitForWindowActive(list));
    list->view()->table()->setFocus();
    list->view()->table()->selectRow(0);
    KeyboardDriver::key(Qt::Key_A);
    EXPECT_EQ(list->view()->model().rowCount(), 0) << qPrintable(list->view()->statusText());
    ASSERT_TRUE(waitUntil([&] { return centralCount(database, QStringLiteral("SELECT count(*) FROM work_order_events WHERE type = 'reviewed' AND actor = 'disp7'")) == 1; }, 15000));
    EXPECT_EQ(centralCount(database, QStringLiteral("SELECT count(*) FROM work_orders WHERE status = 'dispatched'")), 1);
}
