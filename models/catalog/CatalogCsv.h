// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogEntry.h"
#include "core/Result.h"
#include "importing/CsvReader.h"

#include <QVector>

namespace hotline {

// The catalogue file, `level1,level2,level3[,keywords]` (keywords joined by `|`): checked
// whole into leaf items, or the first bad line named. Writes nothing. A centre's own export
// without keywords imports as it is.
class CatalogCsv {
public:
    static Result<QVector<CatalogEntry>> parseEntries(const QVector<CsvRecord> &records);
    // The items alone, for those that need no keywords (the centre's Open311 services).
    static Result<QVector<Classification>> parse(const QVector<CsvRecord> &records);
};

} // namespace hotline
