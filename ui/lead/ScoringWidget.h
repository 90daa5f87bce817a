// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quality/Scoring.h"
#include "quality/ScoringForm.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace hotline {

// Scores one recording against a scoring form, all from the keyboard: the questions grouped,
// a digit answers the current one (1 = its first answer…, 0 = N/A where the form allows it)
// and moves on, Up/Down or Tab/Shift+Tab move between questions, Enter opens the comment
// (opened by itself where the form requires one), Ctrl+Enter submits. The running score is
// shown as it changes (0, with the question named, after a fatal answer). It knows nothing of
// the centre: it emits what to send, so it can sit beside the player or on a page of its own.
class ScoringWidget : public QWidget {
    Q_OBJECT
public:
    explicit ScoringWidget(QWidget *parent = nullptr);

    void setForm(const ScoringForm &form, const QString &recordingId);
    // Starts from earlier answers (a rescore shows what was given before).
    void setAnswers(const GivenAnswers &answers);
    GivenAnswers answers() const;
    Score score() const;
    bool hasForm() const { return m_form.has_value(); }
    const ScoringForm *form() const { return m_form ? &*m_form : nullptr; }
    QString recordingId() const { return m_recordingId; }
    QString currentQuestion() const;
    // Checks the answers with the form's rules; emits submitted() when they pass, else shows
    // the problem and goes to its question. Returns whether it was submitted.
    bool submit();
    // What the centre was told, for the reviewer (an error, or "saved").
    void showOutcome(const QString &message, bool failed);

    QTableWidget *questionList() const { return m_questions; }
    QLineEdit *commentField() const { return m_comment; }
    QLabel *scoreLabel() const { return m_score; }
    QLabel *problemLabel() const { return m_problem; }

Q_SIGNALS:
    // {form, version, recording, answers}: the body of POST /api/v1/quality/evaluations.
    void submitted(const QJsonObject &evaluation);
    void scoreChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void answer(int index);       // nothing for N/A
    void moveBy(int step);
    void select(int row);
    void refreshRow(int row);
    void refreshScore();
    void showChoices();
    void commentEdited(const QString &text);

    std::optional<ScoringForm> m_form;
    QString m_recordingId;
    QVector<const ScoringQuestion *> m_order;
    QVector<int> m_rows; // the table row of each question, in the form's order
    int m_row = -1;
    QHash<QString, std::optional<int>> m_chosen;
    QHash<QString, QString> m_comments;

    QLabel *m_title;
    QTableWidget *m_questions;
    QLabel *m_choices;
    QLineEdit *m_comment;
    QLabel *m_score;
    QLabel *m_problem;
};

} // namespace hotline
