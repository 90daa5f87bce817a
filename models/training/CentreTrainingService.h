// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "training/Scenario.h"
#include "training/TrainingAttempt.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace hotline {

class SyncEngine;

// The desk's side of the centre's training routes (server/training/TrainingRoutes.h), through
// the desk's signed-in SyncEngine (its session, TLS settings and network manager; a simulation
// store's engine refuses, and so does this). Scenarios and courses are read like other
// reference data: everything changed after the training revision the desk holds, and the
// revision to hold next. Every answer comes from the event loop as a Result whose error is a
// sentence for a person.
class CentreTrainingService : public QObject {
    Q_OBJECT
public:
    struct ScenarioUpdate {
        QString id;
        bool withdrawn = false;
        qint64 revision = 0;
        std::optional<Scenario> scenario; // none when withdrawn
        qint64 audioBytes = 0;            // 0: the scenario has no audio at the centre
        QString audioSha256;
    };
    struct ScenarioChanges {
        qint64 revision = 0; // ask with this next time
        QList<ScenarioUpdate> scenarios;
    };
    struct CourseUpdate {
        QString id;
        bool withdrawn = false;
        qint64 revision = 0;
        std::optional<Course> course;
    };
    struct CourseChanges {
        qint64 revision = 0;
        QList<CourseUpdate> courses;
    };
    struct Published {
        QString id;
        int version = 0; // a scenario's version as the centre numbered it (0 for a course)
        qint64 revision = 0;
    };
    struct TraineeAttempts {
        QString login;
        QString name;
        QList<TrainingAttempt> attempts; // oldest first
    };
    struct ClassView {
        Course course;
        QList<TraineeAttempts> trainees;
    };

    template <typename T>
    using Done = std::function<void(Result<T>)>;
    using StatusDone = std::function<void(Status)>;

    explicit CentreTrainingService(SyncEngine &sync, QObject *parent = nullptr);

    void fetchScenarios(qint64 since, Done<ScenarioChanges> done);
    void fetchCourses(qint64 since, Done<CourseChanges> done);
    void fetchAudio(const QString &scenarioId, Done<QByteArray> done);
    // Team leads and administrators.
    void publishScenario(const Scenario &scenario, Done<Published> done);
    void withdrawScenario(const QString &scenarioId, StatusDone done);
    void publishAudio(const QString &scenarioId, const QByteArray &wav, StatusDone done);
    void publishCourse(const Course &course, Done<Published> done);
    void withdrawCourse(const QString &courseId, StatusDone done);
    void fetchClass(const QString &courseId, Done<ClassView> done);
    // A trainee's scored attempt; true when the centre had it already (sent again).
    void postAttempt(const TrainingAttempt &attempt, Done<bool> done);
    void fetchMyAttempts(Done<QList<TrainingAttempt>> done);

    // Readers of the centre's answers, public for the tests of their refusals.
    static Result<ScenarioChanges> scenarioChangesFrom(const QJsonObject &body);
    static Result<CourseChanges> courseChangesFrom(const QJsonObject &body);
    static Result<ClassView> classFrom(const QJsonObject &body);
    static Result<QList<TrainingAttempt>> attemptsFrom(const QJsonArray &attempts);

private:
    using Answered = std::function<void(int status, const QByteArray &body, const QString &error)>;
    // One request to the centre; `answered` gets the status and body of a 2xx answer, or the
    // error (not signed in, unreachable, the centre's refusal) for a person.
    void send(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &contentType,
              Answered answered);
    void sendJson(const QByteArray &method, const QString &path, const QJsonObject &body,
                  std::function<void(Result<QJsonObject>)> done);

    SyncEngine &m_sync;
};

} // namespace hotline
