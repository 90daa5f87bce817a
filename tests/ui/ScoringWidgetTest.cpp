// SPDX-License-Identifier: GPL-3.0-or-later
// The reviewer scores a call from the keyboard: digits answer, 0 is N/A where allowed (and
// refused where not), a required comment blocks Ctrl+Enter until it is typed, a fatal answer
// shows 0 with the question named, and Ctrl+Enter submits what the centre is to store.
#include "KeyboardDriver.h"
#include "TestData.h"
#include "lead/EvaluationListWidget.h"
#include "lead/MyEvaluationsPage.h"
#include "lead/ScoringWidget.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {
ScoringForm shippedForm()
{
    QFile file(QStringLiteral(HOTLINE_SEED_DATA "/../quality/hotline-call.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return ScoringForm::parse(file.readAll()).value();
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    KeyboardDriver::key(k, modifiers);
}
} // namespace

TEST(ScoringWidgetTest, DigitsNaRequiredCommentFatalAndCtrlEnter)
{
    ScoringWidget widget;
    QAbstractItemModelTester tester(widget.questionList()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString recording = QStringLiteral("0b6c1a52-8d2e-4c4e-9a55-3f1d2e7c9b10");
    widget.setForm(shippedForm(), recording);
    QSignalSpy submitted(&widget, &ScoringWidget::submitted);
    widget.resize(900, 600);
    widget.show();
    QApplication::setActiveWindow(&widget);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&widget));
    widget.setFocus();
    ASSERT_TRUE(widget.questionList()->hasFocus());
    ASSERT_EQ(widget.currentQuestion(), QStringLiteral("greeting"));

    // 0 where the form allows no N/A: refused, nothing recorded, still on the question.
    key(Qt::Key_0);
    EXPECT_FALSE(widget.answers().contains(QStringLiteral("greeting")));
    EXPECT_TRUE(widget.problemLabel()->text().contains(QStringLiteral("不适用"))) << qPrintable(widget.problemLabel()->text());
    // 1 = 是, and on to the next question; Up goes back, Down returns.
    key(Qt::Key_1);
    EXPECT_EQ(widget.answers().value(QStringLiteral("greeting")).answer, 0);
    EXPECT_EQ(widget.currentQuestion(), QStringLiteral("verify"));
    key(Qt::Key_Up);
    EXPECT_EQ(widget.currentQuestion(), QStringLiteral("greeting"));
    key(Qt::Key_Down);
    EXPECT_EQ(widget.currentQuestion(), QStringLiteral("verify"));

    // 2 = 部分 on a question that wants a comment below full marks: the comment field opens.
    key(Qt::Key_2);
    EXPECT_EQ(KeyboardDriver::focused(), widget.commentField());
    EXPECT_EQ(widget.questionList()->item(widget.questionList()->currentRow(), 3)->text(), QStringLiteral("需写评语"));
    // Ctrl+Enter before the comment is typed: refused, back at the comment, nothing sent.
    key(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(submitted.count(), 0);
    EXPECT_TRUE(widget.problemLabel()->text().contains(QStringLiteral("评语"))) << qPrintable(widget.problemLabel()->text());
    EXPECT_EQ(KeyboardDriver::focused(), widget.commentField());
    KeyboardDriver::commit(QStringLiteral("未核实诉求地址"));
    key(Qt::Key_Return);
    EXPECT_EQ(KeyboardDriver::focused(), widget.questionList());
    EXPECT_EQ(widget.currentQuestion(), QStringLiteral("classify"));
    EXPECT_EQ(widget.answers().value(QStringLiteral("verify")).comment, QStringLiteral("未核实诉求地址"));

    key(Qt::Key_1);                                  // classify 是
    key(Qt::Key_0);                                  // kb: N/A allowed here
    EXPECT_TRUE(widget.answers().contains(QStringLiteral("kb")));
    EXPECT_FALSE(widget.answers().value(QStringLiteral("kb")).answer.has_value());
    EXPECT_EQ(widget.currentQuestion(), QStringLiteral("record"));
    key(Qt::Key_9);                                  // no ninth answer
    EXPECT_FALSE(widget.answers().contains(QStringLiteral("record")));
    key(Qt::Key_2);                                  // record 部分 (no comment asked)
    EXPECT_EQ(widget.currentQuestion(), QStringLiteral("attitude"));
    // 10 + 7.5 + 25 + 10 of 70 (kb's 20 left the total) = 75.0.
    EXPECT_TRUE(widget.scoreLabel()->text().contains(QStringLiteral("75.0"))) << qPrintable(widget.scoreLabel()->text());
    EXPECT_TRUE(widget.scoreLabel()->text().contains(QStringLiteral("5/6")));

    // The fatal answer: 0, with the question named.
    key(Qt::Key_3);
    EXPECT_TRUE(widget.score().fatal);
    EXPECT_EQ(widget.score().score, 0);
    EXPECT_TRUE(widget.scoreLabel()->text().startsWith(QStringLiteral("得分 0"))) << qPrintable(widget.scoreLabel()->text());
    EXPECT_TRUE(widget.scoreLabel()->text().contains(QStringLiteral("服务态度与用语规范")));
    EXPECT_EQ(KeyboardDriver::focused(), widget.commentField()) << "a fatal answer below full marks wants its reason";
    key(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(submitted.count(), 0);
    KeyboardDriver::commit(QStringLiteral("泄露来电人电话"));
    key(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(submitted.count(), 1);
    const QJsonObject body = submitted.at(0).at(0).toJsonObject();
    EXPECT_EQ(body.value(QStringLiteral("form")).toString(), QStringLiteral("hotline-call"));
    EXPECT_EQ(body.value(QStringLiteral("version")).toInt(), 1);
    EXPECT_EQ(body.value(QStringLiteral("recording")).toString(), recording);
    const QJsonArray answers = body.value(QStringLiteral("answers")).toArray();
    ASSERT_EQ(answers.size(), 6);
    EXPECT_TRUE(answers.at(3).toObject().value(QStringLiteral("answer")).isNull()) << "kb N/A";
    EXPECT_EQ(answers.at(5).toObject().value(QStringLiteral("answer")).toInt(), 2);
    EXPECT_EQ(answers.at(5).toObject().value(QStringLiteral("comment")).toString(), QStringLiteral("泄露来电人电话"));

    // Escape leaves the comment; another answer to the fatal question lifts the zero.
    key(Qt::Key_Escape);
    EXPECT_EQ(KeyboardDriver::focused(), widget.questionList());
    key(Qt::Key_1);
    EXPECT_FALSE(widget.score().fatal);
    EXPECT_NEAR(widget.score().score, (52.5 + 10) / 80 * 100, 1e-9);
}

TEST(ScoringWidgetTest, StartsFromEarlierAnswersForARescore)
{
    ScoringWidget widget;
    widget.setForm(shippedForm(), QStringLiteral("0b6c1a52-8d2e-4c4e-9a55-3f1d2e7c9b10"));
    GivenAnswers earlier;
    for (const char *id : {"greeting", "verify", "classify", "kb", "record", "attitude"})
        earlier.insert(QString::fromLatin1(id), GivenAnswer{0, {}});
    widget.setAnswers(earlier);
    EXPECT_DOUBLE_EQ(widget.score().score, 100);
    EXPECT_TRUE(widget.submit());
}

TEST(EvaluationListWidgetTest, OperatorAcknowledgesOrDisputesAndTheReviewerUpholdsOrRescores)
{
    auto evaluation = [](const char *id, const char *state, double score) {
        return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)}, {QStringLiteral("state"), QString::fromLatin1(state)},
                           {QStringLiteral("score"), score}, {QStringLiteral("reviewer"), QStringLiteral("lead1")},
                           {QStringLiteral("operator"), QStringLiteral("op1")},
                           {QStringLiteral("createdAt"), QStringLiteral("2026-12-07T06:00:00.000Z")},
                           {QStringLiteral("responses"), QJsonArray{}}};
    };
    EvaluationListWidget mine(EvaluationListWidget::Mode::Operator);
    QAbstractItemModelTester tester(mine.list()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    mine.setEvaluations({evaluation("e-1", "scored", 87.5), evaluation("e-2", "acknowledged", 90)});
    QSignalSpy acknowledged(&mine, &EvaluationListWidget::acknowledgeRequested);
    QSignalSpy disputed(&mine, &EvaluationListWidget::disputeRequested);
    mine.resize(800, 400);
    mine.show();
    QApplication::setActiveWindow(&mine);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&mine));
    mine.setFocus();
    ASSERT_EQ(mine.currentId(), QStringLiteral("e-1"));
    EXPECT_EQ(mine.list()->topLevelItem(0)->text(3), QStringLiteral("待确认"));

    key(Qt::Key_Down);
    ASSERT_EQ(mine.currentId(), QStringLiteral("e-2"));
    key(Qt::Key_D);                                   // already acknowledged: refused by the lifecycle
    EXPECT_FALSE(mine.commentField()->isVisible());
    EXPECT_TRUE(mine.messageLabel()->text().contains(QStringLiteral("已确认"))) << qPrintable(mine.messageLabel()->text());
    key(Qt::Key_Up);
    key(Qt::Key_D);
    ASSERT_EQ(KeyboardDriver::focused(), mine.commentField());
    key(Qt::Key_Return);                              // no reason: refused
    EXPECT_EQ(disputed.count(), 0);
    EXPECT_TRUE(mine.messageLabel()->text().contains(QStringLiteral("理由")));
    KeyboardDriver::commit(QStringLiteral("来电人自己报的号码"));
    key(Qt::Key_Return);
    ASSERT_EQ(disputed.count(), 1);
    EXPECT_EQ(disputed.at(0).at(0).toString(), QStringLiteral("e-1"));
    EXPECT_EQ(disputed.at(0).at(1).toString(), QStringLiteral("来电人自己报的号码"));
    EXPECT_EQ(KeyboardDriver::focused(), mine.list());
    key(Qt::Key_A);
    ASSERT_EQ(acknowledged.count(), 1);
    EXPECT_EQ(acknowledged.at(0).at(0).toString(), QStringLiteral("e-1"));

    EvaluationListWidget returned(EvaluationListWidget::Mode::Reviewer);
    returned.setEvaluations({evaluation("e-3", "disputed", 0)});
    QSignalSpy upheld(&returned, &EvaluationListWidget::upholdRequested);
    QSignalSpy rescored(&returned, &EvaluationListWidget::rescoreRequested);
    returned.show();
    QApplication::setActiveWindow(&returned);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&returned));
    returned.setFocus();
    key(Qt::Key_A);                                   // not the reviewer's key
    EXPECT_EQ(upheld.count() + rescored.count(), 0);
    key(Qt::Key_R);
    ASSERT_EQ(rescored.count(), 1);
    EXPECT_EQ(rescored.at(0).at(0).toJsonObject().value(QStringLiteral("id")).toString(), QStringLiteral("e-3"));
    key(Qt::Key_U);
    KeyboardDriver::commit(QStringLiteral("录音 02:10 处未核实地址"));
    key(Qt::Key_Return);
    ASSERT_EQ(upheld.count(), 1);
    EXPECT_EQ(upheld.at(0).at(1).toString(), QStringLiteral("录音 02:10 处未核实地址"));
}

