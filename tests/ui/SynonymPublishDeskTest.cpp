// SPDX-License-Identifier: GPL-3.0-or-later
// The synonym page against a real centre: an editor adds a group by keys, signs in with
// Ctrl+Shift+I and publishes it with Ctrl+P; the centre has it (on record as the editor's),
// this desk's store has it at once, and an operator's desk that pulls finds with it. What that desk searched
// without taking anything is on the misses page on F5, most frequent first, and Enter sends
// it to the preview. Signed in as an operator, the centre refuses and the edit is kept.
#include "../sync/CentralHarness.h"
#include "KeyboardDriver.h"
#include "common/SignInDialog.h"
#include "editor/KbEditorWindow.h"
#include "editor/MissListPage.h"
#include "editor/SynonymPage.h"
#include "kb/KbUsageRecorder.h"

#include <QPointer>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {
qint64 publishArticle(DeskHarness &desk, const char *title, const char *answer)
{
    KbDraft draft;
    draft.title = QString::fromUtf8(title);
    draft.answer = QString::fromUtf8(answer);
    const Result<qint64> id = desk.kb->articles().create(draft, QStringLiteral("editor"));
    EXPECT_TRUE(id.ok());
    EXPECT_TRUE(desk.kb->articles().publish(id.value(), QStringLiteral("editor")).ok());
    return id.value();
}

qint64 top(const DeskHarness &desk, const QString &query)
{
    const QVector<KbHit> hits = desk.kb->search().search(query, 5);
    return hits.isEmpty() ? 0 : hits.first().articleId;
}
} // namespace

