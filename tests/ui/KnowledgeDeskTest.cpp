// SPDX-License-Identifier: GPL-3.0-or-later
// The knowledge base on the desk, from the keyboard: Ctrl+K, a query, an arrow, F9; the
// related articles the description proposes; the editor's save, publish and withdraw.
#include "../StoreFixture.h"
#include "operator/DeskWindow.h"
#include "KeyboardDriver.h"
#include "editor/KbEditorWindow.h"
#include "telephony/AgentSession.h"
#include "kb/KbUsageEvent.h"
#include "kb/KnowledgeBase.h"
#include "store/Outbox.h"
#include "workorder/WorkOrderRepository.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QSignalSpy>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

class KnowledgeDeskTest : public ::testing::Test, protected KeyboardDriver {
protected:
    void SetUp() override
    {
        KbDraft passport;
        passport.title = QStringLiteral("补办普通护照");
        passport.questions = {QStringLiteral("护照丢了怎么办")};
        passport.answer = QStringLiteral("护照遗失后，先到公安机关出入境管理部门挂失，再携带身份证和照片申请补发，10个工作日办结。");
        passport.unit = QStringLiteral("北京市公安局出入境管理总队");
        heating.title = QStringLiteral("供暖开始时间");
        heating.answer = QStringLiteral("本市供暖期为11月15日至次年3月15日，室温不低于18摄氏度。");
        passportId = kb.articles().create(passport, QStringLiteral("editor")).value();
        ASSERT_TRUE(kb.articles().publish(passportId, QStringLiteral("editor")).ok());
        heatingId = kb.articles().create(heating, QStringLiteral("editor")).value();
        ASSERT_TRUE(kb.articles().publish(heatingId, QStringLiteral("editor")).ok());
        window.show();
        QApplication::setActiveWindow(&window);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    }

    // The knowledge-base usage this desk queued for the centre, oldest first.
    QVector<KbUsageEvent> usage() const
    {
        QVector<KbUsageEvent> events;
        for (const OutboxEntry &entry : Outbox(*fx.store).pending(200))
            if (entry.kind == QLatin1String("kb.usage"))
                if (Result<KbUsageEvent> event = KbUsageEvent::fromJson(entry.payload); event)
                    events.append(event.value());
        return events;
    }

    StoreFixture fx;
    WorkOrderRepository orders{*fx.store};
    ReferenceIndexes indexes{*fx.store, StoreFixture::pinyin()};
    KnowledgeBase kb{*fx.store, StoreFixture::pinyin()};
    AgentSession agent;
    DeskWindow window{*fx.store, orders, indexes, kb, agent};
    KbDraft heating;
    qint64 passportId = 0;
    qint64 heatingId = 0;
};

} // namespace

