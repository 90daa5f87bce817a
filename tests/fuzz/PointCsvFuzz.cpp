// SPDX-License-Identifier: GPL-3.0-or-later
// PointCsvReader::parse: the first byte chooses the coordinate system the administrator
// gives (none, WGS84, GCJ-02), the rest is the file. Accepted: every place named, on the earth,
// of a kind; and written out again as a WGS84 CSV (name,lng,lat,kind,id,note) the same places
// come back (a note as its trimmed text: the reader trims what it reads).
#include "FuzzSupport.h"

#include "geo/PointCsvReader.h"

using namespace hotline;

namespace {

QByteArray write(const QVector<GeoPlace> &places)
{
    QByteArray csv = "name,lng,lat,kind,osm_id,note\n";
    for (const GeoPlace &p : places) {
        // Ids are written as OSM ids only where they were: the reader keys the others by kind.
        const QString id = p.sourceKey.startsWith(QLatin1String("osm:")) ? p.sourceKey.mid(4) : QString();
        csv += fuzz::csvField(p.name) + ',' + QByteArray::number(p.location.lng, 'g', 17) + ',' + QByteArray::number(p.location.lat, 'g', 17)
             + ',' + fuzz::csvField(p.kind) + ',' + fuzz::csvField(id) + ',' + fuzz::csvField(p.note) + '\n';
    }
    return csv;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const GeoImportOptions options = fuzz::geoOptions(data[0]);
    const Result<GeoFeatureSet> parsed = PointCsvReader::parse(fuzz::bytes(data + 1, size - 1), options);
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().isEmpty(), QStringLiteral("an error without a message"));
        return 0;
    }
    const QVector<GeoPlace> &places = parsed.value().places;
    FUZZ_CHECK(!places.isEmpty() && parsed.value().areas.isEmpty(), QStringLiteral("accepted a file without places"));
    bool allOsm = true;
    for (const GeoPlace &p : places) {
        FUZZ_CHECK(!p.name.isEmpty() && !p.kind.isEmpty(), p.name);
        FUZZ_CHECK(p.location.isValid(), p.name + QStringLiteral(" at %1, %2").arg(p.location.lng).arg(p.location.lat));
        allOsm = allOsm && (p.sourceKey.isEmpty() || p.sourceKey.startsWith(QLatin1String("osm:")));
    }
    if (!allOsm)
        return 0; // ids of another kind are keyed by the kind: not written back as OSM ids
    const Result<GeoFeatureSet> again = PointCsvReader::parse(write(places), GeoImportOptions{CoordinateSystem::Wgs84, {}});
    FUZZ_CHECK(again.ok(), QStringLiteral("its own output refused: ") + (again ? QString() : again.error()));
    FUZZ_CHECK(again.value().places.size() == places.size(), QStringLiteral("a different number of places"));
    for (qsizetype i = 0; i < places.size(); ++i) {
        const GeoPlace &a = places.at(i);
        const GeoPlace &b = again.value().places.at(i);
        FUZZ_CHECK(a.name == b.name && a.kind == b.kind && a.note.trimmed() == b.note && a.sourceKey == b.sourceKey && a.location == b.location,
                   QStringLiteral("place %1 changed: %2 %3 (%4,%5) -> %6 %7 (%8,%9)")
                       .arg(i)
                       .arg(a.name, a.sourceKey)
                       .arg(a.location.lng, 0, 'g', 17)
                       .arg(a.location.lat, 0, 'g', 17)
                       .arg(b.name, b.sourceKey)
                       .arg(b.location.lng, 0, 'g', 17)
                       .arg(b.location.lat, 0, 'g', 17));
    }
    return 0;
}
