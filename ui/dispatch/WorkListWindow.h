// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desk/OrderActions.h"
#include "timelimits/Deadlines.h"

#include <QMainWindow>

#include <memory>

namespace hotline {

class LocalStore;
class OrderQueueView;
class QueueSource;
class SyncEngine;

// The lifecycle's list for the signed-in user's role, in a window of its own beside the
// desk: a dispatcher's queue, a department's orders, or the operators' callback list. Actions
// go into the desk's outbox and the sync pushes them at once.
class WorkListWindow : public QMainWindow {
    Q_OBJECT
public:
    // Nothing when the role has no such list (a knowledge editor, a trainee).
    static std::unique_ptr<WorkListWindow> forRole(LocalStore &store, SyncEngine &sync, QWidget *parent = nullptr);
    ~WorkListWindow() override;

    OrderQueueView *view() const { return m_view; }

private:
    WorkListWindow(LocalStore &store, SyncEngine &sync, Role role, QWidget *parent);

    TimeLimits m_limits;
    Deadlines m_deadlines;
    std::unique_ptr<QueueSource> m_source;
    OrderActions m_actions;
    OrderQueueView *m_view = nullptr;
};

} // namespace hotline
