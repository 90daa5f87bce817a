// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogCsv.h"

#include <QCoreApplication>
#include <QHash>

namespace hotline {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hotline::CatalogRepository", text);
}
constexpr int maxLevelLength = 40;
} // namespace

Result<QVector<Classification>> CatalogCsv::parse(const QVector<CsvRecord> &records)
{
    if (Status header = CsvReader::expectHeader(records, {QStringLiteral("level1"), QStringLiteral("level2"),
                                                          QStringLiteral("level3")});
        !header)
        return Error{header.error()};

    QVector<Classification> items;
    QHash<QString, int> lineOf;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvRecord &record = records.at(i);
        const auto fail = [&](const QString &problem) {
            return Error{tr("第 %1 行：%2").arg(record.line).arg(problem)};
        };
        if (record.fields.size() != 3)
            return fail(tr("应有 3 列（一级,二级,三级分类），实际 %1 列").arg(record.fields.size()));
        const Classification item{record.fields.at(0).trimmed(), record.fields.at(1).trimmed(),
                                  record.fields.at(2).trimmed()};
        if (item.level1.isEmpty() || item.level2.isEmpty() || item.level3.isEmpty())
            return fail(tr("三级分类都不能为空"));
        if (item.level1.size() > maxLevelLength || item.level2.size() > maxLevelLength
            || item.level3.size() > maxLevelLength)
            return fail(tr("分类名称最多 %1 个字").arg(maxLevelLength));
        const QString key = item.path();
        if (lineOf.contains(key))
            return fail(tr("分类“%1”与第 %2 行重复").arg(key).arg(lineOf.value(key)));
        lineOf.insert(key, record.line);
        items.append(item);
    }
    if (items.isEmpty())
        return Error{tr("文件中没有任何分类")};
    return items;
}

} // namespace hotline
