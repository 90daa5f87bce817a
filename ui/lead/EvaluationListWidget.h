// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace hotline {

// A list of evaluations answered from the keyboard. For the operator evaluated (their own):
// A acknowledges the selected one, D asks for the dispute's reason and Enter sends it. For
// the reviewer (the disputes returned to them): U asks for a note and upholds, R rescores.
// What may follow which state is the lifecycle's rule (models/quality); the widget only
// emits what was asked, the page sends it to the centre.
class EvaluationListWidget : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Operator, Reviewer };
    explicit EvaluationListWidget(Mode mode, QWidget *parent = nullptr);

    void setEvaluations(const QJsonArray &evaluations);
    QJsonArray evaluations() const { return m_evaluations; }
    QString currentId() const;
    void showMessage(const QString &message);

    QTreeWidget *list() const { return m_list; }
    QLineEdit *commentField() const { return m_comment; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void acknowledgeRequested(const QString &id);
    void disputeRequested(const QString &id, const QString &comment);
    void upholdRequested(const QString &id, const QString &note);
    void rescoreRequested(const QJsonObject &evaluation);
    // Another evaluation selected (an empty object when none is).
    void currentChanged(const QJsonObject &evaluation);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QJsonObject current() const;
    void askComment(const QString &action);
    void sendComment();

    Mode m_mode;
    QJsonArray m_evaluations;
    QString m_pending; // "dispute" or "uphold" while its comment is typed
    QTreeWidget *m_list;
    QLineEdit *m_comment;
    QLabel *m_message;
};

} // namespace hotline
