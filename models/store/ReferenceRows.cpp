// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferenceRows.h"

#include "LocalStore.h"
#include "SqlSupport.h"

namespace hotline {

Status ReferenceRows::replace(LocalStore &store, const QString &table, const QStringList &columns,
                              const QVector<CsvRecord> &records)
{
    const Status status = store.transaction([&]() -> Status {
        QSqlQuery query(store.database());
        query.prepare(QStringLiteral("DELETE FROM ") + table);
        if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "清除旧参考数据")); !s)
            return s;
        const QString marks = QStringList(columns.size() + 1, QStringLiteral("?")).join(QStringLiteral(", "));
        query.prepare(QStringLiteral("INSERT INTO %1 (line, %2) VALUES (%3)").arg(table, columns.join(QStringLiteral(", ")), marks));
        for (const CsvRecord &record : records) {
            query.addBindValue(record.line);
            for (const QString &field : record.fields)
                query.addBindValue(sqlText(field));
            if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "写入参考数据")); !s)
                return s;
        }
        return Status::success();
    });
    if (status)
        store.notifyReferenceDataChanged();
    return status;
}

QVector<CsvRecord> ReferenceRows::read(LocalStore &store, const QString &table, const QStringList &columns,
                                       const QStringList &header)
{
    QVector<CsvRecord> records{{1, header}};
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT line, %1 FROM %2 ORDER BY line").arg(columns.join(QStringLiteral(", ")), table)))
        return records;
    while (query.next()) {
        CsvRecord record{query.value(0).toInt(), {}};
        for (qsizetype i = 0; i < columns.size(); ++i)
            record.fields.append(query.value(int(i) + 1).toString());
        records.append(record);
    }
    return records;
}

} // namespace hotline
