// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Division.h"
#include "core/Result.h"

#include <QVector>

namespace hotline {

class LocalStore;

// The divisions table: imported from CSV `code,name,parent_code,level`, read by the pickers.
class DivisionRepository {
public:
    explicit DivisionRepository(LocalStore &store) : m_store(store) {}

    // Validates the whole file first; any error names its line and nothing is written.
    // Returns the number of divisions imported.
    Result<int> importCsv(const QString &path);
    // Upserts checked divisions by code (DivisionCsv::parse) in one transaction.
    Status write(const QVector<Division> &divisions);
    QVector<Division> all() const;

private:
    LocalStore &m_store;
};

} // namespace hotline
