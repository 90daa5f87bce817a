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
