// SPDX-License-Identifier: GPL-3.0-or-later
// The editor's synonym and misses pages driven by keys only. Synonyms: a group typed with
// Ctrl+N changes the preview of a query (钱包丢了 finds the 遗失 article only with 丢了|遗失),
// a bad group is refused with the reason and nothing changes, F2 edits, Del deletes, Ctrl+Z
// goes back to the published groups, Ctrl+P without a centre says so and keeps the edits. The
// misses: most frequent first, Ctrl+F filters, Enter sends a query to the synonym preview,
// Ctrl+N starts an article titled with it.
#include "KbTestArticles.h"
#include "KeyboardDriver.h"
#include "common/Confirm.h"
#include "editor/ArticlePage.h"
#include "editor/KbEditorWindow.h"
#include "editor/MissListPage.h"
#include "editor/SynonymPage.h"
#include "kb/KnowledgeBase.h"
#include "pinyin/PinyinTable.h"
#include "store/LocalStore.h"
#include "sync/ReferenceData.h"

#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {
void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    KeyboardDriver::key(k, modifiers);
}

QWidget *focused()
{
    return KeyboardDriver::focused();
}

QString text(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

class KbEditorPagesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto opened = LocalStore::open(dir.filePath(QStringLiteral("desk.sqlite")));
        ASSERT_TRUE(opened.ok());
        store = std::move(opened).value();
        kb = std::make_unique<KnowledgeBase>(*store, PinyinTable::builtIn());
        lost = publish("遗失物品的登记与招领", "在公共场所遗失物品的，可到属地派出所登记，招领信息在网站公布。");
        publish("供暖开始时间和室温标准", "本市供暖期为11月15日至次年3月15日，室温不低于18摄氏度。");
        publish("补办普通护照", "护照遗失后，先到出入境管理部门挂失，再申请补发。");
        ASSERT_TRUE(
            ReferenceData::import(*store, QStringLiteral("synonyms"), "terms,note\n电表|电能表,计量器具\n").ok());
        window = std::make_unique<KbEditorWindow>(*kb, QStringLiteral("editor"));
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
    void TearDown() override { Confirm::setNextAnswer(std::nullopt); }
    qint64 publish(const char *title, const char *answer) { return test::publishArticle(*kb, title, answer); }
    // The store's groups, as the desk's search uses them.
    QStringList storedGroups() const
    {
        QStringList groups;
        for (const KbSynonyms::Group &group : KbSynonyms::storedGroups(*store))
            groups.append(group.terms.join(u'|'));
        return groups;
    }

    QTemporaryDir dir;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<KnowledgeBase> kb;
    std::unique_ptr<KbEditorWindow> window;
    qint64 lost = 0;
};
} // namespace

