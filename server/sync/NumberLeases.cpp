// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/sync/NumberLeases.h"

#include "server/database/CentralDatabase.h"
#include "store/SqlSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace hotline {

Result<NumberLease> NumberLeases::lease(const QString &desk, int count, int year)
{
    Result<NumberLease> lease = Error{};
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery held(m_db.database());
        held.prepare(QStringLiteral("SELECT coalesce(sum(last_number - first_number + 1), 0) FROM number_leases WHERE desk = ? AND leased_at > ?"));
        held.addBindValue(desk);
        held.addBindValue(QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate));
        if (!held.exec() || !held.next())
            return Error{QCoreApplication::translate("hotline::NumberLeases", "号段记录不可用")};
        if (held.value(0).toLongLong() + count > maxPerDay)
            return Error{QCoreApplication::translate("hotline::NumberLeases", "坐席 %1 一天内最多领 %2 个号码，已领 %3 个")
                             .arg(desk).arg(maxPerDay).arg(held.value(0).toLongLong())};
        lease = leaseInTransaction(desk, count, year);
        return lease ? Status::success() : Status(Error{lease.error()});
    });
    if (!status)
        return Error{status.error()};
    return lease;
}

Result<NumberLease> NumberLeases::leaseInTransaction(const QString &desk, int count, int year)
{
    if (count < 1 || count > maxBlock)
        return Error{QCoreApplication::translate("hotline::NumberLeases", "一次可领 1 到 %1 个号码，请求了 %2 个").arg(maxBlock).arg(count)};
    const QString counter = QStringLiteral("order_number:%1").arg(year % 100, 2, 10, QLatin1Char('0'));
    QSqlQuery create(m_db.database());
    create.prepare(QStringLiteral("INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"));
    create.addBindValue(counter);
    create.addBindValue(qint64(year % 100) * 100000000);
    if (Status s = execSql(create, QT_TRANSLATE_NOOP("LocalStore", "建立号码计数器")); !s)
        return Error{s.error()};
    Result<qint64> last = m_db.nextValue(counter, count);
    if (!last)
        return Error{last.error()};
    const NumberLease lease{last.value() - count + 1, last.value()};
    if (lease.last % 100000000 == 0 || lease.last / 100000000 != year % 100)
        return Error{QCoreApplication::translate("hotline::NumberLeases", "今年的工单号已用完")};
    QSqlQuery record(m_db.database());
    record.prepare(QStringLiteral("INSERT INTO number_leases (desk, first_number, last_number, leased_at) VALUES (?, ?, ?, ?)"));
    record.addBindValue(desk);
    record.addBindValue(lease.first);
    record.addBindValue(lease.last);
    record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (Status s = execSql(record, QT_TRANSLATE_NOOP("LocalStore", "记录号段")); !s)
        return Error{s.error()};
    return lease;
}

Result<bool> NumberLeases::holds(const QString &desk, qint64 number) const
{
    // A block once leased stays the desk's: found once, it is answered from memory after.
    for (const NumberLease &held : m_held.value(desk))
        if (held.first <= number && number <= held.last)
            return true;
    const PreparedQuery query = m_db.prepared(
        QStringLiteral("SELECT first_number, last_number FROM number_leases WHERE desk = ? AND first_number <= ? AND last_number >= ?"));
    query->addBindValue(desk);
    query->addBindValue(number);
    query->addBindValue(number);
    if (!query->exec())
        return Error{QCoreApplication::translate("hotline::NumberLeases", "号段记录不可用")};
    if (!query->next())
        return false;
    m_held[desk].append({query->value(0).toLongLong(), query->value(1).toLongLong()});
    return true;
}

} // namespace hotline
