// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lead/FloorNumbers.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QBarCategoryAxis;
class QBarSeries;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QPieSeries;
class QTableWidget;
class QValueAxis;

namespace hotline {

class FloorWallboard;
class SyncEngine;

// The floor live for a team lead (GET /api/v1/floor): tiles for the numbers, calls and orders
// per hour against the usual level, the operators by state, first-call resolution by item and
// channel, and the surges with their phrases and articles; since midnight or over the sliding
// 24 hours. Refreshed when the centre nudges "floor" and every 30 s besides. F11 opens the
// wallboard for the hall's screen (Esc leaves it).
class FloorPage : public QWidget {
    Q_OBJECT
public:
    // Asks the centre for a path (SyncEngine::ask, or a test's stand-in).
    using Answer = std::function<void(const std::optional<QJsonObject> &body, const QString &error)>;
    using Ask = std::function<void(const QString &path, Answer answer)>;
    explicit FloorPage(Ask ask, QWidget *parent = nullptr);
    // Asking the centre the desk is signed in to, refreshed when it nudges "floor".
    static FloorPage *forCentre(SyncEngine &sync);
    ~FloorPage() override;

    void refresh();
    void showFigures(const QJsonObject &figures);
    void setThresholds(const FloorThresholds &thresholds);
    // "today" or "day".
    QString window() const;
    FloorTile *tile(FloorMetric metric) const;
    QChart *hoursChart() const;
    QChart *agentsChart() const;
    QTableWidget *fcrTable() const { return m_fcr; }
    QTableWidget *surgeTable() const { return m_surges; }
    FloorWallboard *wallboard() const;
    void openWallboard();

    static constexpr int refreshSeconds = 30;

Q_SIGNALS:
    // Surges (an item in a district well above its usual level) that the last figures flagged
    // and the ones before did not, each as a line for a person: "朝阳区 · 供暖：今日 14 件，往常 0.2 件".
    void surgesFlagged(const QStringList &surges);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showWindow();
    void showSurgeAlert();

    Ask m_ask;
    FloorThresholds m_thresholds;
    QJsonObject m_figures;
    QComboBox *m_window;
    QLabel *m_status;
    QLabel *m_alert;
    QSet<QString> m_surgesSeen; // item \n district of the surges flagged by the last figures
    QHash<int, FloorTile *> m_tiles;
    QChartView *m_hoursView, *m_agentsView;
    QBarSeries *m_bars;
    QLineSeries *m_usualCalls, *m_usualOrders;
    QBarCategoryAxis *m_hourAxis;
    QValueAxis *m_countAxis;
    QPieSeries *m_agents;
    QTableWidget *m_fcr, *m_surges;
    QPointer<FloorWallboard> m_wallboard;
    QTimer m_timer;
    bool m_asking = false;
};

} // namespace hotline