TEST_F(KnowledgeDeskTest, CtrlKQueryArrowAndF9AnswerTheCall)
{
    key(Qt::Key_N, Qt::ControlModifier);
    type(QStringLiteral("13911112222"));
    key(Qt::Key_E, Qt::AltModifier);
    commit(QStringLiteral("来电咨询暖气什么时候开始供应"));

    key(Qt::Key_K, Qt::ControlModifier);
    ASSERT_EQ(focused()->objectName(), QStringLiteral("kbSearch"));
    commit(QStringLiteral("護照"));                 // traditional characters find 护照
    auto *results = window.findChild<QListView *>(QStringLiteral("kbResults"));
    ASSERT_EQ(results->model()->rowCount(), 1);
    key(Qt::Key_Backspace);
    key(Qt::Key_Backspace);
    commit(QStringLiteral("供暖 护照"));
    ASSERT_EQ(results->model()->rowCount(), 2);
    const QString first = results->currentIndex().data().toString();
    key(Qt::Key_Down);
    const QString second = results->currentIndex().data().toString();
    EXPECT_NE(first, second);
    key(Qt::Key_Up);
    ASSERT_EQ(results->currentIndex().data().toString(), first);
    const bool heatingFirst = first == heating.title;
    if (!heatingFirst)
        key(Qt::Key_Down);
    ASSERT_EQ(results->currentIndex().data().toString(), heating.title);
    key(Qt::Key_Return); // open the article
    EXPECT_TRUE(window.findChild<QTextBrowser *>(QStringLiteral("kbArticle"))->toPlainText().contains(QStringLiteral("18摄氏度")));

    key(Qt::Key_F9); // take its answer
    auto *reply = window.findChild<QPlainTextEdit *>(QStringLiteral("reply"));
    EXPECT_EQ(reply->toPlainText(), heating.answer);
    EXPECT_TRUE(window.findChild<QLabel *>(QStringLiteral("replySource"))->text().contains(heating.title));

    key(Qt::Key_C, Qt::AltModifier);
    type(QStringLiteral("dongjicainuan")); // 冬季采暖, by whole syllables
    key(Qt::Key_Return);
    QSignalSpy filed(&window, &DeskWindow::workOrderFiled);
    key(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(filed.count(), 1) << qPrintable(window.findChild<QLabel *>(QStringLiteral("resultBanner"))->text());
    const QString number = filed.first().first().toString();
    const auto order = orders.find(number);
    ASSERT_TRUE(order.has_value());
    EXPECT_EQ(order->status, OrderStatus::Answered) << "answered on the call";
    EXPECT_EQ(order->reply, heating.answer);
    const WorkOrderEvent answered = orders.events(number).last();
    EXPECT_EQ(answered.type, EventType::Answered);
    EXPECT_EQ(answered.payload.value(QStringLiteral("article")).toInteger(), heatingId);
    EXPECT_EQ(answered.payload.value(QStringLiteral("version")).toInt(), 1);

    // What the operator looked up and took is queued as the floor's evidence, with the query.
    const QVector<KbUsageEvent> events = usage();
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events.at(0).action, KbUsageEvent::Action::Opened);
    EXPECT_EQ(events.at(1).action, KbUsageEvent::Action::Taken);
    for (const KbUsageEvent &event : events) {
        EXPECT_EQ(event.query, QStringLiteral("供暖 护照"));
        EXPECT_EQ(event.articleKey, kb.articles().article(heatingId)->sourceKey);
    }
}

TEST_F(KnowledgeDeskTest, AProposedArticleTakenWithF9TeachesNoPhrasing)
{
    key(Qt::Key_N, Qt::ControlModifier);
    key(Qt::Key_E, Qt::AltModifier);
    commit(QStringLiteral("来电人说护照丢了，想知道去哪里补办"));
    auto *results = window.findChild<QListView *>(QStringLiteral("kbResults"));
    QTRY_COMPARE_WITH_TIMEOUT(results->model()->rowCount() > 0, true, 3000);
    key(Qt::Key_F9);
    const QVector<KbUsageEvent> events = usage();
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.front().action, KbUsageEvent::Action::Taken);
    EXPECT_TRUE(events.front().query.isEmpty()) << "the description is not a query";
    EXPECT_EQ(events.front().articleKey, kb.articles().article(passportId)->sourceKey);
}

TEST_F(KnowledgeDeskTest, AQueryThatFoundNothingIsQueuedForTheEditorsWhenTheCallEnds)
{
    key(Qt::Key_N, Qt::ControlModifier);
    key(Qt::Key_K, Qt::ControlModifier);
    commit(QStringLiteral("无人机备案"));
    EXPECT_TRUE(window.findChild<QLabel *>(QStringLiteral("kbHeading"))->text().contains(QStringLiteral("没有找到")));
    key(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier); // the form cleared for the next call
    const QVector<KbUsageEvent> events = usage();
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.front().action, KbUsageEvent::Action::Nothing);
    EXPECT_EQ(events.front().query, QStringLiteral("无人机备案"));
}

