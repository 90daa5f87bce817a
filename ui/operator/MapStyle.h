// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPen>
#include <QRectF>

class QPainter;

namespace hotline {

// The map's colours and its text drawing, shared by the still tiles and the moving layer.
namespace MapStyle {

inline const QColor paper(0xF4, 0xF3, 0xEF);
inline const QColor boundary(0x3B, 0x5B, 0x8C);
inline const QColor streetBoundary(0x7A, 0x8F, 0xB0);
inline const QColor label(0x1F, 0x2D, 0x3D);
inline const QColor place(0x15, 0x65, 0xC0);
inline const QColor placeLabel(0x15, 0x4F, 0x9A);
inline const QColor pin(0x78, 0x90, 0x9C);       // open orders around
inline const QColor duplicate(0xEF, 0x6C, 0x00); // possible duplicates of this call
inline const QColor marker(0xD3, 0x2F, 0x2F);    // the place of the order being typed

// Soft fills that keep neighbouring districts apart and labels readable.
QColor areaFill(int index);
// Draws `text` centred on `at` with a white halo so that it reads over any fill.
void drawHaloText(QPainter &painter, const QPointF &at, const QString &text, const QFont &font, const QColor &color);
// The same with the glyph cache (text drawn five times) instead of outlined glyphs: for the
// hundreds of place names of a tile block.
void drawQuickHaloText(QPainter &painter, const QPointF &at, const QString &text, const QFont &font, const QColor &color);
// Boundary lines: cosmetic one-pixel pens take the rasteriser's fast line path, where a wider
// pen would be outlined as a polygon around every one of thousands of segments.
QPen outlinePen(const QColor &color);

} // namespace MapStyle

} // namespace hotline
