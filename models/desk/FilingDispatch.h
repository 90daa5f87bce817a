// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "dispatch/DispatchProposer.h"
#include "dispatch/ReviewPolicy.h"
#include "workorder/WorkOrder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace hotline {

class FormProposals;
class LocalStore;
class WorkOrderRepository;

// What became of a filed order's dispatch.
struct FilingOutcome {
    enum class Kind {
        NotDispatched, // answered on the call: nothing to send anywhere
        Dispatched,    // out to the unit at once
        PendingReview, // waits in a dispatcher's queue (派单审核)
        LeftOpen,      // no unit could be proposed: the dispatcher's "to dispatch" queue
    };
    Kind kind = Kind::NotDispatched;
    DispatchProposal proposal;
    QString problem; // why it was left open
};

// First responsibility at the desk: an order not answered on the call is dispatched the
// moment it is filed, to the unit the form proposed or the one the operator chose, with a
// Dispatched event {unit, coUnits, reason, confidence, review} appended after its Created
// event. Whether it waits for a dispatcher is the centre's review setting, kept in the store
// under `dispatch.review` (ReviewPolicy's text; "all" when unset or unreadable).
class FilingDispatch {
    Q_DECLARE_TR_FUNCTIONS(hotline::FilingDispatch)
public:
    static inline const QString reviewPolicyKey = QStringLiteral("dispatch.review");

    FilingDispatch(const FormProposals &proposals, WorkOrderRepository &orders, LocalStore &store)
        : m_proposals(proposals), m_orders(orders), m_store(store) {}

    // `chosenUnit`: the code the operator picked as the involved unit, or empty for the proposal.
    Result<FilingOutcome> dispatch(const QString &number, const WorkOrderDraft &draft, const QString &chosenUnit,
                                   const QString &actor, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    static ReviewPolicy reviewPolicy(const LocalStore &store);
    static Status setReviewPolicy(LocalStore &store, const QString &text);
    static QJsonObject payload(const DispatchProposal &proposal, bool review);

private:
    const FormProposals &m_proposals;
    WorkOrderRepository &m_orders;
    LocalStore &m_store;
};

} // namespace hotline
