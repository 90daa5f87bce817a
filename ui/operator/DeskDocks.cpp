// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/DeskDocks.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QTimer>

namespace hotline {

namespace {
// The version of the arrangement's bytes: a desk that adds or renames a panel bumps it, and a
// seat's older arrangement is then replaced by the default rather than half applied.
constexpr int layoutVersion = 1;
} // namespace

DeskDocks::DeskDocks(QMainWindow &window) : QObject(&window), m_window(window), m_settle(new QTimer(this))
{
    m_window.setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    m_window.setTabPosition(Qt::RightDockWidgetArea, QTabWidget::North);
    // Several signals come from one drag: told once, after it settles.
    m_settle->setSingleShot(true);
    m_settle->setInterval(300);
    connect(m_settle, &QTimer::timeout, this, &DeskDocks::layoutChanged);
}

QDockWidget *DeskDocks::add(const QString &objectName, const QString &title, QWidget *panel)
{
    auto *dock = new QDockWidget(title, &m_window);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    dock->setAllowedAreas(Qt::AllDockWidgetAreas);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    m_window.addDockWidget(Qt::RightDockWidgetArea, dock);
    if (!m_docks.isEmpty())
        m_window.tabifyDockWidget(m_docks.first(), dock);
    m_docks.append(dock);
    const auto changed = [this] { m_settle->start(); };
    connect(dock, &QDockWidget::dockLocationChanged, this, changed);
    connect(dock, &QDockWidget::topLevelChanged, this, changed);
    connect(dock, &QDockWidget::visibilityChanged, this, changed);
    if (m_docks.size() == 1)
        dock->raise();
    return dock;
}

QDockWidget *DeskDocks::dockOf(const QWidget *panel) const
{
    for (QDockWidget *dock : m_docks)
        if (dock->widget() == panel)
            return dock;
    return nullptr;
}

void DeskDocks::show(QWidget *panel)
{
    QDockWidget *dock = dockOf(panel);
    if (!dock)
        return;
    dock->show();
    dock->raise();
    if (dock->isFloating())
        dock->activateWindow();
}

bool DeskDocks::isShown(const QWidget *panel) const
{
    const QDockWidget *dock = dockOf(panel);
    // A dock behind another tab stays "visible" to Qt, moved out of the window's sight.
    return dock && dock->isVisible() && panel->isVisible() && !dock->visibleRegion().isEmpty();
}

QByteArray DeskDocks::state() const
{
    return m_window.saveState(layoutVersion);
}

bool DeskDocks::restore(const QByteArray &state)
{
    if (state.isEmpty() || !m_window.restoreState(state, layoutVersion)) {
        resetLayout();
        return false;
    }
    return true;
}

void DeskDocks::resetLayout()
{
    if (m_docks.isEmpty())
        return;
    // Each panel goes straight into the first one's tab group. Put back one under the other
    // first, even for a moment, their minimum heights add up (~860 px) and the window grows
    // past a 1280×800 screen, never to shrink back by itself.
    QDockWidget *first = m_docks.first();
    first->setFloating(false);
    if (m_window.dockWidgetArea(first) != Qt::RightDockWidgetArea)
        m_window.addDockWidget(Qt::RightDockWidgetArea, first);
    first->show();
    for (qsizetype i = 1; i < m_docks.size(); ++i) {
        m_docks.at(i)->setFloating(false);
        m_window.tabifyDockWidget(first, m_docks.at(i));
        m_docks.at(i)->show();
    }
    first->raise();
    // The form keeps three fifths of the window, as the split screen always had it.
    m_window.resizeDocks({first}, {m_window.width() * 2 / 5}, Qt::Horizontal);
}

} // namespace hotline
