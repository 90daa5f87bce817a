// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lead/FloorNumbers.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace hotline {

// The floor on the hall's LCD, read from ten metres: full screen, dark, numbers in large type
// on tiles that turn amber and red, pages that rotate every few seconds (the calls and orders,
// the operators, the surges); PgUp/PgDn turn the page by hand, Esc leaves.
class FloorWallboard : public QWidget {
    Q_OBJECT
public:
    explicit FloorWallboard(const FloorThresholds &thresholds, QWidget *parent = nullptr);

    void showFigures(const QJsonObject &figures);
    void setRotateSeconds(int seconds);
    int page() const;
    int pages() const;
    void turn(int by);
    FloorTile *tile(FloorMetric metric) const;

Q_SIGNALS:
    void left();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *tilesPage(const QVector<FloorMetric> &metrics, int columns);
    void showHeading();

    const FloorThresholds &m_thresholds;
    QLabel *m_heading;
    QStackedWidget *m_pages;
    QLabel *m_surges;
    QHash<int, FloorTile *> m_tiles;
    QStringList m_names;
    QString m_at;
    QTimer m_rotate;
};

} // namespace hotline
