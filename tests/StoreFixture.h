// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestData.h"
#include "catalog/CatalogRepository.h"
#include "desk/ReferenceIndexes.h"
#include "divisions/DivisionRepository.h"
#include "store/LocalStore.h"
#include "units/UnitRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace hotline::test {

// A store in a temporary directory with the real Beijing divisions, the real catalogue and
// the unit directory imported, as a desk has it after set-up.
class StoreFixture {
public:
    StoreFixture()
    {
        auto opened = LocalStore::open(dir.filePath(QStringLiteral("desk.sqlite")));
        EXPECT_TRUE(opened.ok()) << qPrintable(opened.error());
        store = std::move(opened).value();
        EXPECT_TRUE(DivisionRepository(*store).importCsv(seedFile("beijing_divisions.csv")).ok());
        EXPECT_TRUE(CatalogRepository(*store).importCsv(dataFile("catalog_3level.csv")).ok());
        EXPECT_TRUE(UnitRepository(*store).importCsv(seedFile("beijing_units.csv")).ok());
    }

    // How many rows a table of the store holds; -1 when it cannot be read.
    int rowCount(const char *table) const
    {
        QSqlQuery query(store->database());
        query.exec(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table));
        return query.next() ? query.value(0).toInt() : -1;
    }

    static std::shared_ptr<const PinyinTable> pinyin()
    {
        static const auto table = PinyinTable::builtIn();
        return table;
    }

    QTemporaryDir dir;
    std::unique_ptr<LocalStore> store;
};

} // namespace hotline::test
