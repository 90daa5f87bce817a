// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewQueueModel.h"

#include "workorder/LifecycleCodes.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

namespace hotline {

void ReviewQueueModel::setRecordings(const QJsonArray &recordings)
{
    beginResetModel();
    m_rows = recordings;
    endResetModel();
}

QJsonObject ReviewQueueModel::recordingAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).toObject() : QJsonObject();
}

int ReviewQueueModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).toObject().value(QLatin1String("id")).toString() == id)
            return row;
    return -1;
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewQueueModel::clock(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3").arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject row = m_rows.at(index.row()).toObject();
    if (role == RecordingRole)
        return row;
    if (role == Qt::ToolTipRole && index.column() == Problem)
        return row.value(QLatin1String("problem")).toString();
    if (role != Qt::DisplayRole)
        return {};
    const QJsonArray orders = row.value(QLatin1String("orders")).toArray();
    const auto fromOrders = [&](const char *key) {
        QStringList values;
        for (const QJsonValue &order : orders) {
            const QString value = order.toObject().value(QLatin1String(key)).toString();
            if (!value.isEmpty() && !values.contains(value))
                values.append(value);
        }
        return values;
    };
    switch (Column(index.column())) {
    case Started:
        return QDateTime::fromString(row.value(QLatin1String("startedAt")).toString(), Qt::ISODateWithMs)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Operator: return row.value(QLatin1String("operator")).toString();
    case Duration: return clock(row.value(QLatin1String("durationMs")).toInteger());
    case Orders: return fromOrders("number").join(QStringLiteral("、"));
    case Item: return fromOrders("item").join(QStringLiteral("、"));
    case Satisfaction: {
        QStringList names;
        for (const QString &code : fromOrders("satisfaction"))
            if (const auto result = callbackResultFromCode(code))
                names.append(displayName(*result));
        return names.join(QStringLiteral("、"));
    }
    case Silence: {
        const QJsonValue longest = row.value(QLatin1String("longestSilenceMs"));
        return longest.isNull() || longest.isUndefined() ? QString() : tr("%1 秒").arg(longest.toInteger() / 1000);
    }
    case Comments: {
        const qint64 count = row.value(QLatin1String("comments")).toInteger();
        return count > 0 ? QString::number(count) : QString();
    }
    case Problem: return row.value(QLatin1String("problem")).toString().isEmpty() ? QString() : tr("录音损坏");
    case ColumnCount: break;
    }
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Started: return tr("通话时间");
    case Operator: return tr("接线员");
    case Duration: return tr("时长");
    case Orders: return tr("工单");
    case Item: return tr("事项");
    case Satisfaction: return tr("回访结果");
    case Silence: return tr("最长静音");
    case Comments: return tr("批注");
    case Problem: return tr("状态");
    case ColumnCount: break;
    }
    return {};
}

} // namespace hotline
