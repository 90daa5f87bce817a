// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/FloorTile.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace hotline {

FloorTile::FloorTile(const QString &title, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_value(new QLabel(QStringLiteral("—"), this)), m_detail(new QLabel(this))
{
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    for (QLabel *label : {m_title, m_value, m_detail}) {
        label->setAlignment(Qt::AlignCenter);
        layout->addWidget(label);
    }
    m_title->setObjectName(QStringLiteral("tileTitle"));
    m_value->setObjectName(QStringLiteral("tileValue"));
    m_detail->setObjectName(QStringLiteral("tileDetail"));
    setScale(28);
    setValue(QStringLiteral("—"));
}

void FloorTile::setValue(const QString &value, const QString &detail, Level level)
{
    m_value->setText(value);
    // An empty line keeps its room: the numbers of a row of tiles stay level.
    m_detail->setText(detail);
    m_level = level;
    // Dark by default (a hall's screen is read against light), amber and red stand out from far.
    QColor background(QStringLiteral("#263238")), text(Qt::white);
    if (level == Level::Amber) {
        background = QColor(QStringLiteral("#ffb300"));
        text = Qt::black;
    } else if (level == Level::Red) {
        background = QColor(QStringLiteral("#d32f2f"));
    }
    QPalette colours = palette();
    colours.setColor(QPalette::Window, background);
    colours.setColor(QPalette::WindowText, text);
    setPalette(colours);
    setProperty("level", int(level));
}

void FloorTile::setScale(int valuePoints)
{
    QFont big = font();
    big.setPointSize(valuePoints);
    big.setBold(true);
    m_value->setFont(big);
    QFont small = font();
    small.setPointSize(std::max(9, valuePoints * 2 / 5));
    m_title->setFont(small);
    m_detail->setFont(small);
    m_detail->setMinimumHeight(m_detail->fontMetrics().height());
}

QString FloorTile::title() const
{
    return m_title->text();
}

QString FloorTile::value() const
{
    return m_value->text();
}

QString FloorTile::detail() const
{
    return m_detail->text();
}

} // namespace hotline
