// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkingCalendar.h"
#include "core/Result.h"

namespace hotline {

class LocalStore;

// The centre's official calendar. The State Council publishes one year at a time, so an
// import replaces the years its file covers and keeps the others.
class CalendarRepository {
public:
    explicit CalendarRepository(LocalStore &store) : m_store(store) {}

    Status replaceYears(const QVector<CalendarDay> &days);
    QVector<CalendarDay> all() const;
    WorkingCalendar calendar() const { return WorkingCalendar(all()); }

private:
    LocalStore &m_store;
};

} // namespace hotline
