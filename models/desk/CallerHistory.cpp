// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallerHistory.h"

#include "sync/SyncEngine.h"
#include "timelimits/Deadlines.h"
#include "timelimits/TimeLimitRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace hotline {

CallerHistory::CallerHistory(WorkOrderRepository &orders, LocalStore &store, SyncEngine *sync, QObject *parent)
    : QObject(parent), m_orders(orders), m_store(store), m_sync(sync)
{
}

void CallerHistory::addClock(WorkOrderSummary &summary, const WorkOrderState &state, const Deadlines &deadlines) const
{
    if (const std::optional<RunningClock> clock = deadlines.running(state))
        summary.due = clock->due;
}

QVector<WorkOrderSummary> CallerHistory::local(const QString &phone) const
{
    const TimeLimits limits = TimeLimitRepository(m_store).limits();
    const Deadlines deadlines(limits);
    QVector<WorkOrderSummary> orders = m_orders.byPhone(phone);
    for (WorkOrderSummary &summary : orders)
        if (isOpen(summary.status))
            if (const std::optional<WorkOrderState> state = m_orders.find(summary.number))
                addClock(summary, *state, deadlines);
    return orders;
}

void CallerHistory::lookUp(const QString &phone)
{
    m_asked = phone;
    const bool online = m_sync && m_sync->signedIn();
    Q_EMIT found(phone, local(phone), Scope::ThisDeskOnly,
                 online ? tr("正在查询全中心的工单…") : tr("离线：只有本席的工单"));
    if (!online || phone.isEmpty())
        return;
    m_sync->ask(QStringLiteral("/api/v1/orders?phone=") + QString::fromLatin1(QUrl::toPercentEncoding(phone)),
                [this, phone](const std::optional<QJsonObject> &body, const QString &error) {
                    if (phone != m_asked)
                        return; // the operator moved on to another number
                    if (!body) {
                        Q_EMIT found(phone, local(phone), Scope::ThisDeskOnly, tr("离线：只有本席的工单（%1）").arg(error));
                        return;
                    }
                    const TimeLimits limits = TimeLimitRepository(m_store).limits();
                    const Deadlines deadlines(limits);
                    QVector<WorkOrderSummary> orders;
                    QSet<QString> known;
                    for (const QJsonValue &value : body->value(QLatin1String("orders")).toArray()) {
                        const WorkOrderState state = WorkOrderState::fromJson(value.toObject());
                        m_remote.insert(state.number, state);
                        orders.append(WorkOrderSummary::of(state));
                        addClock(orders.last(), state, deadlines);
                        known.insert(state.number);
                    }
                    // Orders filed here and not yet at the centre are the caller's too.
                    for (const WorkOrderSummary &mine : local(phone))
                        if (!known.contains(mine.number))
                            orders.append(mine);
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
