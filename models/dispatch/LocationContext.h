// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hotline {

// What kind of ground a matter is on, which decides who answers for it: the same broken lamp
// is the property manager's inside a compound, city management's on a municipal road, the
// parks bureau's in a park, the water bureau's by a river.
class LocationContext {
    Q_DECLARE_TR_FUNCTIONS(hotline::LocationContext)
public:
    // compound, road, park, water, school, hospital, market, metro; empty when unknown.
    static QStringList codes();
    static bool isCode(const QString &code);
    static QString displayName(const QString &code); // 居民小区, 市政道路, 公园…
    // From a map place's kind (compound, road, metro…; the centre's own words as they are).
    static QString fromPlaceKind(const QString &kind);
    // From the words of an address: …小区 / …公园 / …河边 / …路口. The word nearest the end
    // of the text decides ("颐和园路口" is on the road, "北海公园东门" in the park).
    static QString fromWords(const QString &text);
};

} // namespace hotline
