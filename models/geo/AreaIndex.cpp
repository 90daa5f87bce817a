// SPDX-License-Identifier: GPL-3.0-or-later
#include "AreaIndex.h"

namespace hotline {

AreaIndex::AreaIndex(QVector<GeoArea> areas) : m_areas(std::move(areas))
{
    for (qsizetype i = 0; i < m_areas.size(); ++i)
        m_byCode.insert(m_areas.at(i).code, int(i));
}

Jurisdiction AreaIndex::locate(const GeoPoint &point) const
{
    Jurisdiction found;
    for (const GeoArea &area : m_areas) {
        const GeoArea *&slot = area.level == GeoArea::Level::District ? found.district : found.street;
        if (!slot && area.contains(point))
            slot = &area;
    }
    // Without district polygons a street still says which district it belongs to.
    if (!found.district && found.street)
        found.district = byCode(found.street->code.left(6));
    return found;
}

const GeoArea *AreaIndex::byCode(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.cend() ? nullptr : &m_areas.at(*it);
}

} // namespace hotline
