// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkOrderRepository.h"
#include "core/Result.h"
#include "geo/GeoPoint.h"

#include <QVector>

namespace hotline {

class LocalStore;

// How far and how far back a desk looks for the same problem reported by someone else.
// A centre tunes it (`hotline-ctl config nearby-radius|nearby-days`); kept in the store.
struct NearbySettings {
    int radiusMeters = 500;
    int days = 7;

    static NearbySettings load(const LocalStore &store);
    static Status save(LocalStore &store, const NearbySettings &settings);
};

struct NearbyOrder {
    WorkOrderSummary summary;
    QString classification; // "level1 › level2 › level3"
    GeoPoint location;
    double meters = 0;
};

// Open work orders around a point: possible duplicates of the problem being reported, and the
// pins on the map. Backed by the work_order_locations R*Tree.
class NearbyOrders {
public:
    explicit NearbyOrders(const LocalStore &store) : m_store(store) {}

    // Open orders within the settings' radius and days, nearest first; only those of the same
    // catalogue item when `classificationPath` is not empty.
    QVector<NearbyOrder> around(const GeoPoint &point, const NearbySettings &settings, const QString &classificationPath,
                                const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Open orders of the last `days` inside a box, for the map.
    QVector<NearbyOrder> within(const GeoBox &box, int days, int limit,
                                const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

private:
    QVector<NearbyOrder> query(const GeoBox &box, const QDateTime &since, int limit) const;

    const LocalStore &m_store;
};

} // namespace hotline
