// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapView.h"

#include "geo/WebMercator.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace hotline {

namespace {

// Soft fills that keep neighbouring districts apart and labels readable.
const QColor areaFills[] = {QColor(0xE3, 0xEC, 0xF7), QColor(0xE8, 0xF3, 0xE6), QColor(0xFB, 0xEF, 0xE0),
                            QColor(0xF2, 0xE6, 0xF4), QColor(0xE6, 0xF4, 0xF2), QColor(0xF7, 0xF1, 0xDC)};
const QColor boundaryColor(0x3B, 0x5B, 0x8C);
const QColor streetColor(0x7A, 0x8F, 0xB0);
const QColor labelColor(0x1F, 0x2D, 0x3D);
const QColor pinColor(0xE0, 0x8A, 0x1E);
const QColor duplicateColor(0xC6, 0x28, 0x28);
const QColor markerColor(0xD3, 0x2F, 0x2F);

// Draws `text` centred on `at` with a white halo and returns where it went.
QRectF drawHaloText(QPainter &painter, const QPointF &at, const QString &text, const QFont &font, const QColor &color)
{
    QPainterPath path;
    path.addText(0, 0, font, text);
    const QRectF box = path.boundingRect();
    path.translate(at.x() - box.center().x(), at.y() - box.center().y());
    painter.setPen(QPen(QColor(255, 255, 255, 230), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPath(path);
    return path.boundingRect();
}

QRectF labelBox(const QPointF &at, const QString &text, const QFontMetricsF &metrics)
{
    const QRectF box = metrics.boundingRect(text);
    return QRectF(at.x() - box.width() / 2 - 2, at.y() - box.height() / 2 - 2, box.width() + 4, box.height() + 4);
}

quint64 tileKey(int z, int x, int y)
{
    return (quint64(z) << 56) | (quint64(x) << 28) | quint64(y);
}

} // namespace

MapView::MapView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("mapView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setMinimumSize(240, 200);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("地图"));
}

void MapView::setAreas(QVector<GeoArea> areas)
{
    m_areas = std::move(areas);
    m_paths.clear();
    update();
}

void MapView::setPlaces(QVector<GeoPlace> places)
{
    m_places = std::move(places);
    update();
}

void MapView::setPins(QVector<MapPin> pins)
{
    m_pins = std::move(pins);
    update();
}

void MapView::setMarker(std::optional<GeoPoint> marker)
{
    m_marker = marker;
    update();
}

void MapView::setBasemap(TileFetcher fetcher, const QString &attribution)
{
    m_fetchTile = std::move(fetcher);
    m_tiles.clear();
    setAttribution(attribution);
}

void MapView::setAttribution(const QString &text)
{
    m_attribution = text;
    update();
}

double MapView::scale() const
{
    return WebMercator::worldPixels(m_zoom);
}

QPointF MapView::topLeftPixels() const
{
    return m_center * scale() - QPointF(width() / 2.0, height() / 2.0);
}

GeoPoint MapView::center() const
{
    return WebMercator::fromWorld(m_center);
}

GeoPoint MapView::geoAt(const QPointF &position) const
{
    return WebMercator::fromWorld((topLeftPixels() + position) / scale());
}

QPointF MapView::widgetPosition(const GeoPoint &point) const
{
    return WebMercator::toWorld(point) * scale() - topLeftPixels();
}

void MapView::centerOn(const GeoPoint &point, int zoom)
{
    m_fitted.reset();
    m_center = WebMercator::toWorld(point);
    m_zoom = std::clamp(zoom, minZoom, maxZoom);
    update();
    Q_EMIT viewChanged();
}

void MapView::fitBox(const GeoBox &box)
{
    if (box.isEmpty())
        return;
    const QPointF a = WebMercator::toWorld({box.minLng, box.maxLat});
    const QPointF b = WebMercator::toWorld({box.maxLng, box.minLat});
    const double spanX = std::max(b.x() - a.x(), 1e-9);
    const double spanY = std::max(b.y() - a.y(), 1e-9);
    // The largest whole zoom at which the box fits with a margin.
    const double fit = std::min(width() * 0.9 / (spanX * WebMercator::tileSize), height() * 0.9 / (spanY * WebMercator::tileSize));
    m_zoom = std::clamp(int(std::floor(std::log2(fit))), minZoom, 16);
    m_center = (a + b) / 2;
    m_fitted = box;
    update();
    Q_EMIT viewChanged();
}

void MapView::fitAll()
{
    GeoBox all;
    for (const GeoArea &area : std::as_const(m_areas))
        all.extend(area.box);
    fitBox(all);
}

void MapView::panPixels(const QPointF &delta)
{
    m_fitted.reset();
    m_center += delta / scale();
    m_center.setX(std::clamp(m_center.x(), 0.0, 1.0));
    m_center.setY(std::clamp(m_center.y(), 0.0, 1.0));
    update();
    Q_EMIT viewChanged();
}

void MapView::setZoom(int zoom, const QPointF &anchor)
{
    zoom = std::clamp(zoom, minZoom, maxZoom);
    if (zoom == m_zoom)
        return;
    m_fitted.reset();
    // Keep the world point under `anchor` where it is.
    const QPointF world = (topLeftPixels() + anchor) / scale();
    m_zoom = zoom;
    m_center = world - (anchor - QPointF(width() / 2.0, height() / 2.0)) / scale();
    update();
    Q_EMIT viewChanged();
}

const QVector<QPainterPath> &MapView::pathsAtZoom()
{
    auto it = m_paths.find(m_zoom);
    if (it != m_paths.end())
        return *it;
    const double s = scale();
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
                    // Vertices closer than a pixel add nothing visible but cost every frame.
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
    return *m_paths.insert(m_zoom, paths);
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0xF4, 0xF3, 0xEF));
    painter.setRenderHint(QPainter::Antialiasing);
    drawTiles(painter);
    drawAreas(painter);
    drawPlaces(painter);
    drawPins(painter);
    drawOverlay(painter);
}

