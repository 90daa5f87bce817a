// SPDX-License-Identifier: GPL-3.0-or-later
#include "NearbyLookup.h"

#include "sync/SyncEngine.h"
#include "timelimits/Deadlines.h"
#include "timelimits/TimeLimitRepository.h"
#include "workorder/WorkOrderState.h"

#include <QJsonArray>
#include <QUrl>

namespace hotline {

void NearbyLookup::lookUp(const GeoPoint &point, const NearbySettings &settings, const QString &classificationPath)
{
    const int asked = ++m_asked;
    const bool online = m_sync && m_sync->signedIn();
    Q_EMIT found(NearbyOrders(m_store).around(point, settings, classificationPath),
                 online ? tr("正在查询全中心的工单…") : tr("离线：只有本席的工单"));
    if (!online)
        return;
    QString path = QStringLiteral("/api/v1/orders?near=%1,%2&radius=%3&days=%4")
                       .arg(point.lng, 0, 'f', 6)
                       .arg(point.lat, 0, 'f', 6)
                       .arg(settings.radiusMeters)
                       .arg(settings.days);
    if (!classificationPath.isEmpty())
        path += QStringLiteral("&item=") + QString::fromLatin1(QUrl::toPercentEncoding(classificationPath));
    m_sync->ask(path, [this, asked, point, settings, classificationPath](const std::optional<QJsonObject> &body, const QString &error) {
        if (asked != m_asked)
            return;
        if (!body) {
            Q_EMIT found(NearbyOrders(m_store).around(point, settings, classificationPath), tr("离线：只有本席的工单（%1）").arg(error));
            return;
        }
        const TimeLimits limits = TimeLimitRepository(m_store).limits();
        const Deadlines deadlines(limits);
        QVector<NearbyOrder> orders;
        for (const QJsonValue &value : body->value(QLatin1String("orders")).toArray()) {
            const WorkOrderState state = WorkOrderState::fromJson(value.toObject());
            NearbyOrder order;
            order.summary = WorkOrderSummary::of(state);
            if (const std::optional<RunningClock> clock = deadlines.running(state))
                order.summary.due = clock->due;
            order.classification = state.draft.classification.path();
            order.location = state.draft.address.location.value_or(GeoPoint{});
            order.meters = value.toObject().value(QLatin1String("meters")).toDouble();
            orders.append(order);
        }
        Q_EMIT found(orders, QString());
    });
}

} // namespace hotline
