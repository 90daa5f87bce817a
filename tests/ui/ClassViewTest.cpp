// SPDX-License-Identifier: GPL-3.0-or-later
// The team lead's class view (培训, Ctrl+5 in the lead window) and the trainee's own progress,
// fed a known class: a row per trainee with the figures counted by hand, columns sorting in
// pinyin order and by number, arrows and Enter from trainee to their progress and back, Ctrl+F
// filtering by name, the course picker, the texts fitting at 1280x800 in English (none left in
// Chinese), and pictures of the view in test-artifacts (class-view-zh.png, class-view-en.png).
#include "../StoreFixture.h"
#include "../TrainingSamples.h"
#include "KeyboardDriver.h"
#include "TextFitCheck.h"
#include "kb/KnowledgeBase.h"
#include "lead/LeadPages.h"
#include "lead/LeadWindow.h"
#include "sync/SyncEngine.h"
#include "text/TextNormalizer.h"
#include "training/ClassView.h"
#include "training/MyProgressView.h"
#include "training/ProgressDetailView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

#include <iostream>

using namespace hotline;
using namespace hotline::test;

namespace {

struct ClassData {
    QList<Course> courses;
    QList<TrainingAttempt> attempts;
    QHash<QString, QString> names;
    QHash<QString, QString> titles;
};

QDateTime at(int day, int minute = 0) { return QDateTime(QDate(2026, 12, day), QTime(9, minute), Qt::UTC); }

// Five trainees in a practice course of three scenarios and an exam of two:
//   张三 zhangsan  s1 70, 90; s2 80            2/3, average best (90+80+0)/3 = 56.7; exam 88, 84 → passed 86.0
//   李四 lisi      s1 95; s2 85; s3 75         3/3, 85.0; exam s1 70 only → one missing
//   王五 wangwu    s1 40, 50                   1/3, 16.7; weakest item 城乡建设 (35%)
//   赵六 zhaoliu   nothing yet                 0/3, 0.0
//   阿明 aming     s3 60                       1/3, 20.0
ClassData classData()
{
    ClassData data;
    const QString practice = QStringLiteral("c-practice");
    const QString exam = QStringLiteral("c-exam");
    const QString s1 = QStringLiteral("s1"), s2 = QStringLiteral("s2"), s3 = QStringLiteral("s3");
    data.courses = {Course{practice, QStringLiteral("第一周：供热与社保"), {s1, s2, s3}, 80.0, false},
                    Course{exam, QStringLiteral("第一周考试"), {s1, s2}, 80.0, true}};
    data.names = {{QStringLiteral("zhangsan"), QStringLiteral("张三")}, {QStringLiteral("lisi"), QStringLiteral("李四")},
                  {QStringLiteral("wangwu"), QStringLiteral("王五")},   {QStringLiteral("zhaoliu"), QStringLiteral("赵六")},
                  {QStringLiteral("aming"), QStringLiteral("阿明")}};
    data.titles = {{s1, QStringLiteral("暖气不热")}, {s2, QStringLiteral("社保卡补办")}, {s3, QStringLiteral("夜间施工噪音")}};
    const QString labour = QStringLiteral("劳动和社会保障");
    const QString chaoyang = QStringLiteral("朝阳区");
    const auto add = [&](const char *login, const QString &course, const QString &scenario, double total, double accuracy,
                         const QDateTime &when, bool isExam = false) {
        const bool social = scenario == s2;
        TrainingAttempt attempt = attemptOf(QString::fromLatin1(login), course, scenario, total, accuracy, when, isExam,
                                            social ? labour : QStringLiteral("城乡建设"),
                                            social ? chaoyang : QStringLiteral("西城区"));
        attempt.score.charsPerMinute = 40 + total / 2;
        attempt.score.secondsToSubmit = 3 + (100 - total) / 10;
        attempt.score.keystrokes = int(250 + total);
        attempt.score.silenceSeconds = (100 - total) / 5;
        data.attempts.append(attempt);
    };
    add("zhangsan", practice, s1, 70, 0.6, at(1));
    add("zhangsan", practice, s1, 90, 0.9, at(2));
    add("zhangsan", practice, s2, 80, 0.8, at(2, 10));
    add("lisi", practice, s1, 95, 0.95, at(1));
    add("lisi", practice, s2, 85, 0.85, at(1, 10));
    add("lisi", practice, s3, 75, 0.7, at(1, 20));
    add("wangwu", practice, s1, 40, 0.3, at(1));
    add("wangwu", practice, s1, 50, 0.4, at(2));
    add("aming", practice, s3, 60, 0.6, at(3));
    add("zhangsan", exam, s1, 88, 0.9, at(5), true);
    add("zhangsan", exam, s2, 84, 0.8, at(5, 10), true);
    add("lisi", exam, s1, 70, 0.7, at(5), true);
    return data;
}

QStringList column(const ClassView &view, int col)
{
    QStringList texts;
    for (int row = 0; row < view.rows()->rowCount(); ++row)
        texts.append(view.rows()->index(row, col).data().toString());
    return texts;
}

void clickHeader(const ClassView &view, int col)
{
    QHeaderView *header = view.table()->horizontalHeader();
    const QPoint middle(header->sectionViewportPosition(col) + header->sectionSize(col) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
}

QString artefact(const QString &name)
{
    const QString dir = QStringLiteral(HOTLINE_ARTIFACT_DIR);
    EXPECT_TRUE(QDir().mkpath(dir));
    return dir + u'/' + name;
}

} // namespace

TEST(ClassViewTest, RowsCarryEachTraineesFigures)
{
    const ClassData data = classData();
    ClassView view;
    QAbstractItemModelTester tester{view.rows(), QAbstractItemModelTester::FailureReportingMode::Fatal};
    QSignalSpy courses(&view, &ClassView::courseChanged);
    view.setClass(data.courses, data.attempts, data.names, data.titles);
    EXPECT_EQ(courses.count(), 0); // filling the picker is not a choice
    EXPECT_EQ(view.courseId(), QStringLiteral("c-practice"));
    ASSERT_EQ(view.rows()->rowCount(), 5);
    // Pinyin order by name: a, li, wang, zhang, zhao.
    EXPECT_EQ(column(view, ClassView::NameColumn),
              (QStringList{QStringLiteral("阿明"), QStringLiteral("李四"), QStringLiteral("王五"), QStringLiteral("张三"),
                           QStringLiteral("赵六")}));
    ASSERT_TRUE(view.selectTrainee(QStringLiteral("zhangsan")));
    const int row = view.table()->currentIndex().row();
    const auto cell = [&](int col) { return view.rows()->index(row, col).data().toString(); };
    EXPECT_EQ(cell(ClassView::LoginColumn), QStringLiteral("zhangsan"));
    EXPECT_EQ(cell(ClassView::ProgressColumn), QStringLiteral("2/3"));
    EXPECT_EQ(cell(ClassView::AverageColumn), QStringLiteral("56.7"));
    EXPECT_EQ(cell(ClassView::ExamColumn), QStringLiteral("—")); // not an exam course
    // Averages over 70, 90, 80: chars/min 40 + total/2 → 80; submit 3 + (100−total)/10 → 5.0.
    EXPECT_EQ(cell(ClassView::SpeedColumn), QStringLiteral("80"));
    EXPECT_EQ(cell(ClassView::SubmitColumn), QStringLiteral("5.0"));
    EXPECT_EQ(cell(ClassView::KeystrokesColumn), QStringLiteral("330"));
    EXPECT_EQ(cell(ClassView::SilenceColumn), QStringLiteral("4.0"));
    EXPECT_EQ(cell(ClassView::WeakItemColumn), QStringLiteral("城乡建设")); // s1 twice
    EXPECT_EQ(cell(ClassView::WeakDistrictColumn), QStringLiteral("西城区"));
    // The one who has not played: a row of dashes, not zeros passed off as figures.
    ASSERT_TRUE(view.selectTrainee(QStringLiteral("zhaoliu")));
    const int idle = view.table()->currentIndex().row();
    EXPECT_EQ(view.rows()->index(idle, ClassView::ProgressColumn).data().toString(), QStringLiteral("0/3"));
    EXPECT_EQ(view.rows()->index(idle, ClassView::SpeedColumn).data().toString(), QStringLiteral("—"));
    EXPECT_EQ(view.detail()->figuresLabel()->text(), QStringLiteral("还没有练习"));

    // The exam course: the first exam attempts against the pass mark.
    ASSERT_TRUE(view.setCourse(QStringLiteral("c-exam")));
    ASSERT_EQ(courses.count(), 1);
    EXPECT_EQ(courses.at(0).at(0).toString(), QStringLiteral("c-exam"));
    ASSERT_TRUE(view.selectTrainee(QStringLiteral("zhangsan")));
    EXPECT_EQ(view.rows()->index(view.table()->currentIndex().row(), ClassView::ExamColumn).data().toString(),
              QStringLiteral("通过 86.0"));
    EXPECT_EQ(view.detail()->examLabel()->text(), QStringLiteral("通过（86.0 / 80.0）"));
    ASSERT_TRUE(view.selectTrainee(QStringLiteral("lisi")));
    EXPECT_EQ(view.rows()->index(view.table()->currentIndex().row(), ClassView::ExamColumn).data().toString(),
              QStringLiteral("差 1 个"));
    EXPECT_TRUE(view.detail()->examLabel()->text().contains(QStringLiteral("s2")));
    EXPECT_FALSE(view.setCourse(QStringLiteral("no-such-course")));
}

TEST(ClassViewTest, ColumnsSortByNumberAndInChineseOrder)
{
    const ClassData data = classData();
    ClassView view;
    view.resize(1280, 700);
    view.setClass(data.courses, data.attempts, data.names, data.titles);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    // A click on 平均分 sorts ascending, a second descending.
    clickHeader(view, ClassView::AverageColumn);
    EXPECT_EQ(column(view, ClassView::AverageColumn),
              (QStringList{QStringLiteral("0.0"), QStringLiteral("16.7"), QStringLiteral("20.0"), QStringLiteral("56.7"),
                           QStringLiteral("85.0")}));
    clickHeader(view, ClassView::AverageColumn);
    EXPECT_EQ(column(view, ClassView::LoginColumn).first(), QStringLiteral("lisi"));
    // Seconds to submit: the one who never filed (—) sorts after every figure.
    clickHeader(view, ClassView::SubmitColumn);
    EXPECT_EQ(column(view, ClassView::SubmitColumn).last(), QStringLiteral("—"));
    // Weakest item in Chinese order with the dashes last: 城乡建设 (cheng) for 张三 and 王五.
    clickHeader(view, ClassView::WeakItemColumn);
    const QStringList items = column(view, ClassView::WeakItemColumn);
    EXPECT_EQ(items.mid(0, 2), (QStringList{QStringLiteral("城乡建设"), QStringLiteral("城乡建设")}));
    EXPECT_EQ(items.last(), QStringLiteral("—"));
    // Back to names, descending: zhao, zhang, wang, li, a.
    clickHeader(view, ClassView::NameColumn);
    if (view.table()->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder)
        clickHeader(view, ClassView::NameColumn);
    EXPECT_EQ(column(view, ClassView::NameColumn).first(), QStringLiteral("赵六"));
    EXPECT_EQ(column(view, ClassView::NameColumn).last(), QStringLiteral("阿明"));
    // The order survives fresh data.
    view.setClass(data.courses, data.attempts, data.names, data.titles);
    EXPECT_EQ(column(view, ClassView::NameColumn).first(), QStringLiteral("赵六"));
}

TEST(ClassViewTest, ArrowsEnterAndEscapeWalkTheClass)
{
    const ClassData data = classData();
    ClassView view;
    view.resize(1280, 700);
    view.setClass(data.courses, data.attempts, data.names, data.titles);
    view.show();
    QApplication::setActiveWindow(&view);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    view.setFocus();
    ASSERT_EQ(KeyboardDriver::focused(), view.table());
    EXPECT_EQ(view.currentTrainee(), QStringLiteral("aming"));
    KeyboardDriver::key(Qt::Key_Down);
    KeyboardDriver::key(Qt::Key_Down);
    EXPECT_EQ(view.currentTrainee(), QStringLiteral("wangwu"));
    EXPECT_TRUE(view.detail()->headingLabel()->text().startsWith(QStringLiteral("王五（wangwu）")));
    KeyboardDriver::key(Qt::Key_Down);
    EXPECT_EQ(view.currentTrainee(), QStringLiteral("zhangsan"));

    QSignalSpy opened(&view, &ClassView::traineeOpened);
    KeyboardDriver::key(Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).toString(), QStringLiteral("zhangsan"));
    QTableWidget *scenarios = view.detail()->scenarioTable();
    EXPECT_EQ(KeyboardDriver::focused(), scenarios);
    ASSERT_EQ(scenarios->rowCount(), 3);
    // 暖气不热: 2 tries, best 90, last 90; 社保卡补办 once 80; 夜间施工噪音 not yet.
    EXPECT_EQ(scenarios->item(0, 0)->text(), QStringLiteral("暖气不热"));
    EXPECT_EQ(scenarios->item(0, 1)->text(), QStringLiteral("2"));
    EXPECT_EQ(scenarios->item(0, 2)->text(), QStringLiteral("90.0"));
    EXPECT_EQ(scenarios->item(1, 3)->text(), QStringLiteral("80.0"));
    EXPECT_EQ(scenarios->item(2, 2)->text(), QStringLiteral("未练"));
    EXPECT_TRUE(view.detail()->weakItemsLabel()->text().startsWith(QStringLiteral("城乡建设 75%（2 次）")))
        << qPrintable(view.detail()->weakItemsLabel()->text());
    KeyboardDriver::key(Qt::Key_Down);
    EXPECT_EQ(scenarios->currentRow(), 1);
    KeyboardDriver::key(Qt::Key_Escape);
    EXPECT_EQ(KeyboardDriver::focused(), view.table());
    EXPECT_EQ(view.currentTrainee(), QStringLiteral("zhangsan"));
    KeyboardDriver::key(Qt::Key_Up);
    EXPECT_EQ(view.currentTrainee(), QStringLiteral("wangwu"));
}

