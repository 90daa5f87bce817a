// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lead/FloorTile.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace hotline {

// When a tile of the floor turns amber and red. The defaults are a Beijing-style floor's:
// a fifth of the operators not ready is a warning, a third an alarm; any overdue order is a
// warning, ten an alarm; after-call work of two minutes is long, five too long; first-call
// resolution under 70 % a warning, under 50 % an alarm; calls half again above the usual level.
struct FloorThresholds {
    double notReadyAmber = 0.20, notReadyRed = 0.35; // share of the operators on the floor
    int overdueAmber = 1, overdueRed = 10;
    int afterCallAmber = 120, afterCallRed = 300;    // the longest after-call work now, seconds
    int reviewAmber = 10, reviewRed = 30;            // orders waiting for a dispatcher's review
    double fcrAmber = 0.70, fcrRed = 0.50;           // below these
    double volumeAmber = 1.3, volumeRed = 1.6;       // calls against the usual level, above these
};

enum class FloorMetric { Calls, Orders, Fcr, Ready, InCall, AfterCall, NotReady, PendingReview, Overdue };

struct FloorNumber {
    QString title, value, detail;
    FloorTile::Level level = FloorTile::Level::Normal;
};

// The figures of GET /api/v1/floor as the tiles show them, for one window ("today": since
// Beijing midnight, "day": the sliding 24 hours).
class FloorNumbers {
    Q_DECLARE_TR_FUNCTIONS(hotline::FloorNumbers)
public:
    static QString title(FloorMetric metric);
    static FloorNumber of(FloorMetric metric, const QJsonObject &figures, const QString &window, const FloorThresholds &thresholds);
    static void show(FloorTile &tile, FloorMetric metric, const QJsonObject &figures, const QString &window,
                     const FloorThresholds &thresholds);
    static QString percent(double share);
};

} // namespace hotline
