// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QStringList>
#include <QVector>

namespace hotline {

// One record of a CSV file and the line it starts on, so that errors can name it.
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

// RFC 4180 CSV in UTF-8 (an optional BOM, quoted fields with commas, quotes and line breaks).
// Rejects what would otherwise import silently wrong: invalid UTF-8 and unterminated quotes.
class CsvReader {
public:
    static Result<QVector<CsvRecord>> parse(const QByteArray &bytes);
    static Result<QVector<CsvRecord>> readFile(const QString &path);
    // Checks that the first record is exactly `expected` (case-insensitive, trimmed).
    static Status expectHeader(const QVector<CsvRecord> &records, const QStringList &expected);
};

} // namespace hotline