TEST_F(KnowledgeDeskTest, DescriptionProposesRelatedArticlesWithoutTakingFocus)
{
    key(Qt::Key_N, Qt::ControlModifier);
    key(Qt::Key_E, Qt::AltModifier);
    auto *description = focused();
    commit(QStringLiteral("来电人说护照丢了，想知道去哪里补办"));
    auto *results = window.findChild<QListView *>(QStringLiteral("kbResults"));
    QTRY_COMPARE_WITH_TIMEOUT(results->model()->rowCount() > 0, true, 3000);
    EXPECT_EQ(results->currentIndex().data().toString(), QStringLiteral("补办普通护照"));
    EXPECT_EQ(focused(), description) << "the operator keeps typing";
    EXPECT_TRUE(window.findChild<QLabel *>(QStringLiteral("kbHeading"))->text().contains(QStringLiteral("相关")));
}

TEST_F(KnowledgeDeskTest, EditorSavesPublishesAndWithdrawsFromTheKeyboard)
{
    key(Qt::Key_E, Qt::ControlModifier);
    auto *editor = window.findChild<KbEditorWindow *>();
    ASSERT_NE(editor, nullptr);
    QApplication::setActiveWindow(editor);
    ASSERT_TRUE(QTest::qWaitForWindowActive(editor));
    key(Qt::Key_N, Qt::ControlModifier);
    ASSERT_EQ(focused()->objectName(), QStringLiteral("kbTitle"));
    commit(QStringLiteral("冬季清雪铲冰责任"));
    key(Qt::Key_Tab);
    commit(QStringLiteral("门前的雪谁来扫"));
    key(Qt::Key_Tab);
    ASSERT_EQ(focused()->objectName(), QStringLiteral("kbAnswer"));
    commit(QStringLiteral("临街单位和门店负责门前清雪，市政道路由环卫部门负责。"));
    key(Qt::Key_B, Qt::AltModifier);
    type(QStringLiteral("2026-02-30"));
    key(Qt::Key_S, Qt::ControlModifier);
    auto *message = editor->findChild<QLabel *>(QStringLiteral("kbMessage"));
    EXPECT_TRUE(message->text().contains(QStringLiteral("无效"))) << qPrintable(message->text());
    EXPECT_EQ(editor->currentArticle(), 0) << "nothing saved";

    key(Qt::Key_B, Qt::AltModifier);
    focused()->metaObject()->invokeMethod(focused(), "clear");
    type(QStringLiteral("2026-11-01"));
    key(Qt::Key_S, Qt::ControlModifier);
    const qint64 id = editor->currentArticle();
    ASSERT_GT(id, 0) << qPrintable(message->text());
    EXPECT_TRUE(kb.search().search(QStringLiteral("清雪"), 5, QDate(2026, 12, 1)).isEmpty()) << "a draft is not searchable";

    key(Qt::Key_P, Qt::ControlModifier);
    EXPECT_TRUE(message->text().contains(QStringLiteral("已发布"))) << qPrintable(message->text());
    const auto published = kb.search().search(QStringLiteral("清雪"), 5, QDate(2026, 12, 1));
    ASSERT_EQ(published.size(), 1) << "searchable the moment it is published";
    EXPECT_EQ(published.first().articleId, id);

    key(Qt::Key_A, Qt::AltModifier);
    commit(QStringLiteral("补充：积雪超过10厘米时可拨打12345。"));
    key(Qt::Key_P, Qt::ControlModifier);
    EXPECT_EQ(kb.search().search(QStringLiteral("清雪"), 5, QDate(2026, 12, 1)).first().version, 2);
    auto *history = editor->findChild<QListWidget *>(QStringLiteral("kbHistory"));
    ASSERT_EQ(history->count(), 2);
    key(Qt::Key_H, Qt::ControlModifier);
    key(Qt::Key_Down);
    key(Qt::Key_Return);
    EXPECT_TRUE(editor->findChild<QTextBrowser *>(QStringLiteral("kbPreview"))->toPlainText().contains(QStringLiteral("第 1 版")));

    key(Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(kb.search().search(QStringLiteral("清雪"), 5, QDate(2026, 12, 1)).isEmpty()) << "withdrawn";
    editor->close();
}
