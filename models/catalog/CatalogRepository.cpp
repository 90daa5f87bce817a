// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogRepository.h"

#include "importing/CsvReader.h"
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace hotline {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hotline::CatalogRepository", text);
}
constexpr int maxLevelLength = 40;
} // namespace

Result<int> CatalogRepository::importCsv(const QString &path)
{
    Result<QVector<CsvRecord>> parsed = CsvReader::readFile(path);
    if (!parsed)
        return Error{parsed.error()};
    const QVector<CsvRecord> &records = parsed.value();
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

    const Status status = m_store.transaction([&]() -> Status {
        QSqlQuery query(m_store.database());
        query.prepare(QStringLiteral("DELETE FROM catalog_items"));
        if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "清除旧分类")); !s)
            return s;
        query.prepare(QStringLiteral("INSERT INTO catalog_items (level1, level2, level3) VALUES (?, ?, ?)"));
        for (const Classification &item : std::as_const(items)) {
            query.addBindValue(item.level1);
            query.addBindValue(item.level2);
            query.addBindValue(item.level3);
            if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "写入分类")); !s)
                return s;
        }
        return Status::success();
    });
    if (!status)
        return Error{status.error()};
    m_store.notifyReferenceDataChanged();
    return int(items.size());
}

QVector<Classification> CatalogRepository::all() const
{
    QVector<Classification> result;
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT level1, level2, level3 FROM catalog_items ORDER BY id")))
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return result;
}

} // namespace hotline
