// SPDX-License-Identifier: GPL-3.0-or-later
// hotline-ctl classify: learn from labelled past orders, suggest for descriptions on stdin.
#include "ProcessHelpers.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hotline::test;

namespace {

ProcessResult suggest(const QString &store, const QByteArray &descriptions, const QStringList &options = {})
{
    return runProcess(QStringLiteral(HOTLINE_CTL_BIN),
                      QStringList{QStringLiteral("--store"), store, QStringLiteral("classify"), QStringLiteral("suggest")}
                          + options,
                      60000, QProcessEnvironment::systemEnvironment(), descriptions);
}

ProcessResult train(const QString &store, const QString &file, const QString &text, const QString &label)
{
    return ctl(store, {QStringLiteral("classify"), QStringLiteral("train"), file, QStringLiteral("--text"), text,
                       QStringLiteral("--label"), label});
}

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

// Past orders of four kinds, with a column the training does not read.
const QByteArray orders = "id,text,label\n"
                          "1,小区门口的路灯不亮了，晚上很黑,路灯\n"
                          "2,路灯坏了好几天，一直没人修,路灯\n"
                          "3,我家楼下那排路灯晚上不亮,路灯\n"
                          "4,楼上装修噪音太大，中午也在施工,噪音\n"
                          "5,晚上工地施工噪音扰民，睡不着觉,噪音\n"
                          "6,广场舞音响声音太大，噪音严重,噪音\n"
                          "7,家里停水了，水龙头没有水,停水\n"
                          "8,小区突然停水，也没有通知,停水\n"
                          "9,水管爆了以后整栋楼停水,停水\n"
                          "10,公交车司机态度差，不等乘客上车就开走,公交\n"
                          "11,这路公交车经常不按时到站,公交\n"
                          "12,公交站牌的时间写错了，车迟迟不来,公交\n";

} // namespace

TEST(ClassifyCtl, TrainsFromACsvAndSuggestsForEachLineOfInput)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("desk.sqlite"));
    const auto trained = train(store, writeFile(dir, "orders.csv", orders), QStringLiteral("text"), QStringLiteral("label"));
    ASSERT_EQ(trained.exitCode, 0) << qPrintable(trained.err);
    EXPECT_TRUE(trained.out.contains(QStringLiteral("learned 12 rows, 4 labels"))) << qPrintable(trained.out);

    const auto offered = suggest(store, "楼下路灯不亮\n工地晚上施工噪音\n\n今天又停水了\n");
    ASSERT_EQ(offered.exitCode, 0) << qPrintable(offered.err);
    const QStringList lines = offered.out.split(u'\n');
    ASSERT_EQ(lines.size(), 5) << qPrintable(offered.out); // four answers and the final line end
    EXPECT_EQ(lines.at(0).split(u'\t').size(), 3);
    EXPECT_EQ(lines.at(0).split(u'\t').first(), QStringLiteral("路灯"));
    EXPECT_EQ(lines.at(1).split(u'\t').first(), QStringLiteral("噪音"));
    EXPECT_TRUE(lines.at(2).isEmpty()) << "an empty description, no suggestion";
    EXPECT_EQ(lines.at(3).split(u'\t').first(), QStringLiteral("停水"));

    const auto one = suggest(store, "楼下路灯不亮\n", {QStringLiteral("--limit"), QStringLiteral("1")});
    ASSERT_EQ(one.exitCode, 0) << qPrintable(one.err);
    EXPECT_EQ(one.out, QStringLiteral("路灯\n"));
}

TEST(ClassifyCtl, LearnsFromTitleAndDetailOfRealMessages)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("desk.sqlite"));
    const auto trained = train(store, dataFile("gov_messages_sample.csv"), QStringLiteral("title,detail"),
                               QStringLiteral("label_level1"));
    ASSERT_EQ(trained.exitCode, 0) << qPrintable(trained.err);
    EXPECT_TRUE(trained.out.contains(QStringLiteral("learned 40 rows"))) << qPrintable(trained.out);
    const auto offered = suggest(store, "小区交房多年了，房产证一直办不下来\n", {QStringLiteral("--limit"), QStringLiteral("7")});
    ASSERT_EQ(offered.exitCode, 0) << qPrintable(offered.err);
    EXPECT_GE(offered.out.trimmed().split(u'\t').size(), 3);
}

TEST(ClassifyCtl, ABadFileIsRefusedWithItsLineAndTheModelStays)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("desk.sqlite"));
    ASSERT_EQ(train(store, writeFile(dir, "orders.csv", orders), QStringLiteral("text"), QStringLiteral("label")).exitCode, 0);
    const QByteArray probe = "楼下路灯不亮\n今天又停水了\n";
    const QString before = suggest(store, probe).out;
    ASSERT_FALSE(before.trimmed().isEmpty());

    const std::pair<QByteArray, const char *> bad[] = {
        {orders + "13,,停水\n", "第 14 行"},                     // empty text
        {orders + "13,又停水了,\n", "第 14 行"},                 // empty label
        {orders + "13,又停水了\n", "第 14 行"},                  // a column short
        {orders + "13,\xB6\xAB\xB3\xC7停水,停水\n", "第 14 行"}, // GBK, not UTF-8
        {"id,description,label\n1,路灯不亮,路灯\n", "description"}, // no such column
        {"id,text,label\n1,只有一类,路灯\n2,还是一类,路灯\n", "两个"},
    };
    for (const auto &[bytes, named] : bad) {
        const auto refused = train(store, writeFile(dir, "bad.csv", bytes), QStringLiteral("text"), QStringLiteral("label"));
        EXPECT_EQ(refused.exitCode, 1) << named;
        EXPECT_TRUE(refused.err.contains(QString::fromUtf8(named))) << qPrintable(refused.err);
        EXPECT_TRUE(refused.err.contains(QStringLiteral("nothing was changed"))) << qPrintable(refused.err);
        EXPECT_EQ(suggest(store, probe).out, before) << "the model trained before is kept";
    }
    const auto missing = train(store, dir.filePath(QStringLiteral("nope.csv")), QStringLiteral("text"), QStringLiteral("label"));
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(suggest(store, probe).out, before);
}

TEST(ClassifyCtl, WithoutAModelOrWithWrongUsageItSaysSo)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("desk.sqlite"));
    const auto untrained = suggest(store, "路灯不亮\n");
    EXPECT_EQ(untrained.exitCode, 1);
    EXPECT_TRUE(untrained.err.contains(QStringLiteral("no classification model"))) << qPrintable(untrained.err);
    EXPECT_TRUE(untrained.out.isEmpty());

    EXPECT_EQ(ctl(store, {QStringLiteral("classify"), QStringLiteral("train"), QStringLiteral("x.csv")}).exitCode, 2);
    EXPECT_EQ(ctl(store, {QStringLiteral("classify"), QStringLiteral("guess")}).exitCode, 2);
    EXPECT_EQ(suggest(store, "", {QStringLiteral("--limit"), QStringLiteral("0")}).exitCode, 2);
    const auto usage = ctl(store, {QStringLiteral("classify")});
    EXPECT_EQ(usage.exitCode, 2);
    EXPECT_TRUE(usage.err.contains(QStringLiteral("classify suggest [--limit K]"))) << qPrintable(usage.err);
}