TEST(ClassViewTest, CtrlFFiltersByNameOrLogin)
{
    const ClassData data = classData();
    ClassView view;
    view.resize(1280, 700);
    view.setClass(data.courses, data.attempts, data.names, data.titles);
    view.show();
    QApplication::setActiveWindow(&view);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    view.setFocus();
    KeyboardDriver::key(Qt::Key_F, Qt::ControlModifier);
    ASSERT_EQ(KeyboardDriver::focused(), view.filterField());
    // A name through the input method.
    KeyboardDriver::commit(QStringLiteral("李"));
    ASSERT_EQ(view.rows()->rowCount(), 1);
    EXPECT_EQ(view.currentTrainee(), QStringLiteral("lisi"));
    EXPECT_TRUE(view.detail()->headingLabel()->text().startsWith(QStringLiteral("李四")));
    // A login typed; Down walks what is left, Enter opens from the filter.
    view.filterField()->clear();
    KeyboardDriver::type(QStringLiteral("zha"));
    ASSERT_EQ(view.rows()->rowCount(), 2); // zhangsan, zhaoliu
    KeyboardDriver::key(Qt::Key_Up);
    EXPECT_EQ(view.currentTrainee(), QStringLiteral("zhangsan"));
    KeyboardDriver::key(Qt::Key_Down);
    EXPECT_EQ(view.currentTrainee(), QStringLiteral("zhaoliu"));
    QSignalSpy opened(&view, &ClassView::traineeOpened);
    KeyboardDriver::key(Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).toString(), QStringLiteral("zhaoliu"));
    // Esc in the filter clears it and goes back to the table.
    KeyboardDriver::key(Qt::Key_F, Qt::ControlModifier);
    KeyboardDriver::type(QStringLiteral("nobody"));
    EXPECT_EQ(view.rows()->rowCount(), 0);
    EXPECT_EQ(view.detail()->headingLabel()->text(), QStringLiteral("没有选中学员"));
    KeyboardDriver::key(Qt::Key_Escape);
    EXPECT_EQ(view.rows()->rowCount(), 5);
    EXPECT_EQ(KeyboardDriver::focused(), view.table());
    // F5 asks the owner for fresh data.
    QSignalSpy refresh(&view, &ClassView::refreshRequested);
    KeyboardDriver::key(Qt::Key_F5);
    EXPECT_EQ(refresh.count(), 1);
}

