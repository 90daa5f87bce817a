// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "importing/CsvReader.h"

#include <QCoreApplication>
#include <QStringList>

namespace hotline {

// Past work orders with the label they were filed under, as TextClassifier::train takes them.
struct TrainingSet {
    QStringList texts;
    QStringList labels;
};

// A CSV export of labelled past orders: a header naming the columns, then one order a line.
// The text is one column or several joined (title and detail), the label one column. Checked
// whole, or the first bad line named (unknown column, wrong column count, empty text or
// label); writes nothing.
class TrainingCsv {
    Q_DECLARE_TR_FUNCTIONS(hotline::TrainingCsv)
public:
    static Result<TrainingSet> parse(const QVector<CsvRecord> &records, const QStringList &textColumns,
                                     const QString &labelColumn);
};

} // namespace hotline
