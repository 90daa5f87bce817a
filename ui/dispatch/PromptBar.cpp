// SPDX-License-Identifier: GPL-3.0-or-later
#include "PromptBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

namespace hotline {

PromptBar::PromptBar(QWidget *parent) : QWidget(parent), m_question(new QLabel(this)), m_choices(new QComboBox(this)), m_text(new QLineEdit(this))
{
    setObjectName(QStringLiteral("prompt-bar"));
    m_choices->setObjectName(QStringLiteral("prompt-choices"));
    m_text->setObjectName(QStringLiteral("prompt-text"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_question);
    layout->addWidget(m_choices);
    layout->addWidget(m_text, 1);
    connect(m_text, &QLineEdit::returnPressed, this, &PromptBar::accept);
    hide();
}

void PromptBar::ask(const QString &question, const QStringList &choices, const QString &initial,
                    std::function<void(int, const QString &)> done)
{
    m_done = std::move(done);
    m_question->setText(question);
    m_choices->clear();
    m_choices->addItems(choices);
    m_choices->setVisible(!choices.isEmpty());
    m_text->setText(initial);
    show();
    if (choices.isEmpty())
        m_text->setFocus(Qt::ShortcutFocusReason);
    else
        m_choices->setFocus(Qt::ShortcutFocusReason);
}

void PromptBar::cancel()
{
    m_done = nullptr;
    hide();
    Q_EMIT finished();
}

void PromptBar::accept()
{
    const auto done = std::move(m_done);
    m_done = nullptr;
    hide();
    if (done)
        done(m_choices->isVisible() || m_choices->count() ? m_choices->currentIndex() : -1, m_text->text().trimmed());
    Q_EMIT finished();
}

void PromptBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape)
        return cancel();
    // Enter on the list of choices accepts too: a reason alone is often enough.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        return accept();
    QWidget::keyPressEvent(event);
}

} // namespace hotline
