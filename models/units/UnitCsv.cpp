// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitCsv.h"

#include "workorder/PhoneNumber.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace hotline {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hotline::UnitRepository", text);
}
} // namespace

Result<QVector<Unit>> UnitCsv::parse(const QVector<CsvRecord> &records)
{
    if (Status header = CsvReader::expectHeader(records, {QStringLiteral("code"), QStringLiteral("name"),
                                                          QStringLiteral("kind"), QStringLiteral("district_code"),
                                                          QStringLiteral("phone")});
        !header)
        return Error{header.error()};

    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9_.-]{1,32}$"));
    static const QRegularExpression districtPattern(QStringLiteral("^(\\d{6})?$"));
    QVector<Unit> units;
    QHash<QString, int> lineOf;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvRecord &record = records.at(i);
        const auto fail = [&](const QString &problem) {
            return Error{tr("第 %1 行：%2").arg(record.line).arg(problem)};
        };
        if (record.fields.size() != 5)
            return fail(tr("应有 5 列，实际 %1 列").arg(record.fields.size()));
        Unit unit;
        unit.code = record.fields.at(0).trimmed();
        unit.name = record.fields.at(1).trimmed();
        const auto kind = unitKindFromCode(record.fields.at(2).trimmed());
        unit.districtCode = record.fields.at(3).trimmed();
        unit.phone = record.fields.at(4).trimmed();
        if (!codePattern.match(unit.code).hasMatch())
            return fail(tr("单位编码“%1”只能由字母、数字和 _ . - 组成，最长 32 位").arg(unit.code));
        if (unit.name.isEmpty() || unit.name.size() > 60)
            return fail(tr("单位名称不能为空，最多 60 个字"));
        if (!kind)
            return fail(tr("类型“%1”无效，应为 municipal、district、street 或 enterprise").arg(record.fields.at(2)));
        unit.kind = *kind;
        if (!districtPattern.match(unit.districtCode).hasMatch())
            return fail(tr("所属区代码“%1”应为 6 位数字或留空").arg(unit.districtCode));
        if (!unit.phone.isEmpty() && !PhoneNumber::isValid(unit.phone))
            return fail(tr("电话“%1”格式不对").arg(unit.phone));
        if (lineOf.contains(unit.code))
            return fail(tr("单位编码 %1 与第 %2 行重复").arg(unit.code).arg(lineOf.value(unit.code)));
        lineOf.insert(unit.code, record.line);
        units.append(unit);
    }
    if (units.isEmpty())
        return Error{tr("文件中没有任何单位")};
    return units;
}

} // namespace hotline
