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
    return importRecords<Classification>(CsvReader::readFile(path), &CatalogCsv::parse,
                                         [this](const QVector<Classification> &items) { return replaceAll(items); });
}

Status CatalogRepository::replaceAll(const QVector<Classification> &items)
{
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
        return status;
    m_store.notifyReferenceDataChanged();
    return Status::success();
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
