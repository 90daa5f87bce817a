// SPDX-License-Identifier: GPL-3.0-or-later
#include "RingValidator.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace hotline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hotline::RingValidator", text);
}

int orientation(const GeoPoint &a, const GeoPoint &b, const GeoPoint &c)
{
    const double cross = (b.lng - a.lng) * (c.lat - a.lat) - (b.lat - a.lat) * (c.lng - a.lng);
    return cross > 0 ? 1 : (cross < 0 ? -1 : 0);
}

bool onSegment(const GeoPoint &a, const GeoPoint &b, const GeoPoint &p)
{
    return std::min(a.lng, b.lng) <= p.lng && p.lng <= std::max(a.lng, b.lng) && std::min(a.lat, b.lat) <= p.lat
        && p.lat <= std::max(a.lat, b.lat);
}

bool segmentsMeet(const GeoPoint &p1, const GeoPoint &p2, const GeoPoint &q1, const GeoPoint &q2)
{
    const int o1 = orientation(p1, p2, q1);
    const int o2 = orientation(p1, p2, q2);
    const int o3 = orientation(q1, q2, p1);
    const int o4 = orientation(q1, q2, p2);
    if (o1 != o2 && o3 != o4)
        return true;
    return (o1 == 0 && onSegment(p1, p2, q1)) || (o2 == 0 && onSegment(p1, p2, q2))
        || (o3 == 0 && onSegment(q1, q2, p1)) || (o4 == 0 && onSegment(q1, q2, p2));
}

} // namespace

std::optional<QString> RingValidator::problem(const Ring &ring)
{
    if (ring.size() < 4)
        return tr("环只有 %1 个点，至少要 4 个（三角形加闭合点）").arg(ring.size());
    if (ring.first() != ring.last())
        return tr("环没有闭合：首点 (%1, %2) 与末点 (%3, %4) 不同")
            .arg(ring.first().lng, 0, 'f', 6)
            .arg(ring.first().lat, 0, 'f', 6)
            .arg(ring.last().lng, 0, 'f', 6)
            .arg(ring.last().lat, 0, 'f', 6);
    for (qsizetype i = 0; i < ring.size(); ++i)
        if (!ring.at(i).isValid())
            return tr("第 %1 个点 (%2, %3) 超出经纬度范围").arg(i + 1).arg(ring.at(i).lng).arg(ring.at(i).lat);

    // Three points on one line pass the edge test (every edge of a triangle neighbours the
    // other two) but enclose nothing: no point is ever inside such an area.
    qsizetype second = 1;
    while (second < ring.size() && ring.at(second) == ring.first())
        ++second;
    bool flat = true;
    for (qsizetype i = second + 1; i + 1 < ring.size() && flat; ++i)
        flat = orientation(ring.first(), ring.at(second), ring.at(i)) == 0;
    if (flat)
        return tr("环的所有点都在一条直线上，围不出面积");

    // Sweep over the edges sorted by their west end: only edges whose longitude spans
    // overlap can meet, which keeps a 2,000-point boundary to a few thousand tests.
    const int edges = int(ring.size() - 1);
    std::vector<int> order(static_cast<size_t>(edges));
    for (int i = 0; i < edges; ++i)
        order[size_t(i)] = i;
    const auto west = [&](int e) { return std::min(ring.at(e).lng, ring.at(e + 1).lng); };
    const auto east = [&](int e) { return std::max(ring.at(e).lng, ring.at(e + 1).lng); };
    std::sort(order.begin(), order.end(), [&](int a, int b) { return west(a) < west(b); });
    for (size_t i = 0; i < order.size(); ++i) {
        const int a = order[i];
        for (size_t j = i + 1; j < order.size() && west(order[j]) <= east(a); ++j) {
            const int b = order[j];
            const int gap = std::abs(a - b);
            if (gap == 1 || gap == edges - 1)
                continue; // neighbours share their common point
            if (segmentsMeet(ring.at(a), ring.at(a + 1), ring.at(b), ring.at(b + 1)))
                return tr("环自相交：第 %1 条边与第 %2 条边相交（约在 %3, %4）")
                    .arg(std::min(a, b) + 1)
                    .arg(std::max(a, b) + 1)
                    .arg(ring.at(b).lng, 0, 'f', 6)
                    .arg(ring.at(b).lat, 0, 'f', 6);
        }
    }
    return std::nullopt;
}

} // namespace hotline