void MapView::drawTiles(QPainter &painter)
{
    if (!m_fetchTile)
        return;
    const QPointF topLeft = topLeftPixels();
    const int count = 1 << m_zoom;
    const int x0 = std::max(0, int(std::floor(topLeft.x() / WebMercator::tileSize)));
    const int y0 = std::max(0, int(std::floor(topLeft.y() / WebMercator::tileSize)));
    const int x1 = std::min(count - 1, int(std::floor((topLeft.x() + width()) / WebMercator::tileSize)));
    const int y1 = std::min(count - 1, int(std::floor((topLeft.y() + height()) / WebMercator::tileSize)));
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const quint64 key = tileKey(m_zoom, x, y);
            QImage *image = m_tiles.object(key);
            if (!image) {
                image = new QImage(QImage::fromData(m_fetchTile(m_zoom, x, y)));
                m_tiles.insert(key, image);
            }
            if (!image->isNull())
                painter.drawImage(QRectF(x * WebMercator::tileSize - topLeft.x(), y * WebMercator::tileSize - topLeft.y(),
                                         WebMercator::tileSize, WebMercator::tileSize),
                                  *image);
        }
    }
}

void MapView::drawAreas(QPainter &painter)
{
    const QVector<QPainterPath> &paths = pathsAtZoom();
    const QPointF topLeft = topLeftPixels();
    const QRectF view(topLeft, QSizeF(size()));
    painter.save();
    painter.translate(-topLeft);
    const int fillAlpha = m_fetchTile ? 90 : 255;
    for (qsizetype i = 0; i < m_areas.size(); ++i) {
        const GeoArea &area = m_areas.at(i);
        const QPainterPath &path = paths.at(i);
        if (!path.controlPointRect().intersects(view))
            continue;
        if (area.level == GeoArea::Level::District) {
            QColor fill = areaFills[i % std::size(areaFills)];
            fill.setAlpha(fillAlpha);
            painter.setBrush(fill);
            painter.setPen(QPen(boundaryColor, 1.6));
        } else {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(streetColor, 1.0, Qt::DashLine));
        }
        painter.drawPath(path);
    }
    painter.restore();

    // Names after all shapes, so that no neighbour paints over a label.
    QFont districtFont = font();
    districtFont.setPixelSize(m_zoom <= 9 ? 12 : 15);
    districtFont.setBold(true);
    QFont streetFont = font();
    streetFont.setPixelSize(12);
    // Larger areas name themselves first; a name that would overlap one already drawn waits
    // for a closer zoom instead of becoming unreadable.
    QVector<const GeoArea *> byExtent;
    for (const GeoArea &area : std::as_const(m_areas))
        if (area.level == GeoArea::Level::District || m_zoom >= 12)
            byExtent.append(&area);
    std::sort(byExtent.begin(), byExtent.end(), [](const GeoArea *a, const GeoArea *b) {
        if (a->level != b->level)
            return a->level == GeoArea::Level::District;
        return (a->box.maxLng - a->box.minLng) * (a->box.maxLat - a->box.minLat)
            > (b->box.maxLng - b->box.minLng) * (b->box.maxLat - b->box.minLat);
    });
    QVector<QRectF> taken;
    m_labelsDrawn.clear();
    for (const GeoArea *area : std::as_const(byExtent)) {
        const QFont &labelFont = area->level == GeoArea::Level::District ? districtFont : streetFont;
        const QPointF at = widgetPosition(area->labelPoint);
        const QRectF box = labelBox(at, area->name, QFontMetricsF(labelFont));
        if (!QRectF(rect()).intersects(box)
            || std::any_of(taken.cbegin(), taken.cend(), [&box](const QRectF &t) { return t.intersects(box); }))
            continue;
        taken.append(box);
        m_labelsDrawn.append(area->name);
        drawHaloText(painter, at, area->name, labelFont, labelColor);
    }
}

