// SPDX-License-Identifier: GPL-3.0-or-later
// hotline-ctl's commands for what follows the call: the calendar time limits are counted on,
// and the unit an order would be dispatched to.
#include "CtlCommands.h"

#include "desk/ReferenceIndexes.h"
#include "dispatch/DispatchQueryBuilder.h"
#include "dispatch/DispatchRuleRepository.h"
#include "store/LocalStore.h"
#include "units/UnitRepository.h"

#include <QDir>
#include <QFileInfo>
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

namespace hotline {

int CtlCommands::dispatch(const QStringList &arguments)
{
    QStringList words = arguments;
    const qsizetype itemAt = words.indexOf(QStringLiteral("--item"));
    const qsizetype addressAt = words.indexOf(QStringLiteral("--address"));
    if (words.value(0) != QLatin1String("propose") || itemAt < 0 || addressAt < 0 || itemAt + 1 >= words.size()
        || addressAt + 1 >= words.size())
        return usage(QStringLiteral("dispatch propose --item TEXT --address TEXT"));
    ReferenceIndexes indexes(m_store, PinyinTable::builtIn());
    const DispatchQueryBuilder builder(indexes.catalog(), indexes.divisions());
    const std::optional<Classification> item = builder.itemFor(words.at(itemAt + 1));
    if (!item) {
        m_err << "no catalogue item matches \"" << words.at(itemAt + 1) << '"' << Qt::endl;
        return 1;
    }
    const DispatchProposer proposer(DispatchRuleRepository(m_store).all(), UnitRepository(m_store).all());
    if (proposer.isEmpty()) {
        m_err << "the store has no dispatch rules (hotline-ctl import rules FILE)" << Qt::endl;
        return 1;
    }
    const Result<DispatchProposal> proposal = proposer.propose(builder.fromText(*item, words.at(addressAt + 1)));
    if (!proposal) {
        m_err << proposal.error() << Qt::endl;
        return 1;
    }
    m_out << "lead\t" << proposal.value().lead.code << '\t' << proposal.value().lead.name << Qt::endl;
    for (const Unit &co : proposal.value().coUnits)
        m_out << "co\t" << co.code << '\t' << co.name << Qt::endl;
    m_out << "reason\t" << proposal.value().reason << Qt::endl;
    m_out << "rule\tline " << proposal.value().ruleLine << Qt::endl;
    return 0;
}

} // namespace hotline

namespace hotline {

namespace {
// Where the shipped reference data is: beside an installed hotline-ctl, else in the source tree
// it was built from.
QString defaultSeedDirectory()
{
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/hotline-desk/seed");
    if (QFileInfo::exists(installed + QStringLiteral("/catalogue.csv")))
        return QDir::cleanPath(installed);
    return QStringLiteral(HOTLINE_SOURCE_SEED);
}
} // namespace

int CtlCommands::init(const QStringList &arguments)
{
    QString seed = defaultSeedDirectory();
    if (arguments.size() == 2 && arguments.at(0) == QLatin1String("--seed"))
        seed = arguments.at(1);
    else if (!arguments.isEmpty())
        return usage(QStringLiteral("init [--seed DIR]"));
    // Divisions before the rules and units that name them; the geography last, as it looks
    // up the district of every point.
    const std::pair<const char *, const char *> files[] = {
        {"divisions", "beijing_divisions.csv"}, {"units", "beijing_units.csv"},  {"catalog", "catalogue.csv"},
        {"synonyms", "kb_synonyms.csv"},        {"calendar", "cn_calendar.csv"}, {"limits", "time_limits.csv"},
        {"rules", "beijing_dispatch_rules.csv"},
    };
    for (const auto &[kind, name] : files) {
        const QString path = seed + QLatin1Char('/') + QString::fromLatin1(name);
        if (int code = import({QString::fromLatin1(kind), path}); code != 0)
            return code;
    }
    return importGeo({seed + QStringLiteral("/beijing_metro_stations_osm.csv")});
}

} // namespace hotline
