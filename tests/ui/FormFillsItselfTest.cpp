// SPDX-License-Identifier: GPL-3.0-or-later
// The form fills itself, driven through the real desk window with key events only: what the
// description names fills the place and suggests items, F2 takes the first item, what the
// operator typed stays, and Ctrl+Enter dispatches the order to the unit the form proposed.
#include "../ProposalFixture.h"
#include "../StoreFixture.h"
#include "operator/DeskWindow.h"
#include "KeyboardDriver.h"
#include "operator/ShortcutCatalog.h"
#include "common/SuggestField.h"
#include "operator/WorkOrderForm.h"
#include "telephony/AgentSession.h"
#include "desk/FilingDispatch.h"
#include "desk/FormProposals.h"
#include "kb/KnowledgeBase.h"
#include "workorder/WorkOrderRepository.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

class FormFillsItselfTest : public ::testing::Test, protected KeyboardDriver {
protected:
    explicit FormFillsItselfTest(bool withModel = true) : imported((importProposalData(*fx.store, withModel), true)) {}

    void SetUp() override
    {
        window.setProposals(&proposals);
        window.show();
        QApplication::setActiveWindow(&window);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    }

    template <typename T>
    T *field(const char *name) const { return window.findChild<T *>(QString::fromLatin1(name)); }
    QString text(const char *label) const { return field<QLabel>(label)->text(); }
    bool shown(const char *label) const { return field<QLabel>(label)->isVisible(); }

    // Answers the call, the caller's number as caller ID would give it, and goes to the description.
    void answerAndDescribe(const char *description)
    {
        key(Qt::Key_N, Qt::ControlModifier);
        type(QStringLiteral("13911112222"));
        key(Qt::Key_E, Qt::AltModifier);
        ASSERT_EQ(focused(), field<QPlainTextEdit>("description"));
        commit(QString::fromUtf8(description));
    }

    // Ctrl+Enter; the number filed.
    QString submit()
    {
        QSignalSpy filed(&window, &DeskWindow::workOrderFiled);
        key(Qt::Key_Return, Qt::ControlModifier);
        EXPECT_EQ(filed.count(), 1) << qPrintable(window.statusBar()->currentMessage());
        return filed.isEmpty() ? QString() : filed.first().first().toString();
    }

    StoreFixture fx;
    bool imported;
    WorkOrderRepository orders{*fx.store};
    ReferenceIndexes indexes{*fx.store, StoreFixture::pinyin()};
    FormProposals proposals{*fx.store, indexes};
    AgentSession agent;
    KnowledgeBase kb{*fx.store, StoreFixture::pinyin()};
    DeskWindow window{*fx.store, orders, indexes, kb, agent};
};

class WithoutAModel : public FormFillsItselfTest {
protected:
    WithoutAModel() : FormFillsItselfTest(false) {}
};

} // namespace

TEST_F(FormFillsItselfTest, TheDescriptionFillsThePlaceAndSuggestsItems)
{
    answerAndDescribe("牛街西里二区3号楼门口的路灯坏了，晚上很黑");
    EXPECT_EQ(field<SuggestField>("address")->text(), QStringLiteral("牛街西里二区社区"));
    EXPECT_EQ(text("addressPath"), QStringLiteral("西城区 › 牛街街道 › 牛街西里二区社区"));
    EXPECT_EQ(field<QLineEdit>("addressDetail")->text(), QStringLiteral("牛街西里二区3号楼门口"));
    ASSERT_TRUE(shown("suggestedItems"));
    EXPECT_TRUE(text("suggestedItems").contains(QStringLiteral("F2"))) << qPrintable(text("suggestedItems"));
    EXPECT_TRUE(text("suggestedItems").contains(QStringLiteral("市政设施 › 路灯"))) << qPrintable(text("suggestedItems"));
    EXPECT_FALSE(shown("classificationPath")) << "a suggestion is an offer, not a choice";

    // The description changes its mind: the place follows, until the operator sets one.
    key(Qt::Key_A, Qt::ControlModifier);
    commit(QStringLiteral("七里庄地铁站A口的路灯坏了"));
    EXPECT_TRUE(text("addressPath").startsWith(QStringLiteral("丰台区"))) << qPrintable(text("addressPath"));
    EXPECT_TRUE(text("addressPath").contains(QStringLiteral("已在地图上定位"))) << qPrintable(text("addressPath"));
    EXPECT_EQ(field<QLineEdit>("addressDetail")->text(), QStringLiteral("七里庄地铁站A口"));
    key(Qt::Key_A, Qt::ControlModifier);
    commit(QStringLiteral("路灯坏了，在哪里没说清楚"));
    EXPECT_TRUE(field<SuggestField>("address")->text().isEmpty());
    EXPECT_TRUE(field<QLineEdit>("addressDetail")->text().isEmpty());
    EXPECT_FALSE(shown("addressPath"));
}

