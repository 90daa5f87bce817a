// SPDX-License-Identifier: GPL-3.0-or-later
// hotline-ctl as support staff run it.
#include "ProcessHelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hotline::test;

TEST(Ctl, ImportsTheRealDataAndListsDemoOrders)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("desk.sqlite"));
    const auto divisions = ctl(store, {QStringLiteral("import"), QStringLiteral("divisions"), seedFile("beijing_divisions.csv")});
    ASSERT_EQ(divisions.exitCode, 0) << qPrintable(divisions.err);
    EXPECT_TRUE(divisions.out.contains(QStringLiteral("imported 7901 divisions")));
    const auto synonyms = ctl(store, {QStringLiteral("import"), QStringLiteral("synonyms"), seedFile("kb_synonyms.csv")});
    ASSERT_EQ(synonyms.exitCode, 0) << qPrintable(synonyms.err);
    EXPECT_TRUE(synonyms.out.contains(QStringLiteral("imported 107 synonyms")));
    ASSERT_TRUE(prepareStore(store));
    const auto seeded = ctl(store, {QStringLiteral("seed-demo")});
    ASSERT_EQ(seeded.exitCode, 0) << qPrintable(seeded.err);

    const auto list = ctl(store, {QStringLiteral("orders"), QStringLiteral("list")});
    ASSERT_EQ(list.exitCode, 0);
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines.first(), QStringLiteral("number\tcreated_at\tstatus\tphone\tcaller\ttitle"));
    EXPECT_EQ(lines.at(1).split(u'\t').size(), 6);

    const auto json = ctl(store, {QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(array.size(), 3);
    const QString number = array.at(0).toObject().value(QStringLiteral("number")).toString();

    const auto show = ctl(store, {QStringLiteral("orders"), QStringLiteral("show"), number, QStringLiteral("--json")});
    ASSERT_EQ(show.exitCode, 0) << qPrintable(show.err);
    const QJsonObject order = QJsonDocument::fromJson(show.out.toUtf8()).object();
    EXPECT_EQ(order.value(QStringLiteral("number")).toString(), number);
    EXPECT_FALSE(order.value(QStringLiteral("address")).toObject().value(QStringLiteral("districtName")).toString().isEmpty());
    EXPECT_GE(order.value(QStringLiteral("events")).toArray().size(), 1);

    const auto showTsv = ctl(store, {QStringLiteral("orders"), QStringLiteral("show"), number});
    EXPECT_TRUE(showTsv.out.contains(QStringLiteral("district\t")));
    EXPECT_TRUE(showTsv.out.contains(QStringLiteral("event\t")));
}

TEST(Ctl, AFreshStoreTakesTheDemoOrdersAfterInitAsDeskShDoesIt)
{
    // scripts/desk.sh on a new machine: init with the shipped reference data, then the demo.
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("desk.sqlite"));
    const auto init = ctl(store, {QStringLiteral("init")});
    ASSERT_EQ(init.exitCode, 0) << qPrintable(init.err);
    const auto seeded = ctl(store, {QStringLiteral("seed-demo")});
    ASSERT_EQ(seeded.exitCode, 0) << qPrintable(seeded.err);
    const auto list = ctl(store, {QStringLiteral("orders"), QStringLiteral("list")});
    EXPECT_EQ(list.out.split(u'\n', Qt::SkipEmptyParts).size(), 4) << qPrintable(list.out);
    EXPECT_TRUE(list.out.contains(QStringLiteral("路灯"))) << qPrintable(list.out);
}

TEST(Ctl, AMalformedImportNamesTheLineAndChangesNothing)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("desk.sqlite"));
    ASSERT_TRUE(prepareStore(store));
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("level1,level2,level3\n新类,新二级,新三级\n新类,新二级\n");
    file.close();
    const auto result = ctl(store, {QStringLiteral("import"), QStringLiteral("catalog"), bad});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("第 3 行"))) << qPrintable(result.err);
    EXPECT_TRUE(result.err.contains(QStringLiteral("nothing was imported")));
    // The old catalogue is still whole: the demo orders can still be built from it.
    EXPECT_EQ(ctl(store, {QStringLiteral("seed-demo")}).exitCode, 0);
}

