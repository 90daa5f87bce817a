// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace hotline {

class LocalStore;

// The reference data every desk needs the same copy of — divisions, the item catalogue, the
// unit directory, the knowledge base's synonyms — as the CSV files the import commands read. The centre publishes a file
// once; each desk imports it when it pulls the change, through the same import code that
// checks a file given to hotline-ctl.
class ReferenceData {
public:
    static bool isKind(const QString &kind); // divisions, catalog, units, synonyms, calendar, limits, rules
    static QString kinds();                  // for messages: "divisions, catalog, units, synonyms"
    // Imports `csv` of `kind` into the store: all of it or, with the line named, nothing.
    static Result<int> import(LocalStore &store, const QString &kind, const QByteArray &csv);
    // The same from a file (`hotline-ctl import KIND FILE`).
    static Result<int> importFile(LocalStore &store, const QString &kind, const QString &path);
    // Checks `csv` with the same parser, without any store (the centre refuses a bad file
    // before desks see it).
    static Result<int> check(const QString &kind, const QByteArray &csv);
};

} // namespace hotline
