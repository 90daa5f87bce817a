// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/DeskWindow.h"

#include "common/Confirm.h"
#include "common/SignInDialog.h"
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
#include "kb/KnowledgeBase.h"
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
#include <QPointer>
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

void DeskWindow::bindCallKeys(const std::function<QAction *(const QString &, std::function<void()>)> &bind)
{
    bind(QStringLiteral("newOrder"), [this] { answer(); });
    bind(QStringLiteral("hangUp"), [this] { say(m_calls->hangUp()); });
    bind(QStringLiteral("holdCall"), [this] { say(m_calls->toggleHold()); });
    bind(QStringLiteral("muteCall"), [this] { say(m_calls->toggleMute()); });
    bind(QStringLiteral("transferCall"), [this] { pickTransfer(false); });
    bind(QStringLiteral("consultTransfer"), [this] {
        // Pressed again during a consultation it completes the transfer.
        if (m_calls->consultation())
            say(m_calls->completeTransfer());
        else
            pickTransfer(true);
    });
    bind(QStringLiteral("toggleReady"), [this] {
        say(m_agent.toggleReady());
        if (m_agent.notReadyAfterCall())
            statusBar()->showMessage(tr("本次通话结束后示忙（%1）").arg(m_agent.settings().notReadyReasons.value(0)), 5000);
    });
    bind(QStringLiteral("notReadyReason"), [this] { chooseNotReadyReason(); });
    bind(QStringLiteral("signOff"), [this] { say(m_agent.goOffline(tr("下线"))); });
}

void DeskWindow::connectCalls()
{
    connect(m_calls, &CallControl::incoming, this, &DeskWindow::showIncoming);
    connect(m_calls, &CallControl::answered, this, &DeskWindow::startCall);
    connect(m_calls, &CallControl::changed, this, [this](const PhoneCall &) { tick(); });
    connect(m_calls, &CallControl::callEnded, this, [this](const PhoneCall &call) {
        m_callBar->showIdle();
        if (m_call && m_call->id == call.id)
            m_call = call; // ended, with its recording, until its order is filed
        // Ended by filing its order (a call by hand) there is nothing left to say.
        if (formHoldsAnOrder())
            statusBar()->showMessage(tr("已挂机：完成工单后按 Ctrl+Enter 提交"), 6000);
        m_status->refresh();
        Q_EMIT callEnded(call);
    });
    connect(m_calls, &CallControl::missed, this, [this](const PhoneCall &call, const QString &reason) {
        m_callBar->showMissed(call, reason);
        statusBar()->showMessage(reason, 6000);
    });
    connect(m_calls, &CallControl::trouble, this, [this](const QString &reason) {
        m_status->setPhoneTrouble(reason);
        statusBar()->showMessage(tr("话机故障：%1。工单仍可手工受理（Ctrl+N）").arg(reason), 15000);
    });
    connect(m_calls, &CallControl::recovered, this, [this] { statusBar()->showMessage(tr("话机已恢复"), 5000); });
}

void DeskWindow::setTranscriptSource(TranscriptSource *source)
{
    m_transcript->setSource(source);
}

