// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/DeskWindow.h"

#include "common/Confirm.h"
#include "common/SignInDialog.h"
#include "core/Role.h"
#include "desk/CallerHistory.h"
#include "desk/DraftKeeper.h"
#include "desk/FilingDispatch.h"
#include "desk/FormProposals.h"
#include "desk/NearbyLookup.h"
#include "desk/OrderActions.h"
#include "desk/ReferenceIndexes.h"
#include "dispatch/WorkListWindow.h"
#include "editor/KbEditorWindow.h"
#include "itemmodels/WorkOrderListModel.h"
#include "kb/KbUsageRecorder.h"
#include "kb/KnowledgeBase.h"
#include "lead/LeadPages.h"
#include "lead/LeadWindow.h"
#include "lead/MyEvaluationsPage.h"
#include "operator/CallBar.h"
#include "operator/CallerHistoryPanel.h"
#include "operator/DeskDocks.h"
#include "operator/KnowledgePanel.h"
#include "operator/MapPanel.h"
#include "operator/SeatStatus.h"
#include "operator/ShortcutCatalog.h"
#include "operator/ShortcutOverlay.h"
#include "operator/TranscriptPanel.h"
#include "operator/TransferPicker.h"
#include "operator/WorkOrderForm.h"
#include "store/LocalStore.h"
#include "sync/SyncEngine.h"
#include "telephony/AgentSession.h"
#include "telephony/CallControl.h"
#include "workorder/OrderNumber.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hotline {

namespace {
const QString layoutKey = QStringLiteral("desk.layout");
const QString geometryKey = QStringLiteral("desk.geometry");
} // namespace

DeskWindow::DeskWindow(LocalStore &store, WorkOrderRepository &orders, const ReferenceIndexes &indexes,
                       KnowledgeBase &kb, AgentSession &agent, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_orders(orders), m_indexes(indexes), m_kb(kb), m_agent(agent),
      m_calls(new CallControl(agent, this)), m_drafts(new DraftKeeper(store, 400, this))
{
    setWindowTitle(tr("12345 热线坐席 — Hotline Desk"));
    setObjectName(QStringLiteral("deskWindow"));
    resize(1280, 800);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    m_callBar = new CallBar(left);
    leftLayout->addWidget(m_callBar);
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
    // The form is as wide as its pane: a long message wraps instead of widening it.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftLayout->addWidget(scroll, 1);
    setCentralWidget(left);

    buildPanels();
    m_overlay = new ShortcutOverlay(this);
    m_status = new SeatStatus(*statusBar(), m_agent, *m_calls);
    statusBar()->showMessage(tr("按 F1 查看全部快捷键"));
    buildActions();
    connectCalls();

    connect(m_form, &WorkOrderForm::phoneEntered, this, &DeskWindow::lookUpCaller);
    connect(m_form, &WorkOrderForm::edited, this, &DeskWindow::keepDraft);
    // Related knowledge follows the description once the operator pauses typing.
    m_relatedDelay = new QTimer(this);
    m_relatedDelay->setSingleShot(true);
    m_relatedDelay->setInterval(400);
    connect(m_form, &WorkOrderForm::descriptionChanged, m_relatedDelay, qOverload<>(&QTimer::start));
    connect(m_relatedDelay, &QTimer::timeout, this, [this] {
        if (!m_trainingExam) // an exam proposes nothing
            m_knowledge->showRelated(m_form->draft().description);
    });
    connect(m_form, &WorkOrderForm::classificationChanged, m_mapPanel, &MapPanel::setClassification);
    connect(m_mapPanel, &MapPanel::locationChosen, this, [this](const Address &address, const QString &placeName) {
        m_form->setLocation(address, placeName);
        statusBar()->showMessage(tr("工单地点已设为 %1").arg(address.display()), 4000);
    });
    connect(m_mapPanel, &MapPanel::duplicateChosen, this, [this](const WorkOrderSummary &order) {
        m_form->linkToOrder(order);
        statusBar()->showMessage(tr("本次来电已关联到附近的工单 %1").arg(order.number), 4000);
    });
    connect(&m_store, &LocalStore::outboxChanged, this, [this] { m_status->setPendingCount(m_orders.pendingOutboxCount()); });
    connect(m_drafts, &DraftKeeper::failed, this, [this](const QString &reason) {
        showBanner(tr("工单草稿没能保存：%1").arg(reason.toHtmlEscaped()), "background: #FDECEA; color: #8A1F11; padding: 8px;");
    });
    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &DeskWindow::tick);
    m_clock->start();
    m_status->setPendingCount(m_orders.pendingOutboxCount());

    restoreSeat();
    m_form->focusField(FormField::Phone);
    // The desk up is the operator on the floor: ready for the first call.
    if (m_agent.state() == AgentSession::State::Offline)
        (void)m_agent.goReady();
}

