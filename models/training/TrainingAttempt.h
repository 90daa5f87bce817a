// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "training/CallScore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace hotline {

struct CallObservation;
struct Scenario;

// One scored play of a scenario by a trainee: what the desk keeps in its training store and
// sends to the centre, and what progress and the class view are computed from. It carries the
// score card whole (lines too) so a lead can read what went wrong without the scenario, and the
// scenario's expected item (level1) and district so the weakest ones need no scenario either.
struct TrainingAttempt {
    Q_DECLARE_TR_FUNCTIONS(hotline::TrainingAttempt)
public:
    QUuid id;
    QString trainee;          // login
    QString courseId;         // empty: played outside a course
    QString scenarioId;
    int scenarioVersion = 1;
    bool exam = false;
    QDateTime playedAt;       // when the call rang, UTC
    CallScore score;
    QString expectedItem;     // the scenario's expected item, level1 ("城乡建设"); empty: none
    QString expectedDistrict; // the scenario's expected district name; empty: none
    // Always true: an attempt is simulation data by what it is, and says so on the wire so the
    // centre can refuse one that claims otherwise (see fromJson).
    bool simulation = true;

    // An attempt for a call just scored: a new id, the scenario's version, item and district.
    static TrainingAttempt fromCall(const Scenario &scenario, const CallObservation &call, const CallScore &score,
                                    const QString &trainee, const QString &courseId);

    QJsonObject toJson() const;
    // Reads and checks an attempt: an id that is not a UUID, no trainee or scenario, a version
    // below 1, a time that does not read, a total outside 0–100, a line with more points than
    // its maximum, simulation false … are refused with the field named.
    static Result<TrainingAttempt> fromJson(const QJsonObject &json);
};

} // namespace hotline
