// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/sync/SyncService.h"

namespace hotline {

class NumberLeases;

// A group of desks' pushes decided and written together, in a few round trips for the whole
// group instead of a dozen per operation. What the centre must know first — which operations
// it has answered before, which events it holds, the events of every order concerned — is read
// with one statement per table; every operation is then decided in memory, in order, with the
// same Lifecycle the desks use (an operation sees what the ones before it in the group did);
// and what the group produces is written with one multi-row statement per table, under
// revisions taken from the counter in one step, late, so its lock is held only briefly.
class PushGroup {
public:
    PushGroup(CentralDatabase &db, NumberLeases &leases) : m_db(db), m_leases(leases) {}

    // Inside the caller's transaction. A push refused as a whole (too many operations) gets its
    // error; when the database fails, nothing of the group may be kept and the caller rolls back.
    Result<QVector<Result<QVector<OpOutcome>>>> apply(const QVector<SyncService::PushRequest> &pushes);

private:
    CentralDatabase &m_db;
    NumberLeases &m_leases;
};

} // namespace hotline
