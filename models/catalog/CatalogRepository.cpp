// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogRepository.h"

#include "CatalogCsv.h"
#include "importing/CsvImport.h"
#include "store/LocalStore.h"
#include "store/SqlSupport.h"

#include <QSqlQuery>

namespace hotline {

Result<int> CatalogRepository::importCsv(const QString &path)
{
    return importRecords<CatalogEntry>(CsvReader::readFile(path), &CatalogCsv::parseEntries,
                                       [this](const QVector<CatalogEntry> &entries) { return replaceAll(entries); });
}

Status CatalogRepository::replaceAll(const QVector<CatalogEntry> &entries)
{
    const Status status = m_store.transaction([&]() -> Status {
        QSqlQuery query(m_store.database());
        query.prepare(QStringLiteral("DELETE FROM catalog_items"));
        if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "清除旧分类")); !s)
            return s;
        query.prepare(QStringLiteral("INSERT INTO catalog_items (level1, level2, level3, keywords) VALUES (?, ?, ?, ?)"));
        for (const CatalogEntry &entry : std::as_const(entries)) {
            query.addBindValue(entry.item.level1);
            query.addBindValue(entry.item.level2);
            query.addBindValue(entry.item.level3);
            query.addBindValue(sqlText(entry.keywords.join(QLatin1Char('|'))));
            if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "写入分类")); !s)
                return s;
        }
        return Status::success();
    });
    if (!status)
        return status;
    m_store.notifyReferenceDataChanged();
    return Status::success();
}

QVector<CatalogEntry> CatalogRepository::entries() const
{
    QVector<CatalogEntry> result;
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT level1, level2, level3, keywords FROM catalog_items ORDER BY id")))
        return result;
    while (query.next())
        result.append({{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()},
                       query.value(3).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts)});
    return result;
}

QVector<Classification> CatalogRepository::all() const
{
    QVector<Classification> result;
    for (const CatalogEntry &entry : entries())
        result.append(entry.item);
    return result;
}

} // namespace hotline
