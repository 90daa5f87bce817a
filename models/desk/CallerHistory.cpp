// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallerHistory.h"

#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace hotline {

CallerHistory::CallerHistory(WorkOrderRepository &orders, SyncEngine *sync, QObject *parent)
    : QObject(parent), m_orders(orders), m_sync(sync)
{
}

void CallerHistory::lookUp(const QString &phone)
{
    m_asked = phone;
    const bool online = m_sync && m_sync->state() != SyncEngine::State::NotConfigured && m_sync->state() != SyncEngine::State::SignedOut;
    Q_EMIT found(phone, m_orders.byPhone(phone), Scope::ThisDeskOnly,
                 online ? tr("正在查询全中心的工单…") : tr("离线：只有本席的工单"));
    if (!online || phone.isEmpty())
        return;
    m_sync->ask(QStringLiteral("/api/v1/orders?phone=") + QString::fromLatin1(QUrl::toPercentEncoding(phone)),
                [this, phone](const std::optional<QJsonObject> &body, const QString &error) {
                    if (phone != m_asked)
                        return; // the operator moved on to another number
                    if (!body) {
                        Q_EMIT found(phone, m_orders.byPhone(phone), Scope::ThisDeskOnly, tr("离线：只有本席的工单（%1）").arg(error));
                        return;
                    }
                    QVector<WorkOrderSummary> orders;
                    QSet<QString> known;
                    for (const QJsonValue &value : body->value(QLatin1String("orders")).toArray()) {
                        const WorkOrderState state = WorkOrderState::fromJson(value.toObject());
                        m_remote.insert(state.number, state);
                        orders.append(WorkOrderSummary::of(state));
                        known.insert(state.number);
                    }
                    // Orders filed here and not yet at the centre are the caller's too.
                    for (const WorkOrderSummary &local : m_orders.byPhone(phone))
                        if (!known.contains(local.number))
                            orders.append(local);
                    std::stable_sort(orders.begin(), orders.end(), [](const WorkOrderSummary &a, const WorkOrderSummary &b) {
                        if (isOpen(a.status) != isOpen(b.status))
                            return isOpen(a.status);
                        return a.createdAt > b.createdAt;
                    });
                    Q_EMIT found(phone, orders, Scope::WholeCentre, QString());
                });
}

std::optional<WorkOrderState> CallerHistory::order(const QString &number) const
{
    if (const auto remote = m_remote.constFind(number); remote != m_remote.cend())
        return *remote;
    return m_orders.find(number);
}

} // namespace hotline
