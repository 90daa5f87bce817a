// SPDX-License-Identifier: GPL-3.0-or-later
#include "DispatchRuleRepository.h"

#include "DispatchRulesCsv.h"
#include "store/ReferenceRows.h"

namespace hotline {

namespace {
const QString table = QStringLiteral("dispatch_rules");
const QStringList columns{QStringLiteral("item"), QStringLiteral("context"), QStringLiteral("district"),
                          QStringLiteral("lead"), QStringLiteral("co_units")};
} // namespace

Status DispatchRuleRepository::replaceAll(const QVector<DispatchRule> &rules)
{
    QVector<CsvRecord> records;
    for (const DispatchRule &rule : rules)
        records.append({rule.line, DispatchRulesCsv::toFields(rule)});
    return ReferenceRows::replace(m_store, table, columns, records);
}

QVector<DispatchRule> DispatchRuleRepository::all() const
{
    // Checked on import; a store never given rules has none.
    Result<QVector<DispatchRule>> rules = DispatchRulesCsv::parse(ReferenceRows::read(m_store, table, columns, DispatchRulesCsv::header()));
    return rules ? rules.value() : QVector<DispatchRule>{};
}

} // namespace hotline
