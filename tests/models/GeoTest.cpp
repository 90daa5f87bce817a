// SPDX-License-Identifier: GPL-3.0-or-later
// The geography on the real data: the DataV district boundaries (GCJ-02), the 364 Beijing
// metro stations from OpenStreetMap (WGS84) and the divisions down to community.
#include "StoreFixture.h"
#include "geo/ChinaCoordinates.h"
#include "geo/GeoJsonReader.h"
#include "geo/GeoRepository.h"
#include "geo/RingValidator.h"
#include "geo/WebMercator.h"
#include "importing/CsvReader.h"
#include "workorder/NearbyOrders.h"

#include <QFile>
#include <QSqlQuery>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

QString districtsFile() { return dataFile("geo/beijing_districts_gcj02.geojson"); }
QString stationsFile() { return seedFile("beijing_metro_stations_osm.csv"); }

struct Station {
    QString name;
    GeoPoint wgs;
    GeoPoint gcj;
    QString district;
};

QVector<Station> stations()
{
    QVector<Station> result;
    const auto records = CsvReader::readFile(stationsFile());
    EXPECT_TRUE(records.ok());
    for (qsizetype i = 1; i < records.value().size(); ++i) {
        const QStringList &f = records.value().at(i).fields;
        // name_zh,name_en,lat,lng,lines,osm_id,coord_source,lng_gcj02,lat_gcj02,district_adcode,district
        result.append({f.at(0), {f.at(3).toDouble(), f.at(2).toDouble()}, {f.at(7).toDouble(), f.at(8).toDouble()}, f.at(9)});
    }
    return result;
}

class GeoTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const auto districts = GeoRepository(*fx.store).importFile(districtsFile(), {});
        ASSERT_TRUE(districts.ok()) << qPrintable(districts.error());
        ASSERT_EQ(districts.value().areas, 16);
        const auto points = GeoRepository(*fx.store).importFile(stationsFile(), {});
        ASSERT_TRUE(points.ok()) << qPrintable(points.error());
        ASSERT_EQ(points.value().places, 364);
        indexes.reload();
    }
    int rows(const char *table) const { return fx.rowCount(table); }

    StoreFixture fx;
    ReferenceIndexes indexes{*fx.store, StoreFixture::pinyin()};
};

} // namespace

TEST(ChinaCoordinates, MatchTheGcj02OfEveryStationInTheData)
{
    const QVector<Station> all = stations();
    ASSERT_EQ(all.size(), 364);
    for (const Station &station : all) {
        const GeoPoint gcj = ChinaCoordinates::wgs84ToGcj02(station.wgs);
        // The file carries six decimals: half a unit of the last place.
        EXPECT_NEAR(gcj.lng, station.gcj.lng, 6e-7) << qPrintable(station.name);
        EXPECT_NEAR(gcj.lat, station.gcj.lat, 6e-7) << qPrintable(station.name);
        const GeoPoint back = ChinaCoordinates::gcj02ToWgs84(gcj);
        EXPECT_LT(distanceMeters(back, station.wgs), 0.001) << qPrintable(station.name);
    }
    const GeoPoint paris{2.3522, 48.8566};
    EXPECT_EQ(ChinaCoordinates::wgs84ToGcj02(paris), paris) << "no offset outside China";
}

TEST(WebMercator, RoundTripsAndKnownTiles)
{
    const GeoPoint tiananmen{116.3975, 39.9087};
    const QPointF world = WebMercator::toWorld(tiananmen);
    const GeoPoint back = WebMercator::fromWorld(world);
    EXPECT_NEAR(back.lng, tiananmen.lng, 1e-9);
    EXPECT_NEAR(back.lat, tiananmen.lat, 1e-9);
    // The OSM tile of Tiananmen at zoom 10 is x 843, y 388.
    EXPECT_EQ(int(world.x() * 1024), 843);
    EXPECT_EQ(int(world.y() * 1024), 388);
}

TEST_F(GeoTest, EveryMetroStationFallsInTheDistrictTheDataSays)
{
    int checked = 0;
    for (const Station &station : stations()) {
        const PointLookup lookup = indexes.geo().whereIs(station.wgs);
        // 大兴机场 lies across the border in Hebei: the data gives it no district, and neither do we.
        EXPECT_EQ(lookup.address.districtCode, station.district) << qPrintable(station.name);
        ++checked;
    }
    EXPECT_EQ(checked, 364);
    QSqlQuery stored(fx.store->database());
    stored.exec(QStringLiteral("SELECT count(*) FROM geo_places WHERE district_code IS NOT NULL AND district_code <> ''"));
    ASSERT_TRUE(stored.next());
    EXPECT_EQ(stored.value(0).toInt(), 363) << "each place keeps the jurisdiction found at import";
}

