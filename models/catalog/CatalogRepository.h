// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "catalog/CatalogEntry.h"

#include <QVector>

namespace hotline {

class LocalStore;

// The three-level item catalogue. An import replaces the catalogue as a whole (a centre
// publishes a new edition); work orders keep the text of the item they were filed under.
class CatalogRepository {
public:
    explicit CatalogRepository(LocalStore &store) : m_store(store) {}

    // CSV `level1,level2,level3[,keywords]`. Validates everything before writing; returns the leaf count.
    Result<int> importCsv(const QString &path);
    // Replaces the catalogue with checked items (CatalogCsv::parseEntries) in one transaction.
    Status replaceAll(const QVector<CatalogEntry> &entries);
    QVector<CatalogEntry> entries() const;
    QVector<Classification> all() const;

private:
    LocalStore &m_store;
};

} // namespace hotline
