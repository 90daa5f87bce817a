// SPDX-License-Identifier: GPL-3.0-or-later
#include "DivisionRepository.h"

#include "DivisionCsv.h"
#include "importing/CsvImport.h"
#include "store/LocalStore.h"
#include "store/SqlSupport.h"

#include <QSqlQuery>

namespace hotline {

Result<int> DivisionRepository::importCsv(const QString &path)
{
    return importRecords<Division>(CsvReader::readFile(path), &DivisionCsv::parse, [this](const QVector<Division> &d) { return write(d); });
}

Status DivisionRepository::write(const QVector<Division> &divisions)
{
    const Status status = m_store.transaction([&]() -> Status {
        QSqlQuery query(m_store.database());
        query.prepare(QStringLiteral("INSERT INTO divisions (code, name, parent_code, level) VALUES (?, ?, ?, ?)"
                                     " ON CONFLICT (code) DO UPDATE SET name = excluded.name,"
                                     " parent_code = excluded.parent_code, level = excluded.level"));
        for (const Division &division : std::as_const(divisions)) {
            query.addBindValue(division.code);
            query.addBindValue(division.name);
            query.addBindValue(division.parentCode.isEmpty() ? QVariant() : QVariant(division.parentCode));
            query.addBindValue(DivisionCsv::levelCode(division.level));
            if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "写入区划")); !s)
                return s;
        }
        return Status::success();
    });
    if (!status)
        return status;
    m_store.notifyReferenceDataChanged();
    return Status::success();
}

QVector<Division> DivisionRepository::all() const
{
    QVector<Division> result;
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT code, name, coalesce(parent_code, ''), level FROM divisions ORDER BY code")))
        return result;
    while (query.next()) {
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       DivisionCsv::levelFromCode(query.value(3).toString()).value_or(Division::Level::Village)});
    }
    return result;
}

} // namespace hotline
