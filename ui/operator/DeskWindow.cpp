// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/DeskWindow.h"

#include "operator/CallerHistoryPanel.h"
#include "desk/CallerHistory.h"
#include "desk/NearbyLookup.h"
#include "desk/OrderActions.h"
#include "dispatch/WorkListWindow.h"
#include "editor/KbEditorWindow.h"
#include "operator/KnowledgePanel.h"
#include "operator/MapPanel.h"
#include "operator/ShortcutCatalog.h"
#include "operator/ShortcutOverlay.h"
#include "common/SignInDialog.h"
#include "operator/WorkOrderForm.h"
#include "telephony/AgentSession.h"
#include "desk/FilingDispatch.h"
#include "desk/FormProposals.h"
#include "desk/ReferenceIndexes.h"
#include "itemmodels/WorkOrderListModel.h"
#include "kb/KnowledgeBase.h"
#include "store/LocalStore.h"
#include "sync/SyncEngine.h"
#include "workorder/OrderNumber.h"
#include "workorder/WorkOrderRepository.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hotline {

DeskWindow::DeskWindow(LocalStore &store, WorkOrderRepository &orders, const ReferenceIndexes &indexes,
                       KnowledgeBase &kb, AgentSession &agent, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_orders(orders), m_indexes(indexes), m_kb(kb), m_agent(agent)
{
    setWindowTitle(tr("12345 热线坐席 — Hotline Desk"));
    setObjectName(QStringLiteral("deskWindow"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    m_resultBanner = new QLabel(left);
    m_resultBanner->setObjectName(QStringLiteral("resultBanner"));
    m_resultBanner->setWordWrap(true);
    m_resultBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultBanner->hide();
    leftLayout->addWidget(m_resultBanner);
    m_form = new WorkOrderForm(m_indexes, left);
    auto *scroll = new QScrollArea(left);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    leftLayout->addWidget(scroll, 1);

    m_rightTabs = new QTabWidget(this);
    m_rightTabs->setObjectName(QStringLiteral("rightPanel"));
    m_knowledge = new KnowledgePanel(m_kb, m_rightTabs);
    m_rightTabs->addTab(m_knowledge, tr("知识库"));
    m_history = new WorkOrderListModel(this);
    m_historyPanel = new CallerHistoryPanel(*m_history, m_rightTabs);
    m_callerHistory = new CallerHistory(m_orders, m_store, nullptr, this);
    connect(m_callerHistory, &CallerHistory::found, this,
            [this](const QString &phone, const QVector<WorkOrderSummary> &orders, CallerHistory::Scope, const QString &note) {
                showCallerHistory(phone, orders, note);
            });
    m_rightTabs->addTab(m_historyPanel, tr("来电历史"));
    m_mapPanel = new MapPanel(m_indexes, m_store, m_rightTabs);
    m_nearby = new NearbyLookup(m_store, this);
    m_mapPanel->setNearbyLookup(m_nearby);
    m_rightTabs->addTab(m_mapPanel, tr("地图"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_rightTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    m_overlay = new ShortcutOverlay(this);
    buildActions();
    buildStatusBar();

    connect(m_form, &WorkOrderForm::phoneEntered, this, &DeskWindow::lookUpCaller);
    // Related knowledge follows the description once the operator pauses typing.
    m_relatedDelay = new QTimer(this);
    m_relatedDelay->setSingleShot(true);
    m_relatedDelay->setInterval(400);
    connect(m_form, &WorkOrderForm::descriptionChanged, m_relatedDelay, qOverload<>(&QTimer::start));
    connect(m_relatedDelay, &QTimer::timeout, this, [this] { m_knowledge->showRelated(m_form->draft().description); });
    connect(m_form, &WorkOrderForm::classificationChanged, m_mapPanel, &MapPanel::setClassification);
    connect(m_mapPanel, &MapPanel::locationChosen, this, [this](const Address &address, const QString &placeName) {
        m_form->setLocation(address, placeName);
        statusBar()->showMessage(tr("工单地点已设为 %1").arg(address.display()), 4000);
    });
    connect(m_mapPanel, &MapPanel::duplicateChosen, this, [this](const WorkOrderSummary &order) {
        m_form->linkToOrder(order);
        statusBar()->showMessage(tr("本次来电已关联到附近的工单 %1").arg(order.number), 4000);
    });
    connect(&m_store, &LocalStore::outboxChanged, this, &DeskWindow::refreshStatus);
    connect(&m_agent, &AgentSession::stateChanged, this, &DeskWindow::refreshStatus);
    resize(1280, 800);
    m_form->focusField(FormField::Phone);
    // The desk up is the operator on the floor: ready for the first call.
    if (m_agent.state() == AgentSession::State::Offline)
        (void)m_agent.goReady();
}

void DeskWindow::buildActions()
{
    const auto bind = [this](const QString &id, auto handler) {
        auto *action = new QAction(this);
        action->setObjectName(id);
        action->setShortcut(ShortcutCatalog::keys(id));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, handler);
        addAction(action);
        return action;
    };
    bind(QStringLiteral("newOrder"), [this] { newOrder(); });
    QAction *submit = bind(QStringLiteral("submit"), [this] { this->submit(); });
    submit->setShortcuts({ShortcutCatalog::keys(QStringLiteral("submit")), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    bind(QStringLiteral("clear"), [this] {
        m_form->clear();
        m_mapPanel->clear();
        m_resultBanner->hide();
    });
    bind(QStringLiteral("hangUp"), [this] {
        if (Status s = m_agent.hangUp(); !s)
            statusBar()->showMessage(s.error(), 4000);
    });
    bind(QStringLiteral("toggleReady"), [this] {
        if (Status s = m_agent.toggleReady(); !s)
            statusBar()->showMessage(s.error(), 4000);
    });
    bind(QStringLiteral("markRepeat"), [this] {
        if (!m_form->markRepeatCall())
            statusBar()->showMessage(tr("该号码没有未办结的工单"), 4000);
    });
    bind(QStringLiteral("kbSearch"), [this] {
        m_rightTabs->setCurrentWidget(m_knowledge);
        m_knowledge->focusSearch();
    });
    bind(QStringLiteral("useAnswer"), [this] { useAnswer(); });
    bind(QStringLiteral("takeSuggestion"), [this] { takeSuggestedItem(); });
    bind(QStringLiteral("kbEditor"), [this] { openEditor(); });
    bind(QStringLiteral("workList"), [this] { openWorkList(); });
    bind(QStringLiteral("progressInquiry"), [this] { recordProgressInquiry(); });
    bind(QStringLiteral("tabKnowledge"), [this] { m_rightTabs->setCurrentWidget(m_knowledge); });
    bind(QStringLiteral("tabHistory"), [this] { m_rightTabs->setCurrentWidget(m_historyPanel); });
    bind(QStringLiteral("tabMap"), [this] { m_rightTabs->setCurrentWidget(m_mapPanel); });
    bind(QStringLiteral("mapSearch"), [this] {
        m_rightTabs->setCurrentWidget(m_mapPanel);
        m_mapPanel->focusSearch();
    });
    bind(QStringLiteral("mapFocus"), [this] {
        m_rightTabs->setCurrentWidget(m_mapPanel);
        m_mapPanel->focusMap();
    });
    bind(QStringLiteral("focusHistory"), [this] {
        m_rightTabs->setCurrentWidget(m_historyPanel);
        m_historyPanel->table()->setFocus(Qt::ShortcutFocusReason);
    });
    bind(QStringLiteral("signIn"), [this] { openSignIn(); });
    bind(QStringLiteral("shortcuts"), [this] { m_overlay->toggle(); });
    bind(QStringLiteral("quit"), [this] { close(); });
}

void DeskWindow::buildStatusBar()
{
    m_agentLabel = new QLabel(this);
    m_agentLabel->setObjectName(QStringLiteral("agentState"));
    m_timerLabel = new QLabel(this);
    m_timerLabel->setObjectName(QStringLiteral("callTimer"));
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncState"));
    statusBar()->addPermanentWidget(m_agentLabel);
    statusBar()->addPermanentWidget(m_timerLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->showMessage(tr("按 F1 查看全部快捷键"));
    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &DeskWindow::refreshStatus);
    m_clock->start();
    refreshStatus();
}

void DeskWindow::refreshStatus()
{
    m_agentLabel->setText(tr("坐席：%1").arg(AgentSession::displayName(m_agent.state())));
    const qint64 seconds = m_agent.callSeconds();
    m_timerLabel->setText(tr("通话 %1:%2")
                              .arg(seconds / 60, 2, 10, QLatin1Char('0'))
                              .arg(seconds % 60, 2, 10, QLatin1Char('0')));
    const int pending = m_orders.pendingOutboxCount();
    if (!m_sync) {
        m_syncLabel->setText(tr("未同步 %1").arg(pending));
        return;
    }
    QString text = tr("中心：%1 · 未同步 %2").arg(SyncEngine::displayName(m_sync->state())).arg(pending);
    if (m_sync->lastSync().isValid())
        text += tr(" · 上次同步 %1").arg(m_sync->lastSync().toString(QStringLiteral("HH:mm:ss")));
    if (!m_sync->signedIn())
        text += tr("（Ctrl+Shift+I 登录）");
    m_syncLabel->setText(text);
    m_syncLabel->setToolTip(m_sync->lastError());
}

void DeskWindow::setSync(SyncEngine *sync)
{
    m_sync = sync;
    m_callerHistory->setSync(sync);
    m_nearby->setSync(sync);
    if (!m_sync)
        return;
    connect(m_sync, &SyncEngine::stateChanged, this, &DeskWindow::refreshStatus);
    connect(m_sync, &SyncEngine::synced, this, &DeskWindow::refreshStatus);
    connect(m_sync, &SyncEngine::rejected, this, [this](const QString &reason) {
        // The centre refused something this desk did: the operator must know, it will not retry.
        m_resultBanner->setStyleSheet(QStringLiteral("background: #FDECEA; color: #8A1F11; padding: 8px;"));
        m_resultBanner->setText(tr("中心拒绝了本席的一项操作：%1").arg(reason.toHtmlEscaped()));
        m_resultBanner->show();
    });
    refreshStatus();
}

SignInDialog *DeskWindow::openSignIn()
{
    if (!m_sync) {
        statusBar()->showMessage(tr("这台坐席没有启用与中心的同步"), 4000);
        return nullptr;
    }
    const CentralSettings settings = CentralSettings::load(m_store);
    // The address the administrator put in /etc/hotline/desk.ini, or the one used before.
    auto *dialog = new SignInDialog(m_sync->centreUrl().toString(), settings.login, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInDialog::signInRequested, this, [this, dialog] {
        dialog->setBusy(true);
        QPointer<SignInDialog> guard(dialog);
        m_sync->signIn(QUrl(dialog->url()), dialog->login(), dialog->password(), [this, guard](const QString &problem) {
            if (!guard)
                return;
            if (!problem.isEmpty()) {
                guard->showProblem(problem);
                return;
            }
            guard->accept();
            statusBar()->showMessage(tr("已登录中心"), 4000);
            refreshStatus();
        });
    });
    dialog->open();
    return dialog;
}

void DeskWindow::useAnswer()
{
    KbHit hit;
    QString answer;
    if (!m_knowledge->currentAnswer(&hit, &answer)) {
        statusBar()->showMessage(tr("先在知识库中选中一条知识（Ctrl+K 搜索）"), 4000);
        return;
    }
    m_form->useAnswer(hit.articleId, hit.version, hit.title, answer);
    statusBar()->showMessage(tr("已采用《%1》的答案").arg(hit.title), 4000);
}

void DeskWindow::openEditor()
{
    // One editor window per desk; it lives as long as the desk.
    auto *editor = findChild<KbEditorWindow *>();
    if (!editor) {
        editor = new KbEditorWindow(m_kb, m_store.meta(QStringLiteral("operator"), qEnvironmentVariable("USER")), this);
        editor->setWindowFlag(Qt::Window);
    }
    editor->show();
    editor->raise();
    editor->activateWindow();
}

void DeskWindow::openWorkList()
{
    if (!m_sync) {
        statusBar()->showMessage(tr("工单流转要先登录中心（Ctrl+Shift+I）"), 8000);
        return;
    }
    // One list window per desk, for the role signed in with; a new sign-in makes a new one.
    auto *list = findChild<WorkListWindow *>();
    if (list && list->property("role").toString() != m_sync->role()) {
        delete list;
        list = nullptr;
    }
    if (!list) {
        std::unique_ptr<WorkListWindow> made = WorkListWindow::forRole(m_store, *m_sync, this);
        if (!made) {
            statusBar()->showMessage(tr("角色“%1”没有工单流转列表；请以派单员、承办单位或接线员登录").arg(m_sync->role()), 8000);
            return;
        }
        list = made.release();
        list->setProperty("role", m_sync->role());
        list->setWindowFlag(Qt::Window);
    }
    list->show();
    list->raise();
    list->activateWindow();
}

void DeskWindow::setBasemap(const MbTiles *tiles)
{
    m_mapPanel->setBasemap(tiles);
}

void DeskWindow::newOrder()
{
    m_form->clear();
    m_mapPanel->clear();
    m_resultBanner->hide();
    m_history->setOrders({});
    m_historyPanel->setPhone({});
    if (Status s = m_agent.answerCall(); !s)
        statusBar()->showMessage(s.error(), 4000);
    refreshStatus();
}

void DeskWindow::lookUpCaller(const QString &phone)
{
    m_callerHistory->lookUp(phone);
}

void DeskWindow::showCallerHistory(const QString &phone, const QVector<WorkOrderSummary> &orders, const QString &note)
{
    m_history->setOrders(orders);
    m_historyPanel->setPhone(phone);
    m_historyPanel->setScopeNote(note);
    QVector<WorkOrderSummary> open;
    for (const WorkOrderSummary &order : orders)
        if (isOpen(order.status))
            open.append(order);
    m_openOrders = open;
    m_form->setOpenOrders(open);
    if (!orders.isEmpty()) {
        if (const auto last = m_callerHistory->order(orders.first().number))
            m_form->prefillCaller(last->draft.callerName, last->draft.gender);
    }
}

void DeskWindow::recordProgressInquiry()
{
    // The order the caller asks about: the one chosen as repeated, else their newest open one.
    const QString chosen = m_form->draft().repeatOf;
    const QString number = !chosen.isEmpty() ? chosen : m_openOrders.isEmpty() ? QString() : m_openOrders.first().number;
    const std::optional<WorkOrderState> order = number.isEmpty() ? std::nullopt : m_callerHistory->order(number);
    if (!order) {
        statusBar()->showMessage(tr("该号码没有未办结的工单可催问"), 5000);
        return;
    }
    // What to read out: where the order is, who has it, what the unit last said.
    QString text = tr("<b>工单 %1 · %2</b>").arg(order->number.toHtmlEscaped(), displayName(order->status));
    if (!order->dispatchedTo.isEmpty())
        text += tr("<br>承办单位：%1").arg(order->dispatchedTo.toHtmlEscaped());
    text += order->reply.isEmpty() ? tr("<br>承办单位尚未答复") : tr("<br>最近答复：%1").arg(order->reply.toHtmlEscaped());
    const Role role = m_sync ? roleFromCode(m_sync->role()).value_or(Role::Operator) : Role::Operator;
    const OrderActions actions(role, m_sync ? m_sync->unit() : QString(),
                               m_store.meta(QStringLiteral("operator"), qEnvironmentVariable("USER")), OrderActions::outboxOf(m_store, m_sync));
    const Result<WorkOrderState> counted = actions.act(*order, EventType::ProgressInquiry, {{QStringLiteral("text"), tr("来电催问进度")}});
    text += counted ? tr("<br>已记为第 %1 次催问进度").arg(counted.value().progressInquiries)
                    : tr("<br>催问未记录：%1").arg(counted.error().toHtmlEscaped());
    m_resultBanner->setStyleSheet(QStringLiteral("background: #EEF4FB; color: #123; padding: 8px;"));
    m_resultBanner->setText(text);
    m_resultBanner->show();
}

void DeskWindow::setProposals(const FormProposals *proposals)
{
    m_proposals = proposals;
    m_form->setProposals(proposals);
}

void DeskWindow::takeSuggestedItem()
{
    switch (m_form->takeSuggestedItem()) {
    case WorkOrderForm::ItemTaken::Taken:
        break;
    case WorkOrderForm::ItemTaken::NoneOffered:
        statusBar()->showMessage(tr("还没有分类建议：先在诉求内容里说明情况"), 4000);
        break;
    case WorkOrderForm::ItemTaken::PickedByOperator:
        statusBar()->showMessage(tr("事项分类已由接线员选定，建议不覆盖它"), 4000);
        break;
    }
}

void DeskWindow::dispatchFiled(const QString &number, const WorkOrderDraft &draft, const QString &chosenUnit,
                               const QString &actor)
{
    if (!m_proposals)
        return;
    const Result<FilingOutcome> outcome = FilingDispatch(*m_proposals, m_orders, m_store).dispatch(number, draft, chosenUnit, actor);
    if (!outcome) {
        statusBar()->showMessage(outcome.error(), 10000);
        return;
    }
    const QString unit = outcome.value().proposal.lead.name;
    switch (outcome.value().kind) {
    case FilingOutcome::Kind::NotDispatched:
        break;
    case FilingOutcome::Kind::Dispatched:
        statusBar()->showMessage(tr("工单 %1 已派给 %2").arg(number, unit), 8000);
        break;
    case FilingOutcome::Kind::PendingReview:
        statusBar()->showMessage(tr("工单 %1 拟派 %2，等待派单员审核").arg(number, unit), 8000);
        break;
    case FilingOutcome::Kind::LeftOpen:
        statusBar()->showMessage(tr("工单 %1 没有可建议的承办单位，已转派单员派单").arg(number), 10000);
        break;
    }
}

void DeskWindow::submit()
{
    const WorkOrderDraft draft = m_form->draft();
    const QList<FieldError> errors = WorkOrderValidator::validate(draft);
    if (!errors.isEmpty()) {
        m_form->showErrors(errors);
        statusBar()->showMessage(tr("工单未提交：有 %1 处需要补正").arg(errors.size()), 6000);
        return;
    }
    const QString operatorName = m_store.meta(QStringLiteral("operator"), qEnvironmentVariable("USER"));
    Result<QString> number = m_orders.create(draft, operatorName);
    if (!number) {
        m_resultBanner->setStyleSheet(QStringLiteral("background: #FDECEA; color: #8A1F11; padding: 8px;"));
        m_resultBanner->setText(number.error());
        m_resultBanner->show();
        return;
    }
    m_lastFiled = number.value();
    // The log line is the acknowledgement support staff and the crash test look for.
    qInfo("work order filed: %s", qPrintable(m_lastFiled));
    dispatchFiled(m_lastFiled, draft, m_form->chosenUnitCode(), operatorName);
    m_resultBanner->setStyleSheet(QStringLiteral("background: #E8F5E9; color: #1B5E20; padding: 8px; font-size: 15px;"));
    m_resultBanner->setText(tr("已受理，工单编号 <b>%1</b>（读作：%2）。表单已清空，可接下一个电话。")
                                .arg(m_lastFiled, OrderNumber::spoken(m_lastFiled)));
    m_resultBanner->show();
    m_form->clear();
    m_mapPanel->clear();
    m_history->setOrders({});
    m_historyPanel->setPhone({});
    m_agent.orderFiled();
    refreshStatus();
    Q_EMIT workOrderFiled(m_lastFiled);
}

} // namespace hotline
