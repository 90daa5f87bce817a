// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/FloorWallboard.h"

#include <QGridLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace hotline {

namespace {
constexpr int valuePoints = 72; // about 10 cm high on a 55" screen: readable from ten metres
}

FloorWallboard::FloorWallboard(const FloorThresholds &thresholds, QWidget *parent)
    : QWidget(parent, Qt::Window), m_thresholds(thresholds), m_heading(new QLabel(this)), m_pages(new QStackedWidget(this)),
      m_surges(new QLabel(this))
{
    setObjectName(QStringLiteral("floorWallboard"));
    setWindowTitle(tr("大屏 — 话务现场"));
    setAutoFillBackground(true);
    QPalette dark = palette();
    dark.setColor(QPalette::Window, QColor(QStringLiteral("#101418")));
    dark.setColor(QPalette::WindowText, Qt::white);
    setPalette(dark);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 24);
    QFont heading = font();
    heading.setPointSize(32);
    heading.setBold(true);
    m_heading->setFont(heading);
    m_heading->setObjectName(QStringLiteral("wallboardHeading"));
    layout->addWidget(m_heading);
    layout->addWidget(m_pages, 1);

    m_names = {tr("来电与工单（今日 0 点起）"), tr("坐席状态"), tr("突发诉求")};
    m_pages->addWidget(tilesPage({FloorMetric::Calls, FloorMetric::Orders, FloorMetric::Fcr, FloorMetric::Overdue}, 2));
    m_pages->addWidget(tilesPage({FloorMetric::Ready, FloorMetric::InCall, FloorMetric::AfterCall, FloorMetric::NotReady,
                                  FloorMetric::PendingReview},
                                 3));
    QFont surgeFont = font();
    surgeFont.setPointSize(44);
    m_surges->setFont(surgeFont);
    m_surges->setObjectName(QStringLiteral("wallboardSurges"));
    m_surges->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_surges->setWordWrap(true);
    m_pages->addWidget(m_surges);

    setRotateSeconds(15);
    connect(&m_rotate, &QTimer::timeout, this, [this] { turn(1); });
    showHeading();
}

QWidget *FloorWallboard::tilesPage(const QVector<FloorMetric> &metrics, int columns)
{
    auto *page = new QWidget(m_pages);
    auto *grid = new QGridLayout(page);
    grid->setSpacing(24);
    for (int i = 0; i < metrics.size(); ++i) {
        auto *tile = new FloorTile(FloorNumbers::title(metrics.at(i)), page);
        tile->setScale(valuePoints);
        grid->addWidget(tile, i / columns, i % columns);
        m_tiles.insert(int(metrics.at(i)), tile);
    }
    return page;
}

FloorTile *FloorWallboard::tile(FloorMetric metric) const
{
    return m_tiles.value(int(metric));
}

void FloorWallboard::showFigures(const QJsonObject &figures)
{
    for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it)
        FloorNumbers::show(*it.value(), FloorMetric(it.key()), figures, QStringLiteral("today"), m_thresholds);
    QStringList lines;
    for (const QJsonValue &surge : figures.value(QLatin1String("surges")).toArray()) {
        QStringList phrases;
        for (const QJsonValue &phrase : surge[QLatin1String("phrases")].toArray())
            if (phrases.size() < 3)
                phrases.append(phrase[QLatin1String("text")].toString());
        lines.append(tr("▲ %1 · %2：今日 %3 件，往常 %4 件<br/><span style=\"font-size:36pt\">%5</span>")
                         .arg(surge[QLatin1String("districtName")].toString(), surge[QLatin1String("itemName")].toString())
                         .arg(surge[QLatin1String("orders")].toInt())
                         .arg(surge[QLatin1String("usual")].toDouble(), 0, 'f', 1)
                         .arg(phrases.join(QStringLiteral("、")).toHtmlEscaped()));
        if (lines.size() == 4)
            break;
    }
    m_surges->setText(lines.isEmpty() ? tr("今日没有突发诉求") : lines.join(QStringLiteral("<br/><br/>")));
    const QDateTime at = QDateTime::fromString(figures.value(QLatin1String("at")).toString(), Qt::ISODate);
    m_at = at.isValid() ? at.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("HH:mm")) : QString();
    showHeading();
}

void FloorWallboard::setRotateSeconds(int seconds)
{
    m_rotate.start(std::max(3, seconds) * 1000);
}

int FloorWallboard::page() const
{
    return m_pages->currentIndex();
}

int FloorWallboard::pages() const
{
    return m_pages->count();
}

void FloorWallboard::turn(int by)
{
    m_pages->setCurrentIndex((m_pages->currentIndex() + by + m_pages->count()) % m_pages->count());
    m_rotate.start(); // a page turned by hand stays its full time
    showHeading();
}

void FloorWallboard::showHeading()
{
    m_heading->setText(tr("%1    %2/%3    %4").arg(m_names.value(page())).arg(page() + 1).arg(pages()).arg(m_at));
}

void FloorWallboard::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_PageDown: turn(1); return;
    case Qt::Key_PageUp: turn(-1); return;
    case Qt::Key_Escape:
    case Qt::Key_F11:
        close();
        Q_EMIT left();
        return;
    default: QWidget::keyPressEvent(event);
    }
}

} // namespace hotline
