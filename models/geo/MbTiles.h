// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace hotline {

// A raster basemap in the MBTiles 1.3 format (an SQLite file of PNG/JPEG tiles in the TMS
// row order), opened read-only. The tiles must be web-Mercator WGS84 tiles, like OSM's.
class MbTiles {
public:
    ~MbTiles();
    // Refuses a file that is not SQLite, has no tiles table, or holds vector tiles.
    static Result<std::unique_ptr<MbTiles>> open(const QString &path);

    // The encoded image of tile x, y (XYZ scheme, y down) at zoom z; empty when absent.
    QByteArray tile(int z, int x, int y) const;
    QString name() const { return m_name; }
    QString attribution() const { return m_attribution; }
    int minZoom() const { return m_minZoom; }
    int maxZoom() const { return m_maxZoom; }

private:
    explicit MbTiles(QString connection) : m_connection(std::move(connection)) {}
    QString m_connection;
    QString m_name;
    QString m_attribution;
    int m_minZoom = 0;
    int m_maxZoom = 22;
};

} // namespace hotline
