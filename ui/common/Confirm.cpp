// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace hotline {

namespace {
std::optional<bool> nextAnswer;
QString lastText;
} // namespace

bool Confirm::ask(QWidget *parent, const QString &title, const QString &text, const QString &yes, const QString &no)
{
    lastText = text;
    if (const std::optional<bool> given = std::exchange(nextAnswer, std::nullopt))
        return *given;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *yesButton = box.addButton(yes, QMessageBox::AcceptRole);
    QPushButton *noButton = box.addButton(no, QMessageBox::RejectRole);
    // The safe answer is the default: Enter pressed by habit keeps the call.
    box.setDefaultButton(noButton);
    box.setEscapeButton(noButton);
    box.exec();
    return box.clickedButton() == yesButton;
}

void Confirm::setNextAnswer(std::optional<bool> answer)
{
    nextAnswer = answer;
}

QString Confirm::lastQuestion()
{
    return lastText;
}

} // namespace hotline
