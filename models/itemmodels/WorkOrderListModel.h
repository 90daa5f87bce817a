// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workorder/WorkOrderRepository.h"

#include <QAbstractTableModel>

namespace hotline {

// A table of work-order summaries: the caller history on the desk, recent orders elsewhere.
class WorkOrderListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NumberColumn, CreatedColumn, StatusColumn, TitleColumn, ColumnCount };
    enum Role { NumberRole = Qt::UserRole + 1, OpenRole };

    explicit WorkOrderListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setOrders(QVector<WorkOrderSummary> orders);
    const QVector<WorkOrderSummary> &orders() const { return m_orders; }

private:
    QVector<WorkOrderSummary> m_orders;
};

} // namespace hotline
