// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace hotline {

class CentralDatabase;

// The reference data a centre last published (PUT /api/v1/reference/KIND) as its CSV, empty
// when none was; `revision` (when given) gets the publication's revision added to it, so a
// reader can tell a newer file from the one it holds.
QByteArray publishedCsv(const CentralDatabase &db, const QString &kind, qint64 *revision = nullptr);

// Unit code → name from the published unit directory (empty when none was published).
QHash<QString, QString> publishedUnitNames(const CentralDatabase &db);

} // namespace hotline
