// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebMercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace hotline {

namespace {
constexpr double pi = std::numbers::pi;
}

QPointF WebMercator::toWorld(const GeoPoint &point)
{
    const double lat = std::clamp(point.lat, -maxLatitude, maxLatitude) * pi / 180.0;
    const double x = (point.lng + 180.0) / 360.0;
    const double y = 0.5 - std::log(std::tan(pi / 4 + lat / 2)) / (2 * pi);
    return {x, y};
}

GeoPoint WebMercator::fromWorld(const QPointF &world)
{
    const double lng = world.x() * 360.0 - 180.0;
    const double lat = std::atan(std::sinh(pi * (1 - 2 * world.y()))) * 180.0 / pi;
    return {lng, lat};
}

double WebMercator::worldPixels(double zoom)
{
    return tileSize * std::exp2(zoom);
}

double WebMercator::metersPerPixel(double latitude, double zoom)
{
    return 2 * pi * 6378137.0 * std::cos(latitude * pi / 180.0) / worldPixels(zoom);
}

} // namespace hotline
