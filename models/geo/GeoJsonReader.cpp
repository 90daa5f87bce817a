// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeoJsonReader.h"

#include "RingValidator.h"
#include "importing/Utf8Check.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace hotline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hotline::GeoJsonReader", text);
}

QString firstString(const QJsonObject &properties, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue value = properties.value(QLatin1String(key));
        if (value.isString() && !value.toString().trimmed().isEmpty())
            return value.toString().trimmed();
        if (value.isDouble())
            return QString::number(value.toInteger());
    }
    return {};
}

// Reads one feature's geometry into WGS84; every failure is a message for the administrator.
class FeatureReader {
public:
    FeatureReader(CoordinateSystem crs) : m_crs(crs) {}

    Result<GeoPoint> point(const QJsonValue &value) const
    {
        const QJsonArray pair = value.toArray();
        if (!value.isArray() || pair.size() < 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
            return Error{tr("坐标应为 [经度, 纬度] 两个数字")};
        const GeoPoint raw{pair.at(0).toDouble(), pair.at(1).toDouble()};
        if (!raw.isValid())
            return Error{tr("坐标 (%1, %2) 超出经纬度范围（经度 −180…180，纬度 −90…90）").arg(raw.lng).arg(raw.lat)};
        return ChinaCoordinates::toWgs84(raw, m_crs);
    }

    Result<Ring> ring(const QJsonValue &value) const
    {
        if (!value.isArray())
            return Error{tr("环应为坐标数组")};
        Ring ring;
        for (const QJsonValue &entry : value.toArray()) {
            Result<GeoPoint> p = point(entry);
            if (!p)
                return Error{tr("第 %1 个点：%2").arg(ring.size() + 1).arg(p.error())};
            // Repeated vertices are harmless in a file but would read as a touching edge.
            if (ring.isEmpty() || ring.last() != p.value())
                ring.append(p.value());
        }
        if (std::optional<QString> problem = RingValidator::problem(ring))
            return Error{*problem};
        return ring;
    }

    Result<Polygon> polygon(const QJsonValue &value) const
    {
        if (!value.isArray() || value.toArray().isEmpty())
            return Error{tr("多边形应为至少一个环的数组")};
        Polygon polygon;
        const QJsonArray rings = value.toArray();
        for (qsizetype i = 0; i < rings.size(); ++i) {
            Result<Ring> r = ring(rings.at(i));
            if (!r)
                return Error{i == 0 ? tr("外环：%1").arg(r.error()) : tr("第 %1 个内环：%2").arg(i).arg(r.error())};
            polygon.rings.append(std::move(r).value());
        }
        return polygon;
    }

private:
    CoordinateSystem m_crs;
};

// The coordinate system the file declares: the old GeoJSON `crs` member, or a property such
// as DataV's `crs_note: "GCJ-02 (…)"`. RFC 7946 says WGS84 when nothing is said.
CoordinateSystem declaredCrs(const QJsonObject &root, const QJsonObject &properties)
{
    const QString named = root.value(QLatin1String("crs")).toObject().value(QLatin1String("properties")).toObject()
                              .value(QLatin1String("name")).toString();
    if (const auto crs = coordinateSystemFromName(named))
        return *crs;
    const QString note = firstString(properties, {"crs", "crs_note", "coord_system"}).toUpper();
    if (note.contains(QLatin1String("GCJ")))
        return CoordinateSystem::Gcj02;
    return CoordinateSystem::Wgs84;
}

} // namespace

