// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferenceData.h"

#include "catalog/CatalogRepository.h"
#include "divisions/DivisionRepository.h"
#include "store/LocalStore.h"
#include "units/UnitRepository.h"

#include <QTemporaryDir>
#include <QTemporaryFile>

namespace hotline {

bool ReferenceData::isKind(const QString &kind)
{
    return kind == QLatin1String("divisions") || kind == QLatin1String("catalog") || kind == QLatin1String("units");
}

Result<int> ReferenceData::import(LocalStore &store, const QString &kind, const QByteArray &csv)
{
    if (!isKind(kind))
        return Error{QStringLiteral("unknown reference data \"%1\" (divisions, catalog, units)").arg(kind)};
    // The repositories read files: the same code path as `hotline-ctl import`.
    QTemporaryFile file;
    if (!file.open() || file.write(csv) != csv.size() || !file.flush())
        return Error{QStringLiteral("cannot write a temporary file")};
    if (kind == QLatin1String("divisions"))
        return DivisionRepository(store).importCsv(file.fileName());
    if (kind == QLatin1String("catalog"))
        return CatalogRepository(store).importCsv(file.fileName());
    return UnitRepository(store).importCsv(file.fileName());
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
