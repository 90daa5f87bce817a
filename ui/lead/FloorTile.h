// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace hotline {

// One number of the floor with its name and a line under it ("往常 12"), on a background that
// turns amber or red when the number passes its threshold (FloorThresholds). The same tile
// serves the dashboard and, with large type, the wallboard.
class FloorTile : public QFrame {
    Q_OBJECT
public:
    enum class Level { Normal, Amber, Red };
    explicit FloorTile(const QString &title, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &detail = {}, Level level = Level::Normal);
    // Point sizes of the number (the name and detail take 40 % of it).
    void setScale(int valuePoints);

    QString title() const;
    QString value() const;
    QString detail() const;
    Level level() const { return m_level; }

private:
    QLabel *m_title, *m_value, *m_detail;
    Level m_level = Level::Normal;
};

} // namespace hotline