TEST_F(GeoTest, DistrictCentresFallInTheirOwnDistricts)
{
    const auto records = CsvReader::readFile(dataFile("geo/beijing_district_centers_gcj02.csv"));
    ASSERT_TRUE(records.ok());
    ASSERT_EQ(records.value().size(), 17);
    for (qsizetype i = 1; i < records.value().size(); ++i) {
        const QStringList &f = records.value().at(i).fields; // adcode,name,center_lng,center_lat,centroid_lng,centroid_lat
        for (int column : {2, 4}) {
            const GeoPoint gcj{f.at(column).toDouble(), f.at(column + 1).toDouble()};
            const PointLookup lookup = indexes.geo().whereIs(ChinaCoordinates::gcj02ToWgs84(gcj));
            EXPECT_EQ(lookup.address.districtCode, f.at(0)) << qPrintable(f.at(1));
            EXPECT_EQ(lookup.address.districtName, f.at(1));
        }
    }
}

TEST_F(GeoTest, CommunityNamesResolveToTheirStreetAndDistrict)
{
    // Every community whose spoken name no other division or place shares: typed in full,
    // the first match must carry its own street and district, although no community has
    // coordinates. (A name shared with a station, such as 驼房营, lists the station first.)
    const QVector<Division> all = DivisionRepository(*fx.store).all();
    QHash<QString, int> uses;
    for (const GeoPlace &place : indexes.geo().places())
        ++uses[place.name];
    for (const Division &d : all) {
        const QString spoken = DivisionIndex::spokenName(d.name, d.level);
        ++uses[spoken];
        if (DivisionIndex::coreName(spoken, d.level) != spoken)
            ++uses[DivisionIndex::coreName(spoken, d.level)];
    }
    int checked = 0;
    for (const Division &d : all) {
        if (d.level != Division::Level::Village)
            continue;
        const QString spoken = DivisionIndex::spokenName(d.name, d.level);
        if (uses.value(spoken) != 1)
            continue;
        const QVector<GeoMatch> found = indexes.geo().find(spoken, 3);
        ASSERT_FALSE(found.isEmpty()) << qPrintable(spoken);
        EXPECT_EQ(found.first().address.communityCode, d.code) << qPrintable(spoken);
        EXPECT_EQ(found.first().address.streetCode, d.parentCode) << qPrintable(spoken);
        EXPECT_EQ(found.first().address.districtCode, d.code.left(6)) << qPrintable(spoken);
        EXPECT_FALSE(found.first().location.has_value()) << "communities have no point of their own";
        EXPECT_FALSE(found.first().extent.isEmpty()) << "but the map can show their district";
        ++checked;
    }
    EXPECT_GT(checked, 6000);
}

TEST_F(GeoTest, SpokenPlacesFindStationsAndDivisions)
{
    const QVector<GeoMatch> station = indexes.geo().find(QStringLiteral("七里庄地铁站这儿井盖丢了"), 5);
    ASSERT_FALSE(station.isEmpty());
    EXPECT_EQ(station.first().name, QStringLiteral("七里庄"));
    EXPECT_EQ(station.first().kind, QStringLiteral("metro"));
    EXPECT_EQ(station.first().address.districtCode, QStringLiteral("110106"));
    ASSERT_TRUE(station.first().location.has_value());

    const QVector<GeoMatch> street = indexes.geo().find(QStringLiteral("牛街"), 5);
    ASSERT_FALSE(street.isEmpty());
    EXPECT_EQ(street.first().address.streetCode, QStringLiteral("110102018"));

    const QVector<GeoMatch> pinyin = indexes.geo().find(QStringLiteral("tamd"), 5); // 天安门东
    ASSERT_FALSE(pinyin.isEmpty());
    EXPECT_EQ(pinyin.first().name, QStringLiteral("天安门东"));

    const auto resolved = indexes.geo().resolve(station.first().key);
    ASSERT_TRUE(resolved.has_value());
    EXPECT_EQ(resolved->name, QStringLiteral("七里庄"));
    EXPECT_FALSE(indexes.geo().resolve(QStringLiteral("place:999999")).has_value());
    EXPECT_TRUE(indexes.geo().find(QStringLiteral("'; DROP TABLE geo_places; --"), 5).isEmpty());
}