TEST_F(KbEditorPagesTest, SynonymGroupsEditedByKeysWithTheirPreview)
{
    key(Qt::Key_2, Qt::ControlModifier);
    SynonymPage *page = window->synonyms();
    ASSERT_EQ(window->pages()->currentWidget(), page);
    QTableWidget *groups = page->groupTable();
    QTableWidget *preview = page->previewTable();
    ASSERT_EQ(groups->rowCount(), 1);
    EXPECT_EQ(text(groups, 0, 0), QStringLiteral("电表 | 电能表"));
    EXPECT_EQ(text(groups, 0, 1), QStringLiteral("计量器具"));
    ASSERT_EQ(focused(), groups);

    // A query in the preview: with the published groups it does not find the 遗失 article.
    key(Qt::Key_G, Qt::AltModifier);
    ASSERT_EQ(focused()->objectName(), QStringLiteral("synonymQuery"));
    KeyboardDriver::commit(QStringLiteral("钱包丢了"));
    key(Qt::Key_Return);
    ASSERT_GE(preview->rowCount(), 1);
    EXPECT_EQ(text(preview, 0, SynonymPage::QueryColumn), QStringLiteral("钱包丢了"));
    EXPECT_FALSE(text(preview, 0, SynonymPage::BeforeColumn).startsWith(QStringLiteral("遗失物品")));
    EXPECT_FALSE(text(preview, 0, SynonymPage::AfterColumn).startsWith(QStringLiteral("遗失物品")));
    EXPECT_EQ(text(preview, 0, SynonymPage::ChangeColumn), QString());

    // Ctrl+N: a new group, typed, Enter takes it; the preview finds the article with it.
    key(Qt::Key_N, Qt::ControlModifier);
    ASSERT_EQ(focused(), page->termsEdit());
    KeyboardDriver::commit(QStringLiteral("丢了|遗失"));
    key(Qt::Key_O, Qt::AltModifier);
    ASSERT_EQ(focused()->objectName(), QStringLiteral("synonymNote"));
    KeyboardDriver::commit(QStringLiteral("口语的说法"));
    key(Qt::Key_Return);
    ASSERT_EQ(groups->rowCount(), 2) << qPrintable(page->message());
    EXPECT_EQ(text(groups, 1, 0), QStringLiteral("丢了 | 遗失"));
    EXPECT_EQ(text(groups, 1, 2), QStringLiteral("新增"));
    EXPECT_EQ(focused(), groups);
    EXPECT_FALSE(text(preview, 0, SynonymPage::BeforeColumn).startsWith(QStringLiteral("遗失物品")));
    EXPECT_TRUE(text(preview, 0, SynonymPage::AfterColumn).startsWith(QStringLiteral("遗失物品的登记与招领")))
        << qPrintable(text(preview, 0, SynonymPage::AfterColumn));
    EXPECT_EQ(text(preview, 0, SynonymPage::ChangeColumn), QStringLiteral("变"));
    EXPECT_EQ(storedGroups(), QStringList{QStringLiteral("电表|电能表")}) << "nothing published or stored yet";

    // A bad group: refused with the reason, the list and the preview as they were.
    key(Qt::Key_N, Qt::ControlModifier);
    KeyboardDriver::commit(QStringLiteral("遗失|丢失"));
    key(Qt::Key_Return);
    EXPECT_TRUE(page->message().contains(QStringLiteral("已在第 2 行"))) << qPrintable(page->message());
    EXPECT_EQ(groups->rowCount(), 2);
    EXPECT_EQ(page->draft().groups().size(), 2);
    EXPECT_EQ(focused(), page->termsEdit()) << "the editor corrects it where it was typed";
    EXPECT_EQ(page->termsEdit()->text(), QStringLiteral("遗失|丢失"));
    EXPECT_TRUE(text(preview, 0, SynonymPage::AfterColumn).startsWith(QStringLiteral("遗失物品的登记与招领")));
    key(Qt::Key_Escape);
    EXPECT_EQ(focused(), groups);
    EXPECT_TRUE(page->termsEdit()->text().isEmpty());

    // F2 edits the selected group; Enter takes the change.
    key(Qt::Key_Home, Qt::ControlModifier);
    ASSERT_EQ(groups->currentRow(), 0);
    key(Qt::Key_F2);
    ASSERT_EQ(focused(), page->termsEdit());
    EXPECT_EQ(page->termsEdit()->text(), QStringLiteral("电表|电能表"));
    key(Qt::Key_End);
    KeyboardDriver::commit(QStringLiteral("|电度表"));
    key(Qt::Key_Return);
    EXPECT_EQ(text(groups, 0, 0), QStringLiteral("电表 | 电能表 | 电度表")) << qPrintable(page->message());
    EXPECT_EQ(text(groups, 0, 2), QStringLiteral("已改"));
    EXPECT_EQ(text(groups, 0, 1), QStringLiteral("计量器具")) << "the note stays";

    // Del deletes the 丢了 group: the preview loses the article again.
    key(Qt::Key_Down);
    ASSERT_EQ(groups->currentRow(), 1);
    key(Qt::Key_Delete);
    ASSERT_EQ(groups->rowCount(), 1);
    EXPECT_FALSE(text(preview, 0, SynonymPage::AfterColumn).startsWith(QStringLiteral("遗失物品")));
    EXPECT_EQ(text(preview, 0, SynonymPage::ChangeColumn), QString());
    EXPECT_EQ(page->draft().changes().changed, 1);

    // Ctrl+Z, confirmed: back to the published groups.
    Confirm::setNextAnswer(true);
    key(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(page->draft().isChanged());
    EXPECT_EQ(text(groups, 0, 0), QStringLiteral("电表 | 电能表"));
    EXPECT_EQ(text(groups, 0, 2), QString());

    // Ctrl+P without a centre: said so, the edit kept, nothing stored.
    key(Qt::Key_Insert);
    KeyboardDriver::commit(QStringLiteral("丢了、遗失"));
    key(Qt::Key_Return);
    ASSERT_EQ(groups->rowCount(), 2) << qPrintable(page->message());
    key(Qt::Key_P, Qt::ControlModifier);
    EXPECT_TRUE(page->message().contains(QStringLiteral("未登录中心"))) << qPrintable(page->message());
    EXPECT_TRUE(page->draft().isChanged());
    EXPECT_EQ(storedGroups(), QStringList{QStringLiteral("电表|电能表")});
    // A group still in the form is not published unseen: said so, the form kept.
    key(Qt::Key_N, Qt::ControlModifier);
    KeyboardDriver::commit(QStringLiteral("弄丢|丢掉"));
    key(Qt::Key_P, Qt::ControlModifier);
    EXPECT_TRUE(page->message().contains(QStringLiteral("没收下"))) << qPrintable(page->message());
    EXPECT_EQ(page->termsEdit()->text(), QStringLiteral("弄丢|丢掉"));
    key(Qt::Key_Escape);
    EXPECT_EQ(page->draft().groups().size(), 2);

    // Del on a preview row removes its query; Ctrl+1 goes back to the articles with their keys.
    preview->setFocus();
    key(Qt::Key_Delete);
    EXPECT_TRUE(page->previewQueries().isEmpty());
    EXPECT_EQ(preview->rowCount(), 0);
    EXPECT_EQ(page->draft().groups().size(), 2) << "Del in the preview deletes no group";
    key(Qt::Key_1, Qt::ControlModifier);
    ASSERT_EQ(window->pages()->currentWidget(), window->articles());
    key(Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(focused()->objectName(), QStringLiteral("kbTitle")) << "Ctrl+N is the articles' own on their page";
    EXPECT_EQ(page->draft().groups().size(), 2);
    // Ctrl+Shift+I on a window without the desk's sync: said so, no dialog.
    key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("没有启用")))
        << qPrintable(window->statusBar()->currentMessage());
}

