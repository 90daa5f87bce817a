// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kb/KbSearch.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QTextBrowser;

namespace hotline {

class KbHitListModel;
class KnowledgeBase;

// Right-panel tab: search as you type, the list of hits with highlighted words, and the
// article opened from it. Up/Down move through the hits while the cursor stays in the
// search field, Enter opens one, F9 (the window's action) takes its answer into the work
// order. The description being typed proposes related articles here without taking focus.
class KnowledgePanel : public QWidget {
    Q_OBJECT
public:
    KnowledgePanel(const KnowledgeBase &kb, QWidget *parent = nullptr);

    void focusSearch();
    // A new call: the last call's query, hits and article go, so the next description
    // proposes articles again.
    void clear();
    // Related articles for what the operator is typing elsewhere; focus stays where it is.
    void showRelated(const QString &description);
    // The hit under the cursor, if any, with its full answer.
    bool currentAnswer(KbHit *hit, QString *answer) const;
    int resultCount() const;
    // The hits are the articles proposed from the description, not the result of a query.
    bool showingRelated() const { return m_showingRelated; }

Q_SIGNALS:
    void answerRequested();
    // An article was opened from the hits (the training desk notes what a trainee looked up).
    void articleOpened(qint64 articleId);
    // The operator opened the hit under the cursor to read it (Enter, a double click) — not
    // the article shown as the cursor passes over hits.
    void articleRead(qint64 articleId);
    // The operator's query was searched; `strongHits` of the hits name the matter asked about.
    void searched(const QString &query, int strongHits);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch(const QString &text);
    void openCurrent();
    void readCurrent();

    const KnowledgeBase &m_kb;
    QLineEdit *m_search;
    QLabel *m_heading;
    KbHitListModel *m_model;
    QListView *m_results;
    QTextBrowser *m_article;
    bool m_proposing = false; // the related articles are being shown, not opened
    bool m_showingRelated = false;
};

} // namespace hotline