DeskWindow::~DeskWindow() = default;

void DeskWindow::buildPanels()
{
    m_docks = new DeskDocks(*this);
    m_knowledge = new KnowledgePanel(m_kb, this);
    m_docks->add(QStringLiteral("knowledgeDock"), tr("知识库"), m_knowledge);
    // What the operator looks up and takes is the floor's evidence for the search (and what
    // found nothing, the editors' list): queued for the centre with the rest of the outbox.
    m_kbUsage = std::make_unique<KbUsageRecorder>(m_store, m_kb);
    connect(m_knowledge, &KnowledgePanel::searched, this,
            [this](const QString &query, int strongHits) { m_kbUsage->searched(query, strongHits); });
    connect(m_knowledge, &KnowledgePanel::articleRead, this, [this](qint64 id) {
        (void)m_kbUsage->articleUsed(id, KbUsageEvent::Action::Opened, !m_knowledge->showingRelated());
    });
    m_history = new WorkOrderListModel(this);
    m_historyPanel = new CallerHistoryPanel(*m_history, this);
    m_callerHistory = new CallerHistory(m_orders, m_store, nullptr, this);
    connect(m_callerHistory, &CallerHistory::found, this,
            [this](const QString &phone, const QVector<WorkOrderSummary> &orders, CallerHistory::Scope, const QString &note) {
                // While a call rings, its history belongs to the screen pop; the form is
                // filled once it is answered.
                if (m_callBar->isRinging() && phone == m_callBar->ringingNumber()) {
                    m_callBar->showCaller(phone, orders, note);
                    return;
                }
                showCallerHistory(phone, orders, note);
            });
    m_docks->add(QStringLiteral("historyDock"), tr("来电历史"), m_historyPanel);
    m_mapPanel = new MapPanel(m_indexes, m_store, this);
    m_nearby = new NearbyLookup(m_store, this);
    m_mapPanel->setNearbyLookup(m_nearby);
    m_docks->add(QStringLiteral("mapDock"), tr("地图"), m_mapPanel);
    m_transcript = new TranscriptPanel(this);
    m_docks->add(QStringLiteral("transcriptDock"), tr("通话转写"), m_transcript);
    // A sentence the caller said goes to the end of the description: no retyping.
    connect(m_transcript, &TranscriptPanel::sentenceChosen, this, [this](const QString &text) {
        m_form->appendToDescription(text);
        statusBar()->showMessage(tr("已把转写句子加入诉求内容"), 3000);
    });
    connect(m_docks, &DeskDocks::layoutChanged, this, &DeskWindow::saveLayout);
}

