// SPDX-License-Identifier: GPL-3.0-or-later
// The floor live on the lead's desk and on the hall's wallboard, drawn offscreen from known
// figures (made by the centre's own FloorFigures from known orders, with the agents' part as
// the route adds it) and saved as PNG: the numbers and labels shown are checked, the tiles'
// colours read back from the picture, the wallboard driven with F11, PgDn/PgUp and Esc.
#include "figures/FloorFigures.h"
#include "lead/FloorPage.h"
#include "lead/FloorWallboard.h"
#include "lead/LeadPages.h"
#include "lead/LeadWindow.h"
#include "KeyboardDriver.h"
#include "../StoreFixture.h"
#include "kb/KnowledgeBase.h"
#include "sync/SyncEngine.h"
#include "TextFitCheck.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTabWidget>

#include <QApplication>
#include <QTranslator>

#include <gtest/gtest.h>

#include <iostream>

using namespace hotline;
using namespace hotline::test;

namespace {

const QDateTime now(QDate(2026, 12, 7), QTime(6, 30), Qt::UTC); // 14:30 in Beijing

FloorOrder order(int minutesAgo, const QString &item, const QString &district, const QString &description, bool answered,
                 const QString &channel = QStringLiteral("phone"))
{
    FloorOrder o;
    o.number = QString::number(minutesAgo) + item + description;
    o.createdAt = now.addSecs(-60 * minutesAgo);
    o.channel = channel;
    o.itemKey = item;
    o.itemName = item;
    o.districtCode = district;
    o.districtName = district == QLatin1String("110105") ? QStringLiteral("朝阳区") : QStringLiteral("西城区");
    o.firstContact = true;
    o.resolvedFirst = answered;
    o.kbArticleId = answered ? 7 : 0;
    o.description = description;
    return o;
}

// 37 orders since midnight (14 of them heating complaints in 朝阳区), 45 over the sliding day,
// calls per hour around the usual level, 20 operators.
QJsonObject knownFloor()
{
    FloorFigures figures(now, 4);
    const QStringList heating{QStringLiteral("暖气不热，室温只有十二度"), QStringLiteral("小区暖气不热已经三天"), QStringLiteral("暖气片冰凉，暖气不热")};
    for (int i = 0; i < 14; ++i)
        figures.addOrder(order(3 + 7 * i, QStringLiteral("供暖"), QStringLiteral("110105"), heating.at(i % 3), i % 2 == 0));
    for (int i = 0; i < 23; ++i)
        figures.addOrder(order(20 + 35 * i, QStringLiteral("路灯"), QStringLiteral("110102"), QStringLiteral("路灯不亮"), i % 3 != 0,
                               i % 5 == 0 ? QStringLiteral("open311") : QStringLiteral("phone")));
    for (int i = 0; i < 8; ++i)
        figures.addOrder(order(900 + 60 * i, QStringLiteral("路灯"), QStringLiteral("110102"), QStringLiteral("路灯不亮"), true));
    for (int hour = 0; hour < 25; ++hour) {
        const QDateTime at = QDateTime(now.date(), QTime(now.time().hour(), 0), Qt::UTC).addSecs(-3600 * hour);
        figures.addCalls(0, at, 10 + (hour * 7) % 13);
        for (int week = 1; week <= 4; ++week) {
            figures.addCalls(week, at.addDays(-7 * week), 12);
            figures.addUsualOrders(week, at.addDays(-7 * week), QStringLiteral("路灯"), QStringLiteral("110102"), 1);
        }
    }
    QJsonObject json = figures.toJson();
    json.insert(QStringLiteral("agents"), QJsonObject{{QStringLiteral("ready"), 9}, {QStringLiteral("in_call"), 6},
                                                      {QStringLiteral("after_call"), 1}, {QStringLiteral("not_ready"), 4},
                                                      {QStringLiteral("offline"), 3}});
    json.insert(QStringLiteral("longestAfterCallSeconds"), 320);
    json.insert(QStringLiteral("pendingReview"), 3);
    json.insert(QStringLiteral("overdue"), 2);
    for (const char *window : {"today", "day"}) {
        QJsonObject w = json.value(QLatin1String(window)).toObject();
        w.insert(QStringLiteral("afterCalls"), 40);
        w.insert(QStringLiteral("afterCallMeanSeconds"), 48.0);
        json.insert(QLatin1String(window), w);
    }
    return json;
}

QString artefact(const QString &name)
{
    const QString dir = QStringLiteral(HOTLINE_ARTIFACT_DIR);
    EXPECT_TRUE(QDir().mkpath(dir));
    return dir + u'/' + name;
}

QColor middleOf(const QImage &image, const QWidget *root, const QWidget *widget)
{
    const QPoint at = widget->mapTo(root, QPoint(6, widget->height() / 2)) * image.devicePixelRatio();
    return image.pixelColor(at);
}

} // namespace

