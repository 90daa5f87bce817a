// SPDX-License-Identifier: GPL-3.0-or-later
// The team lead's side of training against a real centre: Ctrl+5 reads the class from the
// centre (nothing published yet: said so), a scenario written in the editor is published
// with Ctrl+P, and a trainee's attempt posted to the centre appears in the class on F5 with the
// score it was given.
#include "../sync/CentralHarness.h"
#include "TestData.h"
#include "lead/LeadPages.h"
#include "lead/LeadWindow.h"
#include "lead/TrainingFeed.h"
#include "training/ClassView.h"
#include "training/ScenarioEditor.h"
#include "training/TrainingAttempt.h"

#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {
Scenario streetLamp()
{
    Scenario scenario;
    scenario.id = QStringLiteral("lamp-01");
    scenario.title = QStringLiteral("路灯不亮");
    scenario.source = QStringLiteral("written");
    scenario.callerNumber = QStringLiteral("13812345678");
    scenario.transcript = {{QStringLiteral("你好，我们小区门口的路灯坏了。"), 0, 2200, true},
                           {QStringLiteral("西城区牛街西里，晚上黑得很，已经一个星期了。"), 2600, 6400, true}};
    scenario.expected.appealType = AppealType::Help;
    scenario.expected.item = {QStringLiteral("城市管理"), QStringLiteral("市政设施"), QStringLiteral("路灯")};
    scenario.expected.keyFacts = {QStringLiteral("路灯"), QStringLiteral("一个星期")};
    return scenario;
}
} // namespace

TEST(TrainingLeadTest, ClassReadFromTheCentreScenarioPublishedFromTheEditor)
{
    QTemporaryDir dir;
    const QString database = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("central.sqlite"));
    CentralProcess central(database);
    ASSERT_TRUE(central.addUser(QStringLiteral("lead1"), QStringLiteral("team_lead")));
    ASSERT_TRUE(central.addUser(QStringLiteral("trainee1"), QStringLiteral("trainee")));
    ASSERT_TRUE(central.start()) << qPrintable(central.log());

    DeskHarness lead(dir.filePath(QStringLiteral("lead.sqlite")));
    ASSERT_TRUE(lead.signIn(central.url(), QStringLiteral("lead1")));
    LeadWindow window(*lead.store, *lead.sync);
    addLeadPages(window);
    ClassView *view = classViewOf(window);
    ASSERT_TRUE(view);
    auto *feed = view->findChild<TrainingFeed *>(QStringLiteral("trainingFeed"));
    ASSERT_TRUE(feed);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    // The page's key; nothing published yet, and the page says so.
    const int page = window.pages()->indexOf(view);
    QTest::keyClick(&window, Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
    ASSERT_EQ(window.pages()->currentWidget(), view);
    ASSERT_TRUE(waitUntil([&] { return view->messageLabel()->text().contains(QStringLiteral("还没有发布")); }, 15000))
        << qPrintable(view->messageLabel()->text());

    // A scenario written in the editor goes to the centre on Ctrl+P, at version 1.
    ScenarioEditor *editor = feed->openEditor();
    ASSERT_TRUE(editor);
    editor->setScenario(streetLamp());
    QApplication::setActiveWindow(editor);
    ASSERT_TRUE(QTest::qWaitForWindowActive(editor));
    QTest::keyClick(editor->titleEdit(), Qt::Key_P, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return centralCount(database, QStringLiteral("SELECT count(*) FROM training_scenarios WHERE scenario_id = 'lamp-01' AND version = 1")) == 1; }, 15000));
    EXPECT_TRUE(waitUntil([&] { return editor->message().contains(QStringLiteral("第 1 版")); }, 5000)) << qPrintable(editor->message());
    // A bad one is refused in the editor, before anything is sent.
    Scenario overlapping = streetLamp();
    overlapping.transcript[1].startMs = 1000;
    editor->setScenario(overlapping);
    QTest::keyClick(editor->titleEdit(), Qt::Key_P, Qt::ControlModifier);
    EXPECT_TRUE(editor->message().contains(QStringLiteral("重叠"))) << qPrintable(editor->message());
    EXPECT_EQ(centralCount(database, QStringLiteral("SELECT count(*) FROM training_scenarios")), 1);
    editor->close();

    // A course of it, and the trainee's attempt at the centre: F5 shows the trainee with it.
    const QString leadToken = signInToken(central.url(), QStringLiteral("lead1"));
    const Course course{QStringLiteral("week1"), QStringLiteral("第一周"), {QStringLiteral("lamp-01")}, 80.0, false};
    ASSERT_EQ(http(central.url(), "PUT", QStringLiteral("/api/v1/training/courses/week1"), QJsonDocument(course.toJson()).toJson(), leadToken).status, 200);
    TrainingAttempt attempt;
    attempt.id = QUuid::createUuid();
    attempt.trainee = QStringLiteral("trainee1");
    attempt.courseId = course.id;
    attempt.scenarioId = QStringLiteral("lamp-01");
    attempt.playedAt = QDateTime::currentDateTimeUtc();
    attempt.score.total = 87.5;
    attempt.score.charsPerMinute = 82;
    attempt.score.secondsToSubmit = 3.5;
    attempt.expectedItem = QStringLiteral("城市管理");
    attempt.expectedDistrict = QStringLiteral("西城区");
    ASSERT_EQ(http(central.url(), "POST", QStringLiteral("/api/v1/training/attempts"), QJsonDocument(attempt.toJson()).toJson(),
                   signInToken(central.url(), QStringLiteral("trainee1")))
                  .status,
              201);
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    view->table()->setFocus();
    QTest::keyClick(view->table(), Qt::Key_F5);
    ASSERT_TRUE(waitUntil([&] { return view->rows()->rowCount() == 1; }, 15000)) << qPrintable(view->messageLabel()->text());
    EXPECT_EQ(view->courseId(), QStringLiteral("week1"));
    const QModelIndex average = view->rows()->index(0, ClassView::AverageColumn);
    EXPECT_DOUBLE_EQ(average.data(ClassView::SortRole).toDouble(), 87.5);
    EXPECT_EQ(view->rows()->index(0, ClassView::LoginColumn).data().toString(), QStringLiteral("trainee1"));
}