TEST_F(FormFillsItselfTest, F2TakesTheFirstSuggestionThenTheNext)
{
    answerAndDescribe("广安门内大街与牛街路口的路灯不亮");
    auto *description = field<QPlainTextEdit>("description");
    key(Qt::Key_F2);
    EXPECT_EQ(focused(), description) << "the operator goes on typing";
    EXPECT_EQ(text("classificationPath"), QStringLiteral("城乡建设 › 市政设施 › 路灯"));
    EXPECT_EQ(field<SuggestField>("classification")->text(), QStringLiteral("路灯"));
    EXPECT_TRUE(field<QLineEdit>("title")->text().contains(QStringLiteral("路灯"))) << qPrintable(field<QLineEdit>("title")->text());
    ASSERT_TRUE(shown("unitProposal"));
    EXPECT_EQ(text("unitProposal"), QStringLiteral("承办单位建议：西城区城市管理委员会 · 路灯 · 市政道路 · 西城区 → 西城区城市管理委员会"));

    key(Qt::Key_F2);
    EXPECT_NE(text("classificationPath"), QStringLiteral("城乡建设 › 市政设施 › 路灯")) << "again: the next suggestion";
    EXPECT_EQ(ShortcutCatalog::keys(QStringLiteral("takeSuggestion")), QKeySequence(Qt::Key_F2));
    int sameKey = 0;
    for (const ShortcutEntry &entry : ShortcutCatalog::actions())
        sameKey += entry.keys == QKeySequence(Qt::Key_F2) ? 1 : 0;
    EXPECT_EQ(sameKey, 1) << "F2 is bound once";
}

TEST_F(FormFillsItselfTest, WhatTheOperatorTypedIsNeverOverwritten)
{
    key(Qt::Key_N, Qt::ControlModifier);
    type(QStringLiteral("13911112222"));
    key(Qt::Key_D, Qt::AltModifier);
    commit(QStringLiteral("3号楼南侧"));
    key(Qt::Key_C, Qt::AltModifier);
    commit(QStringLiteral("井盖"));
    key(Qt::Key_Return);
    EXPECT_EQ(text("classificationPath"), QStringLiteral("城乡建设 › 市政设施 › 井盖"));
    key(Qt::Key_E, Qt::AltModifier);
    commit(QStringLiteral("牛街西里二区门口的路灯坏了"));
    EXPECT_EQ(field<QLineEdit>("addressDetail")->text(), QStringLiteral("3号楼南侧"));
    EXPECT_EQ(text("addressPath"), QStringLiteral("西城区 › 牛街街道 › 牛街西里二区社区")) << "the picker was not touched";
    key(Qt::Key_F2);
    EXPECT_EQ(text("classificationPath"), QStringLiteral("城乡建设 › 市政设施 › 井盖"));
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("接线员选定")))
        << qPrintable(window.statusBar()->currentMessage());

    // The place picked by the operator stays whatever the description says next.
    key(Qt::Key_A, Qt::AltModifier);
    commit(QStringLiteral("广安门内街道"));
    key(Qt::Key_Return);
    key(Qt::Key_E, Qt::AltModifier);
    key(Qt::Key_End, Qt::ControlModifier);
    commit(QStringLiteral("，七里庄地铁站也有"));
    EXPECT_EQ(text("addressPath"), QStringLiteral("西城区 › 广安门内街道"));
    EXPECT_EQ(field<QLineEdit>("addressDetail")->text(), QStringLiteral("3号楼南侧"));
}

