// SPDX-License-Identifier: GPL-3.0-or-later
#include "PointCsvReader.h"

#include "importing/CsvReader.h"

#include <QCoreApplication>

#include <algorithm>

namespace hotline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hotline::PointCsvReader", text);
}

int column(const QStringList &header, std::initializer_list<const char *> names)
{
    for (const char *name : names)
        for (qsizetype i = 0; i < header.size(); ++i)
            if (header.at(i).trimmed().compare(QString::fromUtf8(name), Qt::CaseInsensitive) == 0)
                return int(i);
    return -1;
}

// OpenStreetMap's Beijing line refs ("line-14;fangshan") as passengers say them.
QString metroLines(const QString &refs)
{
    static const struct {
        const char *ref;
        const char *name;
    } named[] = {{"fangshan", "房山线"}, {"yizhuang", "亦庄线"}, {"changping", "昌平线"}, {"yanfang", "燕房线"},
                 {"daxing-airport", "大兴机场线"}, {"capital-airport-express", "首都机场线"}, {"xijiao", "西郊线"}};
    QStringList lines;
    for (QString ref : refs.split(u';', Qt::SkipEmptyParts)) {
        ref = ref.trimmed();
        QString line = ref;
        if (ref.startsWith(QLatin1String("line-")))
            line = ref.mid(5) + QStringLiteral("号线");
        for (const auto &entry : named)
            if (ref == QLatin1String(entry.ref))
                line = QString::fromUtf8(entry.name);
        lines.append(line);
    }
    return lines.join(u'、');
}

} // namespace

Result<GeoFeatureSet> PointCsvReader::parse(const QByteArray &bytes, const GeoImportOptions &options)
{
    Result<QVector<CsvRecord>> records = CsvReader::parse(bytes);
    if (!records)
        return Error{records.error()};
    if (records.value().isEmpty())
        return Error{tr("文件是空的")};
    const QStringList header = records.value().first().fields;
    const int name = column(header, {"name", "name_zh", "名称"});
    int lng = column(header, {"lng", "lon", "longitude", "经度"});
    int lat = column(header, {"lat", "latitude", "纬度"});
    CoordinateSystem crs = CoordinateSystem::Wgs84;
    if (lng < 0 || lat < 0) {
        lng = column(header, {"lng_gcj02"});
        lat = column(header, {"lat_gcj02"});
        crs = CoordinateSystem::Gcj02;
    }
    if (name < 0 || lng < 0 || lat < 0)
        return Error{tr("第 1 行：表头要有名称列（name）和坐标列（lng、lat，或 lng_gcj02、lat_gcj02），实际为：%1")
                         .arg(header.join(u','))};
    crs = options.crs.value_or(crs);
    const int kind = column(header, {"kind", "类别"});
    const int id = column(header, {"id", "osm_id", "poi_id"});
    // OpenStreetMap ids are kept as such: the map must credit OSM (ODbL) for those places.
    const bool osm = id >= 0 && header.at(id).trimmed().compare(QLatin1String("osm_id"), Qt::CaseInsensitive) == 0;
    const int lines = column(header, {"lines"});
    const int note = lines >= 0 ? lines : column(header, {"note", "address", "地址"});
    // The district a file gives a place (the shipped stations have it): used where no boundary
    // says otherwise, so a station names its district on a store without boundaries too.
    const int district = column(header, {"district_adcode", "district_code", "区划代码"});
    const QString defaultKind = !options.kind.isEmpty() ? options.kind
                                : lines >= 0            ? QStringLiteral("metro")
                                                        : QStringLiteral("poi");

    GeoFeatureSet set;
    for (qsizetype r = 1; r < records.value().size(); ++r) {
        const CsvRecord &record = records.value().at(r);
        const auto fail = [&record](const QString &reason) { return Error{tr("第 %1 行：%2").arg(record.line).arg(reason)}; };
        if (record.fields.size() != header.size())
            return fail(tr("应有 %1 列，实际 %2 列").arg(header.size()).arg(record.fields.size()));
        GeoPlace place;
        place.name = record.fields.at(name).trimmed();
        if (place.name.isEmpty())
            return fail(tr("名称为空"));
        bool lngOk = false;
        bool latOk = false;
        const GeoPoint raw{record.fields.at(lng).trimmed().toDouble(&lngOk), record.fields.at(lat).trimmed().toDouble(&latOk)};
        if (!lngOk || !latOk)
            return fail(tr("坐标不是数字：“%1”, “%2”").arg(record.fields.at(lng), record.fields.at(lat)));
        if (!raw.isValid())
            return fail(tr("坐标 (%1, %2) 超出经纬度范围（经度 −180…180，纬度 −90…90）").arg(raw.lng).arg(raw.lat));
        place.location = ChinaCoordinates::toWgs84(raw, crs);
        place.kind = kind >= 0 && !record.fields.at(kind).trimmed().isEmpty() ? record.fields.at(kind).trimmed() : defaultKind;
        if (note >= 0)
            place.note = note == lines ? metroLines(record.fields.at(note)) : record.fields.at(note).trimmed();
        if (district >= 0) {
            const QString code = record.fields.at(district).trimmed();
            if (!code.isEmpty() && (code.size() != 6 || !std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c.isDigit(); })))
                return fail(tr("区划代码“%1”应为 6 位数字").arg(code));
            place.districtCode = code;
        }
        if (id >= 0 && !record.fields.at(id).trimmed().isEmpty())
            place.sourceKey = (osm ? QStringLiteral("osm") : place.kind) + u':' + record.fields.at(id).trimmed();
        set.places.append(std::move(place));
    }
    if (set.places.isEmpty())
        return Error{tr("文件里只有表头，没有地点")};
    return set;
}

} // namespace hotline
