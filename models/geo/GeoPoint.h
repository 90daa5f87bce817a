// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <limits>

namespace hotline {

// A point on the earth in degrees. Everything stored and passed around is WGS84 (what GPS,
// OpenStreetMap and standard web-Mercator tiles use); GCJ-02 exists only at the import edge.
struct GeoPoint {
    double lng = 0;
    double lat = 0;

    bool isValid() const { return lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90; }
    friend bool operator==(const GeoPoint &, const GeoPoint &) = default;
};

// An axis-aligned box in degrees; empty until a point is added.
struct GeoBox {
    double minLng = std::numeric_limits<double>::max();
    double minLat = std::numeric_limits<double>::max();
    double maxLng = std::numeric_limits<double>::lowest();
    double maxLat = std::numeric_limits<double>::lowest();

    bool isEmpty() const { return minLng > maxLng; }
    void extend(const GeoPoint &p)
    {
        minLng = std::min(minLng, p.lng);
        maxLng = std::max(maxLng, p.lng);
        minLat = std::min(minLat, p.lat);
        maxLat = std::max(maxLat, p.lat);
    }
    void extend(const GeoBox &other)
    {
        if (other.isEmpty())
            return;
        extend(GeoPoint{other.minLng, other.minLat});
        extend(GeoPoint{other.maxLng, other.maxLat});
    }
    bool contains(const GeoPoint &p) const
    {
        return p.lng >= minLng && p.lng <= maxLng && p.lat >= minLat && p.lat <= maxLat;
    }
    bool intersects(const GeoBox &o) const
    {
        return !(o.minLng > maxLng || o.maxLng < minLng || o.minLat > maxLat || o.maxLat < minLat);
    }
    GeoPoint center() const { return {(minLng + maxLng) / 2, (minLat + maxLat) / 2}; }
    // The box around `center` reaching `meters` in every direction.
    static GeoBox around(const GeoPoint &center, double meters);
};

// Great-circle distance on a sphere of the earth's mean radius: metres, good to 0.5%.
double distanceMeters(const GeoPoint &a, const GeoPoint &b);

} // namespace hotline
