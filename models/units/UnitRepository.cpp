// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitRepository.h"

#include "UnitCsv.h"
#include "importing/CsvImport.h"
#include "store/LocalStore.h"
#include "store/SqlSupport.h"

#include <QSqlQuery>

namespace hotline {

Result<int> UnitRepository::importCsv(const QString &path)
{
    return importRecords<Unit>(CsvReader::readFile(path), &UnitCsv::parse, [this](const QVector<Unit> &u) { return write(u); });
}

Status UnitRepository::write(const QVector<Unit> &units)
{
    const Status status = m_store.transaction([&]() -> Status {
        QSqlQuery query(m_store.database());
        query.prepare(QStringLiteral("INSERT INTO units (code, name, kind, district_code, phone) VALUES (?, ?, ?, ?, ?)"
                                     " ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
                                     " district_code = excluded.district_code, phone = excluded.phone"));
        for (const Unit &unit : std::as_const(units)) {
            query.addBindValue(unit.code);
            query.addBindValue(unit.name);
            query.addBindValue(toCode(unit.kind));
            query.addBindValue(unit.districtCode.isEmpty() ? QVariant() : QVariant(unit.districtCode));
            query.addBindValue(sqlText(unit.phone));
            if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "写入单位")); !s)
                return s;
        }
        return Status::success();
    });
    if (!status)
        return status;
    m_store.notifyReferenceDataChanged();
    return Status::success();
}

QVector<Unit> UnitRepository::all() const
{
    QVector<Unit> result;
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT code, name, kind, coalesce(district_code, ''), phone FROM units ORDER BY code")))
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(),
                       unitKindFromCode(query.value(2).toString()).value_or(Unit::Kind::Municipal),
                       query.value(3).toString(), query.value(4).toString()});
    return result;
}

} // namespace hotline
