// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "core/Result.h"

#include <QVector>

namespace hotline {

// The one shape of every reference import: read the records, parse all of them into values
// (the first bad line named, nothing kept), and only then hand them to the writer. Parsing
// is a pure function, so the centre checks a file with it without any store.
template <typename Item, typename Parse, typename Write>
Result<int> importRecords(const Result<QVector<CsvRecord>> &records, Parse parse, Write write)
{
    if (!records)
        return Error{records.error()};
    Result<QVector<Item>> items = parse(records.value());
    if (!items)
        return Error{items.error()};
    if (Status written = write(items.value()); !written)
        return Error{written.error()};
    return int(items.value().size());
}

} // namespace hotline
