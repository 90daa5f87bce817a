// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkingCalendar.h"

namespace hotline {

WorkingCalendar::WorkingCalendar(const QVector<CalendarDay> &days, const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone(8 * 3600))
{
    for (const CalendarDay &day : days)
        m_special.insert(day.date, day.kind);
}

bool WorkingCalendar::isWorkingDay(const QDate &date) const
{
    const auto special = m_special.constFind(date);
    if (special != m_special.cend())
        return *special == CalendarDay::Kind::Workday;
    return date.dayOfWeek() <= 5;
}

QDate WorkingCalendar::nextWorkingDay(QDate date) const
{
    // A holiday run is at most a few weeks; the bound only guards a calendar that marks
    // every day a holiday.
    for (int i = 0; i < 3660; ++i) {
        date = date.addDays(1);
        if (isWorkingDay(date))
            return date;
    }
    return date;
}

QDateTime WorkingCalendar::addWorkingDays(const QDateTime &start, int workingDays) const
{
    const QDateTime local = start.toTimeZone(m_zone);
    QDate day = local.date();
    QTime time = local.time();
    if (!isWorkingDay(day)) {
        day = nextWorkingDay(day);
        time = QTime(0, 0);
    }
    for (int i = 0; i < workingDays; ++i)
        day = nextWorkingDay(day);
    return QDateTime(day, time, m_zone);
}

int WorkingCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    int count = 0;
    for (QDate day = from; day <= to; day = day.addDays(1))
        count += isWorkingDay(day) ? 1 : 0;
    return count;
}

} // namespace hotline
