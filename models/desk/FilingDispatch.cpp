// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilingDispatch.h"

#include "FormProposals.h"
#include "store/LocalStore.h"
#include "workorder/WorkOrderRepository.h"

#include <QJsonArray>

namespace hotline {

ReviewPolicy FilingDispatch::reviewPolicy(const LocalStore &store)
{
    const QString text = store.meta(reviewPolicyKey, QStringLiteral("all"));
    Result<ReviewPolicy> policy = ReviewPolicy::parse(text);
    if (policy)
        return policy.value();
    // Reviewing too much costs a dispatcher a key; reviewing too little sends an order astray.
    qWarning("%s: %s; every dispatch is reviewed", qPrintable(reviewPolicyKey), qPrintable(policy.error()));
    return ReviewPolicy::all();
}

Status FilingDispatch::setReviewPolicy(LocalStore &store, const QString &text)
{
    const Result<ReviewPolicy> policy = ReviewPolicy::parse(text);
    if (!policy)
        return Error{policy.error()};
    return store.setMeta(reviewPolicyKey, policy.value().toText());
}

QJsonObject FilingDispatch::payload(const DispatchProposal &proposal, bool review)
{
    QJsonArray coUnits;
    for (const Unit &unit : proposal.coUnits)
        coUnits.append(unit.code);
    return {{QStringLiteral("unit"), proposal.lead.code},
            {QStringLiteral("coUnits"), coUnits},
            {QStringLiteral("reason"), proposal.reason},
            {QStringLiteral("confidence"), proposal.confidence},
            {QStringLiteral("review"), review}};
}

Result<FilingOutcome> FilingDispatch::dispatch(const QString &number, const WorkOrderDraft &draft, const QString &chosenUnit,
                                               const QString &actor, const QDateTime &now) const
{
    FilingOutcome outcome;
    if (draft.isAnsweredOnCall())
        return outcome;
    Result<DispatchProposal> proposal = chosenUnit.isEmpty() ? m_proposals.unit(draft) : m_proposals.chosenUnit(chosenUnit, draft);
    if (!proposal) {
        outcome.kind = FilingOutcome::Kind::LeftOpen;
        outcome.problem = proposal.error();
        return outcome;
    }
    outcome.proposal = std::move(proposal).value();
    const bool review = reviewPolicy(m_store).needsReview(draft, outcome.proposal.confidence);
    const WorkOrderEvent dispatched =
        WorkOrderEvent::make(number, EventType::Dispatched, actor, now, payload(outcome.proposal, review));
    if (Status appended = m_orders.append(dispatched); !appended)
        return Error{tr("工单 %1 已受理，但未能派出：%2").arg(number, appended.error())};
    const std::optional<WorkOrderState> state = m_orders.find(number);
    outcome.kind = state && state->status == OrderStatus::PendingReview ? FilingOutcome::Kind::PendingReview
                                                                        : FilingOutcome::Kind::Dispatched;
    return outcome;
}

} // namespace hotline
