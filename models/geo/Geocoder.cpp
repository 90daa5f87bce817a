// SPDX-License-Identifier: GPL-3.0-or-later
#include "Geocoder.h"

#include "divisions/DivisionIndex.h"
#include "suggest/TopHits.h"

#include <QCoreApplication>

#include <algorithm>

namespace hotline {

namespace {
const QString divisionPrefix = QStringLiteral("div:");
const QString placePrefix = QStringLiteral("place:");

QString kindOf(const Address &address)
{
    if (!address.communityCode.isEmpty())
        return QStringLiteral("community");
    if (!address.streetCode.isEmpty())
        return QStringLiteral("street");
    return QStringLiteral("district");
}
} // namespace

Geocoder::Geocoder(const QVector<GeoPlace> &places, AreaIndex areas, const DivisionIndex &divisions,
                   const PinyinTable &pinyin, LocalStore &store)
    : m_places(places), m_areas(std::move(areas)), m_divisions(divisions), m_store(store)
{
    m_entries.reserve(m_places.size());
    for (qsizetype i = 0; i < m_places.size(); ++i) {
        m_entries.append({MatchableName::prepare(m_places.at(i).name, pinyin)});
        m_byId.insert(m_places.at(i).id, int(i));
    }
}

qsizetype Geocoder::size() const
{
    return m_divisions.size() + m_places.size();
}

QVector<GeoMatch> Geocoder::find(const QString &text, int limit) const
{
    if (limit <= 0)
        return {};
    QVector<GeoMatch> matches;
    for (const Suggestion &division : m_divisions.suggest(text, limit))
        matches.append(divisionMatch(division.key, division.score));

    const NameQuery query = NameQuery::prepare(text);
    if (!query.isEmpty()) {
        const std::vector<Hit> hits = topHits(int(m_entries.size()), limit, [&](int i) {
            const MatchableName &name = m_entries.at(i).name;
            const int score = NameMatcher::score(query, name);
            // "七里庄地铁站这儿": the longest place name inside what was typed.
            if (query.han && score == 0 && name.normalized.size() >= 2 && query.text.contains(name.normalized))
                return 500 + int(name.normalized.size()) * 10;
            return score;
        }, [this](int a, int b) { return m_places.at(a).name < m_places.at(b).name; });
        for (const Hit &hit : hits)
            matches.append(placeMatch(hit.entry, hit.score));
    }
    // One scale for both. At equal score districts and streets come first (they name the
    // jurisdiction itself), then places with a point (stations and landmarks everyone knows),
    // then communities.
    const auto rank = [](const GeoMatch &m) {
        if (m.kind == QLatin1String("district"))
            return 0;
        if (m.kind == QLatin1String("street"))
            return 1;
        return m.kind == QLatin1String("community") ? 3 : 2;
    };
    std::stable_sort(matches.begin(), matches.end(), [&rank](const GeoMatch &a, const GeoMatch &b) {
        return a.score != b.score ? a.score > b.score : rank(a) < rank(b);
    });
    if (matches.size() > limit)
        matches.resize(limit);
    return matches;
}

QVector<Suggestion> Geocoder::suggest(const QString &text, int limit) const
{
    QVector<Suggestion> result;
    for (const GeoMatch &match : find(text, limit))
        result.append({match.key, match.name, match.detail, match.score});
    return result;
}

std::optional<GeoMatch> Geocoder::resolve(const QString &key) const
{
    if (key.startsWith(divisionPrefix)) {
        const QString code = key.mid(divisionPrefix.size());
        if (!m_divisions.addressFor(code))
            return std::nullopt;
        return divisionMatch(code, 0);
    }
    if (key.startsWith(placePrefix)) {
        const auto it = m_byId.constFind(key.mid(placePrefix.size()).toLongLong());
        if (it == m_byId.cend())
            return std::nullopt;
        return placeMatch(*it, 0);
    }
    return std::nullopt;
}

GeoMatch Geocoder::divisionMatch(const QString &code, int score) const
{
    GeoMatch match;
    match.key = divisionPrefix + code;
    match.address = m_divisions.addressFor(code).value_or(Address{});
    match.kind = kindOf(match.address);
    match.name = match.kind == QLatin1String("community") ? match.address.communityName
                 : match.kind == QLatin1String("street")  ? match.address.streetName
                                                          : match.address.districtName;
    QStringList path;
    for (const QString &part : {match.address.districtName, match.address.streetName})
        if (!part.isEmpty() && part != match.name)
            path.append(part);
    match.detail = GeoPlace::kindName(match.kind) + (path.isEmpty() ? QString() : QStringLiteral(" · ") + path.join(QStringLiteral(" › ")));
    // The most precise boundary the centre has: the street's if imported, else the district's.
    const GeoArea *area = m_areas.byCode(match.address.streetCode);
    if (!area)
        area = m_areas.byCode(match.address.districtCode);
    if (area) {
        match.extent = area->box;
        if (area->code == code)
            match.location = area->labelPoint;
    }
    match.score = score;
    return match;
}

GeoMatch Geocoder::placeMatch(int index, int score) const
{
    const GeoPlace &place = m_places.at(index);
    GeoMatch match;
    match.key = placePrefix + QString::number(place.id);
    match.name = place.name;
    match.kind = place.kind;
    match.address = addressFor(place.districtCode, place.streetCode);
    match.location = place.location;
    match.extent.extend(place.location);
    QStringList parts{GeoPlace::kindName(place.kind)};
    if (!match.address.districtName.isEmpty())
        parts.append(match.address.path());
    if (!place.note.isEmpty())
        parts.append(place.note);
    match.detail = parts.join(QStringLiteral(" · "));
    match.score = score;
    return match;
}

Address Geocoder::addressFor(const QString &districtCode, const QString &streetCode) const
{
    if (!streetCode.isEmpty())
        if (const auto address = m_divisions.addressFor(streetCode))
            return *address;
    if (!districtCode.isEmpty()) {
        if (const auto address = m_divisions.addressFor(districtCode))
            return *address;
        // Boundaries imported before the divisions: the boundary's own name will do.
        if (const GeoArea *area = m_areas.byCode(districtCode))
            return Address{area->code, area->name, {}, {}, {}, {}, {}, {}};
    }
    return {};
}

PointLookup Geocoder::whereIs(const GeoPoint &point, double nearbyMeters) const
{
    PointLookup lookup;
    lookup.point = point;
    const Jurisdiction found = m_areas.locate(point);
    lookup.address = addressFor(found.district ? found.district->code : QString(), found.street ? found.street->code : QString());
    const QVector<GeoPlace> near = GeoRepository(m_store).placesNear(point, nearbyMeters, 1);
    if (!near.isEmpty()) {
        lookup.nearest = near.first();
        lookup.nearestMeters = distanceMeters(point, near.first().location);
    }
    return lookup;
}

} // namespace hotline