void DeskWindow::buildActions()
{
    const auto bind = [this](const QString &id, std::function<void()> handler) {
        auto *action = new QAction(this);
        action->setObjectName(id);
        action->setShortcut(ShortcutCatalog::keys(id));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, std::move(handler));
        addAction(action);
        return action;
    };
    bindCallKeys(bind);
    QAction *submit = bind(QStringLiteral("submit"), [this] { this->submit(); });
    submit->setShortcuts({ShortcutCatalog::keys(QStringLiteral("submit")), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    bind(QStringLiteral("clear"), [this] {
        resetForNextCall();
        m_drafts->discard();
    });
    bind(QStringLiteral("markRepeat"), [this] {
        if (!m_form->markRepeatCall())
            statusBar()->showMessage(tr("该号码没有未办结的工单"), 4000);
    });
    bind(QStringLiteral("kbSearch"), [this] {
        m_docks->show(m_knowledge);
        m_knowledge->focusSearch();
    });
    bind(QStringLiteral("useAnswer"), [this] { useAnswer(); });
    bind(QStringLiteral("takeSuggestion"), [this] { takeSuggestedItem(); });
    bind(QStringLiteral("kbEditor"), [this] { openEditor(); });
    bind(QStringLiteral("workList"), [this] { openWorkList(); });
    bind(QStringLiteral("leadDesk"), [this] { openLeadDesk(); });
    bind(QStringLiteral("progressInquiry"), [this] { recordProgressInquiry(); });
    bind(QStringLiteral("tabKnowledge"), [this] { m_docks->show(m_knowledge); });
    bind(QStringLiteral("tabHistory"), [this] { m_docks->show(m_historyPanel); });
    bind(QStringLiteral("tabMap"), [this] { m_docks->show(m_mapPanel); });
    bind(QStringLiteral("tabTranscript"), [this] { m_docks->show(m_transcript); });
    bind(QStringLiteral("transcriptCopy"), [this] { m_transcript->chooseCurrent(); });
    bind(QStringLiteral("resetLayout"), [this] {
        m_docks->resetLayout();
        saveLayout();
        statusBar()->showMessage(tr("面板已恢复默认布局"), 4000);
    });
    bind(QStringLiteral("mapSearch"), [this] {
        m_docks->show(m_mapPanel);
        m_mapPanel->focusSearch();
    });
    bind(QStringLiteral("mapFocus"), [this] {
        m_docks->show(m_mapPanel);
        m_mapPanel->focusMap();
    });
    bind(QStringLiteral("focusHistory"), [this] {
        m_docks->show(m_historyPanel);
        m_historyPanel->table()->setFocus(Qt::ShortcutFocusReason);
    });
    bind(QStringLiteral("signIn"), [this] { openSignIn(); });
    bind(QStringLiteral("shortcuts"), [this] { m_overlay->toggle(); });
    bind(QStringLiteral("quit"), [this] { close(); });
}

void DeskWindow::restoreSeat()
{
    // Where the operator put the panels (a second screen too), as this seat last had them.
    restoreGeometry(QByteArray::fromBase64(m_store.meta(geometryKey).toLatin1()));
    m_docks->restore(QByteArray::fromBase64(m_store.meta(layoutKey).toLatin1()));
    // A call interrupted by a quit, a crash or a power cut: the form as it was typed.
    if (const std::optional<KeptDraft> left = m_drafts->left()) {
        m_form->restore(left->draft, left->chosenUnit);
        showBanner(tr("已恢复上次未提交的工单草稿（%1 保存）。核对后按 Ctrl+Enter 提交，或 Ctrl+Shift+L 清空。")
                       .arg(left->savedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))),
                   "background: #FFF4D6; color: #5A3E00; padding: 8px;");
        if (!left->callId.isEmpty()) {
            PhoneCall call;
            call.id = left->callId;
            call.remoteNumber = left->callerNumber;
            call.state = PhoneCall::State::Ended;
            m_call = call;
        }
        // The interrupted call's after-call work: no new call until this order is dealt with.
        (void)m_agent.resumeAfterCall();
    }
}

void DeskWindow::saveLayout()
{
    // A seat's own preference: nothing to say if the store cannot take it now.
    (void)m_store.setMeta(layoutKey, QString::fromLatin1(m_docks->state().toBase64()));
    (void)m_store.setMeta(geometryKey, QString::fromLatin1(saveGeometry().toBase64()));
}

void DeskWindow::notify(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}

void DeskWindow::say(const Status &status, int ms)
{
    if (!status)
        statusBar()->showMessage(status.error(), ms);
    m_status->refresh();
}

void DeskWindow::showBanner(const QString &html, const char *style)
{
    m_resultBanner->setStyleSheet(QString::fromLatin1(style));
    m_resultBanner->setText(html);
    m_resultBanner->show();
}

void DeskWindow::resetForNextCall()
{
    (void)m_kbUsage->callEnded();
    m_form->clear();
    m_mapPanel->clear();
    m_knowledge->clear();
    m_resultBanner->hide();
    m_history->setOrders({});
    m_historyPanel->setPhone({});
    m_openOrders.clear();
}

