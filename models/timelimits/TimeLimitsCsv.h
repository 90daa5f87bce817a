// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimeLimits.h"
#include "core/Result.h"
#include "importing/CsvReader.h"

namespace hotline {

// The limits file, `urgency,appeal_type,item,stage,limit` (`*` or empty: any): checked whole,
// or the first bad line named; it must give every stage a line that matches any order, so no
// order is ever left without a clock. Writes nothing.
class TimeLimitsCsv {
    Q_DECLARE_TR_FUNCTIONS(hotline::TimeLimitsCsv)
public:
    static Result<QVector<TimeLimitRule>> parse(const QVector<CsvRecord> &records);
    static QStringList header();
    static QStringList toFields(const TimeLimitRule &rule); // as the file writes it, for storing
};

} // namespace hotline