TEST(Ctl, WrongUsageAndUnknownOrdersAreRefusedClearly)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("desk.sqlite"));
    EXPECT_EQ(runProcess(QStringLiteral(HOTLINE_CTL_BIN), {QStringLiteral("orders"), QStringLiteral("list")}).exitCode, 2);
    EXPECT_EQ(ctl(store, {QStringLiteral("import"), QStringLiteral("planets"), QStringLiteral("x.csv")}).exitCode, 2);
    const auto missing = ctl(store, {QStringLiteral("import"), QStringLiteral("divisions"), dir.filePath(QStringLiteral("nope.csv"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("无法打开文件")));
    const auto unknown = ctl(store, {QStringLiteral("orders"), QStringLiteral("show"), QStringLiteral("000000-00-0000")});
    EXPECT_EQ(unknown.exitCode, 1);
}

TEST(Ctl, KnowledgeImportAndSearchThroughTheDesksCode)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("desk.sqlite"));
    const auto imported = ctl(store, {QStringLiteral("import"), QStringLiteral("kb"), dataFile("kb/teddy2020_message_reply_pairs.csv")});
    ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.err);
    EXPECT_TRUE(imported.out.contains(QStringLiteral("120 written"))) << qPrintable(imported.out);

    const auto search = ctl(store, {QStringLiteral("kb"), QStringLiteral("search"), QStringLiteral("護照"), QStringLiteral("--limit"),
                                    QStringLiteral("3")});
    ASSERT_EQ(search.exitCode, 0) << qPrintable(search.err);
    const QStringList lines = search.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 2);
    EXPECT_EQ(lines.first(), QStringLiteral("id\ttitle\tscore"));
    EXPECT_EQ(lines.at(1).split(u'\t').size(), 3);
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("护照"))) << qPrintable(lines.at(1));
    EXPECT_LE(lines.size(), 4);

    const auto hostile = ctl(store, {QStringLiteral("kb"), QStringLiteral("search"), QStringLiteral("\" OR NEAR(( *")});
    EXPECT_EQ(hostile.exitCode, 0) << "any query is answered, with results or none";

    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("msg_id,user,title,time,detail,reply,reply_time\n9,u,有标题,2020/1/1,问,,2020/1/2\n");
    file.close();
    const auto refused = ctl(store, {QStringLiteral("import"), QStringLiteral("kb"), bad});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("第 2 行"))) << qPrintable(refused.err);
    const auto skipped = ctl(store, {QStringLiteral("import"), QStringLiteral("kb"), bad, QStringLiteral("--skip-bad")});
    EXPECT_EQ(skipped.exitCode, 1) << "nothing importable is still a refusal";
}

