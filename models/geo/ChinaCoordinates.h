// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GeoPoint.h"

#include <QString>

#include <optional>

namespace hotline {

// The coordinate systems a centre's files come in. Chinese web maps (AMap, Tencent, the
// DataV boundaries) publish GCJ-02, an obfuscated offset of WGS84 of up to ~700 m; GPS and
// OpenStreetMap use WGS84. The desk converts at import and keeps WGS84 only.
enum class CoordinateSystem { Wgs84, Gcj02 };

std::optional<CoordinateSystem> coordinateSystemFromName(const QString &name);
QString toCode(CoordinateSystem system);

class ChinaCoordinates {
public:
    // The published GCJ-02 formulas (Krasovsky ellipsoid); outside China they are the identity.
    static GeoPoint wgs84ToGcj02(const GeoPoint &wgs);
    // Inverted by fixed-point iteration to well under a millimetre.
    static GeoPoint gcj02ToWgs84(const GeoPoint &gcj);
    static GeoPoint toWgs84(const GeoPoint &point, CoordinateSystem from);
    static bool outsideChina(const GeoPoint &point);
};

} // namespace hotline
