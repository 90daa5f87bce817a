// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "training/CallObservation.h"
#include "training/CallScore.h"
#include "training/Scenario.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace hotline {

class LocalStore;

// One scored play of a scenario, as kept in the training store (and later handed to the
// centre): what was observed and the score it got. Always a simulation.
struct StoredAttempt {
    qint64 id = 0;
    QString scenarioId;
    int scenarioVersion = 1;
    QString courseId;
    bool exam = false;
    QDateTime playedAt;
    double total = 0;
    QString json; // {"observation": …, "score": …, "attempt": TrainingAttempt JSON, "simulation": true}
};

// What loading a folder of scenario and course files did: how many were stored, and each
// file that was refused with its reason (the others are stored all the same).
struct TrainingLoadReport {
    int scenarios = 0;
    int courses = 0;
    QStringList problems; // "file.json：reason"
};

// The simulation's own SQLite file (training.sqlite beside the desk's store): the reference
// data a desk needs copied from the desk's store — divisions, catalogue, units, knowledge
// base, synonyms, dispatch rules, the classifier, the calendar, the map's places — and its
// own tables of scenarios, courses and scored attempts. Orders filed while training land
// here and nowhere else: the file is marked as a simulation store (meta simulation = 1),
// is never signed in to a centre, and a desk store is refused as a training store, so a
// trainee's order can never reach a real store's outbox.
class TrainingStore {
    Q_DECLARE_TR_FUNCTIONS(hotline::TrainingStore)
public:
    ~TrainingStore();

    // The meta key (and value) that marks a simulation store.
    static QString simulationKey() { return QStringLiteral("simulation"); }
    // training.sqlite in the folder of the desk's store.
    static QString pathBeside(const LocalStore &desk);

    // Opens an existing training store; a file that is not one (a desk's store, anything
    // without the simulation mark) is refused and left as it was.
    static Result<std::unique_ptr<TrainingStore>> open(const QString &path);
    // Opens the training store at `path`, creating it first from the desk's reference data
    // when there is no file yet.
    static Result<std::unique_ptr<TrainingStore>> openOrCreate(const QString &path, LocalStore &desk);

    LocalStore &store() { return *m_store; }
    const LocalStore &store() const { return *m_store; }

    // Copies the desk's reference data again (a catalogue or knowledge base updated since),
    // replacing the training store's copy in one transaction. Training orders stay.
    Status copyReferenceData(LocalStore &desk);

    // Scenarios and courses, replaced by id.
    Status saveScenario(const Scenario &scenario);
    Status saveCourse(const Course &course);
    // A scenario or course the centre withdrew: gone from the lists (attempts at it stay).
    Status removeScenario(const QString &id);
    Status removeCourse(const QString &id);
    QList<Scenario> scenarios() const;
    std::optional<Scenario> scenario(const QString &id) const;
    QList<Course> courses() const;
    // Reads every *.json in `folder` (and its subfolders): a file holding "scenarios" and/or
    // "courses" arrays, or a single scenario ({"transcript": …}) or course ({"scenarios": […]}).
    // A scenario's relative audio path is made absolute against its file.
    TrainingLoadReport loadFolder(const QString &folder);

    // Keeps a scored play; returns its id. `centreAttempt`: the attempt as the centre takes it
    // (TrainingAttempt::toJson), kept under "attempt" for handing on.
    Result<qint64> saveAttempt(const CallObservation &observation, const CallScore &score, const QString &courseId = {},
                               const QJsonObject &centreAttempt = {});
    // Newest first; empty `scenarioId`: all.
    QList<StoredAttempt> attempts(const QString &scenarioId = {}) const;
    // The best total of a scenario's attempts, none when never played.
    std::optional<double> bestScore(const QString &scenarioId) const;

    static QJsonObject observationJson(const CallObservation &observation);
    static QJsonObject scoreJson(const CallScore &score);

private:
    explicit TrainingStore(std::unique_ptr<LocalStore> store);
    Status createOwnTables();
    Status loadFile(const QString &file, TrainingLoadReport &report);

    std::unique_ptr<LocalStore> m_store;
};

} // namespace hotline
