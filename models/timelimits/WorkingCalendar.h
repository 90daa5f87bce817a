// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>
#include <QVector>

namespace hotline {

// A day the official calendar moves off the Monday-to-Friday week: a public holiday, or a
// weekend day worked in exchange for a longer holiday (调休).
struct CalendarDay {
    enum class Kind { Holiday, Workday };
    QDate date;
    Kind kind = Kind::Holiday;
    friend bool operator==(const CalendarDay &, const CalendarDay &) = default;
};

// Counts time limits in working days: Monday to Friday, less the holidays, plus the worked
// weekends. Days are the centre's local days (Beijing time by default), whatever zone the
// machine runs in, because a unit's "seven working days" are its office's days.
class WorkingCalendar {
    Q_DECLARE_TR_FUNCTIONS(hotline::WorkingCalendar)
public:
    explicit WorkingCalendar(const QVector<CalendarDay> &days = {},
                             const QTimeZone &zone = QTimeZone(QByteArrayLiteral("Asia/Shanghai")));

    bool isWorkingDay(const QDate &date) const;
    // The moment `workingDays` working days after `start`. From a working day: the same time
    // of day on the Nth working day after it. From a day off: the clock starts at midnight of
    // the next working day, so one working day ends at the end of that day.
    QDateTime addWorkingDays(const QDateTime &start, int workingDays) const;
    // Working days wholly or partly between two moments, for "late by N working days".
    int workingDaysBetween(const QDate &from, const QDate &to) const;
    const QTimeZone &zone() const { return m_zone; }
    qsizetype specialDays() const { return m_special.size(); }

private:
    QDate nextWorkingDay(QDate date) const; // the first working day after `date`
    QHash<QDate, CalendarDay::Kind> m_special;
    QTimeZone m_zone;
};

} // namespace hotline