TEST_F(GeoTest, ReimportingReplacesInsteadOfDuplicating)
{
    ASSERT_TRUE(GeoRepository(*fx.store).importFile(districtsFile(), {}).ok());
    ASSERT_TRUE(GeoRepository(*fx.store).importFile(stationsFile(), {}).ok());
    EXPECT_EQ(rows("geo_areas"), 16);
    EXPECT_EQ(rows("geo_places"), 364);
    EXPECT_EQ(rows("geo_places_rtree"), 364);
}

TEST_F(GeoTest, StreetBoundariesGiveTheStreetOffice)
{
    // A centre that has street polygons: a small square around 牛街 (WGS84, clockwise-free).
    const QByteArray street = R"({"type":"FeatureCollection","features":[{"type":"Feature",
        "properties":{"name":"牛街街道","adcode":"110102018","level":"street"},
        "geometry":{"type":"Polygon","coordinates":[[[116.355,39.878],[116.372,39.878],[116.372,39.892],
        [116.355,39.892],[116.355,39.878]]]}}]})";
    QFile file(fx.dir.filePath(QStringLiteral("street.geojson")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(street);
    file.close();
    const auto imported = GeoRepository(*fx.store).importFile(file.fileName(), {});
    ASSERT_TRUE(imported.ok()) << qPrintable(imported.error());
    indexes.reload();
    const PointLookup inside = indexes.geo().whereIs({116.363, 39.884});
    EXPECT_EQ(inside.address.districtCode, QStringLiteral("110102"));
    EXPECT_EQ(inside.address.streetCode, QStringLiteral("110102018"));
    EXPECT_EQ(inside.address.streetName, QStringLiteral("牛街街道"));
    const PointLookup outside = indexes.geo().whereIs({116.38, 39.91});
    EXPECT_EQ(outside.address.districtCode, QStringLiteral("110102"));
    EXPECT_TRUE(outside.address.streetCode.isEmpty());

    const QVector<GeoMatch> found = indexes.geo().find(QStringLiteral("牛街西里二区"), 1);
    ASSERT_EQ(found.size(), 1);
    EXPECT_TRUE(found.first().extent.contains({116.363, 39.884})) << "the map shows the community's street";
}

struct BadGeo {
    const char *label;
    QByteArray bytes;
    const char *expected; // a fragment of the message
};

class MalformedGeo : public ::testing::TestWithParam<BadGeo> {};

TEST_P(MalformedGeo, IsRefusedWithTheFeatureAndReasonAndChangesNothing)
{
    StoreFixture fx;
    ASSERT_TRUE(GeoRepository(*fx.store).importFile(districtsFile(), {}).ok());
    const QString before = QString::fromUtf8(GeoRepository(*fx.store).areas().first().name.toUtf8());
    QFile file(fx.dir.filePath(QStringLiteral("bad.geojson")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(GetParam().bytes);
    file.close();
    const auto result = GeoRepository(*fx.store).importFile(file.fileName(), {});
    ASSERT_FALSE(result.ok()) << GetParam().label;
    EXPECT_TRUE(result.error().contains(QString::fromUtf8(GetParam().expected))) << qPrintable(result.error());
    EXPECT_EQ(GeoRepository(*fx.store).areas().size(), 16);
    EXPECT_EQ(GeoRepository(*fx.store).places().size(), 0);
    EXPECT_EQ(GeoRepository(*fx.store).areas().first().name, before);
}

namespace {
QByteArray collection(const char *features)
{
    return QByteArray(R"({"type":"FeatureCollection","features":[)") + features + "]}";
}
// A good first feature, so that the bad one is feature #1 and the good one must not stick.
const char *goodPoint = R"({"type":"Feature","properties":{"name":"好的点"},"geometry":{"type":"Point","coordinates":[116.4,39.9]}},)";
QByteArray afterGood(const char *bad)
{
    return collection(QByteArray(QByteArray(goodPoint) + QByteArray(bad)).constData());
}
QByteArray gbk()
{
    QStringEncoder encoder("GB18030");
    const QByteArray name = encoder.encode(QStringLiteral("东城区"));
    return collection(goodPoint).replace("好的点", name);
}
} // namespace

INSTANTIATE_TEST_SUITE_P(
    Geo, MalformedGeo,
    ::testing::Values(
        BadGeo{"broken JSON", R"({"type":"FeatureCollection","features":[{"type":"Feature",)", "JSON 格式错误"},
        BadGeo{"unclosed ring",
               afterGood(R"({"type":"Feature","properties":{"name":"东城区","adcode":"110101"},
                  "geometry":{"type":"Polygon","coordinates":[[[116.40,39.90],[116.42,39.90],[116.42,39.92],[116.40,39.92]]]}})"),
               "要素 #1（东城区）：外环：环没有闭合"},
        BadGeo{"self-intersecting ring",
               afterGood(R"({"type":"Feature","properties":{"name":"东城区","adcode":"110101"},
                  "geometry":{"type":"Polygon","coordinates":[[[116.40,39.90],[116.42,39.92],[116.42,39.90],[116.40,39.92],[116.40,39.90]]]}})"),
               "要素 #1（东城区）：外环：环自相交"},
        BadGeo{"coordinates out of range",
               afterGood(R"({"type":"Feature","properties":{"name":"远方"},"geometry":{"type":"Point","coordinates":[216.4,39.9]}})"),
               "要素 #1（远方）：坐标 (216.4, 39.9) 超出经纬度范围"},
        BadGeo{"latitude first by mistake",
               afterGood(R"({"type":"Feature","properties":{"name":"颠倒"},"geometry":{"type":"Point","coordinates":[39.9,116.4]}})"),
               "要素 #1（颠倒）：坐标 (39.9, 116.4) 超出经纬度范围"},
        BadGeo{"polygon without code",
               afterGood(R"({"type":"Feature","properties":{"name":"某区"},
                  "geometry":{"type":"Polygon","coordinates":[[[116.40,39.90],[116.42,39.90],[116.42,39.92],[116.40,39.90]]]}})"),
               "要素 #1（某区）：边界缺少区划代码"},
        BadGeo{"unknown division code",
               afterGood(R"({"type":"Feature","properties":{"name":"某区","adcode":"110199"},
                  "geometry":{"type":"Polygon","coordinates":[[[116.40,39.90],[116.42,39.90],[116.42,39.92],[116.40,39.90]]]}})"),
               "区划代码不在区划表中"},
        BadGeo{"unsupported geometry",
               afterGood(R"({"type":"Feature","properties":{"name":"某物"},"geometry":{"type":"GeometryCollection","geometries":[]}})"),
               "要素 #1（某物）：不支持的几何类型"},
        BadGeo{"wrong encoding", gbk(), "不是有效的 UTF-8"},
        BadGeo{"not GeoJSON", R"({"type":"Topology","objects":{}})", "不是 GeoJSON"}),
    [](const auto &info) {
        std::string name = info.param.label;
        std::replace(name.begin(), name.end(), ' ', '_');
        std::replace(name.begin(), name.end(), '-', '_');
        return name;
    });

