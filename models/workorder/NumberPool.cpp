// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberPool.h"

#include "OrderNumber.h"
#include "store/LocalStore.h"
#include "store/SqlSupport.h"

#include <QSqlQuery>

namespace hotline {

Result<std::optional<QString>> NumberPool::takeInTransaction()
{
    QSqlQuery next(m_store.database());
    if (!next.exec(QStringLiteral("SELECT first_number, next_number FROM number_leases WHERE next_number <= last_number"
                                  " ORDER BY first_number LIMIT 1")))
        return Error{QStringLiteral("number_leases: unreadable")};
    if (!next.next())
        return std::optional<QString>();
    const qint64 first = next.value(0).toLongLong();
    const qint64 number = next.value(1).toLongLong();
    next.finish();
    QSqlQuery take(m_store.database());
    take.prepare(QStringLiteral("UPDATE number_leases SET next_number = next_number + 1 WHERE first_number = ?"));
    take.addBindValue(first);
    if (Status s = execSql(take, QT_TRANSLATE_NOOP("LocalStore", "取工单号")); !s)
        return Error{s.error()};
    return std::optional<QString>(OrderNumber::final(number));
}

Status NumberPool::addLease(qint64 first, qint64 last)
{
    return m_store.transaction([&]() -> Status {
        QSqlQuery insert(m_store.database());
        insert.prepare(QStringLiteral("INSERT INTO number_leases (first_number, last_number, next_number) VALUES (?, ?, ?)"
                                      " ON CONFLICT (first_number) DO NOTHING"));
        insert.addBindValue(first);
        insert.addBindValue(last);
        insert.addBindValue(first);
        return execSql(insert, QT_TRANSLATE_NOOP("LocalStore", "保存号段"));
    });
}

qint64 NumberPool::available() const
{
    QSqlQuery query(m_store.database());
    if (query.exec(QStringLiteral("SELECT coalesce(sum(last_number - next_number + 1), 0) FROM number_leases"
                                  " WHERE next_number <= last_number"))
        && query.next())
        return query.value(0).toLongLong();
    return 0;
}

} // namespace hotline
