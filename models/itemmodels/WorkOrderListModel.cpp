// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkOrderListModel.h"

#include "timelimits/Deadlines.h"

namespace hotline {

WorkOrderListModel::WorkOrderListModel(QObject *parent) : QAbstractTableModel(parent) {}

int WorkOrderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int WorkOrderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkOrderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkOrderSummary &order = m_orders.at(index.row());
    if (role == NumberRole)
        return order.number;
    if (role == OpenRole)
        return isOpen(order.status);
    if (role == OverdueRole)
        return order.due.isValid() && order.due < QDateTime::currentDateTimeUtc();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NumberColumn: return order.number;
    case CreatedColumn: return order.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case StatusColumn: return displayName(order.status);
    case TimeLeftColumn:
        return order.due.isValid() ? Deadlines::timeLeftText(QDateTime::currentDateTimeUtc().secsTo(order.due)) : QString();
    case TitleColumn: return order.title;
    case DistanceColumn:
        return index.row() < m_meters.size() ? tr("%1 米").arg(qRound(m_meters.at(index.row()))) : QVariant();
    default: return {};
    }
}

QVariant WorkOrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("工单编号");
    case CreatedColumn: return tr("受理时间");
    case StatusColumn: return tr("状态");
    case TimeLeftColumn: return tr("剩余时间");
    case TitleColumn: return tr("标题");
    case DistanceColumn: return tr("距离");
    default: return {};
    }
}

void WorkOrderListModel::setOrders(QVector<WorkOrderSummary> orders, QVector<double> meters)
{
    beginResetModel();
    m_orders = std::move(orders);
    m_meters = std::move(meters);
    endResetModel();
}

} // namespace hotline
