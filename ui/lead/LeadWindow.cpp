// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/LeadWindow.h"

#include <QAction>
#include <QTabWidget>

namespace hotline {

LeadWindow::LeadWindow(LocalStore &store, SyncEngine &sync, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_sync(sync), m_pages(new QTabWidget(this))
{
    setObjectName(QStringLiteral("leadWindow"));
    setWindowTitle(tr("班长工作台 — Hotline Desk"));
    m_pages->setObjectName(QStringLiteral("leadPages"));
    setCentralWidget(m_pages);
    resize(1280, 800);
}

void LeadWindow::addPage(const QString &objectName, const QString &title, QWidget *page)
{
    page->setObjectName(objectName);
    const int index = m_pages->addTab(page, title);
    if (index >= 9)
        return;
    auto *action = new QAction(this);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, [this, page] {
        m_pages->setCurrentWidget(page);
        page->setFocus(Qt::ShortcutFocusReason);
    });
    addAction(action);
}

} // namespace hotline
