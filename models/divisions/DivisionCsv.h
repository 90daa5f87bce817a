// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Division.h"
#include "core/Result.h"
#include "importing/CsvReader.h"

#include <QVector>

namespace hotline {

// The divisions file, `code,name,parent_code,level`: checked whole (codes, levels, parents,
// duplicates) into values, or the first bad line named. Writes nothing.
class DivisionCsv {
public:
    static Result<QVector<Division>> parse(const QVector<CsvRecord> &records);
    static QString levelCode(Division::Level level);
    static std::optional<Division::Level> levelFromCode(const QString &code);
};

} // namespace hotline
