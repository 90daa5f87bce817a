// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/GeoPoint.h"

#include <QString>

#include <optional>

namespace hotline {

// Where a matter is: the divisions down to community, free text, and the point on the map.
struct Address {
    QString districtCode, districtName;
    QString streetCode, streetName;
    QString communityCode, communityName;
    QString detail; // free text: building, door, landmark
    std::optional<GeoPoint> location; // WGS84, set from the map; dispatch and duplicates use it
    bool hasDistrict() const { return !districtCode.isEmpty(); }
    QString display() const;
    QString path() const; // "西城区 › 牛街街道 › 牛街西里二区社区": the divisions it has
    friend bool operator==(const Address &, const Address &) = default;
};

} // namespace hotline
