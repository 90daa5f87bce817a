// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GeoFeature.h"
#include "GeoImportOptions.h"
#include "core/Result.h"

#include <QVector>

namespace hotline {

class LocalStore;

struct GeoImportReport {
    int areas = 0;
    int places = 0;
    QString format; // "GeoJSON" or "CSV"
};

// Boundaries and named places in the store, each with an R*Tree over its extent.
class GeoRepository {
public:
    explicit GeoRepository(LocalStore &store) : m_store(store) {}

    // Reads a GeoJSON or CSV file, checks all of it, then stores it in one transaction:
    // areas and places are replaced by code / source key, and every place gets the district
    // and street its point falls in. A failure names the feature or line and writes nothing.
    Result<GeoImportReport> importFile(const QString &path, const GeoImportOptions &options);
    Result<GeoImportReport> importFeatures(const GeoFeatureSet &features);

    QVector<GeoArea> areas() const;
    QVector<GeoPlace> places() const;
    // Named places within `meters` of a point, nearest first (the R*Tree narrows the search).
    QVector<GeoPlace> placesNear(const GeoPoint &point, double meters, int limit) const;

private:
    Status writeArea(const GeoArea &area);
    Status writePlace(const GeoPlace &place);
    Status assignJurisdictions();

    LocalStore &m_store;
};

} // namespace hotline
