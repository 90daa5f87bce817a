// SPDX-License-Identifier: GPL-3.0-or-later
#include "NearbyOrders.h"

#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace hotline {

namespace {
const QString radiusKey = QStringLiteral("nearby.radius_m");
const QString daysKey = QStringLiteral("nearby.days");
} // namespace

NearbySettings NearbySettings::load(const LocalStore &store)
{
    NearbySettings settings;
    settings.radiusMeters = store.meta(radiusKey, QString::number(settings.radiusMeters)).toInt();
    settings.days = store.meta(daysKey, QString::number(settings.days)).toInt();
    return settings;
}

Status NearbySettings::save(LocalStore &store, const NearbySettings &settings)
{
    if (settings.radiusMeters < 10 || settings.radiusMeters > 20000)
        return Error{QCoreApplication::translate("hotline::NearbySettings", "半径应在 10 到 20000 米之间，实际为 %1")
                         .arg(settings.radiusMeters)};
    if (settings.days < 1 || settings.days > 365)
        return Error{QCoreApplication::translate("hotline::NearbySettings", "天数应在 1 到 365 之间，实际为 %1").arg(settings.days)};
    return store.transaction([&]() -> Status {
        if (Status s = store.setMeta(radiusKey, QString::number(settings.radiusMeters)); !s)
            return s;
        return store.setMeta(daysKey, QString::number(settings.days));
    });
}

QVector<NearbyOrder> NearbyOrders::around(const GeoPoint &point, const NearbySettings &settings,
                                          const QString &classificationPath, const QDateTime &now) const
{
    QVector<NearbyOrder> found;
    for (NearbyOrder &order : query(GeoBox::around(point, settings.radiusMeters), now.addDays(-settings.days), 10000)) {
        order.meters = distanceMeters(point, order.location);
        if (order.meters <= settings.radiusMeters && (classificationPath.isEmpty() || order.classification == classificationPath))
            found.append(std::move(order));
    }
    std::sort(found.begin(), found.end(), [](const NearbyOrder &a, const NearbyOrder &b) { return a.meters < b.meters; });
    return found;
}

QVector<NearbyOrder> NearbyOrders::within(const GeoBox &box, int days, int limit, const QDateTime &now) const
{
    return query(box, now.addDays(-days), limit);
}

QVector<NearbyOrder> NearbyOrders::query(const GeoBox &box, const QDateTime &since, int limit) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "SELECT w.number, w.created_at, w.status, w.phone, w.caller_name, w.title, w.classification, w.lng, w.lat"
        " FROM work_order_locations l JOIN work_orders w ON w.number = l.number"
        " WHERE l.max_lng >= ? AND l.min_lng <= ? AND l.max_lat >= ? AND l.min_lat <= ?"
        " AND w.created_at >= ? AND w.status NOT IN ('closed', 'merged', 'answered')"
        " ORDER BY w.created_at DESC LIMIT ?"));
    query.addBindValue(box.minLng);
    query.addBindValue(box.maxLng);
    query.addBindValue(box.minLat);
    query.addBindValue(box.maxLat);
    query.addBindValue(since.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(limit);
    QVector<NearbyOrder> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        NearbyOrder order;
        order.summary = {query.value(0).toString(),
                         QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs),
                         orderStatusFromCode(query.value(2).toString()).value_or(OrderStatus::Open),
                         query.value(3).toString(), query.value(4).toString(), query.value(5).toString(), {}};
        order.classification = query.value(6).toString();
        order.location = {query.value(7).toDouble(), query.value(8).toDouble()};
        result.append(std::move(order));
    }
    return result;
}

} // namespace hotline