TEST(ClassViewTest, MyProgressShowsTheTraineesOwnCourse)
{
    const ClassData data = classData();
    MyProgressView view;
    view.setProgress(QStringLiteral("zhangsan"), QStringLiteral("张三"), data.courses, data.attempts, data.titles);
    ASSERT_EQ(view.courseId(), QStringLiteral("c-practice"));
    EXPECT_EQ(view.progress().done, 2);
    EXPECT_EQ(view.progress().figures.attempts, 3); // the exam attempts belong to the exam course
    EXPECT_EQ(view.detail()->scenarioTable()->item(0, 1)->text(), QStringLiteral("2"));
    EXPECT_EQ(view.detail()->examLabel()->text(), QStringLiteral("不是考试"));
    QSignalSpy changed(&view, &MyProgressView::courseChanged);
    ASSERT_TRUE(view.setCourse(QStringLiteral("c-exam")));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(view.detail()->examLabel()->text(), QStringLiteral("通过（86.0 / 80.0）"));
    EXPECT_EQ(view.detail()->scenarioTable()->rowCount(), 2);
    // Another trainee's attempts never show here.
    view.setProgress(QStringLiteral("zhaoliu"), {}, data.courses, data.attempts, data.titles);
    EXPECT_EQ(view.progress().figures.attempts, 0);
    EXPECT_TRUE(view.detail()->headingLabel()->text().startsWith(QStringLiteral("zhaoliu")));
}

