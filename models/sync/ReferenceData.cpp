// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferenceData.h"

#include "catalog/CatalogCsv.h"
#include "catalog/CatalogRepository.h"
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
const char *const allKinds[] = {"divisions", "catalog", "units", "synonyms"};
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
// One kind's parser and writer; `store` null only checks.
Result<int> parseAndMaybeWrite(LocalStore *store, const QString &kind, const Result<QVector<CsvRecord>> &records)
{
    const auto none = [](const auto &) { return Status::success(); };
    if (kind == QLatin1String("divisions")) {
        if (!store)
            return importRecords<Division>(records, &DivisionCsv::parse, none);
        return importRecords<Division>(records, &DivisionCsv::parse, [store](const auto &items) { return DivisionRepository(*store).write(items); });
    }
    if (kind == QLatin1String("catalog")) {
        if (!store)
            return importRecords<Classification>(records, &CatalogCsv::parse, none);
        return importRecords<Classification>(records, &CatalogCsv::parse,
                                             [store](const auto &items) { return CatalogRepository(*store).replaceAll(items); });
    }
    if (kind == QLatin1String("units")) {
        if (!store)
            return importRecords<Unit>(records, &UnitCsv::parse, none);
        return importRecords<Unit>(records, &UnitCsv::parse, [store](const auto &items) { return UnitRepository(*store).write(items); });
    }
    if (kind == QLatin1String("synonyms")) {
        if (!store)
            return importRecords<QStringList>(records, &KbSynonyms::parse, none);
        return importRecords<QStringList>(records, &KbSynonyms::parse,
                                          [store](const auto &groups) { return KbSynonyms::replaceAll(*store, groups); });
    }
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
