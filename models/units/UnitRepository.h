// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Unit.h"
#include "core/Result.h"

#include <QVector>

namespace hotline {

class LocalStore;

// The unit directory: CSV `code,name,kind,district_code,phone`, kind one of municipal,
// district, street, enterprise. Rows update units with the same code.
class UnitRepository {
public:
    explicit UnitRepository(LocalStore &store) : m_store(store) {}

    Result<int> importCsv(const QString &path);
    // Upserts checked units by code (UnitCsv::parse) in one transaction.
    Status write(const QVector<Unit> &units);
    QVector<Unit> all() const;

private:
    LocalStore &m_store;
};

} // namespace hotline
