// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeLimitsCsv.h"

#include <QSet>

namespace hotline {

namespace {
bool isAny(const QString &field)
{
    return field.isEmpty() || field == QLatin1String("*");
}
} // namespace

Result<QVector<TimeLimitRule>> TimeLimitsCsv::parse(const QVector<CsvRecord> &records)
{
    if (Status header = CsvReader::expectHeader(records, TimeLimitsCsv::header()); !header)
        return Error{header.error()};
    QVector<TimeLimitRule> rules;
    QHash<QString, int> lineOf;
    QSet<LimitStage> covered;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvRecord &record = records.at(i);
        const auto fail = [&](const QString &problem) { return Error{tr("第 %1 行：%2").arg(record.line).arg(problem)}; };
        if (record.fields.size() != 5)
            return fail(tr("应有 5 列（紧急程度,诉求类型,分类,环节,时限），实际 %1 列").arg(record.fields.size()));
        QStringList f;
        for (const QString &field : record.fields)
            f.append(field.trimmed());
        TimeLimitRule rule;
        rule.line = record.line;
        if (!isAny(f.at(0))) {
            rule.urgency = urgencyFromCode(f.at(0));
            if (!rule.urgency)
                return fail(tr("紧急程度“%1”无效，应为 normal、urgent、emergency 或 *").arg(f.at(0)));
        }
        if (!isAny(f.at(1))) {
            rule.appealType = appealTypeFromCode(f.at(1));
            if (!rule.appealType)
                return fail(tr("诉求类型“%1”无效，应为 consultation、help、complaint、report、suggestion、praise 或 *").arg(f.at(1)));
        }
        rule.item = isAny(f.at(2)) ? QString() : f.at(2);
        const std::optional<LimitStage> stage = limitStageFromCode(f.at(3).toLower());
        if (!stage)
            return fail(tr("环节“%1”无效，应为 sign（签收）、reply（答复）或 callback（回访）").arg(f.at(3)));
        rule.stage = *stage;
        const std::optional<LimitSpan> span = LimitSpan::parse(f.at(4));
        if (!span)
            return fail(tr("时限“%1”无效，应写作 30m、2h、7d 或 7wd（工作日）").arg(f.at(4)));
        rule.span = *span;
        const QString key = QStringList{f.at(0), f.at(1), rule.item, f.at(3)}.join(QLatin1Char('\x1f'));
        if (lineOf.contains(key))
            return fail(tr("与第 %1 行的条件相同").arg(lineOf.value(key)));
        lineOf.insert(key, record.line);
        if (!rule.urgency && !rule.appealType && rule.item.isEmpty())
            covered.insert(rule.stage);
        rules.append(rule);
    }
    for (LimitStage stage : {LimitStage::Sign, LimitStage::Reply, LimitStage::Callback})
        if (!covered.contains(stage))
            return Error{tr("缺少“%1”环节的默认时限（一行 *,*,*,%1,…）").arg(toCode(stage))};
    return rules;
}

QStringList TimeLimitsCsv::header()
{
    return {QStringLiteral("urgency"), QStringLiteral("appeal_type"), QStringLiteral("item"), QStringLiteral("stage"),
            QStringLiteral("limit")};
}

QStringList TimeLimitsCsv::toFields(const TimeLimitRule &rule)
{
    return {rule.urgency ? toCode(*rule.urgency) : QStringLiteral("*"),
            rule.appealType ? toCode(*rule.appealType) : QStringLiteral("*"),
            rule.item.isEmpty() ? QStringLiteral("*") : rule.item, toCode(rule.stage), rule.span.toText()};
}

} // namespace hotline
