// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/CallObservation.h"
#include "training/CallScore.h"
#include "training/Scenario.h"

#include <QCoreApplication>
#include <QString>

namespace hotline {

// The points each part of a call is worth. They sum to 100; a part that does not apply to a
// scenario (no unit expected, not a consultation, no key facts, no place) leaves the card and
// its points are spread over the others in proportion, so a call is always scored out of 100.
//
//   appeal type 10   the filed type is the expected one
//   item        20   level1 8, level2 +6, level3 +6 — a level counts only below a right level
//                    above it, so a wrong level1 gets 0; a scenario known only to level2 scores
//                    8+6 and rescales them to 20
//   place       15   district 6, street 5, community 4; parts the scenario leaves empty are not
//                    scored and their points go to the others; a street counts only in the right
//                    district, a community only in the right street
//   unit        10   the involved unit, by name (loosely) or code
//   key facts   20   each fact an equal share; a fact counts when the filed title, description
//                    or reply holds it (each read on its own; containsFact says what holds means)
//   article     10   consultations with an article: taken into the reply full, only opened half
//   speed       10   characters typed per minute while the call ran against 80/min (Beijing's
//                    target), linear from 0 at 0/min to full at 80/min
//   submit       5   hang-up → submit within 4 s full, linear down to 0 at 60 s
//
// A call never filed gets 0 for everything read from the order (type, item, place, unit, facts)
// and for submit; speed and article are what the desk saw during the call and still count.
//
// Silence: the time the caller waited with nothing said — the caller's time on hold plus the
// time after the caller's last sentence until hang-up beyond a grace of 5 s. The desk measures it
// (CallObservation::silenceMs); the score shows it and deducts nothing for it, because a hold is
// often right (checking with a unit, reading the article) and only a person can judge it: the
// lead reads it beside the score.
struct ScoringWeights {
    double appealType = 10;
    double item = 20;
    double place = 15;
    double unit = 10;
    double facts = 20;
    double article = 10;
    double speed = 10;
    double submit = 5;
    // The item's levels and the place's parts, as shares of their part.
    double itemLevel1 = 8, itemLevel2 = 6, itemLevel3 = 6;
    double placeDistrict = 6, placeStreet = 5, placeCommunity = 4;
    double targetCharsPerMinute = 80;
    double fullSubmitSeconds = 4;
    double zeroSubmitSeconds = 60;

    double sum() const { return appealType + item + place + unit + facts + article + speed + submit; }
};

// Scores a played call against its scenario's expected outcome: one line per part (one per key
// fact) with what was expected and what was given, and the figures beside them.
CallScore scoreCall(const Scenario &scenario, const CallObservation &call, const ScoringWeights &weights = {});

// The pieces of the scoring a test or the score card may want on their own.
class CallScoring {
    Q_DECLARE_TR_FUNCTIONS(hotline::CallScoring)
public:
    static CallScore score(const Scenario &scenario, const CallObservation &call, const ScoringWeights &weights);

    // How a description and a fact are compared: full-width to half-width, lower case, Chinese
    // numerals to digits (三 → 3, 十五 → 15, 两 → 2, 二零二六 → 2026), spaces and punctuation
    // removed. Both sides go through it, so "3 个月" holds "三个月".
    static QString normalizeForFacts(const QString &text);
    // Whether the text holds the fact after normalising both: as one piece, or with the fact's
    // characters in order and at most two other characters between them in all (幸福小区 is in
    // "幸福里小区"; 3个月 is not in "3月"). The loose form forgives a word the trainee added, not
    // one left out.
    static bool containsFact(const QString &text, const QString &fact);

    static constexpr int factGapAllowance = 2;
};

} // namespace hotline