TEST(FloorPageTest, DashboardAndWallboardShowTheKnownFloor)
{
    const QJsonObject figures = knownFloor();
    ASSERT_EQ(figures[QLatin1String("today")][QLatin1String("orders")].toInt(), 37);
    int asked = 0;
    FloorPage page([&](const QString &path, const FloorPage::Answer &answer) {
        ++asked;
        EXPECT_EQ(path, QStringLiteral("/api/v1/floor"));
        answer(figures, {});
    });
    QSignalSpy flagged(&page, &FloorPage::surgesFlagged);
    page.resize(1280, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    EXPECT_EQ(asked, 1) << "asked once when shown";
    ASSERT_EQ(flagged.size(), 1);
    EXPECT_EQ(flagged.at(0).at(0).toStringList(), QStringList{QStringLiteral("朝阳区 · 供暖：今日 14 件，往常 0.0 件")});
    const auto *alert = page.findChild<QLabel *>(QStringLiteral("floorSurgeAlert"));
    EXPECT_TRUE(alert->isVisible());
    EXPECT_EQ(alert->text(), QStringLiteral("突发诉求：朝阳区 · 供暖：今日 14 件，往常 0.0 件"));
    QTest::qWait(50);

    // The tiles: numbers, names and colours by the default thresholds.
    EXPECT_EQ(page.tile(FloorMetric::Orders)->value(), QStringLiteral("37"));
    EXPECT_EQ(page.tile(FloorMetric::Orders)->title(), QStringLiteral("新建工单"));
    const int calls = figures[QLatin1String("today")][QLatin1String("calls")].toInt();
    EXPECT_EQ(page.tile(FloorMetric::Calls)->value(), QString::number(calls));
    EXPECT_EQ(page.tile(FloorMetric::Fcr)->value(), QStringLiteral("59.5%")) << "7 of 14 heating and 15 of 23 lamps: 22 / 37";
    EXPECT_EQ(page.tile(FloorMetric::Fcr)->level(), FloorTile::Level::Amber) << "under 70 %";
    EXPECT_EQ(page.tile(FloorMetric::Overdue)->value(), QStringLiteral("2"));
    EXPECT_EQ(page.tile(FloorMetric::Overdue)->level(), FloorTile::Level::Amber);
    EXPECT_EQ(page.tile(FloorMetric::AfterCall)->level(), FloorTile::Level::Red) << "320 s of after-call work";
    EXPECT_EQ(page.tile(FloorMetric::NotReady)->detail(), QStringLiteral("占在岗 20.0%"));
    EXPECT_EQ(page.tile(FloorMetric::NotReady)->level(), FloorTile::Level::Amber);
    EXPECT_EQ(page.tile(FloorMetric::Ready)->level(), FloorTile::Level::Normal);
    EXPECT_EQ(page.tile(FloorMetric::PendingReview)->value(), QStringLiteral("3"));

    // The charts: one bar per hour from 0 to 14, the usual calls as a line; the agents' slices.
    auto *axis = qobject_cast<QBarCategoryAxis *>(page.hoursChart()->axes(Qt::Horizontal).value(0));
    ASSERT_NE(axis, nullptr);
    EXPECT_EQ(axis->categories().size(), 15);
    EXPECT_EQ(axis->categories().last(), QStringLiteral("14"));
    auto *bars = qobject_cast<QBarSeries *>(page.hoursChart()->series().value(0));
    ASSERT_NE(bars, nullptr);
    EXPECT_EQ(bars->barSets().at(0)->label(), QStringLiteral("来电"));
    EXPECT_DOUBLE_EQ(bars->barSets().at(0)->at(14), 10) << "the hour now: 10 calls";
    auto *pie = qobject_cast<QPieSeries *>(page.agentsChart()->series().value(0));
    ASSERT_NE(pie, nullptr);
    QStringList slices;
    for (const QPieSlice *slice : pie->slices())
        slices.append(slice->label());
    EXPECT_EQ(slices, (QStringList{QStringLiteral("空闲 9"), QStringLiteral("通话中 6"), QStringLiteral("话后处理 1"), QStringLiteral("示忙 4")}));

    // First-call resolution by channel and item; the heating surge with its phrase and article.
    QStringList fcr;
    for (int row = 0; row < page.fcrTable()->rowCount(); ++row)
        fcr.append(page.fcrTable()->item(row, 0)->text() + u' ' + page.fcrTable()->item(row, 3)->text());
    EXPECT_TRUE(fcr.contains(QStringLiteral("供暖 50.0%"))) << qPrintable(fcr.join(u'|'));
    EXPECT_TRUE(fcr.contains(QStringLiteral("渠道：网上（Open311） 60.0%"))) << qPrintable(fcr.join(u'|'));
    ASSERT_EQ(page.surgeTable()->rowCount(), 1);
    EXPECT_EQ(page.surgeTable()->item(0, 0)->text(), QStringLiteral("朝阳区"));
    EXPECT_EQ(page.surgeTable()->item(0, 1)->text(), QStringLiteral("供暖"));
    EXPECT_EQ(page.surgeTable()->item(0, 2)->text(), QStringLiteral("14"));
    EXPECT_EQ(page.surgeTable()->item(0, 4)->text(), QStringLiteral("暖气不热(14)、小区暖气不热已经三天(5)、室温只有十二度(5)"))
        << "whole clauses said alike, not their parts";
    EXPECT_TRUE(page.surgeTable()->item(0, 4)->toolTip().endsWith(QStringLiteral("、暖气片冰凉(4)"))) << "all of them in the tooltip";
    EXPECT_EQ(page.surgeTable()->item(0, 5)->text(), QStringLiteral("#7（7 次）"));

    const QImage dashboard = page.grab().toImage();
    EXPECT_TRUE(dashboard.save(artefact(QStringLiteral("floor-dashboard-zh.png"))));
    EXPECT_EQ(middleOf(dashboard, &page, page.tile(FloorMetric::Overdue)), QColor(QStringLiteral("#ffb300")));
    EXPECT_EQ(middleOf(dashboard, &page, page.tile(FloorMetric::AfterCall)), QColor(QStringLiteral("#d32f2f")));
    EXPECT_EQ(middleOf(dashboard, &page, page.tile(FloorMetric::Ready)), QColor(QStringLiteral("#263238")));
    TextFitCheck fit;
    fit.check(page, QStringLiteral("floor/today"));
    EXPECT_TRUE(fit.offences().isEmpty()) << qPrintable(fit.offences().join(u'\n'));

    // The sliding day, chosen with the keyboard: 8 more orders before midnight.
    auto *window = page.findChild<QComboBox *>(QStringLiteral("floorWindow"));
    window->setFocus();
    KeyboardDriver::key(Qt::Key_Down);
    EXPECT_EQ(page.window(), QStringLiteral("day"));
    EXPECT_EQ(page.tile(FloorMetric::Orders)->value(), QStringLiteral("45"));
    EXPECT_EQ(axis->categories().size(), 25);
    EXPECT_EQ(axis->categories().first(), QStringLiteral("昨14")) << "the day begins in the hour it ends in, a day earlier";
    fit.check(page, QStringLiteral("floor/day"));
    EXPECT_TRUE(fit.offences().isEmpty()) << qPrintable(fit.offences().join(u'\n'));
    KeyboardDriver::key(Qt::Key_F5);
    EXPECT_EQ(asked, 2) << "F5 asks again";

    // F11: the wallboard, full screen, on its first page; PgDn/PgUp turn it, Esc leaves.
    KeyboardDriver::key(Qt::Key_F11);
    FloorWallboard *board = page.wallboard();
    ASSERT_NE(board, nullptr);
    EXPECT_TRUE(board->isFullScreen());
    // The offscreen screen is small: drawn at the hall's 1920×1080 instead.
    board->showNormal();
    board->resize(1920, 1080);
    board->activateWindow();
    board->setFocus();
    QTest::qWait(50);
    EXPECT_EQ(board->page(), 0);
    EXPECT_EQ(board->tile(FloorMetric::Orders)->value(), QStringLiteral("37")) << "the wallboard shows since midnight";
    EXPECT_EQ(board->tile(FloorMetric::Overdue)->level(), FloorTile::Level::Amber);
    const auto *heading = board->findChild<QLabel *>(QStringLiteral("wallboardHeading"));
    EXPECT_TRUE(heading->text().contains(QStringLiteral("来电与工单"))) << qPrintable(heading->text());
    EXPECT_TRUE(heading->text().contains(QStringLiteral("1/3")));
    EXPECT_TRUE(heading->text().contains(QStringLiteral("14:30")));
    QImage first = board->grab().toImage();
    EXPECT_TRUE(first.save(artefact(QStringLiteral("floor-wallboard-zh-1.png"))));
    EXPECT_EQ(middleOf(first, board, board->tile(FloorMetric::Overdue)), QColor(QStringLiteral("#ffb300")));
    EXPECT_GE(board->tile(FloorMetric::Orders)->findChild<QLabel *>(QStringLiteral("tileValue"))->font().pointSize(), 72)
        << "large type for ten metres";
    TextFitCheck firstFit;
    firstFit.check(*board, QStringLiteral("wallboard/calls"));
    EXPECT_TRUE(firstFit.offences().isEmpty()) << qPrintable(firstFit.offences().join(u'\n'));
    QTest::keyClick(board, Qt::Key_PageDown);
    EXPECT_EQ(board->page(), 1);
    EXPECT_EQ(board->tile(FloorMetric::AfterCall)->level(), FloorTile::Level::Red);
    EXPECT_TRUE(board->grab().save(artefact(QStringLiteral("floor-wallboard-zh-2.png"))));
    QTest::keyClick(board, Qt::Key_PageDown);
    EXPECT_EQ(board->page(), 2);
    const auto *surges = board->findChild<QLabel *>(QStringLiteral("wallboardSurges"));
    EXPECT_TRUE(surges->text().contains(QStringLiteral("朝阳区 · 供暖：今日 14 件"))) << qPrintable(surges->text());
    EXPECT_TRUE(surges->text().contains(QStringLiteral("暖气不热、小区暖气不热已经三天、室温只有十二度"))) << qPrintable(surges->text());
    TextFitCheck boardFit;
    boardFit.check(*board, QStringLiteral("wallboard/surges"));
    EXPECT_TRUE(boardFit.offences().isEmpty()) << qPrintable(boardFit.offences().join(u'\n'));
    EXPECT_TRUE(board->grab().save(artefact(QStringLiteral("floor-wallboard-zh-3.png"))));
    QTest::keyClick(board, Qt::Key_PageDown);
    EXPECT_EQ(board->page(), 0) << "round again";
    QTest::keyClick(board, Qt::Key_PageUp);
    EXPECT_EQ(board->page(), 2);
    // A refresh reaches the wallboard too.
    QJsonObject later = figures;
    later.insert(QStringLiteral("overdue"), 12);
    page.showFigures(later);
    EXPECT_EQ(board->tile(FloorMetric::Overdue)->value(), QStringLiteral("12"));
    EXPECT_EQ(board->tile(FloorMetric::Overdue)->level(), FloorTile::Level::Red);
    EXPECT_EQ(flagged.size(), 1) << "the same surge is no news";
    EXPECT_TRUE(alert->isVisibleTo(&page));
    later.insert(QStringLiteral("surges"), QJsonArray());
    page.showFigures(later);
    EXPECT_FALSE(alert->isVisibleTo(&page)) << "gone with the surge";
    page.showFigures(figures);
    EXPECT_EQ(flagged.size(), 2) << "back again: news again";
    QTest::keyClick(board, Qt::Key_Escape);
    QTest::qWait(20);
    EXPECT_TRUE(page.wallboard() == nullptr || !page.wallboard()->isVisible());
}

// In English: the dashboard's tiles, charts and tables and the wallboard's three pages all fit
// (the hall's LCD at 1920x1080, the lead's window at 1280x800).
TEST(FloorPageTest, DashboardAndWallboardFitInEnglish)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral(HOTLINE_EN_QM))) << HOTLINE_EN_QM;
    QApplication::installTranslator(&translator);
    const QJsonObject figures = knownFloor();
    FloorPage page([&](const QString &, const FloorPage::Answer &answer) { answer(figures, {}); });
    page.resize(1280, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QTest::qWait(50);
    EXPECT_FALSE(page.tile(FloorMetric::Orders)->title().contains(QStringLiteral("工单"))) << qPrintable(page.tile(FloorMetric::Orders)->title());
    TextFitCheck fit;
    fit.check(page, QStringLiteral("en/floor"));
    EXPECT_TRUE(page.grab().save(artefact(QStringLiteral("floor-dashboard-en.png"))));
    page.openWallboard();
    FloorWallboard *board = page.wallboard();
    ASSERT_NE(board, nullptr);
    board->showNormal();
    board->resize(1920, 1080);
    board->setFocus();
    QTest::qWait(50);
    for (int turn = 0; turn < 3; ++turn) {
        fit.check(*board, QStringLiteral("en/wallboard/%1").arg(turn + 1));
        EXPECT_TRUE(board->grab().save(artefact(QStringLiteral("floor-wallboard-en-%1.png").arg(turn + 1))));
        QTest::keyClick(board, Qt::Key_PageDown);
    }
    QTest::keyClick(board, Qt::Key_Escape);
    QApplication::removeTranslator(&translator);
    std::cout << "[ figures  ] en: " << fit.checked() << " texts checked on the floor and the wallboard, " << fit.offences().size() << " cut" << std::endl;
    EXPECT_TRUE(fit.offences().isEmpty()) << qPrintable(fit.offences().join(u'\n'));
}