TEST(Ctl, GeographyImportFindAndWhereThroughTheDesksCode)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("desk.sqlite"));
    ASSERT_TRUE(prepareStore(store));
    const auto districts = ctl(store, {QStringLiteral("import"), QStringLiteral("geo"), dataFile("geo/beijing_districts_gcj02.geojson")});
    ASSERT_EQ(districts.exitCode, 0) << qPrintable(districts.err);
    EXPECT_TRUE(districts.out.contains(QStringLiteral("imported 16 boundaries"))) << qPrintable(districts.out);
    const auto stations = ctl(store, {QStringLiteral("import"), QStringLiteral("geo"), seedFile("beijing_metro_stations_osm.csv")});
    ASSERT_EQ(stations.exitCode, 0) << qPrintable(stations.err);
    EXPECT_TRUE(stations.out.contains(QStringLiteral("364 places"))) << qPrintable(stations.out);

    // A community without coordinates: its street and district.
    const auto community = ctl(store, {QStringLiteral("geo"), QStringLiteral("find"), QStringLiteral("牛街西里二区")});
    ASSERT_EQ(community.exitCode, 0) << qPrintable(community.err);
    QStringList lines = community.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 2);
    EXPECT_EQ(lines.first(), QStringLiteral("name\tkind\tdistrict_code\tdistrict\tstreet_code\tstreet\tcommunity\tlng\tlat"));
    QStringList first = lines.at(1).split(u'\t');
    ASSERT_EQ(first.size(), 9);
    EXPECT_EQ(first.at(1), QStringLiteral("community"));
    EXPECT_EQ(first.at(2), QStringLiteral("110102"));
    EXPECT_EQ(first.at(4), QStringLiteral("110102018"));
    EXPECT_TRUE(first.at(7).isEmpty());

    // A station by pinyin initials, with its WGS84 point.
    const auto station = ctl(store, {QStringLiteral("geo"), QStringLiteral("find"), QStringLiteral("xzm"), QStringLiteral("--limit"), QStringLiteral("3")});
    ASSERT_EQ(station.exitCode, 0);
    lines = station.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 2);
    ASSERT_LE(lines.size(), 4);
    EXPECT_TRUE(station.out.contains(QStringLiteral("西直门\tmetro\t110102\t西城区"))) << qPrintable(station.out);

    const auto where = ctl(store, {QStringLiteral("geo"), QStringLiteral("where"), QStringLiteral("116.3516"), QStringLiteral("39.9402")});
    ASSERT_EQ(where.exitCode, 0) << qPrintable(where.err);
    lines = where.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines.at(0), QStringLiteral("district_code\tdistrict\tstreet_code\tstreet\tnearest\tnearest_m"));
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("110102\t西城区\t"))) << qPrintable(lines.at(1));
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("西直门"))) << qPrintable(lines.at(1));

    const auto outside = ctl(store, {QStringLiteral("geo"), QStringLiteral("where"), QStringLiteral("121.47"), QStringLiteral("31.23")});
    EXPECT_EQ(outside.exitCode, 1);
    EXPECT_TRUE(outside.err.contains(QStringLiteral("outside")));
    const auto swapped = ctl(store, {QStringLiteral("geo"), QStringLiteral("where"), QStringLiteral("abc"), QStringLiteral("39.9")});
    EXPECT_EQ(swapped.exitCode, 2);
    const auto badCrs = ctl(store, {QStringLiteral("import"), QStringLiteral("geo"), seedFile("beijing_metro_stations_osm.csv"),
                                    QStringLiteral("--crs"), QStringLiteral("bd09")});
    EXPECT_EQ(badCrs.exitCode, 2);

    const QString broken = dir.filePath(QStringLiteral("broken.geojson"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"甲"},"geometry":{"type":"Point","coordinates":[116.4,95]}}]})");
    file.close();
    const auto refused = ctl(store, {QStringLiteral("import"), QStringLiteral("geo"), broken});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("要素 #0（甲）"))) << qPrintable(refused.err);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("nothing was imported")));

    const auto radius = ctl(store, {QStringLiteral("config"), QStringLiteral("nearby-radius"), QStringLiteral("300")});
    EXPECT_EQ(radius.exitCode, 0) << qPrintable(radius.err);
    const auto nonsense = ctl(store, {QStringLiteral("config"), QStringLiteral("nearby-days"), QStringLiteral("0")});
    EXPECT_EQ(nonsense.exitCode, 1);
    EXPECT_FALSE(nonsense.err.isEmpty());

    // Which of this desk's proposed dispatches wait for a dispatcher: checked, then kept.
    const auto review = ctl(store, {QStringLiteral("config"), QStringLiteral("dispatch-review"), QStringLiteral("confidence<0.8,items:路灯")});
    EXPECT_EQ(review.exitCode, 0) << qPrintable(review.err);
    EXPECT_TRUE(review.out.contains(QStringLiteral("confidence<0.8,items:路灯")));
    const auto unreadable = ctl(store, {QStringLiteral("config"), QStringLiteral("dispatch-review"), QStringLiteral("sometimes")});
    EXPECT_EQ(unreadable.exitCode, 1);
    EXPECT_TRUE(unreadable.err.contains(QStringLiteral("sometimes"))) << qPrintable(unreadable.err);
}

TEST(Ctl, SeatSettingsAreCheckedWholeBeforeTheyAreKept)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("desk.sqlite"));
    const auto config = [&](const char *key, const QString &value) { return ctl(store, {QStringLiteral("config"), QString::fromLatin1(key), value}); };
    const auto reasons = config("agent-reasons", QStringLiteral("小休;就餐;减压"));
    ASSERT_EQ(reasons.exitCode, 0) << qPrintable(reasons.err);
    EXPECT_TRUE(reasons.out.contains(QStringLiteral("agent-reasons 小休;就餐;减压")));
    EXPECT_TRUE(reasons.out.contains(QStringLiteral("after-call-seconds 60"))) << "the rest keeps its default";
    const auto seconds = config("after-call-seconds", QStringLiteral("45"));
    ASSERT_EQ(seconds.exitCode, 0) << qPrintable(seconds.err);
    EXPECT_TRUE(seconds.out.contains(QStringLiteral("agent-reasons 小休;就餐;减压"))) << "kept from before";
    const auto divert = config("divert-to", QStringLiteral("8001"));
    ASSERT_EQ(divert.exitCode, 0) << qPrintable(divert.err);
    EXPECT_TRUE(divert.out.contains(QStringLiteral("divert-to 8001")));

    for (const auto &[key, value] : std::vector<std::pair<const char *, QString>>{
             {"after-call-seconds", QStringLiteral("-5")}, {"agent-reasons", QStringLiteral("小休;;就餐")}, {"divert-to", QStringLiteral("前台")},
             {"transfer-directory", QStringLiteral("班长")}, {"transfer-directory", QStringLiteral("班长=8001;班长=8002")}}) {
        const auto refused = config(key, value);
        EXPECT_EQ(refused.exitCode, 1) << key << " " << qPrintable(value);
        EXPECT_FALSE(refused.err.isEmpty()) << key;
    }
    const auto still = config("after-call-seconds", QStringLiteral("45"));
    EXPECT_TRUE(still.out.contains(QStringLiteral("divert-to 8001"))) << "a refused value changed nothing";

    const auto directory = config("transfer-directory", QStringLiteral("值班班长=8001; 供热热线=96069"));
    ASSERT_EQ(directory.exitCode, 0) << qPrintable(directory.err);
    EXPECT_TRUE(directory.out.contains(QStringLiteral("值班班长=8001;供热热线=96069")));
}

