// SPDX-License-Identifier: GPL-3.0-or-later
// DeskWindow, the order: filing it (and its dispatch), the caller's history, a progress inquiry,
// an answer taken from the knowledge base.
#include "operator/DeskWindow.h"

#include "desk/CallerHistory.h"
#include "desk/DraftKeeper.h"
#include "desk/FilingDispatch.h"
#include "desk/FormProposals.h"
#include "desk/OrderActions.h"
#include "itemmodels/WorkOrderListModel.h"
#include "kb/KbUsageRecorder.h"
#include "kb/KnowledgeBase.h"
#include "operator/CallerHistoryPanel.h"
#include "operator/KnowledgePanel.h"
#include "operator/SeatStatus.h"
#include "operator/WorkOrderForm.h"
#include "store/LocalStore.h"
#include "sync/SyncEngine.h"
#include "telephony/AgentSession.h"
#include "telephony/CallControl.h"
#include "workorder/OrderNumber.h"

#include <QLabel>
#include <QStatusBar>

namespace hotline {

void DeskWindow::useAnswer()
{
    KbHit hit;
    QString answer;
    if (!m_knowledge->currentAnswer(&hit, &answer)) {
        statusBar()->showMessage(tr("先在知识库中选中一条知识（Ctrl+K 搜索）"), 4000);
        return;
    }
    m_form->useAnswer(hit.articleId, hit.version, hit.title, answer);
    (void)m_kbUsage->articleUsed(hit.articleId, KbUsageEvent::Action::Taken, !m_knowledge->showingRelated());
    statusBar()->showMessage(tr("已采用《%1》的答案").arg(hit.title), 4000);
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
    WorkOrderDraft draft = m_form->draft();
    // Every order filed on a training store is a simulation's: marked so that it never
    // leaves the desk, whatever store it might later be copied to.
    draft.simulation = m_store.isSimulation();
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
