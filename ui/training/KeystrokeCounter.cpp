// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/KeystrokeCounter.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace hotline {

KeystrokeCounter::KeystrokeCounter(QWidget &window, QObject *parent) : QObject(parent), m_window(&window)
{
    qApp->installEventFilter(this);
}

KeystrokeCounter::~KeystrokeCounter()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

bool KeystrokeCounter::eventFilter(QObject *watched, QEvent *event)
{
    // Every press first comes as a shortcut override to the focused widget (a shortcut taken
    // then never becomes a key press); the same event handed on to parents is not counted again.
    if (event->type() != QEvent::ShortcutOverride || !m_window)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget != QApplication::focusWidget() || widget->window() != m_window->window())
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_Meta:
    case Qt::Key_AltGr:
    case Qt::Key_CapsLock:
        return false;
    default:
        break;
    }
    if (!key->isAutoRepeat())
        ++m_count;
    return false;
}

} // namespace hotline
