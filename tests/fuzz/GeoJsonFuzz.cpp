// SPDX-License-Identifier: GPL-3.0-or-later
// GeoJsonReader::parse and the ring check under it. The first byte chooses the coordinate
// system the administrator gives (none, WGS84, GCJ-02); the rest is the file.
// Accepted: every ring passes the ring check, every point is on the earth, area codes are
// unique, and the features read back the same when written out as GeoJSON again.
// The ring check itself, on every ring of the file (accepted or not): it agrees with a plain
// all-pairs test, and with itself when the ring runs the other way or starts elsewhere.
#include "FuzzSupport.h"

#include "geo/GeoJsonReader.h"
#include "geo/RingValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace hotline;

namespace {

// The reference the sweep is checked against: every pair of edges that are not neighbours.
// The orientation is computed from the three points in one fixed order, so the verdict
// cannot depend on which way round the ring is written.
int orientation(GeoPoint a, GeoPoint b, GeoPoint c)
{
    const auto before = [](const GeoPoint &p, const GeoPoint &q) { return p.lng < q.lng || (p.lng == q.lng && p.lat < q.lat); };
    int sign = 1;
    if (before(b, a)) { std::swap(a, b); sign = -sign; }
    if (before(c, b)) { std::swap(b, c); sign = -sign; }
    if (before(b, a)) { std::swap(a, b); sign = -sign; }
    const double cross = (b.lng - a.lng) * (c.lat - a.lat) - (b.lat - a.lat) * (c.lng - a.lng);
    return cross > 0 ? sign : (cross < 0 ? -sign : 0);
}

bool onSegment(const GeoPoint &a, const GeoPoint &b, const GeoPoint &p)
{
    return std::min(a.lng, b.lng) <= p.lng && p.lng <= std::max(a.lng, b.lng) && std::min(a.lat, b.lat) <= p.lat
        && p.lat <= std::max(a.lat, b.lat);
}

bool meet(const GeoPoint &p1, const GeoPoint &p2, const GeoPoint &q1, const GeoPoint &q2)
{
    const int o1 = orientation(p1, p2, q1), o2 = orientation(p1, p2, q2);
    const int o3 = orientation(q1, q2, p1), o4 = orientation(q1, q2, p2);
    if (o1 != o2 && o3 != o4)
        return true;
    return (o1 == 0 && onSegment(p1, p2, q1)) || (o2 == 0 && onSegment(p1, p2, q2)) || (o3 == 0 && onSegment(q1, q2, p1))
        || (o4 == 0 && onSegment(q1, q2, p2));
}

bool usableByAllPairs(const Ring &ring)
{
    if (ring.size() < 4 || ring.first() != ring.last())
        return false;
    for (const GeoPoint &p : ring)
        if (!p.isValid())
            return false;
    const qsizetype edges = ring.size() - 1;
    bool flat = true; // all points on one line: no area, not a polygon
    for (qsizetype i = 2; i < edges && flat; ++i)
        flat = orientation(ring.at(0), ring.at(1), ring.at(i)) == 0;
    if (flat)
        return false;
    for (qsizetype a = 0; a < edges; ++a)
        for (qsizetype b = a + 2; b < edges; ++b)
            if (!(a == 0 && b == edges - 1) && meet(ring.at(a), ring.at(a + 1), ring.at(b), ring.at(b + 1)))
                return false;
    return true;
}

QString describe(const Ring &ring)
{
    QString text;
    for (const GeoPoint &p : ring)
        text += QStringLiteral("[%1,%2]").arg(p.lng, 0, 'g', 17).arg(p.lat, 0, 'g', 17);
    return text;
}

void checkRing(Ring ring)
{
    const bool usable = !RingValidator::problem(ring).has_value();
    if (ring.size() <= 300)
        FUZZ_CHECK(usable == usableByAllPairs(ring),
                   QStringLiteral("the sweep says %1, all pairs say otherwise: ").arg(usable ? QStringLiteral("usable") : QStringLiteral("unusable"))
                       + describe(ring));
    Ring reversed = ring;
    std::reverse(reversed.begin(), reversed.end());
    FUZZ_CHECK(usable == !RingValidator::problem(reversed).has_value(), QStringLiteral("the verdict changes with direction: ") + describe(ring));
    if (ring.size() >= 4 && ring.first() == ring.last()) {
        Ring rotated = ring.mid(ring.size() / 2, ring.size() - 1 - ring.size() / 2) + ring.mid(0, ring.size() / 2);
        rotated.append(rotated.first());
        FUZZ_CHECK(usable == !RingValidator::problem(rotated).has_value(),
                   QStringLiteral("the verdict changes with the first point: ") + describe(ring) + QStringLiteral(" / ") + describe(rotated));
    }
}

// Every ring of the file's polygons, as the reader takes them (repeated points dropped).
void checkRingsOf(const QJsonDocument &document)
{
    const QJsonObject root = document.object();
    QJsonArray features = root.value(QLatin1String("features")).toArray();
    if (root.value(QLatin1String("type")).toString() == QLatin1String("Feature"))
        features.append(root);
    for (const QJsonValue &feature : std::as_const(features)) {
        const QJsonObject geometry = feature.toObject().value(QLatin1String("geometry")).toObject();
        const QString type = geometry.value(QLatin1String("type")).toString();
        const QJsonValue coordinates = geometry.value(QLatin1String("coordinates"));
        const QJsonArray parts = type == QLatin1String("Polygon") ? QJsonArray{coordinates} : coordinates.toArray();
        if (type != QLatin1String("Polygon") && type != QLatin1String("MultiPolygon"))
            continue;
        for (const QJsonValue &polygon : parts)
            for (const QJsonValue &ringValue : polygon.toArray()) {
                Ring ring;
                bool numbers = ringValue.isArray();
                for (const QJsonValue &pair : ringValue.toArray()) {
                    const QJsonArray xy = pair.toArray();
                    numbers = numbers && xy.size() >= 2 && xy.at(0).isDouble() && xy.at(1).isDouble();
                    if (!numbers)
                        break;
                    const GeoPoint p{xy.at(0).toDouble(), xy.at(1).toDouble()};
                    if (ring.isEmpty() || ring.last() != p)
                        ring.append(p);
                }
                if (numbers)
                    checkRing(ring);
            }
    }
}

QJsonArray pointJson(const GeoPoint &p)
{
    return QJsonArray{p.lng, p.lat};
}

// The set as a WGS84 FeatureCollection, as an export would write it.
QByteArray write(const GeoFeatureSet &set)
{
    QJsonArray features;
    for (const GeoArea &area : set.areas) {
        QJsonArray polygons;
        for (const Polygon &polygon : area.polygons) {
            QJsonArray rings;
            for (const Ring &ring : polygon.rings) {
                QJsonArray points;
                for (const GeoPoint &p : ring)
                    points.append(pointJson(p));
                rings.append(points);
            }
            polygons.append(rings);
        }
        features.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("Feature")},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("adcode"), area.code}, {QStringLiteral("name"), area.name},
                         {QStringLiteral("level"), toCode(area.level)}, {QStringLiteral("centroid"), pointJson(area.labelPoint)}}},
            {QStringLiteral("geometry"), QJsonObject{{QStringLiteral("type"), QStringLiteral("MultiPolygon")}, {QStringLiteral("coordinates"), polygons}}}});
    }
    for (const GeoPlace &place : set.places) {
        QJsonObject properties{{QStringLiteral("name"), place.name}, {QStringLiteral("kind"), place.kind}};
        if (!place.note.isEmpty())
            properties.insert(QStringLiteral("note"), place.note);
        if (place.sourceKey.startsWith(QLatin1String("osm:")))
            properties.insert(QStringLiteral("osm_id"), place.sourceKey.mid(4));
        else if (!place.sourceKey.isEmpty())
            properties.insert(QStringLiteral("id"), place.sourceKey.mid(place.kind.size() + 1));
        features.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                                    {QStringLiteral("properties"), properties},
                                    {QStringLiteral("geometry"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                                                             {QStringLiteral("coordinates"), pointJson(place.location)}}}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")}, {QStringLiteral("features"), features}})
        .toJson(QJsonDocument::Compact);
}

