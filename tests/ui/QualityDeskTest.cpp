// SPDX-License-Identifier: GPL-3.0-or-later
// The dispute round trip through the desks and a real centre: the team lead scores a call on
// the lead window's quality page from the keyboard, the operator disputes it from their list,
// the dispute comes back to the lead, who upholds it with a note. Calibration: three reviewers
// score one call (the lead on the page, with 校准评分 ticked), and the page shows the spread
// against the reference per question and per reviewer, checked against a hand count.
#include "../sync/CentralHarness.h"
#include "KeyboardDriver.h"
#include "TestData.h"
#include "TextFitCheck.h"
#include "lead/CalibrationView.h"
#include "lead/EvaluationListWidget.h"
#include "lead/LeadPages.h"
#include "lead/LeadWindow.h"
#include "lead/MyEvaluationsPage.h"
#include "lead/QualityPage.h"
#include "lead/ScoringWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
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

namespace {
// The key LeadWindow gives the page: Ctrl+1 for the first, in the order pages were added.
Qt::Key pageKey(LeadWindow &window, QWidget *page)
{
    const int index = window.pages()->indexOf(page);
    EXPECT_GE(index, 0);
    EXPECT_LT(index, 9);
    return Qt::Key(Qt::Key_1 + index);
}
} // namespace

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

    // The lead's window, its quality page on its Ctrl+N key (other pages may come before it).
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
    KeyboardDriver::key(pageKey(window, page), Qt::ControlModifier);
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
    mine.resize(900, 640);
    ASSERT_TRUE(waitUntil([&] { return mine.list()->list()->topLevelItemCount() == 1; }, 15000));
    mine.show();
    QApplication::setActiveWindow(&mine);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&mine));
    mine.setFocus();
    // The operator reads the evaluation question by question before answering it.
    ASSERT_TRUE(waitUntil([&] { return mine.detail()->text().contains(QStringLiteral("部分（10/20 分）")); }, 15000))
        << qPrintable(mine.detail()->text());
    EXPECT_TRUE(mine.detail()->text().contains(QStringLiteral("咨询类按知识库准确答复：不适用")));
    EXPECT_TRUE(mine.detail()->text().contains(QStringLiteral("得分 87.5")));
    KeyboardDriver::key(Qt::Key_D);
    KeyboardDriver::commit(QStringLiteral("工单记录是完整的"));
    KeyboardDriver::key(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return evaluations("state = 'disputed'") == 1; }, 15000)) << qPrintable(mine.list()->messageLabel()->text());
    ASSERT_TRUE(waitUntil([&] { return mine.list()->list()->topLevelItem(0)->text(3) == QStringLiteral("申诉中"); }, 15000));
    ASSERT_TRUE(waitUntil([&] { return mine.detail()->text().contains(QStringLiteral("申诉（op1）：工单记录是完整的")); }, 15000))
        << qPrintable(mine.detail()->text());
    {
        TextFitCheck fit;
        fit.check(mine, QStringLiteral("the operator's evaluations, one disputed"));
        EXPECT_TRUE(fit.offences().isEmpty()) << qPrintable(fit.offences().join(u'\n'));
        QDir().mkpath(QStringLiteral(HOTLINE_ARTIFACT_DIR));
        EXPECT_TRUE(mine.grab().save(QStringLiteral(HOTLINE_ARTIFACT_DIR "/lead-my-evaluations.png")));
    }

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

namespace {
QJsonObject given(const char *question, QJsonValue index, const char *comment = "")
{
    QJsonObject object{{QStringLiteral("question"), QString::fromLatin1(question)}, {QStringLiteral("answer"), index}};
    if (*comment)
        object.insert(QStringLiteral("comment"), QString::fromUtf8(comment));
    return object;
}

// The row of `table` whose first column reads `first`, or -1.
int rowOf(QTableWidget *table, const QString &first)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) && table->item(row, 0)->text() == first)
            return row;
    return -1;
}
} // namespace

