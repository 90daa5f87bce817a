// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace hotline {

// A yes/no question in a modal box, with a seam for tests: setNextAnswer makes the next
// question answer itself (KeePassXC's MessageBox::setNextAnswer), so a UI test can drive the
// real window through a confirmation without a person.
class Confirm {
public:
    static bool ask(QWidget *parent, const QString &title, const QString &text, const QString &yes, const QString &no);
    static void setNextAnswer(std::optional<bool> answer);
    // The text of the last question asked (answered by the seam or by a person).
    static QString lastQuestion();
};

} // namespace hotline
