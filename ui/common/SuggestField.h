// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "suggest/Suggestion.h"

#include <QLineEdit>
#include <QPointer>

#include <optional>

class QLabel;
class QListView;

namespace hotline {

class SuggestionListModel;

// A line edit that ranks answers as the operator types and takes one with Enter. The list
// floats under the field inside the window (not a popup), so focus never leaves the field:
// Up/Down move, Enter takes, Esc closes.
class SuggestField : public QLineEdit {
    Q_OBJECT
public:
    explicit SuggestField(QWidget *parent = nullptr);

    void setSource(const SuggestionSource *source) { m_source = source; }
    void setMaxSuggestions(int count) { m_limit = count; }
    // Said under the field when the typed text matches nothing (empty: say nothing).
    void setNoMatchText(const QString &text) { m_noMatchText = text; }
    bool isNoMatchVisible() const;

    // The suggestion taken, until the operator edits the text again.
    const std::optional<Suggestion> &accepted() const { return m_accepted; }
    void setAccepted(const Suggestion &suggestion);
    void reset();
    bool isListVisible() const;
    // For tests and the overlay: what the list shows now.
    const SuggestionListModel &suggestions() const { return *m_model; }

Q_SIGNALS:
    void suggestionAccepted(const hotline::Suggestion &suggestion);
    void acceptanceCleared();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh(const QString &text);
    void acceptRow(int row);
    QRect floatingArea() const; // where the list or the no-match note floats: top-left and width
    void placeList();
    void hideList();
    void showNoMatch();

    const SuggestionSource *m_source = nullptr;
    SuggestionListModel *m_model;
    QPointer<QListView> m_list;
    QPointer<QLabel> m_noMatch;
    QString m_noMatchText;
    std::optional<Suggestion> m_accepted;
    int m_limit = 8;
};

} // namespace hotline
