// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeoPoint.h"

#include <cmath>
#include <numbers>

namespace hotline {

namespace {
constexpr double earthRadius = 6371008.8;
constexpr double radians(double degrees) { return degrees * std::numbers::pi / 180.0; }
} // namespace

double distanceMeters(const GeoPoint &a, const GeoPoint &b)
{
    const double dLat = radians(b.lat - a.lat);
    const double dLng = radians(b.lng - a.lng);
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(radians(a.lat)) * std::cos(radians(b.lat)) * std::sin(dLng / 2) * std::sin(dLng / 2);
    return 2 * earthRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

GeoBox GeoBox::around(const GeoPoint &center, double meters)
{
    const double dLat = meters / earthRadius * 180.0 / std::numbers::pi;
    const double cosLat = std::max(0.01, std::cos(radians(center.lat)));
    const double dLng = dLat / cosLat;
    GeoBox box;
    box.extend(GeoPoint{center.lng - dLng, center.lat - dLat});
    box.extend(GeoPoint{center.lng + dLng, center.lat + dLat});
    return box;
}

} // namespace hotline
