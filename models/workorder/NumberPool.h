// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

#include <optional>

namespace hotline {

class LocalStore;

// The final work-order numbers the centre leased to this desk. A new order takes the next
// one, so the caller hears the number the order keeps even when the centre is unreachable;
// only when the pool is empty does the desk fall back to a provisional number.
class NumberPool {
public:
    explicit NumberPool(LocalStore &store) : m_store(store) {}

    // Call inside the transaction that stores the order.
    Result<std::optional<QString>> takeInTransaction();
    Status addLease(qint64 first, qint64 last);
    qint64 available() const;

private:
    LocalStore &m_store;
};

} // namespace hotline
