// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kb/KbArticle.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTextBrowser;

namespace hotline {

class KnowledgeBase;

// The editor's articles page: find an article, edit it, preview it, set its validity, save a
// version, publish or withdraw it, read its history. Everything has a key; the keys belong to
// the page (they act while it is the page shown).
class ArticlePage : public QWidget {
    Q_OBJECT
public:
    ArticlePage(KnowledgeBase &kb, QString editorName, QWidget *parent = nullptr);

    qint64 currentArticle() const { return m_id; }
    void openArticle(qint64 id);
    // A new, unsaved article; with a title already in (a query nobody found an answer for).
    void newArticle(const QString &title = {});

private:
    void build();
    void bindKeys();
    void refreshList();
    void reloadCurrent();
    bool save();
    void publish();
    void withdraw();
    void showPreview(const KbDraft &draft, const QString &heading);
    void refreshHistory();
    void report(const QString &message, bool error);
    bool readForm(KbDraft *draft);

    KnowledgeBase &m_kb;
    QString m_editor;
    qint64 m_id = 0;
    bool m_dirty = false;
    bool m_loading = false;

    QLineEdit *m_filter;
    QListWidget *m_list;
    QLineEdit *m_title;
    QPlainTextEdit *m_questions;
    QPlainTextEdit *m_answer;
    QLineEdit *m_keywords;
    QLineEdit *m_classification;
    QLineEdit *m_unit;
    QLineEdit *m_region;
    QLineEdit *m_validFrom;
    QLineEdit *m_validUntil;
    QLabel *m_status;
    QLabel *m_message;
    QTextBrowser *m_preview;
    QListWidget *m_history;
};

} // namespace hotline
