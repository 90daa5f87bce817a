// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GeoFeature.h"
#include "GeoImportOptions.h"
#include "core/Result.h"

#include <QByteArray>

namespace hotline {

// Reads a GeoJSON FeatureCollection: Polygon and MultiPolygon features become areas
// (property adcode or code, name, level, center), Point features places (name, kind), and
// LineString features (roads) places at their middle vertex. Everything is checked before
// anything is returned; an error names the feature by its index and name and says why.
class GeoJsonReader {
public:
    static Result<GeoFeatureSet> parse(const QByteArray &bytes, const GeoImportOptions &options);
};

} // namespace hotline
