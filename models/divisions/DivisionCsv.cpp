// SPDX-License-Identifier: GPL-3.0-or-later
#include "DivisionCsv.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace hotline {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hotline::DivisionRepository", text);
}
} // namespace

std::optional<Division::Level> DivisionCsv::levelFromCode(const QString &code)
{
    if (code == QLatin1String("province")) return Division::Level::Province;
    if (code == QLatin1String("district")) return Division::Level::District;
    if (code == QLatin1String("street")) return Division::Level::Street;
    if (code == QLatin1String("village")) return Division::Level::Village;
    return std::nullopt;
}

QString DivisionCsv::levelCode(Division::Level level)
{
    switch (level) {
    case Division::Level::Province: return QStringLiteral("province");
    case Division::Level::District: return QStringLiteral("district");
    case Division::Level::Street: return QStringLiteral("street");
    case Division::Level::Village: return QStringLiteral("village");
    }
    return {};
}

Result<QVector<Division>> DivisionCsv::parse(const QVector<CsvRecord> &records)
{
    if (Status header = CsvReader::expectHeader(records, {QStringLiteral("code"), QStringLiteral("name"),
                                                          QStringLiteral("parent_code"), QStringLiteral("level")});
        !header)
        return Error{header.error()};

    static const QRegularExpression codePattern(QStringLiteral("^\\d{6}(\\d{3}(\\d{3})?)?$"));
    QVector<Division> divisions;
    QHash<QString, int> lineOf;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvRecord &record = records.at(i);
        const auto fail = [&](const QString &problem) {
            return Error{tr("第 %1 行：%2").arg(record.line).arg(problem)};
        };
        if (record.fields.size() != 4)
            return fail(tr("应有 4 列，实际 %1 列").arg(record.fields.size()));
        Division division;
        division.code = record.fields.at(0).trimmed();
        division.name = record.fields.at(1).trimmed();
        division.parentCode = record.fields.at(2).trimmed();
        const auto level = levelFromCode(record.fields.at(3).trimmed());
        if (!codePattern.match(division.code).hasMatch())
            return fail(tr("区划代码“%1”应为 6、9 或 12 位数字").arg(division.code));
        if (division.name.isEmpty())
            return fail(tr("名称为空"));
        if (!level)
            return fail(tr("级别“%1”无效，应为 province、district、street 或 village").arg(record.fields.at(3)));
        division.level = *level;
        if (division.level != Division::Level::Province && division.parentCode.isEmpty())
            return fail(tr("%1 缺少上级区划代码").arg(division.name));
        if (lineOf.contains(division.code))
            return fail(tr("区划代码 %1 与第 %2 行重复").arg(division.code).arg(lineOf.value(division.code)));
        lineOf.insert(division.code, record.line);
        divisions.append(division);
    }
    // Parents may come after their children in the file, so check them once all are read. A
    // parent is of a higher level (province › district › street › village): the divisions then
    // form a tree, and no chain of parents can come back to where it started (a file where two
    // districts were each other's parent hung every desk that built its index from it).
    QHash<QString, Division::Level> levelOf;
    for (const Division &division : std::as_const(divisions))
        levelOf.insert(division.code, division.level);
    for (const Division &division : std::as_const(divisions)) {
        if (division.parentCode.isEmpty())
            continue;
        const auto parentLevel = levelOf.constFind(division.parentCode);
        if (parentLevel == levelOf.cend())
            return Error{tr("第 %1 行：上级区划代码 %2 在文件中不存在")
                             .arg(lineOf.value(division.code))
                             .arg(division.parentCode)};
        if (int(*parentLevel) >= int(division.level))
            return Error{tr("第 %1 行：上级区划 %2 的级别（%3）应高于本级（%4）")
                             .arg(lineOf.value(division.code))
                             .arg(division.parentCode, levelCode(*parentLevel), levelCode(division.level))};
    }
    if (divisions.isEmpty())
        return Error{tr("文件中没有任何区划")};
    return divisions;
}

} // namespace hotline
