// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kb/KbSynonymDraft.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace hotline {

class KnowledgeBase;
class SyncEngine;

// The editors' synonym groups (丢了|遗失): the list as this desk has it, changed by keys —
// Ctrl+N or Insert a new group, F2 or Enter edit the one selected (Enter in the form takes
// it, Esc leaves it), Del delete, Ctrl+Z go back to the published groups — each change checked
// with the import's rules (a bad one refused with the reason, nothing changed). Beside it a
// preview: a few queries (typed, or sent from the misses page), each with its first three
// titles searched with the published groups and with the edited ones, changed ranks marked.
// Ctrl+P publishes the edited groups to the centre as the editor signed in, and writes them
// into this desk's store so its search uses them at once.
class SynonymPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int maxQueries = 8;
    enum PreviewColumn { QueryColumn, RankColumn, BeforeColumn, AfterColumn, ChangeColumn };

    explicit SynonymPage(KnowledgeBase &kb, QWidget *parent = nullptr);
    void setSync(SyncEngine *sync) { m_sync = sync; }

    // Puts `query` first in the preview (the misses page's Enter).
    void addPreviewQuery(const QString &query);
    QStringList previewQueries() const { return m_queries; }
    // Reads the groups from the store again, unless there are unpublished changes.
    void reload();
    void publish();

    const KbSynonymDraft &draft() const { return m_draft; }
    QTableWidget *groupTable() const { return m_groups; }
    QTableWidget *previewTable() const { return m_preview; }
    QLineEdit *termsEdit() const { return m_terms; }
    QString message() const;

private:
    void build();
    void bindKeys();
    void startNew();
    void startEdit();
    void apply();
    void cancelEdit();
    void removeSelected();
    void revertAll();
    void refreshGroups(int select = -1);
    void refreshPreview();
    void report(const QString &message, bool error);
    // While the centre has not answered a publish, the groups stay as sent (says so).
    bool busy();

    KnowledgeBase &m_kb;
    SyncEngine *m_sync = nullptr;
    KbSynonymDraft m_draft;
    QStringList m_queries;
    int m_editing = -1; // the group in the form, or -1 for a new one
    bool m_publishing = false;

    QTableWidget *m_groups;
    QLabel *m_formTitle;
    QLineEdit *m_terms;
    QLineEdit *m_note;
    QLabel *m_changes;
    QLabel *m_message;
    QLineEdit *m_query;
    QTableWidget *m_preview;
};

} // namespace hotline
