// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GeoPoint.h"

#include <QPointF>

namespace hotline {

// The spherical (web) Mercator of every standard tile service, EPSG:3857. "World" coordinates
// are the unit square, x east and y south, so a zoom z is a scale of 256·2^z pixels.
class WebMercator {
public:
    static constexpr double maxLatitude = 85.0511287798066;
    static constexpr int tileSize = 256;

    static QPointF toWorld(const GeoPoint &point);
    static GeoPoint fromWorld(const QPointF &world);
    static double worldPixels(double zoom); // 256 · 2^zoom
    static double metersPerPixel(double latitude, double zoom);
};

} // namespace hotline
