// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QKeySequence>
#include <QWidget>

namespace hotline {

// A window-wide key of `owner`, named so tests and the shortcut overlay can find it. Added to
// a page of a tabbed window, it acts only while that page is shown (a hidden widget's actions
// do not fire), so each page can keep its own Ctrl+N, Ctrl+P, F5.
template <typename Handler>
QAction *bindWindowKey(QWidget *owner, const QKeySequence &keys, const char *name, Handler handler)
{
    auto *action = new QAction(owner);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(action, &QAction::triggered, owner, handler);
    owner->addAction(action);
    return action;
}

} // namespace hotline
