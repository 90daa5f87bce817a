// SPDX-License-Identifier: GPL-3.0-or-later
// Classification learns from the centre's past orders: the centre hands out a period's orders
// as the labelled file (never a confidential one, no caller numbers), hotline-ctl trains on it.
#include "sync/CentralHarness.h"

#include <QProcess>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {
class TrainingExportTest : public CentralTest {};

WorkOrderDraft reported(const char *item, const char *description, int index, bool confidential = false)
{
    WorkOrderDraft d = reportDraft(30000 + index, QString::fromUtf8(item));
    d.classification.level2 = QStringLiteral("市政设施");
    d.description = QString::fromUtf8(description);
    d.confidential = confidential;
    return d;
}
} // namespace

TEST_P(TrainingExportTest, APeriodsOrdersBecomeTheLabelledFileTheDeskLearnsFrom)
{
    startCentral({{"op1", "operator"}, {"lead1", "team_lead"}});
    DeskHarness desk(dir.filePath(QStringLiteral("desk.sqlite")));
    ASSERT_TRUE(desk.signIn(central->url(), QStringLiteral("op1")));
    const char *lamps[] = {"小区门口路灯一周不亮", "路灯坏了晚上很黑", "灯不亮了好几天", "路边的灯一直闪"};
    const char *covers[] = {"井盖丢了很危险", "路口井盖松动", "井盖塌陷车过有响声", "人行道井盖缺失"};
    int index = 0;
    for (const char *text : lamps)
        ASSERT_TRUE(desk.orders->create(reported("路灯", text, ++index), QStringLiteral("op1")).ok());
    for (const char *text : covers)
        ASSERT_TRUE(desk.orders->create(reported("井盖", text, ++index), QStringLiteral("op1")).ok());
    ASSERT_TRUE(desk.orders->create(reported("路灯", "请回电13912345678，路灯不亮", ++index), QStringLiteral("op1")).ok());
    ASSERT_TRUE(desk.orders->create(reported("井盖", "保密：举报某单位井盖问题", ++index, true), QStringLiteral("op1")).ok());
    ASSERT_TRUE(desk.syncUntilIdle());

    const QString period = QDateTime::currentDateTime().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(QStringLiteral("yyyy-MM"));
    const QString lead = signInToken(central->url(), QStringLiteral("lead1"));
    const RawAnswer answer = rawHttp(central->url(), "GET", QStringLiteral("/api/v1/training?period=") + period, {}, lead);
    ASSERT_EQ(answer.status, 200) << answer.body.constData();
    const QString csv = QString::fromUtf8(answer.body);
    EXPECT_TRUE(csv.startsWith(QStringLiteral("text,label\n")));
    EXPECT_EQ(csv.count(u'\n'), 1 + 9) << qPrintable(csv);
    EXPECT_TRUE(csv.contains(QStringLiteral("\"城乡建设 › 市政设施 › 路灯\"")));
    EXPECT_FALSE(csv.contains(QStringLiteral("13912345678"))) << "no caller number leaves the centre";
    EXPECT_TRUE(csv.contains(QStringLiteral("请回电[号码]")));
    EXPECT_FALSE(csv.contains(QStringLiteral("保密"))) << "never a confidential order";
    EXPECT_EQ(rawHttp(central->url(), "GET", QStringLiteral("/api/v1/training?period=") + period, {}, signInToken(central->url(), QStringLiteral("op1"))).status, 403);
    EXPECT_EQ(rawHttp(central->url(), "GET", QStringLiteral("/api/v1/training?period=soon"), {}, lead).status, 400);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE login = 'lead1' AND action = 'export'"), 1);

    // The desk learns from it and suggests the item for a new description.
    const QString file = dir.filePath(QStringLiteral("past.csv"));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(answer.body);
    out.close();
    const QString store = dir.filePath(QStringLiteral("learner.sqlite"));
    QProcess train;
    train.start(QStringLiteral(HOTLINE_CTL_BIN), {QStringLiteral("--store"), store, QStringLiteral("classify"), QStringLiteral("train"), file,
                                                  QStringLiteral("--text"), QStringLiteral("text"), QStringLiteral("--label"), QStringLiteral("label")});
    ASSERT_TRUE(train.waitForFinished(60000));
    ASSERT_EQ(train.exitCode(), 0) << train.readAllStandardError().constData();
    QProcess suggest;
    suggest.start(QStringLiteral(HOTLINE_CTL_BIN), {QStringLiteral("--store"), store, QStringLiteral("classify"), QStringLiteral("suggest"), QStringLiteral("--limit"), QStringLiteral("1")});
    ASSERT_TRUE(suggest.waitForStarted());
    suggest.write(QStringLiteral("门口的井盖不见了\n").toUtf8());
    suggest.closeWriteChannel();
    ASSERT_TRUE(suggest.waitForFinished(30000));
    EXPECT_EQ(QString::fromUtf8(suggest.readAllStandardOutput()).trimmed(), QStringLiteral("城乡建设 › 市政设施 › 井盖"));
}

INSTANTIATE_TEST_SUITE_P(Central, TrainingExportTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &info) { return std::string(info.param); });
