// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Classification.h"
#include "core/Result.h"
#include "importing/CsvReader.h"

#include <QVector>

namespace hotline {

// The catalogue file, `level1,level2,level3`: checked whole into leaf items, or the first bad
// line named. Writes nothing.
class CatalogCsv {
public:
    static Result<QVector<Classification>> parse(const QVector<CsvRecord> &records);
};

} // namespace hotline
