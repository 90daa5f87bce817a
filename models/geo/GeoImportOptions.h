// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChinaCoordinates.h"

#include <QString>

#include <optional>

namespace hotline {

// What the administrator says about a geography file when the file cannot say it itself.
struct GeoImportOptions {
    // Overrides what the file declares; without either, GeoJSON is WGS84 (RFC 7946).
    std::optional<CoordinateSystem> crs;
    // The kind of the points when the file has no `kind` column or property.
    QString kind;
};

} // namespace hotline
