// SPDX-License-Identifier: GPL-3.0-or-later
#include "DispatchRulesCsv.h"

#include "LocationContext.h"

#include <QHash>
#include <QRegularExpression>

namespace hotline {

namespace {
QString orAny(const QString &field)
{
    return field == QLatin1String("*") ? QString() : field;
}
} // namespace

QStringList DispatchRulesCsv::header()
{
    return {QStringLiteral("item"), QStringLiteral("context"), QStringLiteral("district"), QStringLiteral("lead"),
            QStringLiteral("co_units")};
}

QStringList DispatchRulesCsv::toFields(const DispatchRule &rule)
{
    const auto any = [](const QString &value) { return value.isEmpty() ? QStringLiteral("*") : value; };
    return {any(rule.item), any(rule.context), any(rule.district), rule.lead.join(QLatin1Char('|')),
            rule.coUnits.join(QLatin1Char(';'))};
}

Result<QVector<DispatchRule>> DispatchRulesCsv::parse(const QVector<CsvRecord> &records)
{
    if (Status header = CsvReader::expectHeader(records, DispatchRulesCsv::header()); !header)
        return Error{header.error()};
    static const QRegularExpression unitPattern(QStringLiteral("^[A-Za-z0-9_.-]*(\\{district\\})?[A-Za-z0-9_.-]*$"));
    static const QRegularExpression districtPattern(QStringLiteral("^\\d{6}$"));
    QVector<DispatchRule> rules;
    QHash<QString, int> lineOf;
    bool catchAll = false;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvRecord &record = records.at(i);
        const auto fail = [&](const QString &problem) { return Error{tr("第 %1 行：%2").arg(record.line).arg(problem)}; };
        if (record.fields.size() != 5)
            return fail(tr("应有 5 列（分类,地点类型,辖区,主办单位,协办单位），实际 %1 列").arg(record.fields.size()));
        DispatchRule rule;
        rule.line = record.line;
        rule.item = orAny(record.fields.at(0).trimmed());
        rule.context = orAny(record.fields.at(1).trimmed());
        rule.district = orAny(record.fields.at(2).trimmed());
        if (rule.item.size() > 40)
            return fail(tr("分类名称最多 40 个字"));
        if (!rule.context.isEmpty() && !LocationContext::isCode(rule.context))
            return fail(tr("地点类型“%1”无效，应为 %2 或 *").arg(rule.context, LocationContext::codes().join(QStringLiteral("、"))));
        if (!rule.district.isEmpty() && !districtPattern.match(rule.district).hasMatch())
            return fail(tr("辖区“%1”应为 6 位区代码或 *").arg(rule.district));
        for (const QString &alternative : record.fields.at(3).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            const QString unit = alternative.trimmed();
            const bool special = unit == QLatin1String("@street") || unit == QLatin1String("@property");
            if (!special && (unit.isEmpty() || unit.size() > 40 || !unitPattern.match(unit).hasMatch()))
                return fail(tr("主办单位“%1”应为单位编码（可含 {district}）、@street 或 @property").arg(unit));
            rule.lead.append(unit);
        }
        if (rule.lead.isEmpty())
            return fail(tr("必须指定主办单位"));
        for (const QString &co : record.fields.at(4).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString unit = co.trimmed();
            if (unit != QLatin1String("@street") && (!unitPattern.match(unit).hasMatch() || unit.isEmpty()))
                return fail(tr("协办单位“%1”应为单位编码（可含 {district}）或 @street").arg(unit));
            rule.coUnits.append(unit);
        }
        const QString key = QStringList{rule.item, rule.context, rule.district}.join(QLatin1Char('\x1f'));
        if (lineOf.contains(key))
            return fail(tr("与第 %1 行的条件相同").arg(lineOf.value(key)));
        lineOf.insert(key, record.line);
        catchAll = catchAll || (rule.item.isEmpty() && rule.context.isEmpty() && rule.district.isEmpty());
        rules.append(rule);
    }
    if (rules.isEmpty())
        return Error{tr("文件中没有任何派单规则")};
    if (!catchAll)
        return Error{tr("缺少兜底规则（一行 *,*,*,单位），否则有的工单无单位可派")};
    return rules;
}

} // namespace hotline
