// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeLimitRepository.h"

#include "CalendarRepository.h"
#include "TimeLimitsCsv.h"
#include "store/LocalStore.h"
#include "store/SqlSupport.h"

namespace hotline {

Status TimeLimitRepository::replaceAll(const QVector<TimeLimitRule> &rules)
{
    const Status status = m_store.transaction([&]() -> Status {
        QSqlQuery query(m_store.database());
        query.prepare(QStringLiteral("DELETE FROM time_limits"));
        if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "清除旧时限")); !s)
            return s;
        query.prepare(QStringLiteral("INSERT INTO time_limits (line, urgency, appeal_type, item, stage, span)"
                                     " VALUES (?, ?, ?, ?, ?, ?)"));
        const QVector<QStringList> rows = TimeLimitsCsv::toRows(rules);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            query.addBindValue(int(i) + 2); // as the file numbers it, after its header
            for (const QString &field : rows.at(i))
                query.addBindValue(field);
            if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "写入时限")); !s)
                return s;
        }
        return Status::success();
    });
    if (status)
        m_store.notifyReferenceDataChanged();
    return status;
}

QVector<TimeLimitRule> TimeLimitRepository::all() const
{
    QVector<CsvRecord> records{{1, {QStringLiteral("urgency"), QStringLiteral("appeal_type"), QStringLiteral("item"),
                                    QStringLiteral("stage"), QStringLiteral("limit")}}};
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT line, urgency, appeal_type, item, stage, span FROM time_limits ORDER BY line")))
        return {};
    while (query.next())
        records.append({query.value(0).toInt(), {query.value(1).toString(), query.value(2).toString(),
                                                  query.value(3).toString(), query.value(4).toString(),
                                                  query.value(5).toString()}});
    // Stored rows were checked on import; an empty table (a store never given a file) parses
    // to an error and yields no rules.
    Result<QVector<TimeLimitRule>> rules = TimeLimitsCsv::parse(records);
    return rules ? rules.value() : QVector<TimeLimitRule>{};
}

TimeLimits TimeLimitRepository::limits() const
{
    return TimeLimits(all(), CalendarRepository(m_store).calendar());
}

} // namespace hotline
