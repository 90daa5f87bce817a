// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueListModel.h"

#include "workorder/WorkQueue.h"


#include <algorithm>
#include <limits>
#include <tuple>

namespace hotline {

QueueListModel::QueueListModel(const Deadlines &deadlines, QObject *parent) : QAbstractTableModel(parent), m_deadlines(deadlines)
{
}

int QueueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int QueueListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<qint64> QueueListModel::secondsLeft(const WorkOrderState &order) const
{
    const std::optional<RunningClock> clock = m_deadlines.running(order);
    return clock ? std::optional(clock->secondsLeftAt(m_now)) : std::nullopt;
}

QVariant QueueListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_orders.size())
        return {};
    const WorkOrderState &order = m_orders.at(index.row());
    const std::optional<qint64> left = secondsLeft(order);
    if (role == OverdueRole)
        return left && *left < 0;
    if (role == Qt::ToolTipRole && index.column() == UnitColumn)
        return order.dispatchReason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case QueueColumn: {
        const QString queue = displayName(queueOf(order));
        const QString urgency = order.draft.urgency == Urgency::Normal ? QString() : displayName(order.draft.urgency) + u' ';
        return QString(urgency + (queue.isEmpty() ? displayName(order.status) : queue));
    }
    case NumberColumn: return order.number;
    case TitleColumn: return order.draft.title;
    case PlaceColumn: {
        const Address &place = order.draft.address;
        return place.streetName.isEmpty() ? QString(place.districtName + place.detail) : QString(place.streetName + u' ' + place.detail);
    }
    case UnitColumn: return unitName(order.dispatchedTo);
    case TimeLeftColumn: return left ? Deadlines::timeLeftText(*left) : QString();
    }
    return {};
}

QVariant QueueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QueueColumn: return tr("待办");
    case NumberColumn: return tr("工单号");
    case TitleColumn: return tr("标题");
    case PlaceColumn: return tr("地点");
    case UnitColumn: return tr("承办单位");
    case TimeLeftColumn: return tr("剩余时间");
    }
    return {};
}

void QueueListModel::setOrders(QVector<WorkOrderState> orders, const QDateTime &now)
{
    beginResetModel();
    m_now = now;
    m_orders = std::move(orders);
    const auto rank = [this](const WorkOrderState &order) {
        const std::optional<qint64> left = secondsLeft(order);
        return std::tuple(order.draft.urgency == Urgency::Normal, left.value_or(std::numeric_limits<qint64>::max()), order.createdAt);
    };
    std::stable_sort(m_orders.begin(), m_orders.end(), [&](const WorkOrderState &a, const WorkOrderState &b) { return rank(a) < rank(b); });
    endResetModel();
}

void QueueListModel::replace(int row, const WorkOrderState &order)
{
    if (row < 0 || row >= m_orders.size())
        return;
    m_orders[row] = order;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void QueueListModel::remove(int row)
{
    if (row < 0 || row >= m_orders.size())
        return;
    beginRemoveRows({}, row, row);
    m_orders.remove(row);
    endRemoveRows();
}

} // namespace hotline
