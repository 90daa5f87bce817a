// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/CatalogRepository.h"
#include "desk/ReferenceIndexes.h"
#include "divisions/DivisionRepository.h"
#include "store/LocalStore.h"
#include "units/UnitRepository.h"

#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace hotline::bench {

// The full reference data behind the pickers, loaded the way the desk loads it.
struct BenchData {
    QTemporaryDir dir;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<ReferenceIndexes> indexes;

    BenchData()
    {
        auto opened = LocalStore::open(dir.filePath(QStringLiteral("bench.sqlite")));
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
            std::exit(1);
        }
        store = std::move(opened).value();
        const auto check = [](const Result<int> &result) {
            if (!result) {
                std::fprintf(stderr, "%s\n", qPrintable(result.error()));
                std::exit(1);
            }
        };
        check(DivisionRepository(*store).importCsv(QStringLiteral(HOTLINE_SEED_DATA "/beijing_divisions.csv")));
        check(CatalogRepository(*store).importCsv(QStringLiteral(HOTLINE_TEST_DATA "/catalog_3level.csv")));
        check(UnitRepository(*store).importCsv(QStringLiteral(HOTLINE_SEED_DATA "/beijing_units.csv")));
        indexes = std::make_unique<ReferenceIndexes>(*store, PinyinTable::builtIn());
    }
};

} // namespace hotline::bench
