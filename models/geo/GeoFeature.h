// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GeoPoint.h"

#include <QString>
#include <QVector>

namespace hotline {

using Ring = QVector<GeoPoint>; // closed: the last point repeats the first

// One polygon: the outer ring, then its holes.
struct Polygon {
    QVector<Ring> rings;
};

// A boundary with jurisdiction: a district, or a street/township office when the centre has
// those polygons. `code` is the division code the work order carries.
struct GeoArea {
    enum class Level { District, Street };
    QString code;
    QString name;
    Level level = Level::District;
    QVector<Polygon> polygons;
    GeoPoint labelPoint; // where the name is drawn: the file's centre, else the box centre
    GeoBox box;

    bool contains(const GeoPoint &point) const;
    void computeBox();
};

QString toCode(GeoArea::Level level);

// A named point: a metro station, a landmark, a residential compound, a road's midpoint.
// district/street are the jurisdiction the point falls in, found when it is imported.
struct GeoPlace {
    qint64 id = 0;
    QString sourceKey;
    QString name;
    QString kind; // metro, bus, poi, road, compound, landmark, or the centre's own word
    GeoPoint location;
    QString districtCode;
    QString streetCode;
    QString note; // e.g. the metro lines

    // The word an operator reads for the kind: 地铁站, 小区, 道路…
    static QString kindName(const QString &kind);
};

// What a file held, in WGS84, before it is stored.
struct GeoFeatureSet {
    QVector<GeoArea> areas;
    QVector<GeoPlace> places;
};

} // namespace hotline
