// SPDX-License-Identifier: GPL-3.0-or-later
// Time limits on the official calendar: holidays, the weekends worked in exchange (调休), and
// the most specific rule for an order.
#include "StoreFixture.h"
#include "importing/CsvImport.h"
#include "sync/ReferenceData.h"
#include "timelimits/CalendarCsv.h"
#include "timelimits/CalendarRepository.h"
#include "timelimits/TimeLimitRepository.h"
#include "timelimits/TimeLimitsCsv.h"

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {
const QTimeZone beijing(QByteArrayLiteral("Asia/Shanghai"));

QDateTime at(const char *iso)
{
    return QDateTime(QDate::fromString(QString::fromLatin1(iso).left(10), Qt::ISODate),
                     QTime::fromString(QString::fromLatin1(iso).mid(11), QStringLiteral("HH:mm")), beijing);
}

WorkingCalendar shippedCalendar()
{
    Result<QVector<CalendarDay>> days = CalendarCsv::parse(CsvReader::readFile(seedFile("cn_calendar.csv")).value());
    EXPECT_TRUE(days.ok()) << qPrintable(days.error());
    return WorkingCalendar(days.ok() ? days.value() : QVector<CalendarDay>{});
}

Result<QVector<CalendarDay>> parseCalendar(const char *csv)
{
    return CalendarCsv::parse(CsvReader::parse(QByteArray(csv)).value());
}

Result<QVector<TimeLimitRule>> parseLimits(const char *csv)
{
    return TimeLimitsCsv::parse(CsvReader::parse(QByteArray(csv)).value());
}
} // namespace

QT_BEGIN_NAMESPACE
// Failures print the moment, not the object's bytes.
inline void PrintTo(const QDateTime &value, std::ostream *os)
{
    *os << value.toString(Qt::ISODate).toStdString();
}
QT_END_NAMESPACE

TEST(WorkingCalendar, NationalDay2025SkipsTheEightDaysAndCountsTheWorkedSaturday)
{
    const WorkingCalendar calendar = shippedCalendar();
    // Tuesday 30 September: 1–8 October are off; Saturday 11 October is worked.
    EXPECT_FALSE(calendar.isWorkingDay(QDate(2025, 10, 1)));
    EXPECT_FALSE(calendar.isWorkingDay(QDate(2025, 10, 8)));
    EXPECT_TRUE(calendar.isWorkingDay(QDate(2025, 10, 11)));
    EXPECT_TRUE(calendar.isWorkingDay(QDate(2025, 9, 28))); // a Sunday worked
    EXPECT_FALSE(calendar.isWorkingDay(QDate(2025, 10, 12)));
    // 9 Oct (1), 10 (2), Sat 11 (3), 13 (4), 14 (5), 15 (6), 16 (7).
    EXPECT_EQ(calendar.addWorkingDays(at("2025-09-30T10:00"), 7), at("2025-10-16T10:00"));
    // Without the calendar the same count lands on 9 October, inside nobody's office hours.
    EXPECT_EQ(WorkingCalendar().addWorkingDays(at("2025-09-30T10:00"), 7), at("2025-10-09T10:00"));
}

TEST(WorkingCalendar, SpringFestival2026AndAnOrderFiledOnADayOff)
{
    const WorkingCalendar calendar = shippedCalendar();
    // Friday 13 February, 15:00: Saturday 14 is worked, 15–23 are off, Tuesday 24 is the second day.
    EXPECT_EQ(calendar.addWorkingDays(at("2026-02-13T15:00"), 2), at("2026-02-24T15:00"));
    // Filed on the first day of the holiday: the clock starts at midnight of Tuesday 24, so
    // one working day is the whole of that Tuesday.
    EXPECT_EQ(calendar.addWorkingDays(at("2026-02-15T09:30"), 1), at("2026-02-25T00:00"));
    // Saturday 28 February is worked: Friday 27 + 1 is that Saturday.
    EXPECT_EQ(calendar.addWorkingDays(at("2026-02-27T08:00"), 1), at("2026-02-28T08:00"));
    EXPECT_EQ(calendar.workingDaysBetween(QDate(2026, 2, 9), QDate(2026, 3, 1)), 5 + 1 + 4 + 1);
}

