// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Unit.h"
#include "core/Result.h"
#include "importing/CsvReader.h"

#include <QVector>

namespace hotline {

// The unit directory file, `code,name,kind,district_code,phone`: checked whole into values,
// or the first bad line named. Writes nothing.
class UnitCsv {
public:
    static Result<QVector<Unit>> parse(const QVector<CsvRecord> &records);
};

} // namespace hotline
