// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace hotline {

// One line of the dispatch rules: item × location context × jurisdiction → unit(s).
// Empty criteria match any order. `lead` holds alternatives, the first that resolves wins:
// a unit code (`{district}` becomes the district's code: CGW-{district} → CGW-110102),
// `@street` (the street or township office of the place; also as a co-unit) or `@property` (the property manager
// of the compound, when the unit directory has one).
struct DispatchRule {
    QString item;     // a catalogue node at any level
    QString context;  // LocationContext code
    QString district; // six-digit district code
    QStringList lead;
    QStringList coUnits;
    int line = 0;
};

} // namespace hotline
