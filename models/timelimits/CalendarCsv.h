// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkingCalendar.h"
#include "core/Result.h"
#include "importing/CsvReader.h"

namespace hotline {

// The calendar file, `date,kind`: ISO dates, kind `holiday` or `workday` (a weekend day
// worked). Checked whole, or the first bad line named. Writes nothing.
class CalendarCsv {
    Q_DECLARE_TR_FUNCTIONS(hotline::CalendarCsv)
public:
    static Result<QVector<CalendarDay>> parse(const QVector<CsvRecord> &records);
    static QString toCode(CalendarDay::Kind kind);
};

} // namespace hotline
