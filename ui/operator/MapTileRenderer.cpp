// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/MapTileRenderer.h"

#include "operator/MapStyle.h"
#include "geo/WebMercator.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace hotline {

namespace {
quint64 tileKey(int z, int x, int y)
{
    return (quint64(z) << 56) | (quint64(x) << 28) | quint64(y);
}
} // namespace

void MapTileRenderer::setAreas(QVector<GeoArea> areas)
{
    m_areas = std::move(areas);
    m_outlines.clear();
    m_tiles.clear();
}

void MapTileRenderer::setPlaces(QVector<GeoPlace> places)
{
    m_places = std::move(places);
    m_placeWorld.clear();
    m_placeWorld.reserve(m_places.size());
    for (const GeoPlace &place : std::as_const(m_places))
        m_placeWorld.append(WebMercator::toWorld(place.location));
    m_tiles.clear();
}

void MapTileRenderer::setBasemap(TileFetcher fetcher)
{
    m_fetchTile = std::move(fetcher);
    m_tiles.clear();
}

const QImage &MapTileRenderer::tile(int z, int x, int y)
{
    const quint64 key = tileKey(z, x, y);
    if (QImage *cached = m_tiles.object(key))
        return *cached;
    renderBlock(z, x / blockTiles, y / blockTiles);
    if (QImage *rendered = m_tiles.object(key))
        return *rendered;
    static const QImage blank;
    return blank; // only if the cache cannot hold one block

}

const QVector<QPainterPath> &MapTileRenderer::outlines(int z)
{
    auto it = m_outlines.find(z);
    if (it != m_outlines.end())
        return *it;
    const double s = WebMercator::worldPixels(z);
    QVector<QPainterPath> paths;
    paths.reserve(m_areas.size());
    for (const GeoArea &area : std::as_const(m_areas)) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const Polygon &polygon : area.polygons) {
            for (const Ring &ring : polygon.rings) {
                QPointF last = WebMercator::toWorld(ring.first()) * s;
                path.moveTo(last);
                for (qsizetype i = 1; i < ring.size(); ++i) {
                    const QPointF p = WebMercator::toWorld(ring.at(i)) * s;
                    // Vertices closer than a pixel add nothing visible but cost every tile.
                    if (std::abs(p.x() - last.x()) + std::abs(p.y() - last.y()) >= 0.8) {
                        path.lineTo(p);
                        last = p;
                    }
                }
                path.closeSubpath();
            }
        }
        paths.append(path);
    }
    return *m_outlines.insert(z, paths);
}

void MapTileRenderer::renderBlock(int z, int bx, int by)
{
    const int size = WebMercator::tileSize;
    const int count = 1 << z;
    const int tilesX = std::min(blockTiles, count - bx * blockTiles);
    const int tilesY = std::min(blockTiles, count - by * blockTiles);
    QImage image(tilesX * size, tilesY * size, QImage::Format_ARGB32_Premultiplied);
    image.fill(MapStyle::paper);
    QPainter painter(&image);
    if (m_fetchTile) {
        for (int ty = 0; ty < tilesY; ++ty)
            for (int tx = 0; tx < tilesX; ++tx) {
                const QImage basemap = QImage::fromData(m_fetchTile(z, bx * blockTiles + tx, by * blockTiles + ty));
                if (!basemap.isNull())
                    painter.drawImage(QRect(tx * size, ty * size, size, size), basemap);
            }
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF tileRect(bx * blockTiles * size, by * blockTiles * size, tilesX * size, tilesY * size);
    painter.translate(-tileRect.topLeft());

    const QVector<QPainterPath> &paths = outlines(z);
    // Over a basemap the fills are washes, so that streets and buildings show through.
    const int fillAlpha = m_fetchTile ? 90 : 255;
    for (qsizetype i = 0; i < m_areas.size(); ++i) {
        const QPainterPath &path = paths.at(i);
        if (!path.controlPointRect().intersects(tileRect.adjusted(-2, -2, 2, 2)))
            continue;
        if (m_areas.at(i).level == GeoArea::Level::District) {
            QColor fill = MapStyle::areaFill(int(i));
            fill.setAlpha(fillAlpha);
            painter.setBrush(fill);
            painter.setPen(MapStyle::outlinePen(MapStyle::boundary));
        } else {
            painter.setBrush(Qt::NoBrush);
            QPen dashed = MapStyle::outlinePen(MapStyle::streetBoundary);
            dashed.setStyle(Qt::DashLine);
            painter.setPen(dashed);
        }
        painter.drawPath(path);
    }

    if (z >= placesFromZoom)
        drawPlaces(painter, z, tileRect);
    painter.end();
    for (int ty = 0; ty < tilesY; ++ty)
        for (int tx = 0; tx < tilesX; ++tx)
            m_tiles.insert(tileKey(z, bx * blockTiles + tx, by * blockTiles + ty),
                           new QImage(image.copy(tx * size, ty * size, size, size)));
}

void MapTileRenderer::drawPlaces(QPainter &painter, int z, const QRectF &tileRect) const
{
    const double s = WebMercator::worldPixels(z);
    // Places a little outside the tile still reach into it (their dot or their name).
    const QRectF reach = tileRect.adjusted(-160, -20, 20, 20);
    QFont labelFont;
    labelFont.setPixelSize(11);
    for (qsizetype i = 0; i < m_places.size(); ++i) {
        const QPointF at = m_placeWorld.at(i) * s;
        if (!reach.contains(at))
            continue;
        painter.setPen(QPen(MapStyle::place, 2));
        painter.setBrush(Qt::white);
        painter.drawEllipse(at, 4, 4);
        // Names to the right of the dot: above it they would hide under the location marker.
        if (z >= placeNamesFromZoom) {
            const double half = QFontMetricsF(labelFont).horizontalAdvance(m_places.at(i).name) / 2.0;
            MapStyle::drawQuickHaloText(painter, at + QPointF(8 + half, 0), m_places.at(i).name, labelFont, MapStyle::placeLabel);
        }
    }
}

} // namespace hotline
