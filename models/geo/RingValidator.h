// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GeoFeature.h"

#include <optional>

namespace hotline {

// Checks a polygon ring as the simple-features rules want it before anything is drawn or
// tested against it: closed, at least a triangle, and no edge crossing or touching another.
class RingValidator {
public:
    // The reason the ring is unusable, or nothing when it is fine.
    static std::optional<QString> problem(const Ring &ring);
};

} // namespace hotline
