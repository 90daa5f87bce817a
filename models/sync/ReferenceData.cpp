// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferenceData.h"

#include "catalog/CatalogRepository.h"
#include "divisions/DivisionRepository.h"
#include "kb/KbSynonyms.h"
#include "store/LocalStore.h"
#include "units/UnitRepository.h"

#include <QTemporaryDir>
#include <QStringList>

#include <algorithm>
#include <iterator>
#include <QTemporaryFile>

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

Result<int> ReferenceData::import(LocalStore &store, const QString &kind, const QByteArray &csv)
{
    // The repositories read files: the same code path as `hotline-ctl import`.
    QTemporaryFile file;
    if (!file.open() || file.write(csv) != csv.size() || !file.flush())
        return Error{QStringLiteral("cannot write a temporary file")};
    return importFile(store, kind, file.fileName());
}

Result<int> ReferenceData::importFile(LocalStore &store, const QString &kind, const QString &path)
{
    if (kind == QLatin1String("divisions"))
        return DivisionRepository(store).importCsv(path);
    if (kind == QLatin1String("catalog"))
        return CatalogRepository(store).importCsv(path);
    if (kind == QLatin1String("units"))
        return UnitRepository(store).importCsv(path);
    if (kind == QLatin1String("synonyms"))
        return KbSynonyms::importCsv(store, path);
    return Error{QStringLiteral("unknown reference data \"%1\" (%2)").arg(kind, kinds())};
}

Result<int> ReferenceData::check(const QString &kind, const QByteArray &csv)
{
    QTemporaryDir dir;
    Result<std::unique_ptr<LocalStore>> scratch = LocalStore::open(dir.filePath(QStringLiteral("check.sqlite")));
    if (!scratch)
        return Error{scratch.error()};
    return import(*scratch.value(), kind, csv);
}

} // namespace hotline