void DeskWindow::setPhone(Phone *phone)
{
    m_calls->setPhone(phone);
    m_status->refresh();
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

bool DeskWindow::formHoldsAnOrder() const
{
    return m_form->draft() != WorkOrderDraft{};
}

void DeskWindow::answer()
{
    // A new call clears the form: an order typed and not yet filed is never thrown away by it.
    const bool inCall = m_calls->call() && m_calls->call()->state != PhoneCall::State::Ringing;
    if (!inCall && m_agent.state() != AgentSession::State::InCall && formHoldsAnOrder()) {
        statusBar()->showMessage(tr("表单中有未提交的工单：先提交（Ctrl+Enter）或清空（Ctrl+Shift+L），再接听"), 8000);
        return;
    }
    say(m_calls->answer());
}

void DeskWindow::showIncoming(const PhoneCall &call)
{
    m_callBar->showRinging(call);
    QApplication::alert(this);
    if (!call.remoteNumber.isEmpty())
        m_callerHistory->lookUp(call.remoteNumber);
}

void DeskWindow::startCall(const PhoneCall &call)
{
    // Each call starts clean: nothing of the last call's form, panels or query stays.
    resetForNextCall();
    m_call = call;
    m_callBar->showInCall(call, m_calls->consultation(), m_calls->talkSeconds());
    if (!call.remoteNumber.isEmpty()) {
        m_form->setCallerPhone(call.remoteNumber);
        m_form->focusField(FormField::CallerName);
    }
    keepDraft();
    m_status->refresh();
}

void DeskWindow::resetForNextCall()
{
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

void DeskWindow::tick()
{
    // After-call work ends by itself only with nothing left to file: an order being typed
    // keeps the seat out of the queue until it is filed (the lead sees the overrun).
    if (!formHoldsAnOrder())
        m_agent.tick();
    if (const std::optional<PhoneCall> call = m_calls->call(); call && call->state != PhoneCall::State::Ringing)
        m_callBar->showInCall(*call, m_calls->consultation(), m_calls->talkSeconds());
    m_status->refresh();
}

void DeskWindow::chooseNotReadyReason()
{
    // One digit picks the reason: the menu is the keyboard's, no mouse needed.
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("notReadyMenu"));
    const QStringList reasons = m_agent.settings().notReadyReasons;
    for (qsizetype i = 0; i < reasons.size(); ++i) {
        QAction *action = menu.addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(reasons.at(i)));
        connect(action, &QAction::triggered, this, [this, reason = reasons.at(i)] { say(m_agent.goNotReady(reason)); });
    }
    menu.exec(mapToGlobal(QPoint(width() / 3, height() / 3)));
}

void DeskWindow::pickTransfer(bool consulted)
{
    if (Status live = m_calls->call() && m_calls->call()->state != PhoneCall::State::Ringing ? Status::success()
                                                                                          : Status(Error{tr("现在没有可转接的通话")});
        !live) {
        say(live);
        return;
    }
    auto *picker = new TransferPicker(TransferDirectory::load(m_store), consulted ? TransferPicker::Kind::Consulted : TransferPicker::Kind::Blind, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &TransferPicker::chosen, this, [this, consulted](const QString &number, const QString &name) {
        const Status done = consulted ? m_calls->consult(number) : m_calls->transfer(number);
        say(done, 8000);
        if (done)
            statusBar()->showMessage(consulted ? tr("正在咨询 %1 %2：通话后按 Ctrl+Shift+T 完成转接").arg(name, number)
                                               : tr("已转接至 %1 %2").arg(name, number),
                                     8000);
    });
    picker->open();
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
            m_status->refresh();
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
    showBanner(text, "background: #EEF4FB; color: #123; padding: 8px;");
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
        showBanner(number.error().toHtmlEscaped(), "background: #FDECEA; color: #8A1F11; padding: 8px;");
        return;
    }
    m_lastFiled = number.value();
    const QString callId = m_call ? m_call->id : QString();
    // The log line is the acknowledgement support staff and the crash test look for.
    qInfo("work order filed: %s", qPrintable(m_lastFiled));
    dispatchFiled(m_lastFiled, draft, m_form->chosenUnitCode(), operatorName);
    m_drafts->discard();
    resetForNextCall();
    showBanner(tr("已受理，工单编号 <b>%1</b>（读作：%2）。表单已清空，可接下一个电话。").arg(m_lastFiled, OrderNumber::spoken(m_lastFiled)),
               "background: #E8F5E9; color: #1B5E20; padding: 8px; font-size: 15px;");
    // A call taken by hand is over once its order is filed; a phone call still on keeps its
    // strip (the operator hangs up), one that ended is done with its order.
    if (m_calls->isByHand())
        (void)m_calls->hangUp();
    if (!m_calls->call())
        m_call.reset();
    m_agent.orderFiled();
    m_status->refresh();
    Q_EMIT workOrderFiled(m_lastFiled);
    if (!callId.isEmpty())
        Q_EMIT orderFiledForCall(m_lastFiled, callId);
}

} // namespace hotline
