// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeoFeature.h"

#include <QCoreApplication>

namespace hotline {

namespace {
// Crossing number of one ring; the ring is closed, so each edge is (i-1, i).
bool ringContains(const Ring &ring, const GeoPoint &p)
{
    bool inside = false;
    for (qsizetype i = 1; i < ring.size(); ++i) {
        const GeoPoint &a = ring.at(i - 1);
        const GeoPoint &b = ring.at(i);
        if ((a.lat > p.lat) != (b.lat > p.lat)
            && p.lng < (b.lng - a.lng) * (p.lat - a.lat) / (b.lat - a.lat) + a.lng)
            inside = !inside;
    }
    return inside;
}
} // namespace

bool GeoArea::contains(const GeoPoint &point) const
{
    if (!box.contains(point))
        return false;
    for (const Polygon &polygon : polygons) {
        if (polygon.rings.isEmpty() || !ringContains(polygon.rings.first(), point))
            continue;
        bool inHole = false;
        for (qsizetype h = 1; h < polygon.rings.size() && !inHole; ++h)
            inHole = ringContains(polygon.rings.at(h), point);
        if (!inHole)
            return true;
    }
    return false;
}

void GeoArea::computeBox()
{
    box = {};
    for (const Polygon &polygon : std::as_const(polygons))
        if (!polygon.rings.isEmpty())
            for (const GeoPoint &p : polygon.rings.first())
                box.extend(p);
}

QString toCode(GeoArea::Level level)
{
    return level == GeoArea::Level::Street ? QStringLiteral("street") : QStringLiteral("district");
}

QString GeoPlace::kindName(const QString &kind)
{
    static const struct {
        const char *code;
        const char *name;
    } names[] = {
        {"metro", QT_TRANSLATE_NOOP("hotline::GeoPlace", "地铁站")},
        {"bus", QT_TRANSLATE_NOOP("hotline::GeoPlace", "公交站")},
        {"poi", QT_TRANSLATE_NOOP("hotline::GeoPlace", "地点")},
        {"road", QT_TRANSLATE_NOOP("hotline::GeoPlace", "道路")},
        {"compound", QT_TRANSLATE_NOOP("hotline::GeoPlace", "小区")},
        {"landmark", QT_TRANSLATE_NOOP("hotline::GeoPlace", "地标")},
        {"district", QT_TRANSLATE_NOOP("hotline::GeoPlace", "区")},
        {"street", QT_TRANSLATE_NOOP("hotline::GeoPlace", "街道乡镇")},
        {"community", QT_TRANSLATE_NOOP("hotline::GeoPlace", "社区村")},
    };
    for (const auto &entry : names)
        if (kind == QLatin1String(entry.code))
            return QCoreApplication::translate("hotline::GeoPlace", entry.name);
    return kind;
}

} // namespace hotline
