// SPDX-License-Identifier: GPL-3.0-or-later
// F10 on the desk, by the role signed in with: a team lead gets the lead window with its pages
// (Ctrl+1… switch them), an operator their own evaluations, a desk not signed in a message.
#include "../sync/CentralHarness.h"
#include "ComposedDesk.h"
#include "KeyboardDriver.h"
#include "lead/LeadWindow.h"
#include "lead/MyEvaluationsPage.h"
#include "lead/QualityPage.h"
#include "lead/ReviewPage.h"
#include "lead/ReviewPlayer.h"

#include <QApplication>
#include <QLineEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

bool signIn(SyncEngine &sync, const QUrl &centre, const QString &login)
{
    bool done = false;
    bool ok = false;
    sync.signIn(centre, login, QStringLiteral("password-1"), [&](const QString &error) {
        ok = error.isEmpty();
        done = true;
    });
    return waitUntil([&] { return done; }, 15000) && ok;
}

} // namespace

TEST(LeadDeskKeyTest, F10OpensTheLeadWindowForATeamLeadAndCtrlDigitsSwitchItsPages)
{
    ComposedDesk desk;
    CentralProcess central(QStringLiteral("sqlite:") + desk.fx.dir.filePath(QStringLiteral("central.sqlite")));
    ASSERT_TRUE(central.addUser(QStringLiteral("lead1"), QStringLiteral("team_lead")));
    ASSERT_TRUE(central.start()) << qPrintable(central.log());
    ASSERT_TRUE(signIn(desk.sync, central.url(), QStringLiteral("lead1")));
    ASSERT_TRUE(desk.show());

    KeyboardDriver::key(Qt::Key_F10);
    auto *lead = desk.window.findChild<LeadWindow *>();
    ASSERT_NE(lead, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(lead));
    QTabWidget *pages = lead->pages();
    ASSERT_GE(pages->count(), 2) << "the lead window opens with its pages";
    EXPECT_EQ(pages->widget(0)->objectName(), QStringLiteral("floorPage")) << "the floor comes first";
    QApplication::setActiveWindow(lead);
    ASSERT_TRUE(QTest::qWaitForWindowActive(lead));
    KeyboardDriver::key(Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(pages->currentIndex(), 1);
    KeyboardDriver::key(Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(pages->currentIndex(), 0);

    // Q in the review player sends the call heard to the scoring page.
    auto *review = lead->findChild<ReviewPage *>(QStringLiteral("reviewPage"));
    auto *quality = lead->findChild<QualityPage *>(QStringLiteral("qualityPage"));
    ASSERT_NE(review, nullptr);
    ASSERT_NE(quality, nullptr);
    Q_EMIT review->player()->scoreRequested(QStringLiteral("rec-0042"));
    EXPECT_EQ(pages->currentWidget(), quality);
    EXPECT_EQ(quality->findChild<QLineEdit *>(QStringLiteral("qualityRecording"))->text(), QStringLiteral("rec-0042"));

    // F10 again brings the same window back rather than a second one.
    QApplication::setActiveWindow(&desk.window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&desk.window));
    KeyboardDriver::key(Qt::Key_F10);
    EXPECT_EQ(desk.window.findChildren<LeadWindow *>().size(), 1);
}

TEST(LeadDeskKeyTest, F10ShowsAnOperatorTheirOwnEvaluationsAndNothingElse)
{
    ComposedDesk desk;
    CentralProcess central(QStringLiteral("sqlite:") + desk.fx.dir.filePath(QStringLiteral("central.sqlite")));
    ASSERT_TRUE(central.addUser(QStringLiteral("op1"), QStringLiteral("operator")));
    ASSERT_TRUE(central.start()) << qPrintable(central.log());
    ASSERT_TRUE(signIn(desk.sync, central.url(), QStringLiteral("op1")));
    ASSERT_TRUE(desk.show());

    KeyboardDriver::key(Qt::Key_F10);
    EXPECT_EQ(desk.window.findChild<LeadWindow *>(), nullptr) << "an operator has no lead window";
    auto *mine = desk.window.findChild<MyEvaluationsPage *>();
    ASSERT_NE(mine, nullptr);
    EXPECT_TRUE(QTest::qWaitForWindowExposed(mine));
}

TEST(LeadDeskKeyTest, F10WithoutACentreSaysToSignInFirst)
{
    ComposedDesk desk;
    ASSERT_TRUE(desk.show());
    KeyboardDriver::key(Qt::Key_F10);
    EXPECT_EQ(desk.window.findChild<LeadWindow *>(), nullptr);
    EXPECT_EQ(desk.window.findChild<MyEvaluationsPage *>(), nullptr);
    EXPECT_TRUE(desk.window.statusBar()->currentMessage().contains(QStringLiteral("登录中心"))) << qPrintable(desk.window.statusBar()->currentMessage());
}
