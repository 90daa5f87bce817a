// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operator/MapTileRenderer.h"
#include "geo/GeoFeature.h"

#include <QHash>
#include <QImage>
#include <QWidget>

#include <optional>

namespace hotline {

// A work order on the map; highlighted ones are the possible duplicates being looked at.
struct MapPin {
    GeoPoint location;
    QString label;
    bool highlighted = false;
};

// The map: district (and street) boundaries with their names, named places, work-order
// pins and the location being set, in web Mercator at whole zoom levels, optionally over a
// raster basemap. Keyboard: arrows pan, +/− (or PgUp/PgDn) zoom, Home shows the whole city,
// Enter takes the point under the centre cross; mouse: drag, wheel, click.
class MapView : public QWidget {
    Q_OBJECT
public:
    using TileFetcher = MapTileRenderer::TileFetcher;
    static constexpr int minZoom = 3;
    static constexpr int maxZoom = 18;

    explicit MapView(QWidget *parent = nullptr);

    void setAreas(QVector<GeoArea> areas);
    void setPlaces(QVector<GeoPlace> places);
    void setPins(QVector<MapPin> pins);
    void setMarker(std::optional<GeoPoint> marker);
    void setBasemap(TileFetcher fetcher, const QString &attribution);
    void setAttribution(const QString &text);

    void centerOn(const GeoPoint &point, int zoom);
    void fitBox(const GeoBox &box);
    void fitAll();
    GeoPoint center() const;
    int zoom() const { return m_zoom; }
    GeoPoint geoAt(const QPointF &widgetPosition) const;
    QPointF widgetPosition(const GeoPoint &point) const;
    const std::optional<GeoPoint> &marker() const { return m_marker; }
    // The area names the last frame had room for (the rest wait for a closer zoom).
    const QStringList &labelsDrawn() const { return m_labelsDrawn; }

    QSize sizeHint() const override { return {640, 480}; }

Q_SIGNALS:
    // A click, or Enter on the centre cross: the operator means this point.
    void pointPicked(const hotline::GeoPoint &point);
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    double scale() const; // world pixels at the current zoom
    QPointF topLeftPixels() const;
    void panPixels(const QPointF &delta);
    void setZoom(int zoom, const QPointF &anchor);
    void drawTiles(QPainter &painter);
    void drawAreaLabels(QPainter &painter);
    void drawPins(QPainter &painter);
    void drawOverlay(QPainter &painter);
    // Small images drawn many times a frame (names with their halo, pins), made once.
    const QImage &labelSprite(const QString &text, int pixelSize);
    const QImage &pinSprite(const QColor &color, int size);

    MapTileRenderer m_layer;
    QVector<MapPin> m_pins;
    std::optional<GeoPoint> m_marker;
    QString m_attribution;
    QStringList m_labelsDrawn;
    QPointF m_center{0.8233, 0.3789}; // Beijing, in world units
    int m_zoom = 9;
    QHash<QString, QImage> m_sprites;
    // Fitted before the widget had its size: fitted again once it has, until the user moves.
    std::optional<GeoBox> m_fitted;
    std::optional<QPoint> m_pressAt;
    QPoint m_lastDrag;
    bool m_dragged = false;
};

} // namespace hotline
