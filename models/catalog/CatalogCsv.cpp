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
constexpr int maxKeywords = 30;
constexpr int maxKeywordLength = 20;
} // namespace

Result<QVector<Classification>> CatalogCsv::parse(const QVector<CsvRecord> &records)
{
    Result<QVector<CatalogEntry>> entries = parseEntries(records);
    if (!entries)
        return Error{entries.error()};
    QVector<Classification> items;
    items.reserve(entries.value().size());
    for (const CatalogEntry &entry : entries.value())
        items.append(entry.item);
    return items;
}

Result<QVector<CatalogEntry>> CatalogCsv::parseEntries(const QVector<CsvRecord> &records)
{
    QStringList columns{QStringLiteral("level1"), QStringLiteral("level2"), QStringLiteral("level3")};
    if (!records.isEmpty() && records.first().fields.size() == 4)
        columns.append(QStringLiteral("keywords"));
    if (Status header = CsvReader::expectHeader(records, columns); !header)
        return Error{header.error()};

    QVector<CatalogEntry> items;
    QHash<QString, int> lineOf;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvRecord &record = records.at(i);
        const auto fail = [&](const QString &problem) {
            return Error{tr("第 %1 行：%2").arg(record.line).arg(problem)};
        };
        if (record.fields.size() != columns.size())
            return fail(tr("应有 %1 列（一级,二级,三级分类%2），实际 %3 列")
                            .arg(columns.size())
                            .arg(columns.size() == 4 ? tr(",关键词") : QString())
                            .arg(record.fields.size()));
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
        QStringList keywords;
        if (columns.size() == 4) {
            for (const QString &word : record.fields.at(3).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
                const QString trimmed = word.trimmed();
                if (trimmed.size() > maxKeywordLength)
                    return fail(tr("关键词“%1”太长，最多 %2 个字").arg(trimmed).arg(maxKeywordLength));
                if (!trimmed.isEmpty() && !keywords.contains(trimmed))
                    keywords.append(trimmed);
            }
            if (keywords.size() > maxKeywords)
                return fail(tr("关键词最多 %1 个，实际 %2 个").arg(maxKeywords).arg(keywords.size()));
        }
        lineOf.insert(key, record.line);
        items.append({item, keywords});
    }
    if (items.isEmpty())
        return Error{tr("文件中没有任何分类")};
    return items;
}

} // namespace hotline
