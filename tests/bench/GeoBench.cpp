// SPDX-License-Identifier: GPL-3.0-or-later
// Geography on the desk's hot paths, with the real data plus a generated gazetteer:
//   geocode  — Geocoder::find per keystroke (every prefix of a name as it is typed, in
//              characters and in pinyin initials) over the real 7,900 divisions, the 364
//              metro stations and N generated compounds, roads and landmarks (default 12,000)
//   reverse  — the district of a point (AreaIndex::locate) and the full lookup the desk makes
//              on a click (Geocoder::whereIs: jurisdiction + nearest place by R*Tree)
//   frame    — MapView painting 1280×800 at city, district and street zoom while dragged
//              steadily east; the first frame at a new zoom (all tiles drawn) is reported apart
// Targets: geocode p99 < 5 ms, reverse p99 < 0.2 ms, frame < 16 ms.
#include "operator/MapView.h"
#include "Percentile.h"
#include "desk/ReferenceIndexes.h"
#include "divisions/DivisionRepository.h"
#include "geo/GeoRepository.h"
#include "pinyin/PinyinTable.h"
#include "store/LocalStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QMouseEvent>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace hotline;
using namespace hotline::bench;

namespace {

void report(const char *name, const std::vector<double> &ms, double target)
{
    const double p99 = percentile(ms, 0.99);
    std::printf("  %-44s n %6zu   p50 %8.4f ms   p99 %8.4f ms   max %8.3f ms   %s\n", name, ms.size(), percentile(ms, 0.5), p99,
                *std::max_element(ms.begin(), ms.end()), target <= 0 ? "" : (p99 < target ? "target met" : "TARGET MISSED"));
}

template <typename F>
double timeMs(F &&f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return double(timer.nsecsElapsed()) / 1e6;
}

// Compounds, roads and landmarks named the way Beijing names them: a real place name
// (a community or street, without its suffix) and a common ending, at a point inside the city.
QVector<GeoPlace> generatedGazetteer(const QVector<Division> &divisions, const AreaIndex &areas, int count)
{
    static const char *endings[] = {"小区", "家园", "花园", "南里", "北里", "西路", "东路", "大街", "胡同", "公园",
                                    "医院", "小学", "商场", "市场", "大厦", "公寓", "嘉园", "苑", "中路", "桥"};
    static const char *kinds[] = {"compound", "compound", "compound", "compound", "compound", "road", "road", "road", "road",
                                  "landmark", "landmark", "landmark", "landmark", "landmark", "landmark", "compound",
                                  "compound", "compound", "road", "landmark"};
    QVector<QString> stems;
    for (const Division &d : divisions)
        if (d.level == Division::Level::Village || d.level == Division::Level::Street)
            stems.append(DivisionIndex::coreName(DivisionIndex::spokenName(d.name, d.level), d.level));
    QRandomGenerator random(12345);
    GeoBox city;
    for (const GeoArea &area : areas.areas())
        city.extend(area.box);
    QVector<GeoPlace> places;
    while (places.size() < count) {
        const int e = int(random.bounded(int(std::size(endings))));
        GeoPlace place;
        place.name = stems.at(int(random.bounded(int(stems.size())))) + QString::fromUtf8(endings[e]);
        place.kind = QString::fromLatin1(kinds[e]);
        place.location = {city.minLng + random.generateDouble() * (city.maxLng - city.minLng),
                          city.minLat + random.generateDouble() * (city.maxLat - city.minLat)};
        if (!areas.locate(place.location).district)
            continue;
        place.sourceKey = QStringLiteral("gen:%1").arg(places.size());
        places.append(place);
    }
    return places;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int generated = 12000;
    for (int i = 1; i + 1 < argc; ++i)
        if (QByteArray(argv[i]) == "--generated")
            generated = QByteArray(argv[i + 1]).toInt();

    QTemporaryDir dir;
    auto opened = LocalStore::open(dir.filePath(QStringLiteral("geo.sqlite")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    LocalStore &store = *opened.value();
    GeoRepository geo(store);
    if (!DivisionRepository(store).importCsv(QStringLiteral(HOTLINE_SEED_DATA "/beijing_divisions.csv"))
        || !geo.importFile(QStringLiteral(HOTLINE_TEST_DATA "/geo/beijing_districts_gcj02.geojson"), {})
        || !geo.importFile(QStringLiteral(HOTLINE_SEED_DATA "/beijing_metro_stations_osm.csv"), {})) {
        std::fprintf(stderr, "could not import the real data\n");
        return 1;
    }
    const QVector<Division> divisions = DivisionRepository(store).all();
    const AreaIndex areas(geo.areas());
    GeoFeatureSet extra;
    extra.places = generatedGazetteer(divisions, areas, generated);
    double importMs = 0;
    importMs = timeMs([&] {
        if (!geo.importFeatures(extra))
            std::exit(1);
    });
    ReferenceIndexes indexes(store, PinyinTable::builtIn());
    const Geocoder &geocoder = indexes.geo();
    std::printf("gazetteer: %lld entries (%lld divisions, %lld places of which %d generated); generated import %.0f ms\n",
                qlonglong(geocoder.size()), qlonglong(indexes.divisions().size()), qlonglong(geocoder.places().size()),
                generated, importMs);

    // What operators type: names of communities, stations and gazetteer places, a character
    // (or an initial) at a time.
    QRandomGenerator random(7);
    QStringList targets;
    for (int i = 0; i < 150; ++i)
        targets.append(geocoder.places().at(int(random.bounded(int(geocoder.places().size())))).name);
    for (int i = 0; i < 150; ++i) {
        const Division &d = divisions.at(int(random.bounded(int(divisions.size()))));
        targets.append(DivisionIndex::spokenName(d.name, d.level));
    }
    std::vector<double> han;
    std::vector<double> initials;
    int found = 0;
    for (const QString &name : std::as_const(targets)) {
        for (qsizetype k = 1; k <= name.size(); ++k)
            han.push_back(timeMs([&] { found += geocoder.find(name.left(k), 10).isEmpty() ? 0 : 1; }));
        const QString letters = indexes.pinyin().initials(name);
        for (qsizetype k = 1; k <= letters.size(); ++k)
            initials.push_back(timeMs([&] { found += geocoder.find(letters.left(k), 10).isEmpty() ? 0 : 1; }));
    }
    std::vector<double> sentences;
    for (const QString &name : std::as_const(targets))
        sentences.push_back(timeMs([&] { found += geocoder.find(name + QStringLiteral("这里井盖丢了"), 10).isEmpty() ? 0 : 1; }));
    std::printf("geocode per keystroke (%d of %zu queries answered):\n", found, han.size() + initials.size() + sentences.size());
    report("characters, prefix by prefix", han, 5);
    report("pinyin initials, prefix by prefix", initials, 5);
    report("whole spoken sentence", sentences, 5);

    GeoBox city;
    for (const GeoArea &area : areas.areas())
        city.extend(area.box);
    std::vector<double> locate;
    std::vector<double> whereIs;
    int inside = 0;
    for (int i = 0; i < 20000; ++i) {
        const GeoPoint p{city.minLng + random.generateDouble() * (city.maxLng - city.minLng),
                         city.minLat + random.generateDouble() * (city.maxLat - city.minLat)};
        locate.push_back(timeMs([&] { inside += geocoder.areas().locate(p).district ? 1 : 0; }));
        if (i % 4 == 0)
            whereIs.push_back(timeMs([&] { (void)geocoder.whereIs(p); }));
    }
    std::printf("reverse lookup (%d of %zu random points in the city's box are inside a district):\n", inside, locate.size());
    report("district of a point (AreaIndex::locate)", locate, 0.2);
    report("click: district + nearest place (whereIs)", whereIs, 0);

    MapView view;
    view.resize(1280, 800);
    view.setAreas(areas.areas());
    view.setPlaces(geocoder.places());
    QVector<MapPin> pins;
    for (int i = 0; i < 300; ++i)
        pins.append({geocoder.places().at(i * 7).location, QStringLiteral("P%1").arg(i), i % 10 == 0});
    view.setPins(pins);
    QImage frame(view.size(), QImage::Format_ARGB32_Premultiplied);
    std::printf("map frame, 1280×800, %lld boundaries, %lld places, %lld pins:\n", qlonglong(areas.areas().size()),
                qlonglong(geocoder.places().size()), qlonglong(pins.size()));
    const auto frames = [&](const char *name, auto position) {
        position();
        const double first = timeMs([&] { view.render(&frame); });
        // A steady drag to the east at 16 px a frame (about 1,000 px/s at 60 fps): new tiles
        // come into view every 16 frames and new blocks every 64, as when an operator pans.
        std::vector<double> ms;
        QPointF mouse(640, 400);
        QMouseEvent press(QEvent::MouseButtonPress, mouse, mouse, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &press);
        for (int i = 0; i < 240; ++i) {
            mouse -= QPointF(16, i % 3 == 0 ? 4 : 0);
            QMouseEvent move(QEvent::MouseMove, mouse, mouse, Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&view, &move);
            ms.push_back(timeMs([&] { view.render(&frame); }));
        }
        QMouseEvent release(QEvent::MouseButtonRelease, mouse, mouse, Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &release);
        std::printf("  %-44s first frame at this zoom %.2f ms\n", name, first);
        report(name, ms, 16);
    };
    frames("city (whole Beijing)", [&] { view.fitAll(); });
    frames("district zoom 12 (西城)", [&] { view.centerOn({116.366, 39.912}, 12); });
    frames("street zoom 15 (牛街)", [&] { view.centerOn({116.362, 39.884}, 15); });
    return 0;
}
