// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueSource.h"

#include "sync/SyncEngine.h"

#include <QJsonArray>

namespace hotline {

void CentralQueueSource::refresh(const QString &queue)
{
    m_sync.ask(QStringLiteral("/api/v1/queues/") + queue, [this, queue](const std::optional<QJsonObject> &body, const QString &error) {
        if (!body) {
            Q_EMIT loaded(queue, m_last.value(queue), true, error);
            return;
        }
        QVector<WorkOrderState> orders;
        for (const QJsonValue &order : body->value(QLatin1String("orders")).toArray())
            orders.append(WorkOrderState::fromJson(order.toObject()));
        m_last.insert(queue, orders);
        Q_EMIT loaded(queue, orders, false, QString());
    });
}

} // namespace hotline
