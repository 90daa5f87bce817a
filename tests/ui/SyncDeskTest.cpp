// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in to a real central service from the desk with the keyboard, and the sync state
// the status bar shows: online with the last sync, offline with what waits.
#include "../sync/CentralHarness.h"
#include "ComposedDesk.h"
#include "KeyboardDriver.h"
#include "common/SignInDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTest>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

class SyncDeskTest : public ::testing::Test, protected KeyboardDriver, protected ComposedDesk {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(central.addUser(QStringLiteral("op7"), QStringLiteral("operator"), QStringLiteral("password-7")));
        ASSERT_TRUE(central.start()) << qPrintable(central.log());
        sync.start(500); // as the desk does (every 3 s there): retries once the centre is back
        ASSERT_TRUE(show());
    }
    QString status() const { return window.findChild<QLabel *>(QStringLiteral("syncState"))->text(); }
    // Types the three fields of the open sign-in dialog, Tab between them, and presses Return.
    void typeSignIn(const QString &url, const QString &login, const QString &password)
    {
        type(url);
        key(Qt::Key_Tab);
        type(login);
        key(Qt::Key_Tab);
        type(password);
        key(Qt::Key_Return);
    }

    CentralProcess central{QStringLiteral("sqlite:") + fx.dir.filePath(QStringLiteral("central.sqlite"))};
};

} // namespace

TEST_F(SyncDeskTest, SignInWithTheKeyboardThenTheStatusBarShowsTheCentre)
{
    EXPECT_TRUE(status().contains(QStringLiteral("未连接中心"))) << qPrintable(status());
    key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    // The dialog deletes itself when it closes: held by a guarded pointer.
    QPointer<SignInDialog> dialog = window.findChild<SignInDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    ASSERT_EQ(focused()->objectName(), QStringLiteral("centralUrl"));
    typeSignIn(central.url().toString(), QStringLiteral("op7"), QStringLiteral("wrong-password"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("signInProblem"));
    ASSERT_TRUE(waitUntil([&] { return problem->isVisible(); }, 15000));
    EXPECT_FALSE(problem->text().isEmpty());
    ASSERT_EQ(focused()->objectName(), QStringLiteral("password")) << "the password is asked again";

    type(QStringLiteral("password-7"));
    key(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return !dialog || !dialog->isVisible(); }, 15000)) << qPrintable(status());
    ASSERT_TRUE(waitUntil([&] { return status().contains(QStringLiteral("在线")); }, 15000)) << qPrintable(status());
    EXPECT_TRUE(status().contains(QStringLiteral("上次同步"))) << qPrintable(status());

    // The centre goes away; a new order waits and the bar says so.
    central.kill();
    WorkOrderDraft draft;
    draft.phone = QStringLiteral("13911112222");
    draft.appealType = AppealType::Consultation;
    draft.classification = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    draft.title = QStringLiteral("咨询");
    draft.description = QStringLiteral("咨询供暖时间");
    ASSERT_TRUE(orders.create(draft, QStringLiteral("op7")).ok());
    ASSERT_TRUE(waitUntil([&] { return status().contains(QStringLiteral("离线")); }, 20000)) << qPrintable(status());
    EXPECT_TRUE(status().contains(QStringLiteral("未同步 1"))) << qPrintable(status());
    // Back again: it goes out by itself.
    ASSERT_TRUE(central.start());
    ASSERT_TRUE(waitUntil([&] { return status().contains(QStringLiteral("在线")) && status().contains(QStringLiteral("未同步 0")); }, 30000))
        << qPrintable(status());
}

TEST_F(SyncDeskTest, AnUnreachableCentreIsSaidInTheDialog)
{
    SignInDialog *dialog = window.openSignIn();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    typeSignIn(QStringLiteral("not a url"), QStringLiteral("op7"), QStringLiteral("password-7"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("signInProblem"));
    EXPECT_TRUE(problem->isVisible()) << "refused before anything is sent";
    EXPECT_EQ(focused()->objectName(), QStringLiteral("centralUrl"));
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("centralUrl"));
    url->clear();
    type(QStringLiteral("http://127.0.0.1:9"));
    dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("password-7"));
    key(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return problem->text().contains(QStringLiteral("连不上")); }, 20000)) << qPrintable(problem->text());
    EXPECT_TRUE(dialog->isVisible());
}
