// SPDX-License-Identifier: GPL-3.0-or-later
#include "DispatchRuleRepository.h"

#include "DispatchRulesCsv.h"
#include "store/LocalStore.h"
#include "store/SqlSupport.h"

namespace hotline {

Status DispatchRuleRepository::replaceAll(const QVector<DispatchRule> &rules)
{
    const Status status = m_store.transaction([&]() -> Status {
        QSqlQuery query(m_store.database());
        query.prepare(QStringLiteral("DELETE FROM dispatch_rules"));
        if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "清除旧派单规则")); !s)
            return s;
        query.prepare(QStringLiteral("INSERT INTO dispatch_rules (line, item, context, district, lead, co_units)"
                                     " VALUES (?, ?, ?, ?, ?, ?)"));
        for (const DispatchRule &rule : rules) {
            query.addBindValue(rule.line);
            for (const QString &field : DispatchRulesCsv::toFields(rule))
                query.addBindValue(sqlText(field));
            if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "写入派单规则")); !s)
                return s;
        }
        return Status::success();
    });
    if (status)
        m_store.notifyReferenceDataChanged();
    return status;
}

QVector<DispatchRule> DispatchRuleRepository::all() const
{
    QVector<CsvRecord> records{{1, DispatchRulesCsv::header()}};
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT line, item, context, district, lead, co_units FROM dispatch_rules ORDER BY line")))
        return {};
    while (query.next())
        records.append({query.value(0).toInt(), {query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                                                  query.value(4).toString(), query.value(5).toString()}});
    // Checked on import; a store never given rules has none.
    Result<QVector<DispatchRule>> rules = DispatchRulesCsv::parse(records);
    return rules ? rules.value() : QVector<DispatchRule>{};
}

} // namespace hotline
