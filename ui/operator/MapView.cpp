// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/MapView.h"

#include "operator/MapStyle.h"
#include "geo/WebMercator.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace hotline {

namespace {
constexpr int spriteMargin = 4;
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
    m_layer.setAreas(std::move(areas));
    update();
}

void MapView::setPlaces(QVector<GeoPlace> places)
{
    m_layer.setPlaces(std::move(places));
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
    m_layer.setBasemap(std::move(fetcher));
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
    for (const GeoArea &area : m_layer.areas())
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

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    drawTiles(painter);
    painter.setRenderHint(QPainter::Antialiasing);
    drawAreaLabels(painter);
    drawPins(painter);
    drawOverlay(painter);
}

void MapView::drawTiles(QPainter &painter)
{
    painter.fillRect(rect(), MapStyle::paper);
    // Whole pixels: a tile drawn at a fraction would be resampled and blur.
    const QPoint topLeft = topLeftPixels().toPoint();
    const int size = WebMercator::tileSize;
    const int count = 1 << m_zoom;
    const int x0 = std::max(0, int(std::floor(double(topLeft.x()) / size)));
    const int y0 = std::max(0, int(std::floor(double(topLeft.y()) / size)));
    const int x1 = std::min(count - 1, int(std::floor(double(topLeft.x() + width()) / size)));
    const int y1 = std::min(count - 1, int(std::floor(double(topLeft.y() + height()) / size)));
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            painter.drawImage(QPoint(x * size - topLeft.x(), y * size - topLeft.y()), m_layer.tile(m_zoom, x, y));
}

const QImage &MapView::labelSprite(const QString &text, int pixelSize)
{
    const QString key = QStringLiteral("label:%1:").arg(pixelSize) + text;
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return *it;
    QFont labelFont = font();
    labelFont.setPixelSize(pixelSize);
    labelFont.setBold(true);
    const QRectF box = QFontMetricsF(labelFont).boundingRect(text);
    QImage sprite(QSize(int(box.width()) + 2 * spriteMargin + 2, int(box.height()) + 2 * spriteMargin),
                  QImage::Format_ARGB32_Premultiplied);
    sprite.fill(Qt::transparent);
    QPainter painter(&sprite);
    painter.setRenderHint(QPainter::Antialiasing);
    MapStyle::drawHaloText(painter, QRectF(sprite.rect()).center(), text, labelFont, MapStyle::label);
    return *m_sprites.insert(key, sprite);
}

const QImage &MapView::pinSprite(const QColor &color, int size)
{
    const QString key = QStringLiteral("pin:%1:%2").arg(color.name()).arg(size);
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return *it;
    // The tip of the pin is the bottom centre of the image.
    QImage sprite(2 * size + 4, int(2.4 * size) + 3, QImage::Format_ARGB32_Premultiplied);
    sprite.fill(Qt::transparent);
    QPainter painter(&sprite);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF tip(sprite.width() / 2.0, sprite.height() - 1.5);
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
    return *m_sprites.insert(key, sprite);
}

void MapView::drawAreaLabels(QPainter &painter)
{
    // Larger areas name themselves first; a name that would overlap one already drawn waits
    // for a closer zoom instead of becoming unreadable.
    QVector<const GeoArea *> byExtent;
    for (const GeoArea &area : m_layer.areas())
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
        const int pixelSize = area->level == GeoArea::Level::Street ? 12 : (m_zoom <= 9 ? 12 : 15);
        const QImage &sprite = labelSprite(area->name, pixelSize);
        const QPointF at = widgetPosition(area->labelPoint);
        const QRectF box(at.x() - sprite.width() / 2.0, at.y() - sprite.height() / 2.0, sprite.width(), sprite.height());
        const QRectF text = box.adjusted(spriteMargin, spriteMargin, -spriteMargin, -spriteMargin);
        if (!QRectF(rect()).intersects(box)
            || std::any_of(taken.cbegin(), taken.cend(), [&text](const QRectF &t) { return t.intersects(text); }))
            continue;
        taken.append(text);
        m_labelsDrawn.append(area->name);
        painter.drawImage(box.topLeft().toPoint(), sprite);
    }
}

void MapView::drawPins(QPainter &painter)
{
    const auto drawPin = [&](const QPointF &tip, const QColor &color, int size) {
        const QImage &sprite = pinSprite(color, size);
        painter.drawImage(QPointF(tip.x() - sprite.width() / 2.0, tip.y() - sprite.height() + 1.5).toPoint(), sprite);
    };
    QFont labelFont = font();
    labelFont.setPixelSize(11);
    const QRect reach = rect().adjusted(-20, -20, 20, 40);
    for (const MapPin &pin : std::as_const(m_pins)) {
        const QPointF at = widgetPosition(pin.location);
        if (!reach.contains(at.toPoint()))
            continue;
        drawPin(at, pin.highlighted ? MapStyle::duplicate : MapStyle::pin, pin.highlighted ? 9 : 7);
        if (m_zoom >= 15 && !pin.label.isEmpty())
            MapStyle::drawHaloText(painter, at + QPointF(0, 10), pin.label, labelFont, MapStyle::label);
    }
    if (m_marker)
        drawPin(widgetPosition(*m_marker), MapStyle::marker, 12);
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
    painter.setPen(QPen(MapStyle::label, 2));
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
