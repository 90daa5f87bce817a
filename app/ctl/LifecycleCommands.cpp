// SPDX-License-Identifier: GPL-3.0-or-later
// hotline-ctl's commands for what follows the call: the calendar time limits are counted on.
#include "CtlCommands.h"

#include "store/LocalStore.h"
#include "sync/ReferenceData.h"
#include "timelimits/CalendarRepository.h"

namespace hotline {

namespace {
// "2026-02-13T15:00" is the centre's local time; an offset or Z says otherwise.
QDateTime parseStart(const QString &text, const QTimeZone &zone)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return {};
        return QDateTime(date, QTime(0, 0), zone);
    }
    if (at.timeSpec() == Qt::LocalTime)
        at = QDateTime(at.date(), at.time(), zone);
    return at;
}
} // namespace

int CtlCommands::calendar(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("import") && arguments.size() == 2)
        return import({QStringLiteral("calendar"), arguments.at(1)});
    if (sub == QLatin1String("due") && arguments.size() == 4 && arguments.at(2) == QLatin1String("--working-days")) {
        bool ok = false;
        const int days = arguments.at(3).toInt(&ok);
        if (!ok || days < 0 || days > 3650)
            return usage(QStringLiteral("--working-days needs a number from 0 to 3650"));
        const WorkingCalendar calendar = CalendarRepository(m_store).calendar();
        const QDateTime start = parseStart(arguments.at(1), calendar.zone());
        if (!start.isValid())
            return usage(QStringLiteral("START must be a date or date-time in ISO 8601, e.g. 2026-02-13T15:00"));
        if (calendar.specialDays() == 0)
            m_err << "note: the store has no calendar (hotline-ctl calendar import FILE): weekends only" << Qt::endl;
        m_out << calendar.addWorkingDays(start, days).toString(Qt::ISODate) << Qt::endl;
        return 0;
    }
    return usage(QStringLiteral("calendar import FILE | calendar due START --working-days N"));
}

} // namespace hotline
