// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QTabWidget;

namespace hotline {

class LocalStore;
class SyncEngine;

// The team lead's workspace (班长/质检), a window beside the desk opened with F10 by a team
// lead or an administrator: the recordings to review with their scorecards, the floor live,
// the month in charts. Each is a page; Ctrl+1… switch between them, in the order they were
// added. The pages ask the centre through the desk's sync (its session and TLS settings).
class LeadWindow : public QMainWindow {
    Q_OBJECT
public:
    LeadWindow(LocalStore &store, SyncEngine &sync, QWidget *parent = nullptr);

    // Adds a page (its Ctrl+N key is its place: the first page Ctrl+1).
    void addPage(const QString &objectName, const QString &title, QWidget *page);
    QTabWidget *pages() const { return m_pages; }
    LocalStore &store() const { return m_store; }
    SyncEngine &sync() const { return m_sync; }

private:
    LocalStore &m_store;
    SyncEngine &m_sync;
    QTabWidget *m_pages;
};

} // namespace hotline
