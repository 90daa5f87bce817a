// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GeoFeature.h"
#include "GeoImportOptions.h"
#include "core/Result.h"

#include <QByteArray>

namespace hotline {

// Reads named points from CSV, recognising the columns by their header: a name (name,
// name_zh, 名称), WGS84 coordinates (lng/lon/longitude and lat/latitude) or GCJ-02 ones
// (lng_gcj02, lat_gcj02), and optionally kind, id/osm_id and lines/note. Every row is
// checked first; an error names the line.
class PointCsvReader {
public:
    static Result<GeoFeatureSet> parse(const QByteArray &bytes, const GeoImportOptions &options);
};

} // namespace hotline
