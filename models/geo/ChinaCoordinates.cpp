// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChinaCoordinates.h"

#include <cmath>
#include <numbers>

namespace hotline {

namespace {
constexpr double pi = std::numbers::pi;
constexpr double semiMajor = 6378245.0;               // Krasovsky 1940
constexpr double eccentricitySquared = 0.00669342162296594323;

double shiftLat(double x, double y)
{
    double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    ret += (20.0 * std::sin(6.0 * x * pi) + 20.0 * std::sin(2.0 * x * pi)) * 2.0 / 3.0;
    ret += (20.0 * std::sin(y * pi) + 40.0 * std::sin(y / 3.0 * pi)) * 2.0 / 3.0;
    ret += (160.0 * std::sin(y / 12.0 * pi) + 320 * std::sin(y * pi / 30.0)) * 2.0 / 3.0;
    return ret;
}

double shiftLng(double x, double y)
{
    double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    ret += (20.0 * std::sin(6.0 * x * pi) + 20.0 * std::sin(2.0 * x * pi)) * 2.0 / 3.0;
    ret += (20.0 * std::sin(x * pi) + 40.0 * std::sin(x / 3.0 * pi)) * 2.0 / 3.0;
    ret += (150.0 * std::sin(x / 12.0 * pi) + 300.0 * std::sin(x / 30.0 * pi)) * 2.0 / 3.0;
    return ret;
}
} // namespace

std::optional<CoordinateSystem> coordinateSystemFromName(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(u'-').remove(u'_').remove(u' ');
    if (n == QLatin1String("wgs84") || n == QLatin1String("epsg4326") || n == QLatin1String("crs84")
        || n == QLatin1String("urn:ogc:def:crs:ogc:1.3:crs84"))
        return CoordinateSystem::Wgs84;
    if (n == QLatin1String("gcj02") || n == QLatin1String("gcj"))
        return CoordinateSystem::Gcj02;
    return std::nullopt;
}

QString toCode(CoordinateSystem system)
{
    return system == CoordinateSystem::Gcj02 ? QStringLiteral("gcj02") : QStringLiteral("wgs84");
}

bool ChinaCoordinates::outsideChina(const GeoPoint &p)
{
    return p.lng < 72.004 || p.lng > 137.8347 || p.lat < 0.8293 || p.lat > 55.8271;
}

GeoPoint ChinaCoordinates::wgs84ToGcj02(const GeoPoint &wgs)
{
    if (outsideChina(wgs))
        return wgs;
    double dLat = shiftLat(wgs.lng - 105.0, wgs.lat - 35.0);
    double dLng = shiftLng(wgs.lng - 105.0, wgs.lat - 35.0);
    const double radLat = wgs.lat / 180.0 * pi;
    double magic = std::sin(radLat);
    magic = 1 - eccentricitySquared * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    dLat = (dLat * 180.0) / ((semiMajor * (1 - eccentricitySquared)) / (magic * sqrtMagic) * pi);
    dLng = (dLng * 180.0) / (semiMajor / sqrtMagic * std::cos(radLat) * pi);
    return {wgs.lng + dLng, wgs.lat + dLat};
}

GeoPoint ChinaCoordinates::gcj02ToWgs84(const GeoPoint &gcj)
{
    if (outsideChina(gcj))
        return gcj;
    // The offset varies slowly, so wgs = gcj - offset(wgs) converges in a few steps.
    GeoPoint wgs = gcj;
    for (int i = 0; i < 10; ++i) {
        const GeoPoint forward = wgs84ToGcj02(wgs);
        const double eLng = forward.lng - gcj.lng;
        const double eLat = forward.lat - gcj.lat;
        wgs = {wgs.lng - eLng, wgs.lat - eLat};
        if (std::abs(eLng) < 1e-10 && std::abs(eLat) < 1e-10)
            break;
    }
    return wgs;
}

GeoPoint ChinaCoordinates::toWgs84(const GeoPoint &point, CoordinateSystem from)
{
    return from == CoordinateSystem::Gcj02 ? gcj02ToWgs84(point) : point;
}

} // namespace hotline
