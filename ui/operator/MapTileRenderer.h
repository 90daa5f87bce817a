// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/GeoFeature.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QPainterPath>

#include <functional>

namespace hotline {

// The still part of the map, drawn once into 256-pixel tiles per zoom and reused while the
// operator pans: the basemap, district and street fills and outlines, and the named places.
// A frame then costs a few image copies, whatever the size of the boundaries.
class MapTileRenderer {
public:
    using TileFetcher = std::function<QByteArray(int zoom, int x, int y)>;
    static constexpr int placesFromZoom = 11;
    static constexpr int placeNamesFromZoom = 13;

    void setAreas(QVector<GeoArea> areas);
    void setPlaces(QVector<GeoPlace> places);
    void setBasemap(TileFetcher fetcher);
    bool hasBasemap() const { return bool(m_fetchTile); }
    const QVector<GeoArea> &areas() const { return m_areas; }
    const QVector<GeoPlace> &places() const { return m_places; }

    // The layer tile x, y at zoom z (XYZ scheme), rendered on first use.
    const QImage &tile(int z, int x, int y);

private:
    // Tiles are drawn in blocks of 4×4 (1024 px): each outline is then rasterised once per
    // block instead of once per tile, which is what a zoom change waits for.
    static constexpr int blockTiles = 4;
    void renderBlock(int z, int bx, int by);
    void drawPlaces(QPainter &painter, int z, const QRectF &blockRect) const;
    const QVector<QPainterPath> &outlines(int z);

    QVector<GeoArea> m_areas;
    QVector<GeoPlace> m_places;
    QVector<QPointF> m_placeWorld; // places projected once, in world units
    TileFetcher m_fetchTile;
    // Outlines projected to world pixels and thinned to the pixel grid, once per zoom.
    QHash<int, QVector<QPainterPath>> m_outlines;
    QCache<quint64, QImage> m_tiles{192}; // 48 MiB at most: three screens of a zoom
};

} // namespace hotline