void MapView::drawPlaces(QPainter &painter)
{
    if (m_zoom < 11)
        return;
    QFont labelFont = font();
    labelFont.setPixelSize(11);
    const QRectF visible = QRectF(rect()).adjusted(-10, -10, 10, 10);
    for (const GeoPlace &place : std::as_const(m_places)) {
        const QPointF at = widgetPosition(place.location);
        if (!visible.contains(at))
            continue;
        painter.setPen(QPen(QColor(0x15, 0x65, 0xC0), 2));
        painter.setBrush(Qt::white);
        painter.drawEllipse(at, 4, 4);
        if (m_zoom >= 13)
            drawHaloText(painter, at + QPointF(0, -11), place.name, labelFont, QColor(0x15, 0x4F, 0x9A));
    }
}

void MapView::drawPins(QPainter &painter)
{
    const auto drawPin = [&painter](const QPointF &tip, const QColor &color, double size) {
        QPainterPath pin;
        pin.moveTo(tip);
        pin.cubicTo(tip + QPointF(-size, -size * 1.2), tip + QPointF(-size, -size * 2.4), tip + QPointF(0, -size * 2.4));
        pin.cubicTo(tip + QPointF(size, -size * 2.4), tip + QPointF(size, -size * 1.2), tip);
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(color);
        painter.drawPath(pin);
        painter.setBrush(Qt::white);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(tip + QPointF(0, -size * 1.6), size * 0.35, size * 0.35);
    };
    QFont labelFont = font();
    labelFont.setPixelSize(11);
    for (const MapPin &pin : std::as_const(m_pins)) {
        const QPointF at = widgetPosition(pin.location);
        if (!rect().adjusted(-20, -20, 20, 40).contains(at.toPoint()))
            continue;
        drawPin(at, pin.highlighted ? duplicateColor : pinColor, pin.highlighted ? 9 : 7);
        if (m_zoom >= 14 && !pin.label.isEmpty())
            drawHaloText(painter, at + QPointF(0, 10), pin.label, labelFont, labelColor);
    }
    if (m_marker)
        drawPin(widgetPosition(*m_marker), markerColor, 12);
}

