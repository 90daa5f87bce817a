// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceFromText.h"

#include "divisions/DivisionIndex.h"
#include "geo/Geocoder.h"

#include <QRegularExpression>

namespace hotline {

namespace {
// What a caller says after a place's name to say where in it: numbered buildings, units,
// doors and exits, the kind of place, a side of it.
const QRegularExpression &addressTail()
{
    static const QRegularExpression tail(QStringLiteral(
        "(?:[0-9０-９一二三四五六七八九十百零两甲乙丙丁A-Za-zＡ-Ｚａ-ｚ]+"
        "(?:号楼|号院|号门|号线|号|楼|栋|幢|座|单元|层|室|门|排|条|巷|弄|区|期|出口|口))"
        "|社区|小区|家园|花园|公园|广场|地铁站|地铁|公交站|车站|站|大街|大道|胡同"
        "|东门|西门|南门|北门|正门|大门|侧门|后门|门口|门前|楼下|楼前|楼后|楼道|院内"
        "|十字路口|路口|路边|出口|入口|东侧|西侧|南侧|北侧|对面|旁边|附近|内"));
    return tail;
}

// A division's names as a caller says them, most specific first, with the shortest core the
// division index accepts at each level (a community's core of fewer than four says too little).
QVector<QString> namesOf(const Address &address)
{
    QVector<QString> names;
    const auto add = [&names](const QString &spoken, Division::Level level, qsizetype minimumCore) {
        if (spoken.isEmpty())
            return;
        names.append(spoken);
        const QString core = DivisionIndex::coreName(spoken, level);
        if (core != spoken && core.size() >= minimumCore)
            names.append(core);
    };
    add(address.communityName, Division::Level::Village, 4);
    add(address.streetName, Division::Level::Street, 2);
    add(address.districtName, Division::Level::District, 2);
    return names;
}

int levelOf(const Address &address)
{
    return !address.communityCode.isEmpty() ? 3 : !address.streetCode.isEmpty() ? 2 : address.hasDistrict() ? 1 : 0;
}
} // namespace

QString PlaceFromText::phraseAt(const QString &text, qsizetype at, qsizetype length)
{
    if (at < 0 || at + length > text.size())
        return {};
    // Enough for "牛街西里二区12号楼3单元门口", not a whole sentence run on.
    constexpr qsizetype longestTail = 24;
    qsizetype end = at + length;
    while (end - (at + length) < longestTail) {
        const QRegularExpressionMatch match =
            addressTail().match(text, end, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch() || match.capturedLength() == 0)
            break;
        end += match.capturedLength();
    }
    return text.mid(at, end - at);
}

qsizetype PlaceFromText::nameAt(const QString &text, const Address &address, qsizetype *length)
{
    for (const QString &name : namesOf(address)) {
        if (const qsizetype at = text.indexOf(name); at >= 0) {
            *length = name.size();
            return at;
        }
    }
    *length = 0;
    return -1;
}

PlaceFromText::NamedPlace PlaceFromText::longestPlaceIn(const QString &text) const
{
    NamedPlace best;
    const QVector<GeoPlace> &places = m_geo.places();
    for (qsizetype i = 0; i < places.size(); ++i) {
        const QString &name = places.at(i).name;
        if (name.size() < 2 || name.size() < best.length)
            continue;
        const qsizetype at = text.indexOf(name);
        // The longest name; of two as long, the one said first.
        if (at >= 0 && (name.size() > best.length || at < best.at))
            best = {int(i), at, name.size()};
    }
    return best;
}

std::optional<PlaceInText> PlaceFromText::find(const QString &text) const
{
    const std::optional<Address> division = m_divisions.findInText(text);
    qsizetype divisionLength = 0;
    const qsizetype divisionAt = division ? nameAt(text, *division, &divisionLength) : -1;
    const NamedPlace named = longestPlaceIn(text);

    PlaceInText found;
    if (named.index >= 0 && named.length >= divisionLength) {
        const GeoPlace &place = m_geo.places().at(named.index);
        const std::optional<GeoMatch> match = m_geo.resolve(QStringLiteral("place:") + QString::number(place.id));
        found.address = match ? match->address : Address{};
        // 陶然亭公园 names the station and the street of the same name: the street is the
        // jurisdiction, the station the point.
        const bool sameDistrict = !found.address.hasDistrict() || (division && division->districtCode == found.address.districtCode);
        if (division && sameDistrict && levelOf(*division) > levelOf(found.address))
            found.address = *division;
        found.address.location = place.location;
        found.name = place.name;
        found.address.detail = phraseAt(text, named.at, named.length);
    } else if (division) {
        found.address = *division;
        found.name = divisionAt >= 0 ? text.mid(divisionAt, divisionLength) : QString();
        // A community is a place to go to; a street or district alone is already in the
        // picker, and goes to the detail line only with the words that place it within.
        const QString phrase = phraseAt(text, divisionAt, divisionLength);
        if (levelOf(*division) == 3 || phrase.size() > divisionLength)
            found.address.detail = phrase;
    } else {
        return std::nullopt;
    }
    return found;
}

} // namespace hotline