TEST(MalformedGeoCsv, NamesTheLine)
{
    StoreFixture fx;
    QFile file(fx.dir.filePath(QStringLiteral("points.csv")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("name,lng,lat\n甲,116.4,39.9\n乙,116.4,北纬\n");
    file.close();
    const auto result = GeoRepository(*fx.store).importFile(file.fileName(), {});
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().startsWith(QStringLiteral("第 3 行："))) << qPrintable(result.error());
    EXPECT_EQ(GeoRepository(*fx.store).places().size(), 0);
}

TEST(RingValidator, AcceptsTheRealBoundariesAndRefusesABowtie)
{
    Ring square{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}};
    EXPECT_FALSE(RingValidator::problem(square).has_value());
    Ring bowtie{{0, 0}, {1, 1}, {1, 0}, {0, 1}, {0, 0}};
    EXPECT_TRUE(RingValidator::problem(bowtie).has_value());
    Ring touching{{0, 0}, {2, 0}, {2, 2}, {1, 0}, {0, 2}, {0, 0}}; // vertex on another edge
    EXPECT_TRUE(RingValidator::problem(touching).has_value());
}

// Found by fuzz_geojson: three points on a line passed the check (each edge of a triangle
// neighbours the other two, so no pair was tested) and became an area that contains nothing.
TEST(RingValidator, RefusesARingWithoutArea)
{
    Ring flat{{0, 0}, {1, 0}, {2, 0}, {0, 0}};
    EXPECT_TRUE(RingValidator::problem(flat).has_value());
    Ring flatBackwards{{2, 0}, {0, 0}, {1, 0}, {2, 0}};
    EXPECT_TRUE(RingValidator::problem(flatBackwards).has_value());
    Ring triangle{{0, 0}, {1, 0}, {2, 0.001}, {0, 0}};
    EXPECT_FALSE(RingValidator::problem(triangle).has_value());
}

