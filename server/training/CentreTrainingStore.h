// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/Scenario.h"
#include "training/TrainingAttempt.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace hotline {

class CentralDatabase;

// The centre's training material and results (migration 10): scenarios and courses as team
// leads publish them, each publication or withdrawal taking the next training revision (so a
// desk asks for what changed since the one it holds), a scenario's caller audio, and the
// trainees' scored attempts. Attempts are simulation data: a table of their own, marked so in
// every row, never an order, never in a figure. (Named apart from the desk's TrainingStore,
// the simulation's own local store.)
class CentreTrainingStore {
public:
    enum class Outcome { Ok, Invalid, NotFound, Forbidden, Conflict, Failed };
    struct Answer {
        Outcome outcome = Outcome::Ok;
        QString message;
        QJsonObject body;
    };
    // Largest caller audio kept for a scenario (a WAV of a few minutes at 16 kHz mono).
    static constexpr qsizetype maxAudioBytes = 3 * 1024 * 1024;

    explicit CentreTrainingStore(CentralDatabase &db) : m_db(db) {}

    // Publishes `scenario` under its id with the next version (the one sent is ignored: the
    // centre raises it on each publication, so a desk never holds two texts of one version).
    Answer publishScenario(const Scenario &scenario, const QString &login);
    Answer withdrawScenario(const QString &id, const QString &login);
    // Scenarios published or withdrawn after `since` (all of them for 0), the withdrawn ones
    // without their text, and the training revision now.
    Answer scenarios(qint64 since) const;
    std::optional<Scenario> scenario(const QString &id) const;

    // A course may only name scenarios that are published now.
    Answer publishCourse(const Course &course, const QString &login);
    Answer withdrawCourse(const QString &id, const QString &login);
    Answer courses(qint64 since) const;
    std::optional<Course> course(const QString &id) const;

    // WAV bytes, checked by the caller (TrainingRoutes::isWav); raises the scenario's revision
    // so desks fetch the new audio.
    Answer putAudio(const QString &scenarioId, const QByteArray &wav, const QString &login);
    std::optional<QByteArray> audio(const QString &scenarioId) const;

    // One scored attempt (checked by TrainingAttempt::fromJson, its trainee the caller): kept
    // once by its id — the same attempt again is answered as a duplicate, another under the
    // same id is a conflict.
    Answer addAttempt(const TrainingAttempt &attempt);
    Result<QJsonArray> attemptsOf(const QString &trainee) const;
    // Every trainee (users with role trainee, and anyone with attempts in it) and their attempts
    // in the course, oldest first.
    Answer courseClass(const QString &courseId) const;

private:
    Result<qint64> nextRevision();
    Answer withdraw(const QString &table, const QString &key, const QString &id);
    Answer changedSince(const QString &table, const QString &key, const QString &listName, qint64 since, bool scenarioRows) const;
    Result<qint64> currentRevision() const;

    CentralDatabase &m_db;
};

} // namespace hotline
