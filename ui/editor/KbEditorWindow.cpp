// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/KbEditorWindow.h"

#include "common/SignInDialog.h"
#include "common/WindowKey.h"
#include "editor/ArticlePage.h"
#include "editor/MissListPage.h"
#include "editor/SynonymPage.h"
#include "sync/SyncEngine.h"

#include <QAction>
#include <QStatusBar>
#include <QTabWidget>

namespace hotline {

KbEditorWindow::KbEditorWindow(KnowledgeBase &kb, QString editorName, QWidget *parent)
    : QMainWindow(parent), m_pages(new QTabWidget(this)),
      m_articles(new ArticlePage(kb, std::move(editorName), m_pages)), m_synonyms(new SynonymPage(kb, m_pages)),
      m_misses(new MissListPage(m_pages))
{
    setObjectName(QStringLiteral("kbEditor"));
    setWindowTitle(tr("知识库编辑 — Hotline Desk"));
    m_pages->setObjectName(QStringLiteral("kbEditorPages"));
    m_articles->setObjectName(QStringLiteral("kbArticlesPage"));
    m_synonyms->setObjectName(QStringLiteral("kbSynonymsPage"));
    m_misses->setObjectName(QStringLiteral("kbMissesPage"));
    m_pages->addTab(m_articles, tr("文章（Ctrl+1）"));
    m_pages->addTab(m_synonyms, tr("同义词（Ctrl+2）"));
    m_pages->addTab(m_misses, tr("没找到的查询（Ctrl+3）"));
    setCentralWidget(m_pages);

    const auto bind = [this](const QKeySequence &keys, const char *name, auto handler) { bindWindowKey(this, keys, name, handler); };
    bind(QKeySequence(Qt::CTRL | Qt::Key_1), "kbArticlesPageKey", [this] { showPage(m_articles); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_2), "kbSynonymsPageKey", [this] { showPage(m_synonyms); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_3), "kbMissesPageKey", [this] { showPage(m_misses); });
    bind(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), "kbSignIn", [this] { signIn(); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_W), "kbClose", [this] { close(); });

    // A query nobody found an answer for: tried against the synonyms, or written as an article.
    connect(m_misses, &MissListPage::previewRequested, this, [this](const QString &query) {
        m_synonyms->addPreviewQuery(query);
        showPage(m_synonyms);
    });
    connect(m_misses, &MissListPage::articleRequested, this, [this](const QString &query) {
        showPage(m_articles);
        m_articles->newArticle(query);
    });
    connect(m_pages, &QTabWidget::currentChanged, this, [this] {
        if (m_pages->currentWidget() == m_synonyms)
            m_synonyms->reload(); // a pull may have brought another editor's groups
    });
    // Within a 1280×800 screen, with room for the desktop's panel.
    resize(1240, 760);
}

void KbEditorWindow::setSync(SyncEngine *sync)
{
    m_sync = sync;
    m_synonyms->setSync(sync);
    m_misses->setSync(sync);
}

SignInDialog *KbEditorWindow::signIn()
{
    if (!m_sync) {
        statusBar()->showMessage(tr("这台电脑没有启用与中心的同步"), 8000);
        return nullptr;
    }
    return SignInDialog::openFor(*m_sync, m_sync->login(), this, [this] {
        statusBar()->showMessage(tr("已登录中心（%1）").arg(m_sync->login()), 8000);
        if (m_pages->currentWidget() == m_misses)
            m_misses->refresh();
    });
}

qint64 KbEditorWindow::currentArticle() const
{
    return m_articles->currentArticle();
}

void KbEditorWindow::openArticle(qint64 id)
{
    m_articles->openArticle(id);
}

void KbEditorWindow::showPage(QWidget *page)
{
    m_pages->setCurrentWidget(page);
    page->setFocus(Qt::ShortcutFocusReason);
}

} // namespace hotline
