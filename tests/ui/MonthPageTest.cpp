// SPDX-License-Identifier: GPL-3.0-or-later
// The month in charts on the team lead's window, over a real centre with a known month: PgUp
// and PgDn change the month, Tab walks the charts, arrows the bars, Enter lists the orders
// behind the selected bar or point and Enter on one shows it.
#include "../sync/FigureFixture.h"
#include "KeyboardDriver.h"
#include "TextFitCheck.h"
#include "lead/FigureChartView.h"
#include "lead/LeadPages.h"
#include "lead/LeadWindow.h"
#include "lead/MonthPage.h"
#include "lead/ReportDialog.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {
class MonthPageTest : public ::testing::Test, protected KeyboardDriver {
protected:
    QTemporaryDir dir;
};

QStringList listed(const QTableView *table)
{
    QStringList numbers;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        numbers.append(table->model()->index(row, 0).data().toString());
    numbers.sort();
    return numbers;
}
} // namespace

TEST_F(MonthPageTest, PeriodKeysChartsAndTheOrdersBehindABar)
{
    CentralProcess central(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("central.sqlite")));
    for (const auto &[login, role] : FigureFixture::users)
        ASSERT_TRUE(central.addUser(QString::fromLatin1(login), QString::fromLatin1(role)));
    ASSERT_TRUE(central.start()) << qPrintable(central.log());
    FigureFixture known;
    known.url = central.url();
    known.signIn();
    ASSERT_TRUE(known.publishUnits());
    DeskHarness desk(dir.filePath(QStringLiteral("desk.sqlite")));
    ASSERT_TRUE(desk.signIn(central.url(), QStringLiteral("op1")));
    ASSERT_TRUE(known.seed(desk));

    DeskHarness lead(dir.filePath(QStringLiteral("lead.sqlite")));
    ASSERT_TRUE(lead.signIn(central.url(), QStringLiteral("lead1")));
    LeadWindow window(*lead.store, *lead.sync);
    addLeadPages(window);
    auto *page = window.findChild<MonthPage *>(QStringLiteral("monthPage"));
    ASSERT_NE(page, nullptr);
    auto *orders = page->findChild<QTableView *>(QStringLiteral("drillOrders"));
    QAbstractItemModelTester tester(orders->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(page, &MonthPage::loaded);
    QSignalSpy drilled(page, &MonthPage::ordersLoaded);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_TRUE(waitUntil([&] { return page->report().total.orders == 5; }, 15000))
        << qPrintable(page->findChild<QLabel *>(QStringLiteral("monthStatus"))->text());
    const QDate thisMonth = page->month();

    // The page's own Ctrl+digit in the lead window (its place among the pages).
    const int at = window.pages()->indexOf(page);
    ASSERT_GE(at, 0);
    ASSERT_LT(at, 9);
    key(Qt::Key(Qt::Key_1 + at), Qt::ControlModifier);
    auto *unitRates = page->findChild<FigureChartView *>(QStringLiteral("unitRatesChart"));
    ASSERT_EQ(focused(), unitRates);
    EXPECT_EQ(unitRates->count(), 2);

    // The month before has nothing; back again, the five orders.
    const qsizetype before = loaded.size();
    key(Qt::Key_PageUp);
    ASSERT_TRUE(waitUntil([&] { return loaded.size() > before; }, 15000));
    EXPECT_EQ(page->month(), thisMonth.addMonths(-1));
    EXPECT_EQ(page->report().total.orders, 0);
    EXPECT_EQ(page->findChild<QLabel *>(QStringLiteral("monthPeriod"))->text(),
              QStringLiteral("%1年%2月").arg(thisMonth.addMonths(-1).year()).arg(thisMonth.addMonths(-1).month()));
    key(Qt::Key_PageDown);
    ASSERT_TRUE(waitUntil([&] { return page->month() == thisMonth && page->report().total.orders == 5; }, 15000));

    // Unit 2 has the most orders (its bar first); Enter on its response bar lists the three
    // that went out to it.
    ASSERT_EQ(focused(), unitRates);
    key(Qt::Key_Home);
    qsizetype asked = drilled.size();
    key(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return drilled.size() > asked; }, 15000));
    EXPECT_EQ(listed(orders), (QStringList{known.numbers.value(QStringLiteral("B")), known.numbers.value(QStringLiteral("C")),
                                           known.numbers.value(QStringLiteral("D"))}));
    // Down to the satisfaction bars: the two callbacks that reached the citizen.
    unitRates->setFocus();
    key(Qt::Key_Down);
    key(Qt::Key_Down);
    EXPECT_EQ(unitRates->selectedSet(), 2);
    asked = drilled.size();
    key(Qt::Key_Enter);
    ASSERT_TRUE(waitUntil([&] { return drilled.size() > asked; }, 15000));
    EXPECT_EQ(listed(orders), (QStringList{known.numbers.value(QStringLiteral("B")), known.numbers.value(QStringLiteral("C"))}));

    // Tab to returns and overdue; Right to unit 1; Enter: the order it sent back, and Enter on
    // it shows the order.
    unitRates->setFocus();
    key(Qt::Key_Tab);
    auto *counts = page->findChild<FigureChartView *>(QStringLiteral("unitCountsChart"));
    ASSERT_EQ(focused(), counts);
    key(Qt::Key_Right);
    EXPECT_EQ(counts->selectedIndex(), 1);
    asked = drilled.size();
    key(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return drilled.size() > asked; }, 15000));
    ASSERT_EQ(listed(orders), QStringList{known.numbers.value(QStringLiteral("B"))});
    EXPECT_TRUE(page->findChild<QLabel *>(QStringLiteral("drillTitle"))->text().contains(QStringLiteral("西城区城市管理委员会")));
    ASSERT_EQ(focused(), orders) << "the list takes the keys once it is there";
    key(Qt::Key_Return);
    const QString detail = page->findChild<QPlainTextEdit *>(QStringLiteral("drillDetail"))->toPlainText();
    EXPECT_TRUE(detail.contains(known.numbers.value(QStringLiteral("B"))) && detail.contains(QStringLiteral("井盖丢失"))) << qPrintable(detail);

    // The trend's last point: the month's orders.
    counts->setFocus();
    key(Qt::Key_Tab);
    auto *trend = page->findChild<FigureChartView *>(QStringLiteral("trendChart"));
    ASSERT_EQ(focused(), trend);
    key(Qt::Key_End);
    EXPECT_EQ(trend->selectedIndex(), 5);
    trend->select(0, 5); // the response line
    asked = drilled.size();
    key(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return drilled.size() > asked; }, 15000));
    EXPECT_EQ(listed(orders).size(), 5);

    // The ranking: 牛街街道 first, its three appeals.
    auto *ranking = page->findChild<FigureChartView *>(QStringLiteral("rankingChart"));
    ranking->setFocus();
    key(Qt::Key_Home);
    asked = drilled.size();
    key(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return drilled.size() > asked; }, 15000));
    EXPECT_EQ(listed(orders).size(), 3);

    // A click on a bar does what Enter does: the second street's bar (广安门内街道: C and D),
    // hit in its middle as the chart places it.
    {
        auto *bars = qobject_cast<QBarSeries *>(ranking->chart()->series().value(0));
        ASSERT_NE(bars, nullptr);
        const QPointF middle = ranking->chart()->mapToPosition(QPointF(1, bars->barSets().at(0)->at(1) / 2), bars);
        const QPoint at = ranking->mapFromScene(ranking->chart()->mapToScene(middle));
        asked = drilled.size();
        QTest::mouseClick(ranking->viewport(), Qt::LeftButton, {}, at);
        ASSERT_TRUE(waitUntil([&] { return drilled.size() > asked; }, 15000));
        EXPECT_EQ(listed(orders), (QStringList{known.numbers.value(QStringLiteral("C")), known.numbers.value(QStringLiteral("D"))}));
        EXPECT_EQ(ranking->selectedIndex(), 1);
    }

    // Per category: Shift+Tab from the list back to the ranking, again to the chooser, Down to
    // 城乡建设; Tab to the ranking, whose first street (牛街街道, A and B) lists those two only.
    ASSERT_EQ(focused(), orders);
    key(Qt::Key_Backtab);
    ASSERT_EQ(focused(), ranking);
    key(Qt::Key_Backtab);
    auto *category = page->findChild<QComboBox *>(QStringLiteral("rankingCategory"));
    ASSERT_EQ(focused(), category);
    for (int i = 0; i < category->count() && category->currentData().toString() != QStringLiteral("城乡建设"); ++i)
        key(Qt::Key_Down);
    ASSERT_EQ(category->currentData().toString(), QStringLiteral("城乡建设"));
    EXPECT_EQ(ranking->category(), QStringLiteral("城乡建设"));
    key(Qt::Key_Tab);
    ASSERT_EQ(focused(), ranking);
    key(Qt::Key_Home);
    asked = drilled.size();
    key(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return drilled.size() > asked; }, 15000));
    EXPECT_EQ(listed(orders), (QStringList{known.numbers.value(QStringLiteral("A")), known.numbers.value(QStringLiteral("B"))}));
    EXPECT_TRUE(page->findChild<QLabel *>(QStringLiteral("drillTitle"))->text().contains(QStringLiteral("城乡建设")));

    // Every text of the page fits its widget, with an order's details shown.
    orders->setFocus();
    key(Qt::Key_Return);
    TextFitCheck fit;
    fit.check(window, QStringLiteral("zh/month"));
    EXPECT_GT(fit.checked(), 10);
    EXPECT_TRUE(fit.offences().isEmpty()) << qPrintable(fit.offences().join(u'\n'));

    // Ctrl+P: the report dialog offers the month's units (most orders first) and its district;
    // Down suggests the next one's file, Up goes back to unit 2; Alt+F, a file of our own, Enter.
    QSignalSpy written(page, &MonthPage::reportWritten);
    const QString pdf = dir.filePath(QStringLiteral("unit2.pdf"));
    key(Qt::Key_P, Qt::ControlModifier);
    auto *dialog = page->findChild<ReportDialog *>(QStringLiteral("reportDialog"));
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(waitUntil([&] { return dialog->isVisible() && focused() && dialog->isAncestorOf(focused()); }, 5000));
    auto *subject = dialog->findChild<QComboBox *>(QStringLiteral("reportSubject"));
    auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("reportPath"));
    ASSERT_EQ(focused(), subject);
    EXPECT_EQ(subject->count(), 3) << "two units and the district";
    EXPECT_TRUE(path->text().contains(QStringLiteral("西城区生态环境局"))) << qPrintable(path->text());
    key(Qt::Key_Down);
    EXPECT_TRUE(path->text().contains(QStringLiteral("西城区城市管理委员会"))) << qPrintable(path->text());
    key(Qt::Key_Up);
    EXPECT_EQ(dialog->scopeCode(), FigureFixture::unit2());
    fit.check(*dialog, QStringLiteral("zh/report"));
    EXPECT_TRUE(fit.offences().isEmpty()) << qPrintable(fit.offences().join(u'\n'));
    key(Qt::Key_F, Qt::AltModifier);
    ASSERT_EQ(focused(), path);
    key(Qt::Key_A, Qt::ControlModifier);
    type(pdf);
    key(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return !written.isEmpty(); }, 30000));
    EXPECT_EQ(written.first().at(0).toString(), pdf);
    EXPECT_TRUE(written.first().at(1).toString().isEmpty()) << qPrintable(written.first().at(1).toString());
    EXPECT_GT(QFileInfo(pdf).size(), 10000);
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("unit2.csv"))));

    // For the README (and a look): the page as it stands.
    QDir().mkpath(QStringLiteral(HOTLINE_ARTIFACT_DIR));
    window.grab().save(QStringLiteral(HOTLINE_ARTIFACT_DIR "/month.png"));
}

