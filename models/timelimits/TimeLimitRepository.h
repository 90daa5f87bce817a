// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimeLimits.h"
#include "core/Result.h"

namespace hotline {

class LocalStore;

// The centre's time limits, replaced whole by an import, and read back with the calendar as
// the one TimeLimits every list and the lifecycle count with.
class TimeLimitRepository {
public:
    explicit TimeLimitRepository(LocalStore &store) : m_store(store) {}

    Status replaceAll(const QVector<TimeLimitRule> &rules);
    QVector<TimeLimitRule> all() const;
    TimeLimits limits() const;

private:
    LocalStore &m_store;
};

} // namespace hotline
