// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QVector>

class QDockWidget;
class QMainWindow;
class QTimer;

namespace hotline {

// The right-hand panels (knowledge base, caller history, map, transcript) as dock widgets of
// the desk window: tabbed together on the right by default, each one can be torn off to a
// second screen or put beside another; the arrangement is handed out as bytes for the seat to
// keep, restored at start, and put back to the default by one key.
class DeskDocks : public QObject {
    Q_OBJECT
public:
    explicit DeskDocks(QMainWindow &window);

    // Adds `panel` in a dock named `objectName` (the name its place is kept under).
    QDockWidget *add(const QString &objectName, const QString &title, QWidget *panel);
    // Shows the panel's dock and brings it to the front (a torn-off one too).
    void show(QWidget *panel);
    // Whether the panel is on screen: docked in front of its tab group, or torn off.
    bool isShown(const QWidget *panel) const;
    QDockWidget *dockOf(const QWidget *panel) const;

    QByteArray state() const;
    // False when the bytes do not read (a layout of another version): the default then.
    bool restore(const QByteArray &state);
    void resetLayout();

Q_SIGNALS:
    // The operator moved, tore off, closed or resized a panel (a moment ago).
    void layoutChanged();

private:
    QMainWindow &m_window;
    QVector<QDockWidget *> m_docks;
    QTimer *m_settle;
};

} // namespace hotline
