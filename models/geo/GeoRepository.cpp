// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeoRepository.h"

#include "AreaIndex.h"
#include "GeoJsonReader.h"
#include "PointCsvReader.h"
#include "store/LocalStore.h"
#include "store/SqlSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace hotline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hotline::GeoRepository", text);
}

QByteArray ringsJson(const QVector<Polygon> &polygons)
{
    QJsonArray all;
    for (const Polygon &polygon : polygons) {
        QJsonArray rings;
        for (const Ring &ring : polygon.rings) {
            QJsonArray points;
            for (const GeoPoint &p : ring)
                points.append(QJsonArray{p.lng, p.lat});
            rings.append(points);
        }
        all.append(rings);
    }
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

QVector<Polygon> polygonsFromJson(const QByteArray &json)
{
    QVector<Polygon> polygons;
    for (const QJsonValue &polygonValue : QJsonDocument::fromJson(json).array()) {
        Polygon polygon;
        for (const QJsonValue &ringValue : polygonValue.toArray()) {
            Ring ring;
            for (const QJsonValue &point : ringValue.toArray())
                ring.append({point.toArray().at(0).toDouble(), point.toArray().at(1).toDouble()});
            polygon.rings.append(std::move(ring));
        }
        polygons.append(std::move(polygon));
    }
    return polygons;
}

// A place without an id in its file is the same place when kind, name and point agree.
QString fallbackKey(const GeoPlace &place)
{
    return QStringLiteral("%1:%2@%3,%4").arg(place.kind, place.name).arg(place.location.lng, 0, 'f', 6).arg(place.location.lat, 0, 'f', 6);
}

GeoPlace placeFrom(const QSqlQuery &query)
{
    GeoPlace place;
    place.id = query.value(0).toLongLong();
    place.sourceKey = query.value(1).toString();
    place.name = query.value(2).toString();
    place.kind = query.value(3).toString();
    place.location = {query.value(4).toDouble(), query.value(5).toDouble()};
    place.districtCode = query.value(6).toString();
    place.streetCode = query.value(7).toString();
    place.note = query.value(8).toString();
    return place;
}

const char *placeColumns = "p.id, p.source_key, p.name, p.kind, p.lng, p.lat, p.district_code, p.street_code, p.note";

} // namespace

Result<GeoImportReport> GeoRepository::importFile(const QString &path, const GeoImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("无法打开文件：%1").arg(file.errorString())};
    const QByteArray bytes = file.readAll();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool json = suffix == QLatin1String("geojson") || suffix == QLatin1String("json")
        || (suffix != QLatin1String("csv") && bytes.trimmed().startsWith('{'));
    Result<GeoFeatureSet> features = json ? GeoJsonReader::parse(bytes, options) : PointCsvReader::parse(bytes, options);
    if (!features)
        return Error{features.error()};
    Result<GeoImportReport> report = importFeatures(features.value());
    if (report)
        report.value().format = json ? QStringLiteral("GeoJSON") : QStringLiteral("CSV");
    return report;
}

Result<GeoImportReport> GeoRepository::importFeatures(const GeoFeatureSet &features)
{
    const Status status = m_store.transaction([&]() -> Status {
        // Boundaries must name divisions the desk knows, at the same level, once it knows any.
        QSqlQuery known(m_store.database());
        known.prepare(QStringLiteral("SELECT level FROM divisions WHERE code = ?"));
        QSqlQuery anyDivision(m_store.database());
        const bool haveDivisions = anyDivision.exec(QStringLiteral("SELECT 1 FROM divisions LIMIT 1")) && anyDivision.next();
        for (qsizetype i = 0; i < features.areas.size(); ++i) {
            const GeoArea &area = features.areas.at(i);
            if (haveDivisions) {
                known.addBindValue(area.code);
                if (!known.exec() || !known.next())
                    return Error{tr("边界 %1（%2）：区划代码不在区划表中").arg(area.name, area.code)};
                const QString expected = area.level == GeoArea::Level::Street ? QStringLiteral("street") : QStringLiteral("district");
                if (known.value(0).toString() != expected)
                    return Error{tr("边界 %1（%2）：区划表中它是 %3 级，不是 %4 级").arg(area.name, area.code, known.value(0).toString(), expected)};
            }
            if (Status s = writeArea(area); !s)
                return s;
        }
        for (const GeoPlace &place : features.places)
            if (Status s = writePlace(place); !s)
                return s;
        return assignJurisdictions();
    });
    if (!status)
        return Error{status.error()};
    m_store.notifyReferenceDataChanged();
    return GeoImportReport{int(features.areas.size()), int(features.places.size()), {}};
}

