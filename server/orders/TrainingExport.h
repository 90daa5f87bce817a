// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDate>

namespace hotline {

class CentralDatabase;

// The centre's past orders as the labelled file classification learns from: `text,label`, the
// description and the catalogue path (level1 › level2 › level3) of each order filed in the
// period that has an item, for `hotline-ctl classify train FILE --text text --label label`.
// Confidential orders are left out, and the callers' names and numbers are not in it: numbers
// a caller spoke into the description are masked, so the file can leave the centre.
//   GET /api/v1/training?period=2026-11   (administrators and team leads; put on record)
Result<QByteArray> trainingCsv(const CentralDatabase &db, QDate from, QDate to, int *rows);

} // namespace hotline
