// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "divisions/Address.h"

#include <QString>

#include <optional>

namespace hotline {

class DivisionIndex;
class Geocoder;

// A place the caller spoke into the description, as the work-order form takes it.
struct PlaceInText {
    Address address; // divisions as far as they are known, the detail line, the point of a named place
    QString name;    // the name that was recognised: 牛街西里二区, 七里庄
};

// Finds the place an operator wrote into the description while the caller spoke
// ("牛街西里二区3号楼门口的路灯坏了", "七里庄地铁站A口电梯停了"): the most specific division
// named (DivisionIndex::findInText) or a named place of the map (a metro station, a landmark:
// the longest such name in the text), whichever name is longer; a place gives its point and
// the district and street it lies in. The detail line is the name with what follows it in the
// same breath — numbers of buildings and units, doors and exits, 门口, 楼下, 路口.
class PlaceFromText {
public:
    PlaceFromText(const DivisionIndex &divisions, const Geocoder &geo) : m_divisions(divisions), m_geo(geo) {}

    std::optional<PlaceInText> find(const QString &text) const;

    // The address words starting at `at` in `text`: the `length` characters of the name, then
    // building numbers, units, doors, exits and the like ("牛街西里二区" + "3号楼门口").
    static QString phraseAt(const QString &text, qsizetype at, qsizetype length);

private:
    struct NamedPlace {
        int index = -1;
        qsizetype at = -1;
        qsizetype length = 0;
    };
    NamedPlace longestPlaceIn(const QString &text) const;
    static qsizetype nameAt(const QString &text, const Address &address, qsizetype *length);

    const DivisionIndex &m_divisions;
    const Geocoder &m_geo;
};

} // namespace hotline