TEST(Ctl, CalendarImportAndDueDateAcrossTheNationalDayHoliday)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("desk.sqlite"));
    const auto imported = ctl(store, {QStringLiteral("calendar"), QStringLiteral("import"), seedFile("cn_calendar.csv")});
    ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.err);
    EXPECT_TRUE(imported.out.contains(QStringLiteral("imported 72 calendar")));
    const auto due = ctl(store, {QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("2025-09-30T10:00"),
                                 QStringLiteral("--working-days"), QStringLiteral("7")});
    ASSERT_EQ(due.exitCode, 0) << qPrintable(due.err);
    EXPECT_EQ(due.out.trimmed(), QStringLiteral("2025-10-16T10:00:00+08:00"));

    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("date,kind\n2025-10-01,workday\n"); // a Wednesday cannot be a worked weekend
    file.close();
    const auto refused = ctl(store, {QStringLiteral("calendar"), QStringLiteral("import"), bad});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("第 2 行"))) << qPrintable(refused.err);
    // Nothing changed: 1 October is still a holiday.
    const auto still = ctl(store, {QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("2025-10-01"),
                                   QStringLiteral("--working-days"), QStringLiteral("1")});
    EXPECT_EQ(still.out.trimmed(), QStringLiteral("2025-10-10T00:00:00+08:00"));
    EXPECT_EQ(ctl(store, {QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("yesterday"),
                          QStringLiteral("--working-days"), QStringLiteral("1")}).exitCode, 2);
}

TEST(Ctl, InitPreparesAStoreWithEverythingShippedAndDispatchProposesThroughIt)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("desk.sqlite"));
    const auto init = ctl(store, {QStringLiteral("init")});
    ASSERT_EQ(init.exitCode, 0) << qPrintable(init.err);
    for (const char *kind : {"divisions", "units", "catalog", "synonyms", "calendar", "limits", "rules"})
        EXPECT_TRUE(init.out.contains(QStringLiteral(" %1 from ").arg(QString::fromLatin1(kind)))) << kind << qPrintable(init.out);
    // Run twice, it changes nothing and still succeeds.
    ASSERT_EQ(ctl(store, {QStringLiteral("init")}).exitCode, 0);

    const auto road = ctl(store, {QStringLiteral("dispatch"), QStringLiteral("propose"), QStringLiteral("--item"),
                                  QStringLiteral("灯不亮"), QStringLiteral("--address"), QStringLiteral("西城区广安门内大街与牛街路口")});
    ASSERT_EQ(road.exitCode, 0) << qPrintable(road.err);
    EXPECT_TRUE(road.out.contains(QStringLiteral("lead\tCGW-110102\t西城区城市管理委员会"))) << qPrintable(road.out);
    EXPECT_TRUE(road.out.contains(QStringLiteral("reason\t路灯 · 市政道路 · 西城区 → 西城区城市管理委员会"))) << qPrintable(road.out);
    const auto park = ctl(store, {QStringLiteral("dispatch"), QStringLiteral("propose"), QStringLiteral("--item"),
                                  QStringLiteral("路灯"), QStringLiteral("--address"), QStringLiteral("西城区陶然亭公园东门")});
    EXPECT_TRUE(park.out.contains(QStringLiteral("lead\tYLJ-110102"))) << qPrintable(park.out);
    const auto nothing = ctl(store, {QStringLiteral("dispatch"), QStringLiteral("propose"), QStringLiteral("--item"),
                                     QStringLiteral("火星移民签证"), QStringLiteral("--address"), QStringLiteral("西城区")});
    EXPECT_EQ(nothing.exitCode, 1);
    EXPECT_TRUE(nothing.err.contains(QStringLiteral("no catalogue item"))) << qPrintable(nothing.err);
    const auto due = ctl(store, {QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("2026-02-13T15:00"),
                                 QStringLiteral("--working-days"), QStringLiteral("2")});
    EXPECT_EQ(due.out.trimmed(), QStringLiteral("2026-02-24T15:00:00+08:00"));
}
