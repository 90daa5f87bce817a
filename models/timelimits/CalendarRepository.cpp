// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarRepository.h"

#include "CalendarCsv.h"
#include "store/LocalStore.h"
#include "store/SqlSupport.h"

#include <QSet>

namespace hotline {

Status CalendarRepository::replaceYears(const QVector<CalendarDay> &days)
{
    QSet<int> years;
    for (const CalendarDay &day : days)
        years.insert(day.date.year());
    const Status status = m_store.transaction([&]() -> Status {
        QSqlQuery query(m_store.database());
        query.prepare(QStringLiteral("DELETE FROM calendar_days WHERE substr(day, 1, 4) = ?"));
        for (int year : std::as_const(years)) {
            query.addBindValue(QString::number(year).rightJustified(4, QLatin1Char('0')));
            if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "清除旧日历")); !s)
                return s;
        }
        query.prepare(QStringLiteral("INSERT INTO calendar_days (day, kind) VALUES (?, ?)"));
        for (const CalendarDay &day : days) {
            query.addBindValue(day.date.toString(Qt::ISODate));
            query.addBindValue(CalendarCsv::toCode(day.kind));
            if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "写入日历")); !s)
                return s;
        }
        return Status::success();
    });
    if (status)
        m_store.notifyReferenceDataChanged();
    return status;
}

QVector<CalendarDay> CalendarRepository::all() const
{
    QVector<CalendarDay> days;
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT day, kind FROM calendar_days ORDER BY day")))
        return days;
    while (query.next())
        days.append({QDate::fromString(query.value(0).toString(), Qt::ISODate),
                     query.value(1).toString() == QLatin1String("workday") ? CalendarDay::Kind::Workday
                                                                           : CalendarDay::Kind::Holiday});
    return days;
}

} // namespace hotline