TEST(WorkingCalendar, CountsInBeijingTimeWhateverTheInputZone)
{
    const WorkingCalendar calendar = shippedCalendar();
    // 30 September 2025 at 17:00 UTC is already 1 October in Beijing: a holiday.
    const QDateTime utc(QDate(2025, 9, 30), QTime(17, 0), Qt::UTC);
    EXPECT_EQ(calendar.addWorkingDays(utc, 1), at("2025-10-10T00:00"));
}

TEST(CalendarCsv, RefusesABadLineNamingIt)
{
    EXPECT_TRUE(parseCalendar("date,kind\n2026-10-01,holiday\n2026-10-10,workday\n").ok());
    const auto cases = {
        std::pair{"date,kind\n2026-10-01,holiday\n2026-13-01,holiday\n", "第 3 行"},
        std::pair{"date,kind\n2026-10-01,vacation\n", "vacation"},
        std::pair{"date,kind\n2026-10-01,holiday\n2026-10-09,workday\n", "周末"}, // a Friday
        std::pair{"date,kind\n2026-10-01,holiday\n2026-10-01,holiday\n", "与第 2 行重复"},
        std::pair{"date,kind\n2026/10/01,holiday\n", "YYYY-MM-DD"},
        std::pair{"day,kind\n2026-10-01,holiday\n", ""},
    };
    for (const auto &[csv, expected] : cases) {
        const auto parsed = parseCalendar(csv);
        ASSERT_FALSE(parsed.ok()) << csv;
        EXPECT_TRUE(parsed.error().contains(QString::fromUtf8(expected))) << qPrintable(parsed.error());
    }
}

TEST(CalendarRepository, AnImportReplacesTheYearsItCoversAndABadFileChangesNothing)
{
    StoreFixture fixture;
    ASSERT_TRUE(ReferenceData::importFile(*fixture.store, QStringLiteral("calendar"), seedFile("cn_calendar.csv")).ok());
    const qsizetype shipped = CalendarRepository(*fixture.store).all().size();
    EXPECT_EQ(shipped, 72);
    // Next year's calendar arrives: 2027 is added, 2025 and 2026 stay.
    ASSERT_TRUE(ReferenceData::import(*fixture.store, QStringLiteral("calendar"), "date,kind\n2027-01-01,holiday\n").ok());
    EXPECT_EQ(CalendarRepository(*fixture.store).all().size(), shipped + 1);
    // A corrected 2026 replaces 2026 only.
    ASSERT_TRUE(ReferenceData::import(*fixture.store, QStringLiteral("calendar"), "date,kind\n2026-10-01,holiday\n").ok());
    const WorkingCalendar corrected = CalendarRepository(*fixture.store).calendar();
    EXPECT_FALSE(corrected.isWorkingDay(QDate(2025, 10, 8)));
    EXPECT_TRUE(corrected.isWorkingDay(QDate(2026, 10, 2)));
    const qsizetype before = CalendarRepository(*fixture.store).all().size();
    EXPECT_FALSE(ReferenceData::import(*fixture.store, QStringLiteral("calendar"), "date,kind\n2026-05-01,holiday\n2026-05-02,x\n").ok());
    EXPECT_EQ(CalendarRepository(*fixture.store).all().size(), before);
}