Result<GeoFeatureSet> GeoJsonReader::parse(const QByteArray &raw, const GeoImportOptions &options)
{
    const QByteArray bytes = withoutBom(raw);
    if (const int bad = firstInvalidUtf8Line(bytes))
        return Error{tr("第 %1 行：不是有效的 UTF-8 编码（GeoJSON 必须是 UTF-8）").arg(bad)};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(bytes.left(parseError.offset).count('\n')) + 1;
        return Error{tr("JSON 格式错误（第 %1 行，第 %2 字节）：%3").arg(line).arg(parseError.offset).arg(parseError.errorString())};
    }
    const QJsonObject root = document.object();
    QJsonArray features;
    const QString type = root.value(QLatin1String("type")).toString();
    if (type == QLatin1String("FeatureCollection") && root.value(QLatin1String("features")).isArray())
        features = root.value(QLatin1String("features")).toArray();
    else if (type == QLatin1String("Feature"))
        features.append(root);
    else
        return Error{tr("不是 GeoJSON：顶层应为 FeatureCollection（带 features 数组）或 Feature")};

    GeoFeatureSet set;
    QSet<QString> areaCodes;
    for (qsizetype index = 0; index < features.size(); ++index) {
        const QJsonObject feature = features.at(index).toObject();
        const QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
        const QString name = firstString(properties, {"name", "name_zh", "名称", "NAME"});
        const QString where = name.isEmpty() ? tr("要素 #%1").arg(index) : tr("要素 #%1（%2）").arg(index).arg(name);
        const auto fail = [&where](const QString &reason) { return Error{where + QStringLiteral("：") + reason}; };
        if (feature.value(QLatin1String("type")).toString() != QLatin1String("Feature"))
            return fail(tr("type 应为 Feature"));
        if (name.isEmpty())
            return fail(tr("缺少 name 属性"));
        const FeatureReader reader(options.crs.value_or(declaredCrs(root, properties)));
        const QJsonObject geometry = feature.value(QLatin1String("geometry")).toObject();
        const QString geometryType = geometry.value(QLatin1String("type")).toString();
        const QJsonValue coordinates = geometry.value(QLatin1String("coordinates"));

        if (geometryType == QLatin1String("Polygon") || geometryType == QLatin1String("MultiPolygon")) {
            GeoArea area;
            area.name = name;
            area.code = firstString(properties, {"adcode", "code", "division_code"});
            if (area.code.isEmpty() || !std::all_of(area.code.cbegin(), area.code.cend(), [](QChar c) { return c.isDigit(); }))
                return fail(tr("边界缺少区划代码（adcode 或 code 属性，数字）"));
            if (areaCodes.contains(area.code))
                return fail(tr("区划代码 %1 在文件中出现了两次").arg(area.code));
            const QString level = firstString(properties, {"level"});
            if (level == QLatin1String("street") || level == QLatin1String("township") || (level.isEmpty() && area.code.size() == 9))
                area.level = GeoArea::Level::Street;
            else if (level.isEmpty() || level == QLatin1String("district") || level == QLatin1String("county"))
                area.level = GeoArea::Level::District;
            else
                return fail(tr("不认识的 level “%1”（应为 district 或 street）").arg(level));
            const QJsonArray parts = geometryType == QLatin1String("Polygon") ? QJsonArray{coordinates} : coordinates.toArray();
            if (parts.isEmpty())
                return fail(tr("多边形没有坐标"));
            for (qsizetype p = 0; p < parts.size(); ++p) {
                Result<Polygon> polygon = reader.polygon(parts.at(p));
                if (!polygon)
                    return fail(parts.size() > 1 ? tr("第 %1 个多边形，%2").arg(p + 1).arg(polygon.error()) : polygon.error());
                area.polygons.append(std::move(polygon).value());
            }
            area.computeBox();
            // The name goes at the centroid when it lies inside (DataV's `center` is the seat of
            // government, often near an edge), else at the seat, else the middle of the box.
            area.labelPoint = area.box.center();
            for (const char *key : {"centroid", "center", "label_point"}) {
                if (!properties.contains(QLatin1String(key)))
                    continue;
                if (Result<GeoPoint> label = reader.point(properties.value(QLatin1String(key))); label && area.contains(label.value())) {
                    area.labelPoint = label.value();
                    break;
                }
            }
            areaCodes.insert(area.code);
            set.areas.append(std::move(area));
            continue;
        }

        GeoPlace place;
        place.name = name;
        place.kind = firstString(properties, {"kind", "type", "类别"});
        place.note = firstString(properties, {"lines", "note", "address"});
        const QString osmId = firstString(properties, {"osm_id"});
        const QString id = osmId.isEmpty() ? firstString(properties, {"id", "poi_id"}) : osmId;
        if (geometryType == QLatin1String("Point")) {
            Result<GeoPoint> p = reader.point(coordinates);
            if (!p)
                return fail(p.error());
            place.location = p.value();
        } else if (geometryType == QLatin1String("LineString") || geometryType == QLatin1String("MultiLineString")) {
            // A road is found by its name; the map centres on its middle vertex.
            const QJsonArray line = geometryType == QLatin1String("LineString") ? coordinates.toArray()
                                                                                : coordinates.toArray().at(0).toArray();
            if (line.isEmpty())
                return fail(tr("线没有坐标"));
            Result<GeoPoint> p = reader.point(line.at(line.size() / 2));
            if (!p)
                return fail(p.error());
            place.location = p.value();
            if (place.kind.isEmpty())
                place.kind = QStringLiteral("road");
        } else {
            return fail(tr("不支持的几何类型 “%1”（支持 Polygon、MultiPolygon、Point、LineString）").arg(geometryType));
        }
        if (place.kind.isEmpty())
            place.kind = options.kind.isEmpty() ? QStringLiteral("poi") : options.kind;
        place.sourceKey = id.isEmpty() ? QString() : (osmId.isEmpty() ? place.kind : QStringLiteral("osm")) + u':' + id;
        set.places.append(std::move(place));
    }
    if (set.areas.isEmpty() && set.places.isEmpty())
        return Error{tr("文件中没有要素")};
    return set;
}

} // namespace hotline