bool samePlaces(const QVector<GeoPlace> &a, const QVector<GeoPlace> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i).name != b.at(i).name || a.at(i).kind != b.at(i).kind || a.at(i).note != b.at(i).note
            || a.at(i).sourceKey != b.at(i).sourceKey || !(a.at(i).location == b.at(i).location))
            return false;
    return true;
}

bool sameAreas(const QVector<GeoArea> &a, const QVector<GeoArea> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).code != b.at(i).code || a.at(i).name != b.at(i).name || a.at(i).level != b.at(i).level
            || !(a.at(i).labelPoint == b.at(i).labelPoint) || a.at(i).polygons.size() != b.at(i).polygons.size())
            return false;
        for (qsizetype p = 0; p < a.at(i).polygons.size(); ++p)
            if (a.at(i).polygons.at(p).rings != b.at(i).polygons.at(p).rings)
                return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const GeoImportOptions options = fuzz::geoOptions(data[0]);
    const QByteArray file = fuzz::bytes(data + 1, size - 1);

    checkRingsOf(QJsonDocument::fromJson(file));

    const Result<GeoFeatureSet> parsed = GeoJsonReader::parse(file, options);
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().isEmpty(), QStringLiteral("an error without a message"));
        return 0;
    }
    const GeoFeatureSet &set = parsed.value();
    FUZZ_CHECK(!set.areas.isEmpty() || !set.places.isEmpty(), QStringLiteral("accepted a file without features"));
    QSet<QString> codes;
    for (const GeoArea &area : set.areas) {
        FUZZ_CHECK(!area.code.isEmpty() && !codes.contains(area.code), QStringLiteral("area code %1 missing or twice").arg(area.code));
        codes.insert(area.code);
        FUZZ_CHECK(!area.name.isEmpty() && !area.polygons.isEmpty() && !area.box.isEmpty() && area.labelPoint.isValid(), area.code);
        for (const Polygon &polygon : area.polygons) {
            FUZZ_CHECK(!polygon.rings.isEmpty(), area.code);
            for (const Ring &ring : polygon.rings) {
                const std::optional<QString> problem = RingValidator::problem(ring);
                FUZZ_CHECK(!problem, area.code + QStringLiteral(": accepted a ring the check refuses: ") + problem.value_or(QString()));
            }
        }
    }
    for (const GeoPlace &place : set.places)
        FUZZ_CHECK(!place.name.isEmpty() && place.location.isValid() && !place.kind.isEmpty(), place.name);

    const Result<GeoFeatureSet> again = GeoJsonReader::parse(write(set), GeoImportOptions{CoordinateSystem::Wgs84, {}});
    FUZZ_CHECK(again.ok(), QStringLiteral("its own output refused: ") + (again ? QString() : again.error()));
    FUZZ_CHECK(sameAreas(set.areas, again.value().areas), QStringLiteral("areas changed when written out"));
    FUZZ_CHECK(samePlaces(set.places, again.value().places), QStringLiteral("places changed when written out"));
    return 0;
}
