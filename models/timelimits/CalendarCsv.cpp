// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarCsv.h"

#include <QRegularExpression>

namespace hotline {

QString CalendarCsv::toCode(CalendarDay::Kind kind)
{
    return kind == CalendarDay::Kind::Holiday ? QStringLiteral("holiday") : QStringLiteral("workday");
}

Result<QVector<CalendarDay>> CalendarCsv::parse(const QVector<CsvRecord> &records)
{
    if (Status header = CsvReader::expectHeader(records, {QStringLiteral("date"), QStringLiteral("kind")}); !header)
        return Error{header.error()};
    QVector<CalendarDay> days;
    QHash<QDate, int> lineOf;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvRecord &record = records.at(i);
        const auto fail = [&](const QString &problem) { return Error{tr("第 %1 行：%2").arg(record.line).arg(problem)}; };
        if (record.fields.size() != 2)
            return fail(tr("应有 2 列（日期,类型），实际 %1 列").arg(record.fields.size()));
        const QString dateText = record.fields.at(0).trimmed();
        static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        if (!date.isValid() || !isoDate.match(dateText).hasMatch())
            return fail(tr("日期“%1”应写作 YYYY-MM-DD").arg(dateText));
        const QString kindText = record.fields.at(1).trimmed().toLower();
        CalendarDay day{date, CalendarDay::Kind::Holiday};
        if (kindText == QLatin1String("workday"))
            day.kind = CalendarDay::Kind::Workday;
        else if (kindText != QLatin1String("holiday"))
            return fail(tr("类型“%1”无效，应为 holiday（放假）或 workday（调休上班）").arg(record.fields.at(1)));
        // A worked day on a weekday is already a working day: such a line is a typo for
        // another date, and importing it would hide that.
        if (day.kind == CalendarDay::Kind::Workday && date.dayOfWeek() <= 5)
            return fail(tr("%1 是工作日（周%2），调休上班只能是周末").arg(dateText).arg(date.dayOfWeek()));
        if (lineOf.contains(date))
            return fail(tr("日期 %1 与第 %2 行重复").arg(dateText).arg(lineOf.value(date)));
        lineOf.insert(date, record.line);
        days.append(day);
    }
    if (days.isEmpty())
        return Error{tr("文件中没有任何日期")};
    return days;
}

} // namespace hotline
