// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/FloorNumbers.h"

#include <QJsonArray>

namespace hotline {

namespace {

using Level = FloorTile::Level;

Level above(double value, double amber, double red)
{
    return value >= red ? Level::Red : value >= amber ? Level::Amber : Level::Normal;
}

} // namespace

QString FloorNumbers::title(FloorMetric metric)
{
    switch (metric) {
    case FloorMetric::Calls: return tr("接听来电");
    case FloorMetric::Orders: return tr("新建工单");
    case FloorMetric::Fcr: return tr("一次解决率");
    case FloorMetric::Ready: return tr("空闲坐席");
    case FloorMetric::InCall: return tr("通话中");
    case FloorMetric::AfterCall: return tr("话后处理");
    case FloorMetric::NotReady: return tr("示忙");
    case FloorMetric::PendingReview: return tr("待审核工单");
    case FloorMetric::Overdue: return tr("超期工单");
    }
    return {};
}

QString FloorNumbers::percent(double share)
{
    return QStringLiteral("%1%").arg(share * 100, 0, 'f', 1);
}

FloorNumber FloorNumbers::of(FloorMetric metric, const QJsonObject &figures, const QString &window, const FloorThresholds &t)
{
    const QJsonObject w = figures.value(window).toObject();
    const QJsonObject agents = figures.value(QLatin1String("agents")).toObject();
    const auto agentsIn = [&](const char *state) { return agents.value(QLatin1String(state)).toInt(); };
    const int onFloor = agentsIn("ready") + agentsIn("in_call") + agentsIn("after_call") + agentsIn("not_ready");
    FloorNumber number{title(metric), {}, {}, Level::Normal};
    switch (metric) {
    case FloorMetric::Calls:
    case FloorMetric::Orders: {
        const bool calls = metric == FloorMetric::Calls;
        const int count = w.value(calls ? QLatin1String("calls") : QLatin1String("orders")).toInt();
        const double usual = w.value(calls ? QLatin1String("callsUsual") : QLatin1String("ordersUsual")).toDouble();
        number.value = QString::number(count);
        number.detail = tr("往常 %1").arg(usual, 0, 'f', 0);
        if (calls && usual >= 1)
            number.level = above(count / usual, t.volumeAmber, t.volumeRed);
        break;
    }
    case FloorMetric::Fcr: {
        const QJsonObject fcr = w.value(QLatin1String("fcr")).toObject();
        const int first = fcr.value(QLatin1String("first")).toInt(), resolved = fcr.value(QLatin1String("resolved")).toInt();
        if (first == 0) {
            number.value = QStringLiteral("—");
            break;
        }
        const double share = double(resolved) / first;
        number.value = percent(share);
        number.detail = tr("%1 / %2 件").arg(resolved).arg(first);
        number.level = share < t.fcrRed ? Level::Red : share < t.fcrAmber ? Level::Amber : Level::Normal;
        break;
    }
    case FloorMetric::Ready:
        number.value = QString::number(agentsIn("ready"));
        number.detail = tr("在岗 %1").arg(onFloor);
        break;
    case FloorMetric::InCall:
        number.value = QString::number(agentsIn("in_call"));
        break;
    case FloorMetric::AfterCall: {
        const qint64 longest = figures.value(QLatin1String("longestAfterCallSeconds")).toInteger();
        number.value = QString::number(agentsIn("after_call"));
        number.detail = tr("最长 %1 秒 · 平均 %2 秒").arg(longest).arg(w.value(QLatin1String("afterCallMeanSeconds")).toDouble(), 0, 'f', 0);
        number.level = above(double(longest), t.afterCallAmber, t.afterCallRed);
        break;
    }
    case FloorMetric::NotReady: {
        const double share = onFloor ? double(agentsIn("not_ready")) / onFloor : 0;
        number.value = QString::number(agentsIn("not_ready"));
        number.detail = tr("占在岗 %1").arg(percent(share));
        number.level = above(share, t.notReadyAmber, t.notReadyRed);
        break;
    }
    case FloorMetric::PendingReview: {
        const int count = figures.value(QLatin1String("pendingReview")).toInt();
        number.value = QString::number(count);
        number.level = above(count, t.reviewAmber, t.reviewRed);
        break;
    }
    case FloorMetric::Overdue: {
        const int count = figures.value(QLatin1String("overdue")).toInt();
        number.value = QString::number(count);
        number.detail = tr("签收或答复超时");
        number.level = above(count, t.overdueAmber, t.overdueRed);
        break;
    }
    }
    return number;
}

void FloorNumbers::show(FloorTile &tile, FloorMetric metric, const QJsonObject &figures, const QString &window, const FloorThresholds &thresholds)
{
    const FloorNumber number = of(metric, figures, window, thresholds);
    tile.setValue(number.value, number.detail, number.level);
}

} // namespace hotline
