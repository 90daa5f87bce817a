// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/orders/CentreLimits.h"

#include "importing/CsvReader.h"
#include "server/orders/PublishedReference.h"
#include "timelimits/CalendarCsv.h"
#include "timelimits/TimeLimitsCsv.h"

namespace hotline {

const TimeLimits &CentreLimits::current()
{
    // A newly published file counts within seconds; a busy centre asks once per interval.
    if (m_limits && m_checked.isValid() && m_checked.elapsed() < recheckMs)
        return *m_limits;
    m_checked.start();
    qint64 revision = 0;
    const QByteArray limitsCsv = publishedCsv(m_db, QStringLiteral("limits"), &revision);
    const QByteArray calendarCsv = publishedCsv(m_db, QStringLiteral("calendar"), &revision);
    if (m_limits && revision == m_revision)
        return *m_limits;
    // What was published was checked then; a file that no longer parses falls back whole.
    const auto rulesIn = [](const QByteArray &csv) -> std::optional<QVector<TimeLimitRule>> {
        const auto records = CsvReader::parse(csv);
        if (!records)
            return std::nullopt;
        auto rules = TimeLimitsCsv::parse(records.value());
        return rules ? std::optional(rules.value()) : std::nullopt;
    };
    std::optional<QVector<TimeLimitRule>> rules = limitsCsv.isEmpty() ? std::nullopt : rulesIn(limitsCsv);
    if (!rules)
        rules = TimeLimits::defaultRules();
    QVector<CalendarDay> days;
    if (const auto records = CsvReader::parse(calendarCsv); records && !calendarCsv.isEmpty())
        if (auto parsed = CalendarCsv::parse(records.value()); parsed)
            days = parsed.value();
    m_limits = std::make_unique<TimeLimits>(*rules, WorkingCalendar(days));
    m_revision = revision;
    return *m_limits;
}

} // namespace hotline
