// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "importing/CsvReader.h"

#include <QStringList>
#include <QVector>

namespace hotline {

class LocalStore;

// Reference data kept as the lines of the file it was imported from (time limits, dispatch
// rules): written whole in one transaction, and read back as records for the same parser, so
// the file's checks are the only definition of what a stored line means.
class ReferenceRows {
public:
    // Replaces `table` (`line` and then `columns`) with `records`, each its file line and fields.
    static Status replace(LocalStore &store, const QString &table, const QStringList &columns,
                          const QVector<CsvRecord> &records);
    // The rows of `table` in line order, after `header` as the file's first record.
    static QVector<CsvRecord> read(LocalStore &store, const QString &table, const QStringList &columns,
                                   const QStringList &header);
};

} // namespace hotline
