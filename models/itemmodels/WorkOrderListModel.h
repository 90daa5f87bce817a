// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workorder/WorkOrderRepository.h"

#include <QAbstractTableModel>

namespace hotline {

// A table of work-order summaries: the caller history on the desk, nearby possible duplicates
// (with their distance from the location being reported), recent orders elsewhere.
class WorkOrderListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NumberColumn, CreatedColumn, StatusColumn, TimeLeftColumn, TitleColumn, DistanceColumn, ColumnCount };
    enum Role { NumberRole = Qt::UserRole + 1, OpenRole, OverdueRole };

    explicit WorkOrderListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // `meters`, when given, holds each order's distance for the distance column.
    void setOrders(QVector<WorkOrderSummary> orders, QVector<double> meters = {});
    const QVector<WorkOrderSummary> &orders() const { return m_orders; }

private:
    QVector<WorkOrderSummary> m_orders;
    QVector<double> m_meters;
};

} // namespace hotline
