// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AreaIndex.h"
#include "GeoFeature.h"
#include "GeoRepository.h"
#include "suggest/NameMatcher.h"
#include "suggest/Suggestion.h"
#include "divisions/Address.h"

#include <optional>

namespace hotline {

class DivisionIndex;

// One answer to "where is that?": a division or a named place, the jurisdiction it gives the
// work order, and the point (or at least the area) to show on the map.
struct GeoMatch {
    QString key;  // "div:110102018" or "place:42"
    QString name;
    QString kind; // district, street, community, metro, poi, …
    QString detail;
    Address address;
    std::optional<GeoPoint> location; // a point the caller can be sent to
    GeoBox extent;                    // what to show when there is no point
    int score = 0;
};

// What a point on the map is: its jurisdiction and the nearest named place.
struct PointLookup {
    GeoPoint point;
    Address address;
    std::optional<GeoPlace> nearest;
    double nearestMeters = 0;
};

// Geocoding for the map search and `hotline-ctl geo`: every division down to community
// (matched by DivisionIndex) and every imported place, in characters or pinyin, ranked on
// one scale; and reverse lookup of a point through the boundaries.
class Geocoder : public SuggestionSource {
public:
    Geocoder(const QVector<GeoPlace> &places, AreaIndex areas, const DivisionIndex &divisions,
             const PinyinTable &pinyin, LocalStore &store);

    QVector<GeoMatch> find(const QString &text, int limit) const;
    QVector<Suggestion> suggest(const QString &text, int limit) const override;
    std::optional<GeoMatch> resolve(const QString &key) const;
    // The district and street of a WGS84 point, and the named place within `nearbyMeters`.
    PointLookup whereIs(const GeoPoint &point, double nearbyMeters = 300) const;

    const AreaIndex &areas() const { return m_areas; }
    const QVector<GeoPlace> &places() const { return m_places; }
    qsizetype size() const;

private:
    struct PlaceEntry {
        MatchableName name;
    };
    GeoMatch divisionMatch(const QString &code, int score) const;
    GeoMatch placeMatch(int index, int score) const;
    Address addressFor(const QString &districtCode, const QString &streetCode) const;

    QVector<GeoPlace> m_places;
    QVector<PlaceEntry> m_entries;
    QHash<qint64, int> m_byId;
    AreaIndex m_areas;
    const DivisionIndex &m_divisions;
    LocalStore &m_store;
};

} // namespace hotline