TEST_F(KbEditorPagesTest, MissesMostFrequentFirstToThePreviewOrANewArticle)
{
    key(Qt::Key_3, Qt::ControlModifier);
    MissListPage *page = window->misses();
    ASSERT_EQ(window->pages()->currentWidget(), page);
    EXPECT_TRUE(page->message().contains(QStringLiteral("没有连接中心"))) << qPrintable(page->message());
    const QJsonObject answer = QJsonDocument::fromJson(R"({"misses":[
        {"query":"暖气片漏水","nothing":1,"again":1,"desks":1,"last":"2026-12-07T09:00:00Z"},
        {"query":"钱包丢了","nothing":3,"again":2,"desks":2,"last":"2026-12-07T10:00:00Z"},
        {"query":"头一回办居住证","nothing":0,"again":4,"desks":1,"last":"2026-12-06T10:00:00Z"},
        {"query":"公证书丢了怎么补办","nothing":2,"again":0,"desks":2,"last":"2026-12-07T08:00:00Z"}]})")
                                   .object();
    const Result<QVector<KbMiss>> misses = KbMiss::listFromJson(answer);
    ASSERT_TRUE(misses.ok()) << qPrintable(misses.error());
    page->setMisses(misses.value());
    QTableWidget *table = page->table();
    ASSERT_EQ(table->rowCount(), 4);
    EXPECT_EQ(text(table, 0, MissListPage::QueryColumn), QStringLiteral("钱包丢了"));
    EXPECT_EQ(text(table, 0, MissListPage::TotalColumn), QStringLiteral("5"));
    EXPECT_EQ(text(table, 1, MissListPage::QueryColumn), QStringLiteral("头一回办居住证"));
    EXPECT_EQ(text(table, 2, MissListPage::QueryColumn), QStringLiteral("公证书丢了怎么补办"))
        << "as often, on more desks";
    EXPECT_EQ(text(table, 3, MissListPage::QueryColumn), QStringLiteral("暖气片漏水"));
    table->setFocus();

    // Ctrl+F: only the queries holding 丢; Enter to the list, on the first of them.
    key(Qt::Key_F, Qt::ControlModifier);
    ASSERT_EQ(focused()->objectName(), QStringLiteral("missFilter"));
    KeyboardDriver::commit(QStringLiteral("丢"));
    EXPECT_FALSE(table->isRowHidden(0));
    EXPECT_TRUE(table->isRowHidden(1));
    EXPECT_FALSE(table->isRowHidden(2));
    EXPECT_TRUE(table->isRowHidden(3));
    key(Qt::Key_Return);
    ASSERT_EQ(focused(), table);
    EXPECT_EQ(page->currentQuery(), QStringLiteral("钱包丢了"));

    // Enter: the query goes to the synonym preview, and the window shows it there.
    key(Qt::Key_Return);
    ASSERT_EQ(window->pages()->currentWidget(), window->synonyms());
    EXPECT_EQ(window->synonyms()->previewQueries(), QStringList{QStringLiteral("钱包丢了")});
    EXPECT_EQ(text(window->synonyms()->previewTable(), 0, SynonymPage::QueryColumn), QStringLiteral("钱包丢了"));

    // Back on the misses, Down to the next query the filter shows, Ctrl+N: an article titled with it.
    key(Qt::Key_3, Qt::ControlModifier);
    ASSERT_EQ(window->pages()->currentWidget(), page);
    ASSERT_EQ(focused(), table);
    key(Qt::Key_Down);
    EXPECT_EQ(page->currentQuery(), QStringLiteral("公证书丢了怎么补办"));
    key(Qt::Key_N, Qt::ControlModifier);
    ASSERT_EQ(window->pages()->currentWidget(), window->articles());
    ASSERT_EQ(focused()->objectName(), QStringLiteral("kbTitle"));
    EXPECT_EQ(qobject_cast<QLineEdit *>(focused())->text(), QStringLiteral("公证书丢了怎么补办"));
    EXPECT_EQ(window->currentArticle(), 0) << "a new article, not saved yet";
    // F5 on the misses without a centre: said so, the list kept.
    key(Qt::Key_3, Qt::ControlModifier);
    key(Qt::Key_F5);
    EXPECT_TRUE(page->message().contains(QStringLiteral("没有连接中心"))) << qPrintable(page->message());
    EXPECT_EQ(table->rowCount(), 4);
    // Alt+D and an arrow choose the period; the list is asked for again.
    EXPECT_EQ(page->days(), 7);
    page->setMisses(misses.value());
    EXPECT_TRUE(page->message().contains(QStringLiteral("最近 7 天"))) << qPrintable(page->message());
    key(Qt::Key_D, Qt::AltModifier);
    ASSERT_EQ(focused()->objectName(), QStringLiteral("missPeriod"));
    key(Qt::Key_Down);
    EXPECT_EQ(page->days(), 30);
    EXPECT_TRUE(page->message().contains(QStringLiteral("没有连接中心"))) << qPrintable(page->message());
}
