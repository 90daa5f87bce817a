// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelimits/Deadlines.h"
#include "workorder/WorkOrderState.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace hotline {

// The rows of a lifecycle list (dispatcher's queue, department's orders, callbacks): what it
// waits for, the order, the place, the unit, and the time left; urgent and overdue rows first
// (the view paints OverdueRole rows red: colours are the widgets' business).
class QueueListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { QueueColumn, NumberColumn, TitleColumn, PlaceColumn, UnitColumn, TimeLeftColumn, ColumnCount };
    enum Role { OverdueRole = Qt::UserRole + 1 };

    explicit QueueListModel(const Deadlines &deadlines, QObject *parent = nullptr);
    // Unit codes shown as names (the desk's unit directory); a code it lacks is shown as is.
    void setUnitNames(QHash<QString, QString> names) { m_unitNames = std::move(names); }
    QString unitName(const QString &code) const { return m_unitNames.value(code, code); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Urgent and overdue first, then the least time left, then the oldest.
    void setOrders(QVector<WorkOrderState> orders, const QDateTime &now = QDateTime::currentDateTimeUtc());
    const QVector<WorkOrderState> &orders() const { return m_orders; }
    // An order changed by an action on this desk: shown as it now stands until the next refresh.
    void replace(int row, const WorkOrderState &order);
    void remove(int row);

private:
    std::optional<qint64> secondsLeft(const WorkOrderState &order) const;

    const Deadlines &m_deadlines;
    QVector<WorkOrderState> m_orders;
    QDateTime m_now;
    QHash<QString, QString> m_unitNames;
};

} // namespace hotline