TEST(SynonymPublishDeskTest, CtrlPPublishesTheEditorsGroupsToEveryDesk)
{
    QTemporaryDir dir;
    const QString database = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("central.sqlite"));
    CentralProcess central(database);
    ASSERT_TRUE(central.addUser(QStringLiteral("editor1"), QStringLiteral("kb_editor")));
    ASSERT_TRUE(central.addUser(QStringLiteral("op1"), QStringLiteral("operator")));
    ASSERT_TRUE(central.start()) << qPrintable(central.log());

    DeskHarness editorDesk(dir.filePath(QStringLiteral("editor.sqlite")));
    DeskHarness desk(dir.filePath(QStringLiteral("desk.sqlite")));
    ASSERT_TRUE(desk.signIn(central.url(), QStringLiteral("op1")));
    const qint64 lost =
        publishArticle(desk, "遗失物品的登记与招领", "在公共场所遗失物品的，可到属地派出所登记，招领信息在网站公布。");
    const qint64 editorLost = publishArticle(editorDesk, "遗失物品的登记与招领",
                                             "在公共场所遗失物品的，可到属地派出所登记，招领信息在网站公布。");
    ASSERT_NE(top(desk, QStringLiteral("钱包丢了")), lost);

    KbEditorWindow window(*editorDesk.kb, QStringLiteral("editor1"));
    window.setSync(editorDesk.sync.get());
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    SynonymPage *page = window.synonyms();

    // A group typed; Ctrl+P before signing in keeps it and says why.
    KeyboardDriver::key(Qt::Key_2, Qt::ControlModifier);
    KeyboardDriver::key(Qt::Key_N, Qt::ControlModifier);
    KeyboardDriver::commit(QStringLiteral("丢了|遗失"));
    KeyboardDriver::key(Qt::Key_Return);
    ASSERT_TRUE(page->draft().isChanged()) << qPrintable(page->message());
    KeyboardDriver::key(Qt::Key_P, Qt::ControlModifier);
    EXPECT_TRUE(page->message().contains(QStringLiteral("未登录中心"))) << qPrintable(page->message());
    EXPECT_EQ(centralCount(database, QStringLiteral("SELECT count(*) FROM changes WHERE kind = 'reference.synonyms'")),
              0);

    // Ctrl+Shift+I: the window's sign-in, typed; then Ctrl+P publishes.
    KeyboardDriver::key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<SignInDialog> dialog = window.findChild<SignInDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    ASSERT_EQ(KeyboardDriver::focused()->objectName(), QStringLiteral("centralUrl"));
    KeyboardDriver::type(central.url().toString());
    KeyboardDriver::key(Qt::Key_Tab);
    KeyboardDriver::type(QStringLiteral("editor1"));
    KeyboardDriver::key(Qt::Key_Tab);
    KeyboardDriver::type(QStringLiteral("password-1"));
    KeyboardDriver::key(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return !dialog || !dialog->isVisible(); }, 15000));
    ASSERT_TRUE(editorDesk.sync->signedIn());
    EXPECT_EQ(editorDesk.sync->role(), QStringLiteral("kb_editor"));
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    page->groupTable()->setFocus();
    KeyboardDriver::key(Qt::Key_P, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return page->message().contains(QStringLiteral("已发布")); }, 15000))
        << qPrintable(page->message());
    EXPECT_FALSE(page->draft().isChanged());
    EXPECT_EQ(centralCount(database, QStringLiteral("SELECT count(*) FROM changes WHERE kind = 'reference.synonyms'")),
              1);
    EXPECT_EQ(
        centralCount(
            database,
            QStringLiteral("SELECT count(*) FROM audit_log WHERE login = 'editor1' AND target = 'reference:synonyms'")),
        1);
    EXPECT_EQ(top(editorDesk, QStringLiteral("钱包丢了")), editorLost) << "this desk uses them at once";
    EXPECT_EQ(page->groupTable()->item(0, 2)->text(), QString()) << "published: no longer marked as new";

    ASSERT_TRUE(desk.syncUntilIdle());
    EXPECT_EQ(top(desk, QStringLiteral("钱包丢了")), lost) << "the operator's desk finds with the published group";

    // The operator's desk searched without taking anything (twice one query, once another):
    // the editor's misses page reads them from the centre on F5, most frequent first.
    {
        KbUsageRecorder recorder(*desk.store, *desk.kb);
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-600);
        recorder.searched(QStringLiteral("无人机备案"), 0, start);
        ASSERT_TRUE(recorder.callEnded(start.addSecs(30)).ok());
        for (int call = 0; call < 2; ++call) {
            recorder.searched(QStringLiteral("电动车上牌"), 0, start.addSecs(60 + call * 60));
            ASSERT_TRUE(recorder.callEnded(start.addSecs(90 + call * 60)).ok());
        }
    }
    ASSERT_TRUE(desk.syncUntilIdle());
    KeyboardDriver::key(Qt::Key_3, Qt::ControlModifier);
    MissListPage *misses = window.misses();
    ASSERT_EQ(window.pages()->currentWidget(), misses);
    KeyboardDriver::key(Qt::Key_F5);
    ASSERT_TRUE(waitUntil([&] { return misses->table()->rowCount() == 2; }, 15000)) << qPrintable(misses->message());
    const QString first = misses->table()->item(0, MissListPage::QueryColumn)->text();
    EXPECT_TRUE(first.contains(QStringLiteral("电动车上牌"))) << qPrintable(first);
    EXPECT_EQ(misses->table()->item(0, MissListPage::NothingColumn)->text(), QStringLiteral("2"));
    EXPECT_TRUE(misses->table()->item(1, MissListPage::QueryColumn)->text().contains(QStringLiteral("无人机")));
    // Enter: to the synonym preview.
    misses->table()->setFocus();
    misses->table()->setCurrentCell(0, 0);
    KeyboardDriver::key(Qt::Key_Return);
    ASSERT_EQ(window.pages()->currentWidget(), page);
    EXPECT_EQ(page->previewQueries().value(0), first);

    // Signed in as an operator, the centre refuses: said so, the edit kept, nothing published.
    ASSERT_TRUE(editorDesk.signIn(central.url(), QStringLiteral("op1")));
    KeyboardDriver::key(Qt::Key_2, Qt::ControlModifier);
    KeyboardDriver::key(Qt::Key_N, Qt::ControlModifier);
    KeyboardDriver::commit(QStringLiteral("驾照|驾驶证"));
    KeyboardDriver::key(Qt::Key_Return);
    KeyboardDriver::key(Qt::Key_P, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return page->message().contains(QStringLiteral("没有接受")); }, 15000))
        << qPrintable(page->message());
    EXPECT_TRUE(page->draft().isChanged());
    EXPECT_EQ(centralCount(database, QStringLiteral("SELECT count(*) FROM changes WHERE kind = 'reference.synonyms'")),
              1);
    EXPECT_EQ(KbSynonyms::storedGroups(*editorDesk.store).size(), 1) << "nothing written locally either";
}