TEST(MyEvaluationsPageTest, AnEvaluationIsReadQuestionByQuestionOnItsForm)
{
    const ScoringForm form = shippedForm();
    GivenAnswers given;
    for (const char *id : {"greeting", "verify", "classify", "kb", "record"})
        given.insert(QString::fromLatin1(id), GivenAnswer{0, {}});
    given.insert(QStringLiteral("attitude"), GivenAnswer{2, QStringLiteral("泄露来电人电话")});
    const QJsonObject evaluation{{QStringLiteral("answers"), Scoring::toJson(given, &form)},
                                 {QStringLiteral("responses"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("dispute")},
                                                                                     {QStringLiteral("actor"), QStringLiteral("op1")},
                                                                                     {QStringLiteral("comment"), QStringLiteral("号码是来电人自己报的")}}}}};
    const QString text = MyEvaluationsPage::describe(evaluation, form);
    EXPECT_TRUE(text.contains(QStringLiteral("得分 0（致命项）"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("推诿、顶撞或泄露来电人信息（致命项，整表 0 分）　评语：泄露来电人电话"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("事项分类和承办单位选择正确：是（25/25 分）"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("申诉（op1）：号码是来电人自己报的")));
    EXPECT_EQ(text.count(QStringLiteral("　· ")), 6) << "one line a question";
}