TEST_F(GeoTest, NearbyOpenOrdersOfTheSameItemAreListed)
{
    WorkOrderRepository orders(*fx.store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Classification manhole{QStringLiteral("城乡建设"), QStringLiteral("城市建设和市政管理"), QStringLiteral("市政设施")};
    const Classification noise{QStringLiteral("环境保护"), QStringLiteral("噪音污染"), QStringLiteral("施工噪音")};
    const GeoPoint here{116.3620, 39.8850};
    const auto file = [&](GeoPoint at, const Classification &item, QDateTime when) {
        WorkOrderDraft d;
        d.phone = QStringLiteral("13901012345");
        d.appealType = AppealType::Report;
        d.classification = item;
        d.address = *indexes.divisions().addressFor(QStringLiteral("110102018"));
        d.address.location = at;
        d.title = QStringLiteral("井盖丢失");
        d.description = QStringLiteral("路口井盖丢了");
        const auto number = orders.create(d, QStringLiteral("op"), when);
        EXPECT_TRUE(number.ok()) << qPrintable(number.error());
        return number.value();
    };
    const QString near = file({116.3630, 39.8855}, manhole, now.addSecs(-3600));     // ~100 m
    const QString far = file({116.3800, 39.8850}, manhole, now.addSecs(-3600));      // ~1.5 km
    const QString other = file({116.3621, 39.8851}, noise, now.addSecs(-3600));      // same spot, other item
    const QString old = file({116.3622, 39.8852}, manhole, now.addDays(-30));         // a month ago
    const NearbySettings settings{500, 7};
    const QVector<NearbyOrder> same = NearbyOrders(*fx.store).around(here, settings, manhole.path(), now);
    ASSERT_EQ(same.size(), 1);
    EXPECT_EQ(same.first().summary.number, near);
    EXPECT_NEAR(same.first().meters, 100, 15);
    const QVector<NearbyOrder> any = NearbyOrders(*fx.store).around(here, settings, {}, now);
    ASSERT_EQ(any.size(), 2);
    EXPECT_EQ(any.first().summary.number, other) << "nearest first";
    const QVector<NearbyOrder> wide = NearbyOrders(*fx.store).around(here, {3000, 60}, manhole.path(), now);
    EXPECT_EQ(wide.size(), 3) << qPrintable(far + old);
    const auto state = orders.find(near);
    ASSERT_TRUE(state && state->draft.address.location);
    EXPECT_EQ(*state->draft.address.location, (GeoPoint{116.3630, 39.8855})) << "the point survives the event's JSON";
}

TEST(NearbySettingsTest, RefusesNonsenseAndKeepsTheOldValues)
{
    StoreFixture fx;
    EXPECT_TRUE(NearbySettings::save(*fx.store, {300, 3}).ok());
    EXPECT_FALSE(NearbySettings::save(*fx.store, {0, 3}).ok());
    EXPECT_FALSE(NearbySettings::save(*fx.store, {300, 9999}).ok());
    EXPECT_EQ(NearbySettings::load(*fx.store).radiusMeters, 300);
    EXPECT_EQ(NearbySettings::load(*fx.store).days, 3);
}

// `hotline-ctl init` ships the stations but not the district boundaries (they may not ship):
// a station still names its district, the one its file gives; a boundary, once imported, decides.
TEST(GeoWithoutBoundaries, AStationNamesTheDistrictItsFileGives)
{
    StoreFixture fx;
    const auto points = GeoRepository(*fx.store).importFile(stationsFile(), {});
    ASSERT_TRUE(points.ok()) << qPrintable(points.error());
    ReferenceIndexes indexes{*fx.store, StoreFixture::pinyin()};
    indexes.reload();
    const QVector<GeoMatch> station = indexes.geo().find(QStringLiteral("七里庄地铁站"), 5);
    ASSERT_FALSE(station.isEmpty());
    EXPECT_EQ(station.first().name, QStringLiteral("七里庄"));
    EXPECT_EQ(station.first().address.districtCode, QStringLiteral("110106"));
    EXPECT_EQ(station.first().address.districtName, QStringLiteral("丰台区"));

    // A file whose district code is not one is refused with its line.
    const QString bad = fx.dir.filePath(QStringLiteral("bad.csv"));
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("name,lng,lat,district_code\n甲,116.3,39.9,110106\n乙,116.3,39.9,朝阳\n");
    file.close();
    const auto refused = GeoRepository(*fx.store).importFile(bad, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("第 3 行"))) << qPrintable(refused.error());
}
