// SPDX-License-Identifier: GPL-3.0-or-later
// The operator's keyboard path through the real main window: key events only.
#include "../StoreFixture.h"
#include "operator/DeskWindow.h"
#include "KeyboardDriver.h"
#include "common/SuggestField.h"
#include "operator/WorkOrderForm.h"
#include "operator/DeskDocks.h"
#include "operator/CallerHistoryPanel.h"
#include "operator/KnowledgePanel.h"
#include "telephony/AgentSession.h"
#include "kb/KnowledgeBase.h"
#include "itemmodels/SuggestionListModel.h"
#include "workorder/WorkOrderRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

class DeskWindowTest : public ::testing::Test, protected KeyboardDriver {
protected:
    void SetUp() override
    {
        window.show();
        QApplication::setActiveWindow(&window);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    }

    template <typename T>
    T *field(const char *name) const { return window.findChild<T *>(QString::fromLatin1(name)); }

    StoreFixture fx;
    WorkOrderRepository orders{*fx.store};
    ReferenceIndexes indexes{*fx.store, StoreFixture::pinyin()};
    AgentSession agent;
    KnowledgeBase kb{*fx.store, StoreFixture::pinyin()};
    DeskWindow window{*fx.store, orders, indexes, kb, agent};
};

} // namespace

