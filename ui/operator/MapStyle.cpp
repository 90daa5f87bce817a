// SPDX-License-Identifier: GPL-3.0-or-later
#include "operator/MapStyle.h"

#include <QPainter>
#include <QPainterPath>

#include <iterator>

namespace hotline::MapStyle {

QColor areaFill(int index)
{
    static const QColor fills[] = {QColor(0xE3, 0xEC, 0xF7), QColor(0xE8, 0xF3, 0xE6), QColor(0xFB, 0xEF, 0xE0),
                                   QColor(0xF2, 0xE6, 0xF4), QColor(0xE6, 0xF4, 0xF2), QColor(0xF7, 0xF1, 0xDC)};
    return fills[index % int(std::size(fills))];
}

void drawHaloText(QPainter &painter, const QPointF &at, const QString &text, const QFont &font, const QColor &color)
{
    QPainterPath path;
    path.addText(0, 0, font, text);
    const QRectF box = path.boundingRect();
    path.translate(at.x() - box.center().x(), at.y() - box.center().y());
    painter.save();
    painter.setPen(QPen(QColor(255, 255, 255, 230), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPath(path);
    painter.restore();
}

void drawQuickHaloText(QPainter &painter, const QPointF &at, const QString &text, const QFont &font, const QColor &color)
{
    painter.save();
    painter.setFont(font);
    const QRectF box = painter.fontMetrics().boundingRect(text);
    const QPointF origin(at.x() - box.width() / 2.0, at.y() + box.height() / 2.0 - painter.fontMetrics().descent());
    painter.setPen(QColor(255, 255, 255, 235));
    for (const QPointF offset : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1)})
        painter.drawText(origin + offset, text);
    painter.setPen(color);
    painter.drawText(origin, text);
    painter.restore();
}

QPen outlinePen(const QColor &color)
{
    QPen pen(color, 1.0);
    pen.setCosmetic(true);
    return pen;
}

} // namespace hotline::MapStyle
