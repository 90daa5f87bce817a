// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace hotline {

class CentralDatabase;

struct NumberLease {
    qint64 first = 0;
    qint64 last = 0;
};

// Final work-order numbers are the centre's: ten digits, the year's two and a running count
// (2600012345). Desks take them in blocks, so that a desk cut off from the centre still gives
// the caller the number the order will keep.
class NumberLeases {
public:
    static constexpr int maxBlock = 1000;
    // What one desk may hold within a day: an operator takes a few hundred calls in a shift,
    // so a desk asking for more is broken or hostile, and would starve the year's numbers.
    static constexpr int maxPerDay = 3000;

    explicit NumberLeases(CentralDatabase &db) : m_db(db) {}
    // A block for a desk, within maxPerDay.
    Result<NumberLease> lease(const QString &desk, int count, int year);
    // Whether `number` lies in a block leased to `desk`: a desk files final numbers it holds only.
    Result<bool> holds(const QString &desk, qint64 number) const;
    // The same inside the caller's transaction (Open311 numbers the request it stores).
    Result<NumberLease> leaseInTransaction(const QString &desk, int count, int year);

private:
    CentralDatabase &m_db;
    mutable QHash<QString, QVector<NumberLease>> m_held; // blocks found by holds(): a lease is never taken back
};

} // namespace hotline
