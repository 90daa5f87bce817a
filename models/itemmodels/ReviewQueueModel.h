// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace hotline {

// The review queue as a table: one row per recording the centre listed (GET /api/v1/recordings),
// newest call first. A recording whose file does not decode shows why in its last column.
class ReviewQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Started, Operator, Duration, Orders, Item, Satisfaction, Silence, Comments, Problem, ColumnCount };
    static constexpr int RecordingRole = Qt::UserRole + 1; // the row's JSON object

    using QAbstractTableModel::QAbstractTableModel;

    void setRecordings(const QJsonArray &recordings);
    QJsonObject recordingAt(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // 83 s → "1:23"; an hour and more "1:02:03".
    static QString clock(qint64 ms);

private:
    QJsonArray m_rows;
};

} // namespace hotline
