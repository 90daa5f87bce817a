// SPDX-License-Identifier: GPL-3.0-or-later
// The knowledge panel says when the base has no answer, rather than offer near misses as one.
#include "kb/KnowledgeBase.h"
#include "operator/KnowledgePanel.h"
#include "pinyin/PinyinTable.h"
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace hotline;

namespace {

class KnowledgePanelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = LocalStore::open(m_dir.filePath(QStringLiteral("kb.sqlite")));
        ASSERT_TRUE(store.ok());
        m_store = std::move(store.value());
        m_kb = std::make_unique<KnowledgeBase>(*m_store, PinyinTable::builtIn());
        const auto add = [&](const char *key, const char *title, const char *answer) {
            KbDraft draft;
            draft.title = QString::fromUtf8(title);
            draft.answer = QString::fromUtf8(answer);
            ASSERT_TRUE(m_kb->articles().upsertPublished(QString::fromLatin1(key), draft, QStringLiteral("test")).ok());
        };
        add("a", "办理及加注普通护照", "携带居民身份证到出入境窗口办理。");
        add("b", "补发普通护照办证进度查询", "在网上输入受理编号查询进度。");
        add("c", "居民身份证办理进度查询", "在网上输入受理编号查询进度。");
        add("d", "补领结婚证预约", "遗失结婚证的，双方预约后到婚姻登记处补领，天气不好时可改约。");
        m_panel = std::make_unique<KnowledgePanel>(*m_kb);
    }

    QString headingAfterTyping(const char *text)
    {
        auto *search = m_panel->findChild<QLineEdit *>(QStringLiteral("kbSearch"));
        search->clear();
        // Chinese arrives from the input method as committed text, as at the desk.
        QInputMethodEvent event;
        event.setCommitString(QString::fromUtf8(text));
        QCoreApplication::sendEvent(search, &event);
        return m_panel->findChild<QLabel *>(QStringLiteral("kbHeading"))->text();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<KnowledgeBase> m_kb;
    std::unique_ptr<KnowledgePanel> m_panel;
};

} // namespace

TEST_F(KnowledgePanelTest, AMatterTheTitlesNameIsFound)
{
    const QString heading = headingAfterTyping("护照");
    EXPECT_TRUE(heading.startsWith(QStringLiteral("找到 2 条"))) << qPrintable(heading);
    EXPECT_EQ(m_panel->resultCount(), 2);
}

TEST_F(KnowledgePanelTest, NearMissesAreShownAsSuchWhenNoTitleNamesTheMatter)
{
    // Only an answer mentions the weather: the hit is shown, but not as an answer.
    const QString heading = headingAfterTyping("明天天气怎么样");
    EXPECT_GT(m_panel->resultCount(), 0);
    EXPECT_TRUE(heading.startsWith(QStringLiteral("知识库里没有找到"))) << qPrintable(heading);
}

TEST_F(KnowledgePanelTest, NothingFoundSaysSo)
{
    const QString heading = headingAfterTyping("彩票号码");
    EXPECT_EQ(m_panel->resultCount(), 0);
    EXPECT_TRUE(heading.startsWith(QStringLiteral("知识库里没有找到"))) << qPrintable(heading);
}

// Articles proposed from the description are shown, not looked up: only what the operator
// searched for or moved to counts as opened (the training desk scores what a trainee found).
TEST_F(KnowledgePanelTest, ProposedArticlesAreNotCountedAsOpenedSearchedOnesAre)
{
    QList<qint64> opened;
    QObject::connect(m_panel.get(), &KnowledgePanel::articleOpened, m_panel.get(), [&opened](qint64 id) { opened.append(id); });
    m_panel->showRelated(QStringLiteral("我的护照丢了，想补办护照"));
    EXPECT_TRUE(opened.isEmpty());
    headingAfterTyping("结婚证");
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first(), m_kb->articles().idForSource(QStringLiteral("d")).value_or(-1));
}
