// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GeoFeature.h"

#include <QHash>
#include <QVector>

namespace hotline {

// The jurisdiction of a point: the district (and street office, where the centre has street
// polygons) whose boundary holds it.
struct Jurisdiction {
    const GeoArea *district = nullptr;
    const GeoArea *street = nullptr;
};

// Reverse lookup over the boundaries in memory: a box test rejects almost every area, the
// crossing test on the rest takes a few microseconds.
class AreaIndex {
public:
    AreaIndex() = default;
    explicit AreaIndex(QVector<GeoArea> areas);

    Jurisdiction locate(const GeoPoint &point) const;
    const QVector<GeoArea> &areas() const { return m_areas; }
    const GeoArea *byCode(const QString &code) const;
    bool isEmpty() const { return m_areas.isEmpty(); }

private:
    QVector<GeoArea> m_areas;
    QHash<QString, int> m_byCode;
};

} // namespace hotline
