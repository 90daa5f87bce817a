// SPDX-License-Identifier: GPL-3.0-or-later
// DeskWindow, the call: its keys, the phone's signals, the screen pop, answering into a new order,
// not ready with a reason, transfers.
#include "operator/DeskWindow.h"

#include "desk/CallerHistory.h"
#include "desk/DraftKeeper.h"
#include "operator/CallBar.h"
#include "operator/SeatStatus.h"
#include "operator/TranscriptPanel.h"
#include "operator/TransferPicker.h"
#include "operator/WorkOrderForm.h"
#include "store/LocalStore.h"
#include "telephony/AgentSession.h"
#include "telephony/CallControl.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QStatusBar>

namespace hotline {

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

} // namespace hotline
