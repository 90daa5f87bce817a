// SPDX-License-Identifier: GPL-3.0-or-later
// The dispute round trip through the desks and a real centre: the team lead scores a call on
// the lead window's quality page from the keyboard, the operator disputes it from their list,
// the dispute comes back to the lead, who upholds it with a note.
#include "../sync/CentralHarness.h"
#include "KeyboardDriver.h"
#include "TestData.h"
#include "lead/EvaluationListWidget.h"
#include "lead/LeadPages.h"
#include "lead/LeadWindow.h"
#include "lead/MyEvaluationsPage.h"
#include "lead/QualityPage.h"
#include "lead/ScoringWidget.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUuid>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

TEST(QualityDeskTest, ScoredOnTheLeadPageDisputedByTheOperatorUpheldByTheLead)
{
    QTemporaryDir dir;
    const QString database = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("central.sqlite"));
    CentralProcess central(database);
    ASSERT_TRUE(central.addUser(QStringLiteral("op1"), QStringLiteral("operator")));
    ASSERT_TRUE(central.addUser(QStringLiteral("lead1"), QStringLiteral("team_lead")));
    ASSERT_TRUE(central.start()) << qPrintable(central.log());
    QFile form(QStringLiteral(HOTLINE_SEED_DATA "/../quality/hotline-call.json"));
    ASSERT_TRUE(form.open(QIODevice::ReadOnly));
    ASSERT_EQ(http(central.url(), "POST", QStringLiteral("/api/v1/quality/forms"), form.readAll(), signInToken(central.url(), QStringLiteral("lead1"))).status,
              201);
    const QString recording = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ASSERT_EQ(http(central.url(), "PUT", QStringLiteral("/api/v1/recordings/%1?offset=0").arg(recording), QByteArray(2000, 'x'),
                   signInToken(central.url(), QStringLiteral("op1")))
                  .status,
              200);
    auto evaluations = [&](const char *where) {
        return centralCount(database, QStringLiteral("SELECT count(*) FROM quality_evaluations WHERE ") + QString::fromLatin1(where));
    };

    // The lead's window, its quality page on Ctrl+1.
    DeskHarness lead(dir.filePath(QStringLiteral("lead.sqlite")));
    ASSERT_TRUE(lead.signIn(central.url(), QStringLiteral("lead1")));
    LeadWindow window(*lead.store, *lead.sync);
    addLeadPages(window);
    auto *page = window.findChild<QualityPage *>(QStringLiteral("qualityPage"));
    ASSERT_TRUE(page);
    auto *forms = page->findChild<QComboBox *>(QStringLiteral("qualityForms"));
    ASSERT_TRUE(waitUntil([&] { return forms->count() == 1; }, 15000));
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    KeyboardDriver::key(Qt::Key_1, Qt::ControlModifier);
    KeyboardDriver::type(recording);
    KeyboardDriver::key(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return page->scoring()->hasForm() && KeyboardDriver::focused() == page->scoring()->questionList(); }, 15000));
    // 是 是 是 N/A 部分 是: 10 + 15 + 25 + 10 + 10 of 80 = 87.5.
    for (Qt::Key k : {Qt::Key_1, Qt::Key_1, Qt::Key_1, Qt::Key_0, Qt::Key_2, Qt::Key_1})
        KeyboardDriver::key(k);
    KeyboardDriver::key(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return evaluations("operator_login = 'op1' AND reviewer_login = 'lead1' AND score = 87.5") == 1; }, 15000))
        << qPrintable(page->scoring()->problemLabel()->text());
    ASSERT_TRUE(waitUntil([&] { return page->scoring()->problemLabel()->text().contains(QStringLiteral("已保存")); }, 15000));

    // The operator's list: D and a reason send the dispute.
    DeskHarness operatorDesk(dir.filePath(QStringLiteral("op.sqlite")));
    ASSERT_TRUE(operatorDesk.signIn(central.url(), QStringLiteral("op1")));
    MyEvaluationsPage mine(*operatorDesk.sync);
    ASSERT_TRUE(waitUntil([&] { return mine.list()->list()->topLevelItemCount() == 1; }, 15000));
    mine.show();
    QApplication::setActiveWindow(&mine);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&mine));
    mine.setFocus();
    KeyboardDriver::key(Qt::Key_D);
    KeyboardDriver::commit(QStringLiteral("工单记录是完整的"));
    KeyboardDriver::key(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return evaluations("state = 'disputed'") == 1; }, 15000)) << qPrintable(mine.list()->messageLabel()->text());
    ASSERT_TRUE(waitUntil([&] { return mine.list()->list()->topLevelItem(0)->text(3) == QStringLiteral("申诉中"); }, 15000));

    // Back to the lead: the dispute is returned, U and a note uphold it.
    page->refresh();
    QTreeWidget *returned = page->disputes()->list();
    ASSERT_TRUE(waitUntil([&] { return returned->topLevelItemCount() == 1; }, 15000));
    EXPECT_EQ(returned->topLevelItem(0)->text(4), QStringLiteral("工单记录是完整的"));
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    page->disputes()->setFocus();
    KeyboardDriver::key(Qt::Key_U);
    KeyboardDriver::commit(QStringLiteral("录音 02:10 处补充的地址没有记录"));
    KeyboardDriver::key(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return evaluations("state = 'upheld' AND score = 87.5") == 1; }, 15000));
    ASSERT_TRUE(waitUntil([&] { return returned->topLevelItemCount() == 0; }, 15000)) << "no dispute waits any more";
    EXPECT_EQ(evaluations("1 = 1"), 1) << "upheld: the score was not changed";
}
