// SPDX-License-Identifier: GPL-3.0-or-later
// The map drawn offscreen: the 16 Beijing districts with their names, saved as a test
// artefact and checked for content; and a raster basemap read from an MBTiles file.
#include "../TestData.h"
#include "operator/MapView.h"
#include "geo/GeoJsonReader.h"
#include "geo/MbTiles.h"
#include "geo/WebMercator.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

QVector<GeoArea> beijingDistricts()
{
    QFile file(dataFile("geo/beijing_districts_gcj02.geojson"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    Result<GeoFeatureSet> set = GeoJsonReader::parse(file.readAll(), {});
    EXPECT_TRUE(set.ok());
    return set.ok() ? set.value().areas : QVector<GeoArea>{};
}

bool isBoundary(QRgb pixel)
{
    // The boundary blue (#3B5B8C), allowing for antialiasing over the pale fills.
    return qBlue(pixel) > qRed(pixel) + 50 && qBlue(pixel) < 200 && qGreen(pixel) < 150;
}

} // namespace

TEST(MapRender, BeijingDistrictsWithLabelsToAPng)
{
    MapView view;
    view.resize(1200, 900);
    const QVector<GeoArea> districts = beijingDistricts();
    ASSERT_EQ(districts.size(), 16);
    view.setAreas(districts);
    view.fitAll();
    const QImage image = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QString artefacts = QStringLiteral(HOTLINE_ARTIFACT_DIR);
    ASSERT_TRUE(QDir().mkpath(artefacts));
    const QString png = artefacts + QStringLiteral("/map_beijing_districts.png");
    ASSERT_TRUE(image.save(png)) << qPrintable(png);

    // Not blank: many colours (fills, antialiased edges, text).
    QSet<QRgb> colours;
    int boundary = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            colours.insert(image.pixel(x, y));
            boundary += isBoundary(image.pixel(x, y)) ? 1 : 0;
        }
    EXPECT_GT(colours.size(), 50);
    // Boundaries drawn: the outlines of 16 districts at this size run to several thousand pixels.
    EXPECT_GT(boundary, 3000);
    // The city fills the view: its box spans most of the width or height.
    GeoBox city;
    for (const GeoArea &area : districts)
        city.extend(area.box);
    const QPointF nw = view.widgetPosition({city.minLng, city.maxLat});
    const QPointF se = view.widgetPosition({city.maxLng, city.minLat});
    EXPECT_GT(std::max((se.x() - nw.x()) / view.width(), (se.y() - nw.y()) / view.height()), 0.45);
    // At city scale 东城区 and 西城区 are 20 px apart, so one of them waits for a closer zoom;
    // every name that is drawn must really be there: dark text pixels around its label point.
    EXPECT_GE(view.labelsDrawn().size(), 15) << qPrintable(view.labelsDrawn().join(u' '));
    for (const GeoArea &area : districts) {
        const QPoint at = view.widgetPosition(area.labelPoint).toPoint();
        ASSERT_TRUE(image.rect().contains(at)) << qPrintable(area.name);
        if (!view.labelsDrawn().contains(area.name))
            continue;
        int dark = 0;
        for (int dy = -8; dy <= 8; ++dy)
            for (int dx = -30; dx <= 30; ++dx) {
                const QPoint p = at + QPoint(dx, dy);
                if (image.rect().contains(p) && qGray(image.pixel(p)) < 90)
                    ++dark;
            }
        EXPECT_GT(dark, 15) << qPrintable(area.name) << " has no label drawn";
    }
    // Inside a district and away from its label, the fill shows; outside Beijing the paper does.
    // Closer in, the two old-city districts both carry their names.
    view.centerOn({116.39, 39.91}, 12);
    (void)view.grab();
    EXPECT_TRUE(view.labelsDrawn().contains(QStringLiteral("东城区")));
    EXPECT_TRUE(view.labelsDrawn().contains(QStringLiteral("西城区")));
    view.fitAll();

    const QPoint corner(3, 3);
    const GeoPoint cornerPoint = view.geoAt(corner);
    ASSERT_TRUE(std::none_of(districts.cbegin(), districts.cend(), [&](const GeoArea &a) { return a.contains(cornerPoint); }));
    EXPECT_EQ(image.pixel(corner), qRgb(0xF4, 0xF3, 0xEF));
    const GeoArea &yanqing = districts.last(); // 110119, a large district: its label point is inside
    ASSERT_EQ(yanqing.code, QStringLiteral("110119"));
    const QPoint inside = view.widgetPosition(yanqing.labelPoint).toPoint() + QPoint(0, 40);
    ASSERT_TRUE(yanqing.contains(view.geoAt(inside)));
    EXPECT_NE(image.pixel(inside), qRgb(0xF4, 0xF3, 0xEF)) << "districts are filled";
}

TEST(MapRender, RasterBasemapFromMbTiles)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("basemap.mbtiles"));
    const GeoPoint tiananmen{116.3975, 39.9087};
    const QPointF world = WebMercator::toWorld(tiananmen);
    const int z = 10;
    const int x = int(world.x() * (1 << z));
    const int y = int(world.y() * (1 << z));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make-mbtiles"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)")));
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO metadata VALUES ('attribution', 'Test tiles'), ('format', 'png')")));
        QImage red(256, 256, QImage::Format_RGB32);
        red.fill(qRgb(220, 20, 20));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        red.save(&buffer, "PNG");
        q.prepare(QStringLiteral("INSERT INTO tiles VALUES (?, ?, ?, ?)"));
        q.addBindValue(z);
        q.addBindValue(x);
        q.addBindValue((1 << z) - 1 - y); // TMS rows
        q.addBindValue(bytes);
        ASSERT_TRUE(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("make-mbtiles"));

    Result<std::unique_ptr<MbTiles>> tiles = MbTiles::open(path);
    ASSERT_TRUE(tiles.ok()) << qPrintable(tiles.error());
    EXPECT_EQ(tiles.value()->attribution(), QStringLiteral("Test tiles"));
    EXPECT_FALSE(tiles.value()->tile(z, x, y).isEmpty());
    EXPECT_TRUE(tiles.value()->tile(z, x + 1, y).isEmpty());

    MapView view;
    view.resize(400, 300);
    const MbTiles *source = tiles.value().get();
    view.setBasemap([source](int tz, int tx, int ty) { return source->tile(tz, tx, ty); }, source->attribution());
    view.centerOn(tiananmen, z);
    const QImage image = view.grab().toImage();
    const QPoint centre = view.widgetPosition(tiananmen).toPoint();
    EXPECT_EQ(image.pixel(centre), qRgb(220, 20, 20)) << "the tile under Tiananmen is drawn";

    // Not a basemap: refused with a message.
    QFile text(dir.filePath(QStringLiteral("notes.mbtiles")));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("just some text, not SQLite");
    text.close();
    EXPECT_FALSE(MbTiles::open(text.fileName()).ok());
    EXPECT_FALSE(MbTiles::open(dir.filePath(QStringLiteral("missing.mbtiles"))).ok());
}