void MapView::drawOverlay(QPainter &painter)
{
    // The centre cross: where Enter picks a point when the map has the keyboard.
    if (hasFocus()) {
        const QPointF c(width() / 2.0, height() / 2.0);
        painter.setPen(QPen(QColor(0x20, 0x20, 0x20, 200), 1.5));
        painter.drawLine(c + QPointF(-10, 0), c + QPointF(-3, 0));
        painter.drawLine(c + QPointF(3, 0), c + QPointF(10, 0));
        painter.drawLine(c + QPointF(0, -10), c + QPointF(0, -3));
        painter.drawLine(c + QPointF(0, 3), c + QPointF(0, 10));
    }
    // Scale bar of a round length near 100 px.
    const double metersPerPixel = WebMercator::metersPerPixel(center().lat, m_zoom);
    const double target = metersPerPixel * 100;
    const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
    double meters = magnitude;
    for (double step : {2.0, 5.0, 10.0})
        if (magnitude * step <= target)
            meters = magnitude * step;
    const double length = meters / metersPerPixel;
    const QPointF start(12, height() - 14);
    painter.setPen(QPen(labelColor, 2));
    painter.drawLine(start, start + QPointF(length, 0));
    painter.drawLine(start, start + QPointF(0, -5));
    painter.drawLine(start + QPointF(length, 0), start + QPointF(length, -5));
    QFont small = font();
    small.setPixelSize(11);
    painter.setFont(small);
    const QString label = meters >= 1000 ? tr("%1 公里").arg(meters / 1000) : tr("%1 米").arg(meters);
    painter.drawText(start + QPointF(length + 6, 0), label);
    if (!m_attribution.isEmpty()) {
        const QRectF box = painter.fontMetrics().boundingRect(m_attribution).adjusted(-4, -2, 4, 2);
        const QRectF at(width() - box.width() - 4, height() - box.height() - 4, box.width(), box.height());
        painter.fillRect(at, QColor(255, 255, 255, 200));
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.drawText(at, Qt::AlignCenter, m_attribution);
    }
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const double stepX = width() / 4.0;
    const double stepY = height() / 4.0;
    const QPointF middle(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Left: panPixels({-stepX, 0}); return;
    case Qt::Key_Right: panPixels({stepX, 0}); return;
    case Qt::Key_Up: panPixels({0, -stepY}); return;
    case Qt::Key_Down: panPixels({0, stepY}); return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_PageUp: setZoom(m_zoom + 1, middle); return;
    case Qt::Key_Minus:
    case Qt::Key_PageDown: setZoom(m_zoom - 1, middle); return;
    case Qt::Key_Home: fitAll(); return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: Q_EMIT pointPicked(center()); return;
    default: QWidget::keyPressEvent(event);
    }
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    m_pressAt = event->position().toPoint();
    m_lastDrag = *m_pressAt;
    m_dragged = false;
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressAt)
        return;
    const QPoint now = event->position().toPoint();
    if (!m_dragged && (now - *m_pressAt).manhattanLength() < 4)
        return; // a shaky click is still a click
    m_dragged = true;
    panPixels(QPointF(m_lastDrag - now));
    m_lastDrag = now;
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_pressAt && !m_dragged && event->button() == Qt::LeftButton)
        Q_EMIT pointPicked(geoAt(event->position()));
    m_pressAt.reset();
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitted)
        fitBox(*m_fitted);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0)
        setZoom(m_zoom + steps, event->position());
    event->accept();
}

} // namespace hotline
