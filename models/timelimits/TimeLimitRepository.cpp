// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeLimitRepository.h"

#include "CalendarRepository.h"
#include "TimeLimitsCsv.h"
#include "store/ReferenceRows.h"

namespace hotline {

namespace {
const QString table = QStringLiteral("time_limits");
const QStringList columns{QStringLiteral("urgency"), QStringLiteral("appeal_type"), QStringLiteral("item"),
                          QStringLiteral("stage"), QStringLiteral("span")};
} // namespace

Status TimeLimitRepository::replaceAll(const QVector<TimeLimitRule> &rules)
{
    QVector<CsvRecord> records;
    for (const TimeLimitRule &rule : rules)
        records.append({rule.line, TimeLimitsCsv::toFields(rule)});
    return ReferenceRows::replace(m_store, table, columns, records);
}

QVector<TimeLimitRule> TimeLimitRepository::all() const
{
    // Stored rows were checked on import; an empty table (a store never given a file) parses
    // to an error and yields no rules.
    Result<QVector<TimeLimitRule>> rules = TimeLimitsCsv::parse(ReferenceRows::read(m_store, table, columns, TimeLimitsCsv::header()));
    return rules ? rules.value() : QVector<TimeLimitRule>{};
}

TimeLimits TimeLimitRepository::limits() const
{
    const QVector<TimeLimitRule> stored = all();
    return TimeLimits(stored.isEmpty() ? TimeLimits::defaultRules() : stored, CalendarRepository(m_store).calendar());
}

} // namespace hotline