void DeskWindow::keepDraft()
{
    KeptDraft kept;
    kept.draft = m_form->draft();
    kept.chosenUnit = m_form->chosenUnitCode();
    if (m_call) {
        kept.callId = m_call->id;
        kept.callerNumber = m_call->remoteNumber;
    }
    m_drafts->changed(kept);
}

void DeskWindow::closeEvent(QCloseEvent *event)
{
    const bool inCall = (m_calls->call() && m_calls->call()->isLive()) || m_agent.state() == AgentSession::State::InCall;
    if (inCall
        && !Confirm::ask(this, tr("通话进行中"), tr("正在通话。退出会挂断这通电话；已填写的工单会作为草稿保留，下次启动时恢复。确定退出吗？"),
                         tr("挂断并退出"), tr("继续通话"))) {
        event->ignore();
        return;
    }
    if (inCall)
        (void)m_calls->hangUp();
    m_drafts->flush();
    saveLayout();
    (void)m_agent.goOffline(tr("退出"));
    event->accept();
}

void DeskWindow::setSync(SyncEngine *sync)
{
    m_sync = sync;
    m_callerHistory->setSync(sync);
    m_nearby->setSync(sync);
    m_status->setSync(sync);
    if (!m_sync)
        return;
    connect(m_sync, &SyncEngine::rejected, this, [this](const QString &reason) {
        // The centre refused something this desk did: the operator must know, it will not retry.
        showBanner(tr("中心拒绝了本席的一项操作：%1").arg(reason.toHtmlEscaped()), "background: #FDECEA; color: #8A1F11; padding: 8px;");
    });
}

SignInDialog *DeskWindow::openSignIn()
{
    if (!m_sync) {
        statusBar()->showMessage(tr("这台坐席没有启用与中心的同步"), 4000);
        return nullptr;
    }
    const CentralSettings settings = CentralSettings::load(m_store);
    // The address the administrator put in /etc/hotline/desk.ini, or the one used before.
    return SignInDialog::openFor(*m_sync, settings.login, this, [this] {
        statusBar()->showMessage(tr("已登录中心"), 4000);
        m_status->refresh();
    });
}

void DeskWindow::openEditor()
{
    // One editor window per desk; it lives as long as the desk.
    auto *editor = findChild<KbEditorWindow *>();
    if (!editor) {
        editor = new KbEditorWindow(m_kb, m_store.meta(QStringLiteral("operator"), qEnvironmentVariable("USER")), this);
        editor->setWindowFlag(Qt::Window);
        editor->setSync(m_sync);
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

void DeskWindow::openLeadDesk()
{
    const std::optional<Role> role = m_sync && m_sync->signedIn() ? roleFromCode(m_sync->role()) : std::nullopt;
    QWidget *shown = nullptr;
    if (role && (*role == Role::TeamLead || *role == Role::Admin)) {
        // One workspace per desk; it lives as long as the desk.
        auto *lead = findChild<LeadWindow *>();
        if (!lead) {
            lead = new LeadWindow(m_store, *m_sync, this);
            lead->setWindowFlag(Qt::Window);
            addLeadPages(*lead);
        }
        shown = lead;
    } else if (role && *role == Role::Operator) {
        // An operator's side of the same reviews: their own evaluations, to acknowledge or dispute.
        auto *mine = findChild<MyEvaluationsPage *>();
        if (!mine) {
            mine = new MyEvaluationsPage(*m_sync, this);
            mine->setWindowFlag(Qt::Window);
            mine->setWindowTitle(tr("我的质检评价"));
            mine->resize(900, 520);
        } else {
            mine->refresh();
        }
        shown = mine;
    } else {
        statusBar()->showMessage(tr("F10 要先登录中心（Ctrl+Shift+I）：班长看质检与现场，接线员看自己的质检评价"), 8000);
        return;
    }
    shown->show();
    shown->raise();
    shown->activateWindow();
}

void DeskWindow::setBasemap(const MbTiles *tiles)
{
    m_mapPanel->setBasemap(tiles);
}

void DeskWindow::setProposals(const FormProposals *proposals)
{
    m_proposals = proposals;
    m_form->setProposals(proposals);
}

} // namespace hotline
