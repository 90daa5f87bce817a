// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QInputMethodEvent>
#include <QTest>

namespace hotline::test {

// Drives whatever has keyboard focus, as an operator does: key presses for Latin letters,
// digits and shortcuts, input-method commits for Chinese.
class KeyboardDriver {
public:
    static QWidget *focused() { return QApplication::focusWidget(); }
    static void type(const QString &text) { QTest::keyClicks(focused(), text); }
    static void commit(const QString &text)
    {
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(focused(), &event);
    }
    static void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier) { QTest::keyClick(focused(), k, modifiers); }
    // The three things every order needs, as an operator types them on the desk: the
    // description (Alt+E, committed by the input method), the catalogue item (Alt+C, pinyin
    // initials, Enter) and the place (Alt+A, pinyin initials, Enter).
    static void describeItemAndPlace(const QString &description, const QString &item = QStringLiteral("xqgl"),
                                     const QString &place = QStringLiteral("njxlerq"))
    {
        key(Qt::Key_E, Qt::AltModifier);
        commit(description);
        key(Qt::Key_C, Qt::AltModifier);
        type(item);
        key(Qt::Key_Return);
        key(Qt::Key_A, Qt::AltModifier);
        type(place);
        key(Qt::Key_Return);
    }
    // Lets the window lay itself out after a key (a dock raised applies at the next layout).
    static void settle() { QTest::qWait(20); }
};

} // namespace hotline::test
