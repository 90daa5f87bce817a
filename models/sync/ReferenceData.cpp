// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferenceData.h"

#include "timelimits/CalendarCsv.h"
#include "timelimits/CalendarRepository.h"
#include "timelimits/TimeLimitRepository.h"
#include "timelimits/TimeLimitsCsv.h"
#include "catalog/CatalogCsv.h"
#include "catalog/CatalogRepository.h"
#include "dispatch/DispatchRuleRepository.h"
#include "dispatch/DispatchRulesCsv.h"
#include "divisions/DivisionCsv.h"
#include "divisions/DivisionRepository.h"
#include "importing/CsvImport.h"
#include "kb/KbSynonyms.h"
#include "store/LocalStore.h"
#include "units/UnitCsv.h"
#include "units/UnitRepository.h"

#include <QStringList>

#include <algorithm>
#include <iterator>

namespace hotline {

namespace {
const char *const allKinds[] = {"divisions", "catalog", "units", "synonyms", "calendar", "limits", "rules"};
}

bool ReferenceData::isKind(const QString &kind)
{
    return std::any_of(std::begin(allKinds), std::end(allKinds), [&](const char *k) { return kind == QLatin1String(k); });
}

QString ReferenceData::kinds()
{
    QStringList names;
    for (const char *kind : allKinds)
        names.append(QString::fromLatin1(kind));
    return names.join(QStringLiteral(", "));
}

namespace {
// Parses the records into Items and, with a store, writes them; without one only checks.
template <typename Item, typename Parse, typename Write>
Result<int> parseThenWrite(LocalStore *store, const Result<QVector<CsvRecord>> &records, Parse parse, Write write)
{
    return importRecords<Item>(records, parse, [&](const QVector<Item> &items) {
        return store ? write(*store, items) : Status::success();
    });
}

Result<int> parseAndMaybeWrite(LocalStore *store, const QString &kind, const Result<QVector<CsvRecord>> &records)
{
    if (kind == QLatin1String("divisions"))
        return parseThenWrite<Division>(store, records, &DivisionCsv::parse,
                                        [](LocalStore &s, const auto &items) { return DivisionRepository(s).write(items); });
    if (kind == QLatin1String("catalog"))
        return parseThenWrite<CatalogEntry>(store, records, &CatalogCsv::parseEntries,
                                              [](LocalStore &s, const auto &items) { return CatalogRepository(s).replaceAll(items); });
    if (kind == QLatin1String("units"))
        return parseThenWrite<Unit>(store, records, &UnitCsv::parse,
                                    [](LocalStore &s, const auto &items) { return UnitRepository(s).write(items); });
    if (kind == QLatin1String("synonyms"))
        return parseThenWrite<QStringList>(store, records, &KbSynonyms::parse, [&records](LocalStore &s, const auto &groups) {
            return KbSynonyms::replaceAll(s, groups, KbSynonyms::notesOf(records.value())); // the editors' notes too
        });
    if (kind == QLatin1String("calendar"))
        return parseThenWrite<CalendarDay>(store, records, &CalendarCsv::parse,
                                           [](LocalStore &s, const auto &days) { return CalendarRepository(s).replaceYears(days); });
    if (kind == QLatin1String("limits"))
        return parseThenWrite<TimeLimitRule>(store, records, &TimeLimitsCsv::parse,
                                             [](LocalStore &s, const auto &rules) { return TimeLimitRepository(s).replaceAll(rules); });
    if (kind == QLatin1String("rules"))
        return parseThenWrite<DispatchRule>(store, records, &DispatchRulesCsv::parse,
                                            [](LocalStore &s, const auto &rules) { return DispatchRuleRepository(s).replaceAll(rules); });
    return Error{QStringLiteral("unknown reference data \"%1\" (%2)").arg(kind, ReferenceData::kinds())};
}
} // namespace

Result<int> ReferenceData::import(LocalStore &store, const QString &kind, const QByteArray &csv)
{
    return parseAndMaybeWrite(&store, kind, CsvReader::parse(csv));
}

Result<int> ReferenceData::importFile(LocalStore &store, const QString &kind, const QString &path)
{
    return parseAndMaybeWrite(&store, kind, CsvReader::readFile(path));
}

Result<int> ReferenceData::check(const QString &kind, const QByteArray &csv)
{
    return parseAndMaybeWrite(nullptr, kind, CsvReader::parse(csv));
}

} // namespace hotline
