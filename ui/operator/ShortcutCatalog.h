// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

namespace hotline {

// Every key of the desk in one table: the window binds its actions from here and the
// overlay lists it, so the two never disagree.
struct ShortcutEntry {
    QString id;
    QKeySequence keys;
    QString description;
};

class ShortcutCatalog {
public:
    static QList<ShortcutEntry> actions();
    static QKeySequence keys(const QString &id);
    // The Alt+letter of each form field, read from the labels' mnemonics.
    static QList<ShortcutEntry> fields();
};

} // namespace hotline