TEST(FloorPageTest, AFailedAnswerIsSaidAndThePageIsInTheLeadWindow)
{
    FloorPage page([](const QString &, const FloorPage::Answer &answer) { answer(std::nullopt, QStringLiteral("离线")); });
    page.resize(1280, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    EXPECT_EQ(page.findChild<QLabel *>(QStringLiteral("floorStatus"))->text(), QStringLiteral("未能取得现场数据：离线"));
    EXPECT_EQ(page.tile(FloorMetric::Orders)->value(), QStringLiteral("—"));

    // In the lead window as addLeadPages puts it, asking through the desk's sync (not signed in here).
    StoreFixture fx;
    KnowledgeBase kb{*fx.store, StoreFixture::pinyin()};
    SyncEngine sync{*fx.store, kb.articles()};
    LeadWindow window(*fx.store, sync);
    addLeadPages(window);
    auto *floor = window.findChild<FloorPage *>(QStringLiteral("floorPage"));
    ASSERT_NE(floor, nullptr);
    const int at = window.pages()->indexOf(floor);
    ASSERT_GE(at, 0);
    EXPECT_EQ(window.pages()->tabText(at), QStringLiteral("现场"));
    window.pages()->setCurrentIndex(at);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(floor->findChild<QLabel *>(QStringLiteral("floorStatus"))->text(), QStringLiteral("未能取得现场数据：未登录中心"));
}
