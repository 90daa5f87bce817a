// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace hotline {

// The one line a list asks on when an action needs words: a unit, a note, a reason. Enter
// accepts, Escape cancels; the keyboard never leaves the list's window.
class PromptBar : public QWidget {
    Q_OBJECT
public:
    explicit PromptBar(QWidget *parent = nullptr);

    // `choices` (optional) is a list picked first (a reason); `done` gets the pick's index and the text.
    void ask(const QString &question, const QStringList &choices, const QString &initial,
             std::function<void(int choice, const QString &text)> done);
    void cancel();
    QLineEdit *editor() const { return m_text; }
    QComboBox *choices() const { return m_choices; }

Q_SIGNALS:
    void finished();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void accept();

    QLabel *m_question;
    QComboBox *m_choices;
    QLineEdit *m_text;
    std::function<void(int, const QString &)> m_done;
};

} // namespace hotline