TEST(ClassViewTest, LeadWindowsFifthPageFitsInEnglishAndIsPictured)
{
    StoreFixture fx;
    KnowledgeBase kb{*fx.store, StoreFixture::pinyin()};
    SyncEngine sync{*fx.store, kb.articles()};
    const ClassData data = classData();
    const auto showClass = [&](LeadWindow &window) {
        ClassView *view = classViewOf(window);
        EXPECT_NE(view, nullptr);
        view->setClass(data.courses, data.attempts, data.names, data.titles);
        window.resize(1280, 800);
        window.show();
        QApplication::setActiveWindow(&window);
        EXPECT_TRUE(QTest::qWaitForWindowActive(&window));
        KeyboardDriver::key(Qt::Key_5, Qt::ControlModifier);
        EXPECT_EQ(window.pages()->currentWidget(), view);
        EXPECT_EQ(KeyboardDriver::focused(), view->table());
        view->selectTrainee(QStringLiteral("zhangsan"));
        QTest::qWait(30);
        return view;
    };
    {
        LeadWindow window(*fx.store, sync);
        addLeadPages(window);
        ASSERT_EQ(window.pages()->count(), 5);
        EXPECT_EQ(window.pages()->tabText(4), QStringLiteral("培训"));
        showClass(window);
        TextFitCheck fit;
        fit.check(window, QStringLiteral("zh/trainingPage"));
        EXPECT_TRUE(fit.offences().isEmpty()) << qPrintable(fit.offences().join(u'\n'));
        EXPECT_TRUE(window.grab().save(artefact(QStringLiteral("class-view-zh.png"))));
    }
    QTranslator english;
    ASSERT_TRUE(english.load(QStringLiteral(HOTLINE_EN_QM))) << HOTLINE_EN_QM;
    QApplication::installTranslator(&english);
    {
        LeadWindow window(*fx.store, sync);
        addLeadPages(window);
        ClassView *view = showClass(window);
        EXPECT_EQ(window.pages()->tabText(4), QStringLiteral("Training"));
        TextFitCheck fit;
        fit.check(window, QStringLiteral("en/trainingPage"));
        // The exam course too: its column holds the longest texts.
        ASSERT_TRUE(view->setCourse(QStringLiteral("c-exam")));
        QTest::qWait(30);
        fit.check(window, QStringLiteral("en/trainingPage/exam"));
        std::cout << "[ figures  ] en: " << fit.checked() << " texts checked on the class view, " << fit.offences().size()
                  << " cut" << std::endl;
        EXPECT_TRUE(fit.offences().isEmpty()) << qPrintable(fit.offences().join(u'\n'));
        EXPECT_TRUE(window.grab().save(artefact(QStringLiteral("class-view-en.png"))));
        // No fixed text left in Chinese (the names, items and districts are data).
        QStringList chinese;
        for (const QLabel *label : view->findChildren<QLabel *>())
            if (label->isVisibleTo(view) && TextNormalizer::containsHan(label->text())
                && !QStringList{QStringLiteral("progressHeading"), QStringLiteral("weakItems"), QStringLiteral("weakDistricts")}
                        .contains(label->objectName()))
                chinese.append(label->objectName() + u':' + label->text());
        for (int section = 0; section < ClassView::ColumnCount; ++section)
            if (TextNormalizer::containsHan(view->rows()->headerData(section, Qt::Horizontal).toString()))
                chinese.append(view->rows()->headerData(section, Qt::Horizontal).toString());
        EXPECT_TRUE(chinese.isEmpty()) << qPrintable(chinese.join(u'\n'));
    }
    QApplication::removeTranslator(&english);
}