TEST_F(FormFillsItselfTest, CtrlEnterDispatchesToTheProposedUnitForReview)
{
    answerAndDescribe("广安门内大街与牛街路口的路灯不亮，晚上过马路很危险");
    key(Qt::Key_F2);
    const QString number = submit();
    ASSERT_FALSE(number.isEmpty());
    const QJsonObject payload = dispatchedPayload(orders, number);
    EXPECT_EQ(payload.value(QStringLiteral("unit")).toString(), QStringLiteral("CGW-110102"));
    EXPECT_EQ(payload.value(QStringLiteral("reason")).toString(), QStringLiteral("路灯 · 市政道路 · 西城区 → 西城区城市管理委员会"));
    EXPECT_TRUE(payload.value(QStringLiteral("review")).toBool()) << "the default policy reviews every dispatch";
    EXPECT_GT(payload.value(QStringLiteral("confidence")).toDouble(), 0.5);
    EXPECT_EQ(orders.find(number)->status, OrderStatus::PendingReview);
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("等待派单员审核")))
        << qPrintable(window.statusBar()->currentMessage());
    EXPECT_FALSE(shown("unitProposal")) << "the form is clear for the next call";
    EXPECT_FALSE(shown("suggestedItems"));
    EXPECT_TRUE(field<QLineEdit>("title")->text().isEmpty()) << qPrintable(field<QLineEdit>("title")->text());
    EXPECT_TRUE(field<QLineEdit>("addressDetail")->text().isEmpty());
}

TEST_F(FormFillsItselfTest, WithPolicyNoneTheOrderGoesOutAtOnce)
{
    ASSERT_TRUE(FilingDispatch::setReviewPolicy(*fx.store, QStringLiteral("none")).ok());
    answerAndDescribe("广安门内大街与牛街路口的路灯不亮");
    key(Qt::Key_F2);
    const QString number = submit();
    ASSERT_FALSE(number.isEmpty());
    EXPECT_EQ(orders.find(number)->status, OrderStatus::Dispatched);
    EXPECT_EQ(orders.find(number)->dispatchedTo, QStringLiteral("CGW-110102"));
    EXPECT_FALSE(dispatchedPayload(orders, number).value(QStringLiteral("review")).toBool());
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("已派给 西城区城市管理委员会")))
        << qPrintable(window.statusBar()->currentMessage());
}

TEST_F(FormFillsItselfTest, TheInvolvedUnitPickedOverridesTheProposal)
{
    ASSERT_TRUE(FilingDispatch::setReviewPolicy(*fx.store, QStringLiteral("confidence<0.9")).ok());
    answerAndDescribe("牛街西里二区3号楼门口的路灯不亮");
    key(Qt::Key_F2);
    key(Qt::Key_U, Qt::AltModifier);
    commit(QStringLiteral("西城区园林绿化局"));
    key(Qt::Key_Return);
    EXPECT_TRUE(text("unitProposal").startsWith(QStringLiteral("承办单位：西城区园林绿化局"))) << qPrintable(text("unitProposal"));
    const QString number = submit();
    ASSERT_FALSE(number.isEmpty());
    const QJsonObject payload = dispatchedPayload(orders, number);
    EXPECT_EQ(payload.value(QStringLiteral("unit")).toString(), QStringLiteral("YLJ-110102"));
    EXPECT_DOUBLE_EQ(payload.value(QStringLiteral("confidence")).toDouble(), 1.0);
    EXPECT_EQ(orders.find(number)->status, OrderStatus::Dispatched) << "sure enough for confidence<0.9";
}

TEST_F(FormFillsItselfTest, WithoutAUnitTheOrderWaitsForTheDispatcher)
{
    // A consultation needs no place, and without one no unit can be proposed.
    answerAndDescribe("路灯坏了找谁修");
    key(Qt::Key_F2);
    EXPECT_EQ(text("unitProposal"), QStringLiteral("承办单位建议：暂无，提交后由派单员派单"));
    key(Qt::Key_I, Qt::AltModifier);
    commit(QStringLiteral("路灯报修咨询"));
    const QString number = submit();
    ASSERT_FALSE(number.isEmpty());
    EXPECT_EQ(orders.find(number)->status, OrderStatus::Open);
    EXPECT_EQ(orders.events(number).size(), 1);
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("转派单员派单")))
        << qPrintable(window.statusBar()->currentMessage());
}

TEST_F(WithoutAModel, NoModelShowsNoSuggestionAndNoError)
{
    answerAndDescribe("牛街西里二区3号楼门口的路灯坏了");
    EXPECT_FALSE(shown("suggestedItems"));
    EXPECT_EQ(text("addressPath"), QStringLiteral("西城区 › 牛街街道 › 牛街西里二区社区")) << "the place is found all the same";
    key(Qt::Key_F2);
    EXPECT_TRUE(text("classificationPath").isEmpty());
    EXPECT_FALSE(window.statusBar()->currentMessage().isEmpty());
}