TEST_F(DeskWindowTest, CompleteWorkOrderFromTheKeyboardAlone)
{
    QSignalSpy filed(&window, &DeskWindow::workOrderFiled);
    key(Qt::Key_N, Qt::ControlModifier); // the call is answered
    EXPECT_EQ(agent.state(), AgentSession::State::InCall);
    ASSERT_EQ(focused(), field<QLineEdit>("phone"));

    type(QStringLiteral("13911112222"));
    key(Qt::Key_Tab);
    ASSERT_EQ(focused(), field<QLineEdit>("callerName"));
    commit(QStringLiteral("王女士"));
    key(Qt::Key_Tab);
    ASSERT_EQ(focused(), field<QComboBox>("gender"));
    type(QStringLiteral("2")); // 2 女
    key(Qt::Key_Tab);
    ASSERT_EQ(focused(), field<QPlainTextEdit>("description"));
    commit(QStringLiteral("小区门口的路灯连续一周晚上不亮，老人出门不安全，希望尽快修好。"));
    key(Qt::Key_Tab);

    // Address by community name: the list opens, Enter takes the first line.
    auto *address = field<SuggestField>("address");
    ASSERT_EQ(focused(), address);
    commit(QStringLiteral("牛街西里二区"));
    ASSERT_TRUE(address->isListVisible());
    QAbstractItemModelTester tester(const_cast<SuggestionListModel *>(&address->suggestions()),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    key(Qt::Key_Return);
    EXPECT_FALSE(address->isListVisible());
    EXPECT_EQ(field<QLabel>("addressPath")->text(), QStringLiteral("西城区 › 牛街街道 › 牛街西里二区社区"));
    key(Qt::Key_Tab);
    ASSERT_EQ(focused(), field<QLineEdit>("addressDetail"));
    commit(QStringLiteral("3号楼南侧"));
    key(Qt::Key_Tab);

    // Classification by pinyin initials.
    auto *classification = field<SuggestField>("classification");
    ASSERT_EQ(focused(), classification);
    type(QStringLiteral("yllhhw"));
    ASSERT_TRUE(classification->isListVisible());
    key(Qt::Key_Return);
    EXPECT_EQ(field<QLabel>("classificationPath")->text(), QStringLiteral("城乡建设 › 城市建设和市政管理 › 园林绿化环卫"));
    key(Qt::Key_Tab);
    ASSERT_EQ(focused(), field<QComboBox>("appealType"));
    type(QStringLiteral("2")); // 2 求助
    EXPECT_EQ(field<QLineEdit>("title")->text(), QStringLiteral("西城区牛街西里二区社区 · 园林绿化环卫"));

    key(Qt::Key_F4); // hang up: after-call work
    EXPECT_EQ(agent.state(), AgentSession::State::AfterCall);
    key(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(filed.count(), 1);
    const QString number = filed.first().first().toString();
    EXPECT_EQ(agent.state(), AgentSession::State::Ready);
    EXPECT_TRUE(window.findChild<QLabel *>(QStringLiteral("resultBanner"))->text().contains(number));
    EXPECT_TRUE(field<QLineEdit>("phone")->text().isEmpty()) << "the form is ready for the next call";
    EXPECT_EQ(focused(), field<QLineEdit>("phone"));

    const auto stored = orders.find(number);
    ASSERT_TRUE(stored.has_value());
    const WorkOrderDraft &d = stored->draft;
    EXPECT_EQ(d.phone, QStringLiteral("13911112222"));
    EXPECT_EQ(d.callerName, QStringLiteral("王女士"));
    EXPECT_EQ(d.gender, Gender::Female);
    EXPECT_EQ(d.appealType, AppealType::Help);
    EXPECT_EQ(d.address.districtCode, QStringLiteral("110102"));
    EXPECT_EQ(d.address.districtName, QStringLiteral("西城区"));
    EXPECT_EQ(d.address.streetCode, QStringLiteral("110102018"));
    EXPECT_EQ(d.address.streetName, QStringLiteral("牛街街道"));
    EXPECT_EQ(d.address.communityName, QStringLiteral("牛街西里二区社区"));
    EXPECT_EQ(d.address.detail, QStringLiteral("3号楼南侧"));
    EXPECT_EQ(d.classification.level3, QStringLiteral("园林绿化环卫"));
    EXPECT_EQ(d.title, QStringLiteral("西城区牛街西里二区社区 · 园林绿化环卫"));
    EXPECT_EQ(orders.pendingOutboxCount(), 1);
    EXPECT_TRUE(window.findChild<QLabel *>(QStringLiteral("syncState"))->text().contains(u'1'));
}

TEST_F(DeskWindowTest, SubmittingAnEmptyFormShowsMessagesNextToTheFields)
{
    key(Qt::Key_N, Qt::ControlModifier);
    type(QStringLiteral("12"));
    key(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(orders.recent().size(), 0);
    auto *phoneError = window.findChild<QLabel *>(QStringLiteral("phone-error"));
    ASSERT_NE(phoneError, nullptr);
    EXPECT_TRUE(phoneError->isVisible());
    EXPECT_TRUE(phoneError->text().contains(QStringLiteral("号码")));
    EXPECT_TRUE(window.findChild<QLabel *>(QStringLiteral("classification-error"))->isVisible());
    EXPECT_TRUE(window.findChild<QLabel *>(QStringLiteral("description-error"))->isVisible());
    EXPECT_EQ(focused(), field<QLineEdit>("phone")) << "focus goes to the first field to fix";
}

TEST_F(DeskWindowTest, AltLettersReachEveryField)
{
    const QList<std::pair<Qt::Key, const char *>> fields = {
        {Qt::Key_P, "phone"},       {Qt::Key_N, "callerName"},     {Qt::Key_G, "gender"},
        {Qt::Key_E, "description"}, {Qt::Key_A, "address"},        {Qt::Key_D, "addressDetail"},
        {Qt::Key_C, "classification"}, {Qt::Key_T, "appealType"}, {Qt::Key_U, "involvedUnit"},
        {Qt::Key_J, "urgency"},     {Qt::Key_I, "title"},          {Qt::Key_F, "reply"},
        {Qt::Key_Y, "wantsReply"},
        {Qt::Key_B, "callbackNumber"}, {Qt::Key_M, "confidential"}, {Qt::Key_R, "repeatCall"},
    };
    for (const auto &[letter, name] : fields) {
        key(letter, Qt::AltModifier);
        ASSERT_NE(focused(), nullptr);
        EXPECT_EQ(focused()->objectName(), QString::fromLatin1(name)) << "Alt+" << char(letter);
    }
}

TEST_F(DeskWindowTest, ShortcutOverlayOpensAndClosesWithF1)
{
    auto *overlay = window.findChild<QWidget *>(QStringLiteral("shortcutOverlay"));
    ASSERT_NE(overlay, nullptr);
    EXPECT_FALSE(overlay->isVisible());
    key(Qt::Key_F1);
    EXPECT_TRUE(overlay->isVisible());
    QStringList texts;
    for (QLabel *label : overlay->findChildren<QLabel *>())
        texts << label->text();
    EXPECT_TRUE(texts.join(u' ').contains(QStringLiteral("提交工单")));
    EXPECT_TRUE(texts.contains(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    key(Qt::Key_Escape);
    EXPECT_FALSE(overlay->isVisible());
    EXPECT_EQ(focused(), field<QLineEdit>("phone")) << "focus returns to where it was";
}

TEST_F(DeskWindowTest, RepeatCallerIsRecognisedAndLinked)
{
    WorkOrderDraft earlier;
    earlier.phone = QStringLiteral("13800001111");
    earlier.callerName = QStringLiteral("赵先生");
    earlier.gender = Gender::Male;
    earlier.appealType = AppealType::Complaint;
    earlier.classification = *indexes.catalog().leaf(indexes.catalog().suggest(QStringLiteral("小区管理"), 1).first().key);
    earlier.address = *indexes.divisions().addressFor(QStringLiteral("110102018010"));
    earlier.title = QStringLiteral("自来水发黄");
    earlier.description = QStringLiteral("家里自来水发黄两天");
    const auto first = orders.create(earlier, QStringLiteral("op1"));
    ASSERT_TRUE(first.ok()) << qPrintable(first.error());

    key(Qt::Key_N, Qt::ControlModifier);
    type(QStringLiteral("138 0000 1111"));
    auto *banner = window.findChild<QLabel *>(QStringLiteral("repeatBanner"));
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(first.value()));
    EXPECT_EQ(field<QLineEdit>("callerName")->text(), QStringLiteral("赵先生")) << "the caller is pre-filled";
    EXPECT_EQ(field<QComboBox>("gender")->currentIndex(), int(Gender::Male));
    key(Qt::Key_2, Qt::ControlModifier); // the caller-history tab
    settle();
    EXPECT_TRUE(window.docks()->isShown(window.historyPanel()));
    EXPECT_TRUE(window.historyPanel()->findChild<QLabel *>()->text().contains(QStringLiteral("1 张")));

    key(Qt::Key_R, Qt::ControlModifier);
    EXPECT_EQ(field<QComboBox>("repeatCall")->currentData().toString(), first.value());

    describeItemAndPlace(QStringLiteral("询问自来水发黄的处理进度"));
    QSignalSpy filed(&window, &DeskWindow::workOrderFiled);
    key(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(filed.count(), 1);
    const auto second = orders.find(filed.first().first().toString());
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(second->draft.repeatOf, first.value());
    const auto original = orders.find(first.value());
    EXPECT_EQ(original->repeatCalls, 1);
    EXPECT_EQ(orders.events(first.value()).last().type, EventType::RepeatCall);
}

TEST_F(DeskWindowTest, ClearAndTabShortcuts)
{
    key(Qt::Key_N, Qt::ControlModifier);
    type(QStringLiteral("13911112222"));
    key(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(field<QLineEdit>("phone")->text().isEmpty());
    key(Qt::Key_H, Qt::ControlModifier);
    settle();
    EXPECT_EQ(focused()->objectName(), QStringLiteral("callerHistory"));
    EXPECT_TRUE(window.docks()->isShown(window.historyPanel())) << "Ctrl+H showed the history panel";
    EXPECT_FALSE(window.docks()->isShown(window.knowledgePanel()));
    key(Qt::Key_1, Qt::ControlModifier);
    settle();
    EXPECT_TRUE(window.docks()->isShown(window.knowledgePanel())) << "Ctrl+1: knowledge base";
    EXPECT_FALSE(window.docks()->isShown(window.historyPanel()));
    key(Qt::Key_F4); // hang up
    EXPECT_EQ(agent.state(), AgentSession::State::AfterCall);
    key(Qt::Key_F8); // done with after-call work without filing: ready again
    EXPECT_EQ(agent.state(), AgentSession::State::Ready);
    key(Qt::Key_F8);
    EXPECT_EQ(agent.state(), AgentSession::State::NotReady);
    EXPECT_TRUE(window.findChild<QLabel *>(QStringLiteral("agentState"))->text().contains(QStringLiteral("示忙")));
}
