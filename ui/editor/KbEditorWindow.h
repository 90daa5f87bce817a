// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QTabWidget;

namespace hotline {

class ArticlePage;
class KnowledgeBase;
class MissListPage;
class SignInDialog;
class SyncEngine;
class SynonymPage;

// The knowledge-base editor's window, three pages with a key each: the articles (Ctrl+1), the
// synonym groups with their preview (Ctrl+2), and the queries operators found nothing for
// (Ctrl+3). Each page's own keys act while it is shown. Ctrl+Shift+I signs in to the centre
// (the synonyms are published there and the misses read from there), Ctrl+W closes.
class KbEditorWindow : public QMainWindow {
    Q_OBJECT
public:
    KbEditorWindow(KnowledgeBase &kb, QString editorName, QWidget *parent = nullptr);

    // The desk's sync engine (its session with the centre); without one the centre's pages
    // say they cannot reach it.
    void setSync(SyncEngine *sync);
    SignInDialog *signIn();

    qint64 currentArticle() const;
    void openArticle(qint64 id);

    QTabWidget *pages() const { return m_pages; }
    ArticlePage *articles() const { return m_articles; }
    SynonymPage *synonyms() const { return m_synonyms; }
    MissListPage *misses() const { return m_misses; }

private:
    void showPage(QWidget *page);

    SyncEngine *m_sync = nullptr;
    QTabWidget *m_pages;
    ArticlePage *m_articles;
    SynonymPage *m_synonyms;
    MissListPage *m_misses;
};

} // namespace hotline