TEST(QualityDeskTest, CalibrationScoredOnThePageAndItsSpreadShownPerQuestionAndReviewer)
{
    QTemporaryDir dir;
    const QString database = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("central.sqlite"));
    CentralProcess central(database);
    for (const char *user : {"op1", "lead1", "lead2"})
        ASSERT_TRUE(central.addUser(QString::fromLatin1(user), QString::fromLatin1(user[0] == 'o' ? "operator" : "team_lead")));
    ASSERT_TRUE(central.addUser(QStringLiteral("admin1"), QStringLiteral("admin")));
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
    // Two reviewers score it first: lead2 是 on all but the fatal answer on attitude (0), admin1
    // 是 everywhere with kb N/A (100).
    auto calibrate = [&](const char *login, const QJsonArray &answers) {
        const QJsonObject body{{QStringLiteral("form"), QStringLiteral("hotline-call")}, {QStringLiteral("version"), 1},
                               {QStringLiteral("recording"), recording}, {QStringLiteral("answers"), answers},
                               {QStringLiteral("calibration"), true}};
        return http(central.url(), "POST", QStringLiteral("/api/v1/quality/evaluations"), QJsonDocument(body).toJson(),
                    signInToken(central.url(), QString::fromLatin1(login)))
            .status;
    };
    ASSERT_EQ(calibrate("lead2", {given("greeting", 0), given("verify", 0), given("classify", 0), given("kb", 0), given("record", 0),
                                  given("attitude", 2, "顶撞来电人")}),
              201);
    ASSERT_EQ(calibrate("admin1", {given("greeting", 0), given("verify", 0), given("classify", 0), given("kb", QJsonValue::Null),
                                   given("record", 0), given("attitude", 0)}),
              201);

    // lead1 ticks 校准评分 (Alt+C), goes to the recording (Alt+R) and scores it from the keyboard.
    DeskHarness lead(dir.filePath(QStringLiteral("lead.sqlite")));
    ASSERT_TRUE(lead.signIn(central.url(), QStringLiteral("lead1")));
    LeadWindow window(*lead.store, *lead.sync);
    addLeadPages(window);
    window.resize(1280, 800);
    auto *page = window.findChild<QualityPage *>(QStringLiteral("qualityPage"));
    ASSERT_TRUE(page);
    auto *forms = page->findChild<QComboBox *>(QStringLiteral("qualityForms"));
    ASSERT_TRUE(waitUntil([&] { return forms->count() == 1; }, 15000));
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    KeyboardDriver::key(pageKey(window, page), Qt::ControlModifier);
    auto *calibrating = page->findChild<QCheckBox *>(QStringLiteral("qualityCalibrating"));
    ASSERT_TRUE(calibrating);
    KeyboardDriver::key(Qt::Key_C, Qt::AltModifier);
    ASSERT_TRUE(waitUntil([&] { return calibrating->isChecked(); }, 5000));
    KeyboardDriver::key(Qt::Key_R, Qt::AltModifier);
    ASSERT_EQ(KeyboardDriver::focused(), page->findChild<QLineEdit *>(QStringLiteral("qualityRecording")));
    KeyboardDriver::type(recording);
    KeyboardDriver::key(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return page->scoring()->hasForm() && KeyboardDriver::focused() == page->scoring()->questionList(); }, 15000));
    // 是 是 是 N/A 部分 是: 87.5, the reference.
    for (Qt::Key k : {Qt::Key_1, Qt::Key_1, Qt::Key_1, Qt::Key_0, Qt::Key_2, Qt::Key_1})
        KeyboardDriver::key(k);
    KeyboardDriver::key(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return page->scoring()->problemLabel()->text().contains(QStringLiteral("校准评分")); }, 15000))
        << qPrintable(page->scoring()->problemLabel()->text());
    EXPECT_EQ(centralCount(database, QStringLiteral("SELECT count(*) FROM quality_evaluations WHERE calibration = 1 AND reviewer_login = 'lead1'"
                                                    " AND score = 87.5")),
              1);

    // The spread against lead1 (the reference field left empty: me), Alt+E and Enter.
    KeyboardDriver::key(Qt::Key_E, Qt::AltModifier);
    ASSERT_EQ(KeyboardDriver::focused(), page->findChild<QLineEdit *>(QStringLiteral("qualityReference")));
    KeyboardDriver::key(Qt::Key_Return);
    QTableWidget *reviewers = page->calibration()->reviewers();
    QTableWidget *questions = page->calibration()->questions();
    ASSERT_TRUE(waitUntil([&] { return reviewers->rowCount() == 2; }, 15000)) << qPrintable(page->calibration()->summary()->text());
    EXPECT_TRUE(page->calibration()->summary()->text().contains(QStringLiteral("lead1"))) << qPrintable(page->calibration()->summary()->text());
    EXPECT_TRUE(page->calibration()->summary()->text().contains(QStringLiteral("87.5")));
    // Per reviewer: lead2 0 (fatal), −87.5, 3 of 6 answered as lead1; admin1 100, +12.5, 5 of 6.
    const int lead2 = rowOf(reviewers, QStringLiteral("lead2"));
    const int admin = rowOf(reviewers, QStringLiteral("admin1"));
    ASSERT_GE(lead2, 0);
    ASSERT_GE(admin, 0);
    EXPECT_EQ(reviewers->item(lead2, 1)->text(), QStringLiteral("0（致命项）"));
    EXPECT_EQ(reviewers->item(lead2, 2)->text(), QStringLiteral("-87.5"));
    EXPECT_EQ(reviewers->item(lead2, 3)->text(), QStringLiteral("50%"));
    EXPECT_EQ(reviewers->item(admin, 1)->text(), QStringLiteral("100.0"));
    EXPECT_EQ(reviewers->item(admin, 2)->text(), QStringLiteral("+12.5"));
    EXPECT_EQ(reviewers->item(admin, 3)->text(), QStringLiteral("83%"));
    // Per question (points apart on average, share answering the same): greeting 0.0 / 100 %;
    // kb N/A by lead1, so no points compared, admin1's N/A agrees: 0.0 / 50 %; record 部分
    // against 是 twice: 10.0 / 0 %; attitude lead2's fatal 10 points away: 5.0 / 50 %.
    ASSERT_EQ(questions->rowCount(), 6);
    auto expectQuestion = [&](const char *text, const char *compared, const char *points, const char *agreement) {
        const int row = rowOf(questions, QString::fromUtf8(text));
        ASSERT_GE(row, 0) << text;
        EXPECT_EQ(questions->item(row, 2)->text(), QString::fromLatin1(compared)) << text;
        EXPECT_EQ(questions->item(row, 3)->text(), QString::fromLatin1(points)) << text;
        EXPECT_EQ(questions->item(row, 4)->text(), QString::fromLatin1(agreement)) << text;
    };
    expectQuestion("使用标准开场白并报工号", "2", "0.0", "100%");
    expectQuestion("咨询类按知识库准确答复", "2", "0.0", "50%");
    expectQuestion("工单记录完整、与通话一致", "2", "10.0", "0%");
    expectQuestion("服务态度与用语规范", "2", "5.0", "50%");
    EXPECT_EQ(centralCount(database, QStringLiteral("SELECT count(*) FROM quality_evaluations")), 3) << "calibration changes no score";

    // Every text of the page fits (Chinese; the lead adds English), and a picture for the README.
    TextFitCheck fit;
    fit.check(window, QStringLiteral("quality page with calibration"));
    EXPECT_GT(fit.checked(), 20);
    EXPECT_TRUE(fit.offences().isEmpty()) << qPrintable(fit.offences().join(u'\n'));
    QDir().mkpath(QStringLiteral(HOTLINE_ARTIFACT_DIR));
    EXPECT_TRUE(window.grab().save(QStringLiteral(HOTLINE_ARTIFACT_DIR "/lead-quality-calibration.png")));
}