// A dispatcher sees the figures but not the citizens behind them: the centre refuses the
// drill-down, the page says so and keeps its charts; a report to a folder that cannot be
// written says that and writes nothing.
TEST_F(MonthPageTest, RefusedDrillDownAndUnwritableReportAreSaid)
{
    CentralProcess central(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("central.sqlite")));
    for (const auto &[login, role] : FigureFixture::users)
        ASSERT_TRUE(central.addUser(QString::fromLatin1(login), QString::fromLatin1(role)));
    ASSERT_TRUE(central.start()) << qPrintable(central.log());
    FigureFixture known;
    known.url = central.url();
    known.signIn();
    DeskHarness desk(dir.filePath(QStringLiteral("desk.sqlite")));
    ASSERT_TRUE(desk.signIn(central.url(), QStringLiteral("op1")));
    ASSERT_TRUE(known.seed(desk));

    DeskHarness dispatcher(dir.filePath(QStringLiteral("disp.sqlite")));
    ASSERT_TRUE(dispatcher.signIn(central.url(), QStringLiteral("disp1")));
    MonthPage page(*dispatcher.sync);
    QSignalSpy drilled(&page, &MonthPage::ordersLoaded);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    ASSERT_TRUE(waitUntil([&] { return page.report().total.orders == 5; }, 15000));
    auto *unitRates = page.findChild<FigureChartView *>(QStringLiteral("unitRatesChart"));
    unitRates->setFocus();
    ASSERT_EQ(focused(), unitRates);
    key(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return !drilled.isEmpty(); }, 15000));
    const QString said = page.findChild<QLabel *>(QStringLiteral("drillTitle"))->text();
    EXPECT_TRUE(said.contains(QStringLiteral("中心没有给出工单"))) << qPrintable(said);
    EXPECT_EQ(page.findChild<QTableView *>(QStringLiteral("drillOrders"))->model()->rowCount(), 0);
    EXPECT_EQ(unitRates->count(), 2) << "the charts stay";

    QSignalSpy written(&page, &MonthPage::reportWritten);
    const QString pdf = dir.filePath(QStringLiteral("missing/folder/unit2.pdf"));
    page.writeReport(QStringLiteral("unit"), FigureFixture::unit2(), pdf);
    ASSERT_TRUE(waitUntil([&] { return !written.isEmpty(); }, 30000));
    const QString problem = written.first().at(1).toString();
    EXPECT_TRUE(problem.contains(pdf)) << qPrintable(problem);
    EXPECT_EQ(page.findChild<QLabel *>(QStringLiteral("monthStatus"))->text(), problem);
    EXPECT_FALSE(QFileInfo::exists(pdf));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("missing/folder/unit2.csv"))));
}