Status GeoRepository::writeArea(const GeoArea &area)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO geo_areas (code, name, level, label_lng, label_lat, rings) VALUES (?, ?, ?, ?, ?, ?)"
                                 " ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level,"
                                 " label_lng = excluded.label_lng, label_lat = excluded.label_lat, rings = excluded.rings"));
    query.addBindValue(area.code);
    query.addBindValue(area.name);
    query.addBindValue(toCode(area.level));
    query.addBindValue(area.labelPoint.lng);
    query.addBindValue(area.labelPoint.lat);
    query.addBindValue(QString::fromUtf8(ringsJson(area.polygons)));
    return execSql(query, QT_TRANSLATE_NOOP("LocalStore", "保存边界"));
}

Status GeoRepository::writePlace(const GeoPlace &place)
{
    const QString key = place.sourceKey.isEmpty() ? fallbackKey(place) : place.sourceKey;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO geo_places (source_key, name, kind, lng, lat, note, district_code) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                 " ON CONFLICT (source_key) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
                                 " lng = excluded.lng, lat = excluded.lat, note = excluded.note,"
                                 " district_code = CASE WHEN excluded.district_code <> '' THEN excluded.district_code"
                                 " ELSE geo_places.district_code END RETURNING id"));
    query.addBindValue(key);
    query.addBindValue(place.name);
    query.addBindValue(place.kind);
    query.addBindValue(place.location.lng);
    query.addBindValue(place.location.lat);
    query.addBindValue(sqlText(place.note));
    query.addBindValue(sqlText(place.districtCode));
    if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "保存地点")); !s)
        return s;
    if (!query.next())
        return Error{tr("保存地点 %1 后没有得到编号").arg(place.name)};
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    QSqlQuery rtree(m_store.database());
    rtree.prepare(QStringLiteral("INSERT OR REPLACE INTO geo_places_rtree (id, min_lng, max_lng, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)"));
    rtree.addBindValue(id);
    rtree.addBindValue(place.location.lng);
    rtree.addBindValue(place.location.lng);
    rtree.addBindValue(place.location.lat);
    rtree.addBindValue(place.location.lat);
    return execSql(rtree, QT_TRANSLATE_NOOP("LocalStore", "索引地点"));
}

Status GeoRepository::assignJurisdictions()
{
    // Run after every import: new boundaries can move old places and new places need theirs.
    const AreaIndex index(areas());
    if (index.isEmpty())
        return Status::success();
    QSqlQuery update(m_store.database());
    update.prepare(QStringLiteral("UPDATE geo_places SET district_code = ?, street_code = ? WHERE id = ?"));
    for (const GeoPlace &place : places()) {
        const Jurisdiction found = index.locate(place.location);
        // A point outside every boundary keeps the district its file gave it.
        update.addBindValue(found.district ? found.district->code : sqlText(place.districtCode));
        update.addBindValue(found.street ? found.street->code : QString());
        update.addBindValue(place.id);
        if (Status s = execSql(update, QT_TRANSLATE_NOOP("LocalStore", "确定地点所属区划")); !s)
            return s;
    }
    return Status::success();
}

QVector<GeoArea> GeoRepository::areas() const
{
    QVector<GeoArea> result;
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT code, name, level, label_lng, label_lat, rings FROM geo_areas ORDER BY code")))
        return result;
    while (query.next()) {
        GeoArea area;
        area.code = query.value(0).toString();
        area.name = query.value(1).toString();
        area.level = query.value(2).toString() == QLatin1String("street") ? GeoArea::Level::Street : GeoArea::Level::District;
        area.labelPoint = {query.value(3).toDouble(), query.value(4).toDouble()};
        area.polygons = polygonsFromJson(query.value(5).toByteArray());
        area.computeBox();
        result.append(std::move(area));
    }
    return result;
}

QVector<GeoPlace> GeoRepository::places() const
{
    QVector<GeoPlace> result;
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT %1 FROM geo_places p ORDER BY p.id").arg(QLatin1String(placeColumns))))
        return result;
    while (query.next())
        result.append(placeFrom(query));
    return result;
}

QVector<GeoPlace> GeoRepository::placesNear(const GeoPoint &point, double meters, int limit) const
{
    const GeoBox box = GeoBox::around(point, meters);
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT %1 FROM geo_places_rtree r JOIN geo_places p ON p.id = r.id"
                                 " WHERE r.max_lng >= ? AND r.min_lng <= ? AND r.max_lat >= ? AND r.min_lat <= ?")
                      .arg(QLatin1String(placeColumns)));
    query.addBindValue(box.minLng);
    query.addBindValue(box.maxLng);
    query.addBindValue(box.minLat);
    query.addBindValue(box.maxLat);
    QVector<std::pair<double, GeoPlace>> found;
    if (query.exec()) {
        while (query.next()) {
            GeoPlace place = placeFrom(query);
            const double distance = distanceMeters(point, place.location);
            if (distance <= meters)
                found.append({distance, std::move(place)});
        }
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QVector<GeoPlace> result;
    for (qsizetype i = 0; i < found.size() && i < limit; ++i)
        result.append(found.at(i).second);
    return result;
}

} // namespace hotline
