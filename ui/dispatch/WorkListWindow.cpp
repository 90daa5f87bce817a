// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkListWindow.h"

#include "CallbackListView.h"
#include "DepartmentView.h"
#include "DispatcherQueueView.h"
#include "desk/QueueSource.h"
#include "sync/SyncEngine.h"
#include "timelimits/TimeLimitRepository.h"
#include "units/UnitRepository.h"

#include <QTableView>

namespace hotline {

std::unique_ptr<WorkListWindow> WorkListWindow::forRole(LocalStore &store, SyncEngine &sync, QWidget *parent)
{
    const std::optional<Role> role = roleFromCode(sync.role());
    if (!role || (*role != Role::Dispatcher && *role != Role::Department && *role != Role::Operator && *role != Role::TeamLead))
        return nullptr;
    return std::unique_ptr<WorkListWindow>(new WorkListWindow(store, sync, *role, parent));
}

WorkListWindow::WorkListWindow(LocalStore &store, SyncEngine &sync, Role role, QWidget *parent)
    : QMainWindow(parent), m_limits(TimeLimitRepository(store).limits()), m_deadlines(m_limits),
      m_source(std::make_unique<CentralQueueSource>(sync)), m_actions(role, sync.unit(), sync.login(), OrderActions::outboxOf(store, &sync))
{
    setObjectName(QStringLiteral("work-list"));
    if (role == Role::Dispatcher) {
        m_view = new DispatcherQueueView(*m_source, m_actions, m_deadlines, this);
        setWindowTitle(tr("派单审核"));
    } else if (role == Role::Department) {
        m_view = new DepartmentView(*m_source, m_actions, m_deadlines, this);
        setWindowTitle(tr("承办工单 · %1").arg(sync.unit()));
    } else {
        m_view = new CallbackListView(*m_source, m_actions, m_deadlines, this);
        setWindowTitle(tr("回访"));
    }
    QHash<QString, QString> names;
    for (const Unit &unit : UnitRepository(store).all())
        names.insert(unit.code, unit.name);
    m_view->model().setUnitNames(std::move(names));
    setCentralWidget(m_view);
    resize(1100, 640);
    m_view->refresh();
    m_view->table()->setFocus();
    // After the sync, the list shows the centre's view again.
    connect(&sync, &SyncEngine::synced, m_view, &OrderQueueView::refresh);
}

WorkListWindow::~WorkListWindow() = default;

} // namespace hotline