TEST(TimeLimits, TheMostSpecificRuleDecidesAndCountsOnTheCalendar)
{
    Result<QVector<TimeLimitRule>> rules = TimeLimitsCsv::parse(CsvReader::readFile(seedFile("time_limits.csv")).value());
    ASSERT_TRUE(rules.ok()) << qPrintable(rules.error());
    QVector<TimeLimitRule> withItem = rules.value();
    auto lamp = parseLimits("urgency,appeal_type,item,stage,limit\n*,*,*,sign,2h\n*,*,*,reply,7wd\n*,*,*,callback,7d\n"
                            "*,*,路灯,reply,2wd\n");
    ASSERT_TRUE(lamp.ok()) << qPrintable(lamp.error());
    withItem.append(lamp.value().last());
    const TimeLimits limits(withItem, shippedCalendar());
    const Classification streetLamp{QStringLiteral("城乡建设"), QStringLiteral("市政设施"), QStringLiteral("路灯")};
    const Classification noise{QStringLiteral("生态环境"), QStringLiteral("噪声污染"), QStringLiteral("施工噪声")};
    const QDateTime filed = at("2025-09-30T10:00");
    EXPECT_EQ(limits.due(LimitStage::Sign, Urgency::Normal, AppealType::Help, noise, filed), at("2025-09-30T12:00"));
    EXPECT_EQ(limits.due(LimitStage::Reply, Urgency::Normal, AppealType::Help, noise, filed), at("2025-10-16T10:00"));
    EXPECT_EQ(limits.due(LimitStage::Reply, Urgency::Normal, AppealType::Consultation, noise, filed), at("2025-10-11T10:00"));
    EXPECT_EQ(limits.due(LimitStage::Reply, Urgency::Normal, AppealType::Help, streetLamp, filed), at("2025-10-10T10:00"));
    EXPECT_EQ(limits.due(LimitStage::Sign, Urgency::Emergency, AppealType::Help, streetLamp, filed), at("2025-09-30T10:30"));
    // Callbacks count calendar days: holidays do not stop them.
    EXPECT_EQ(limits.due(LimitStage::Callback, Urgency::Normal, AppealType::Help, noise, filed), at("2025-10-07T10:00"));
}

TEST(TimeLimitsCsv, RefusesABadLineNamingItAndAFileThatLeavesAStageWithoutAClock)
{
    const char *head = "urgency,appeal_type,item,stage,limit\n";
    const auto cases = {
        std::pair{"*,*,*,sign,2h\n*,*,*,reply,7 weeks\n", "第 3 行"},
        std::pair{"*,*,*,sign,2h\nsoon,*,*,reply,7wd\n", "soon"},
        std::pair{"*,*,*,sign,2h\n*,gossip,*,reply,7wd\n", "gossip"},
        std::pair{"*,*,*,sign,2h\n*,*,*,close,7wd\n", "close"},
        std::pair{"*,*,*,sign,2h\n*,*,*,sign,3h\n", "与第 2 行的条件相同"},
        std::pair{"*,*,*,sign,0h\n", "0h"},
        std::pair{"*,*,*,sign,2h\n*,*,*,reply,7wd\n", "callback"},
    };
    for (const auto &[rows, expected] : cases) {
        const QByteArray csv = QByteArray(head) + rows;
        const auto parsed = TimeLimitsCsv::parse(CsvReader::parse(csv).value());
        ASSERT_FALSE(parsed.ok()) << rows;
        EXPECT_TRUE(parsed.error().contains(QString::fromUtf8(expected))) << qPrintable(parsed.error());
    }
}

TEST(TimeLimitRepository, StoredLimitsReadBackAsImported)
{
    StoreFixture fixture;
    EXPECT_TRUE(TimeLimitRepository(*fixture.store).all().isEmpty());
    ASSERT_TRUE(ReferenceData::importFile(*fixture.store, QStringLiteral("limits"), seedFile("time_limits.csv")).ok());
    ASSERT_TRUE(ReferenceData::importFile(*fixture.store, QStringLiteral("calendar"), seedFile("cn_calendar.csv")).ok());
    const TimeLimits limits = TimeLimitRepository(*fixture.store).limits();
    EXPECT_EQ(limits.due(LimitStage::Reply, Urgency::Normal, AppealType::Help, {}, at("2025-09-30T10:00")),
              at("2025-10-16T10:00"));
    EXPECT_FALSE(ReferenceData::import(*fixture.store, QStringLiteral("limits"), "urgency,appeal_type,item,stage,limit\n*,*,*,sign,2h\n").ok());
    EXPECT_EQ(TimeLimitRepository(*fixture.store).all().size(), 10);
}
