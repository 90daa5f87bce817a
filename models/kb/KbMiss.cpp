// SPDX-License-Identifier: GPL-3.0-or-later
#include "KbMiss.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hotline {

namespace {
// A count: a whole number from 0 up, as JSON writes it.
bool readCount(const QJsonObject &entry, QLatin1String key, int *count)
{
    const QJsonValue value = entry.value(key);
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (number < 0 || number > std::numeric_limits<int>::max() || std::floor(number) != number)
        return false;
    *count = int(number);
    return true;
}
} // namespace

Result<QVector<KbMiss>> KbMiss::listFromJson(const QJsonObject &body)
{
    const QJsonValue list = body.value(QLatin1String("misses"));
    if (!list.isArray())
        return Error{tr("中心的答复里没有查询列表（misses）")};
    QVector<KbMiss> misses;
    const QJsonArray entries = list.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto fail = [i](const QString &problem) { return Error{tr("第 %1 条：%2").arg(i + 1).arg(problem)}; };
        if (!entries.at(i).isObject())
            return fail(tr("不是一条查询记录"));
        const QJsonObject entry = entries.at(i).toObject();
        KbMiss miss;
        miss.query = entry.value(QLatin1String("query")).toString().trimmed();
        if (miss.query.isEmpty())
            return fail(tr("没有查询的文字"));
        if (!readCount(entry, QLatin1String("nothing"), &miss.nothing) ||
            !readCount(entry, QLatin1String("again"), &miss.again) ||
            !readCount(entry, QLatin1String("desks"), &miss.desks))
            return fail(tr("“%1”的次数（nothing、again、desks）应为不小于 0 的整数").arg(miss.query));
        if (miss.total() == 0)
            return fail(tr("“%1”既没有落空也没有重查，不该在列表里").arg(miss.query));
        miss.last = QDateTime::fromString(entry.value(QLatin1String("last")).toString(), Qt::ISODateWithMs);
        if (!miss.last.isValid())
            return fail(tr("“%1”的最近时间不是 ISO 8601 时间").arg(miss.query));
        misses.append(miss);
    }
    std::stable_sort(misses.begin(), misses.end(), [](const KbMiss &a, const KbMiss &b) {
        return a.total() != b.total() ? a.total() > b.total() : a.desks > b.desks;
    });
    return misses;
}

} // namespace hotline
