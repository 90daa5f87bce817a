// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/HttpServer.h"
#include "server/training/CentreTrainingStore.h"
#include "server/users/SessionGuard.h"

namespace hotline {

// Training at the centre (docs/training.md). Team leads and administrators publish:
//   PUT    /api/v1/training/scenarios/ID         a scenario's JSON (models/training/Scenario);
//                                               422 with the parser's message; the version is
//                                               the centre's: raised on each publication
//   DELETE /api/v1/training/scenarios/ID         withdrawn (desks drop it at their next read)
//   PUT    /api/v1/training/scenarios/ID/audio   the caller's WAV (≤ 3 MiB; 415 if not a WAV)
//   PUT    /api/v1/training/courses/ID           a course's JSON; every scenario it names published
//   DELETE /api/v1/training/courses/ID
//   GET    /api/v1/training/class?course=ID      every trainee's attempts in the course
// Trainees, operators, team leads and administrators read, like other reference data, by the
// training revision: what changed after the revision the desk holds, and the revision now:
//   GET    /api/v1/training/scenarios?since=REV  {revision, scenarios: [{id, withdrawn, revision,
//                                               scenario?, audioBytes?, audioSha256?}]}
//   GET    /api/v1/training/courses?since=REV    {revision, courses: [...]}
//   GET    /api/v1/training/scenarios/ID         one published scenario
//   GET    /api/v1/training/scenarios/ID/audio   audio/wav
// Trainees send their scored attempts, their own only; training data, never an order:
//   POST   /api/v1/training/attempts             models/training/TrainingAttempt's JSON; 201, or
//                                               200 {duplicate: true} for the same one again
//   GET    /api/v1/training/attempts/mine        their own attempts
// Departments are refused everything here (403), operators every write.
class TrainingRoutes {
public:
    TrainingRoutes(CentralDatabase &db, const SessionGuard &guard) : m_store(db), m_guard(guard) {}

    void addTo(HttpServer &http);

    // A RIFF/WAVE file with its "fmt " chunk (PCM or not): what a scenario's audio must be.
    static bool isWav(const QByteArray &bytes);

private:
    HttpResponse publishScenario(const Session &session, const HttpRequest &request);
    HttpResponse withdrawScenario(const Session &session, const HttpRequest &request);
    HttpResponse scenarios(const HttpRequest &request);
    HttpResponse scenario(const HttpRequest &request);
    HttpResponse putAudio(const Session &session, const HttpRequest &request);
    HttpResponse getAudio(const HttpRequest &request);
    HttpResponse publishCourse(const Session &session, const HttpRequest &request);
    HttpResponse withdrawCourse(const Session &session, const HttpRequest &request);
    HttpResponse courses(const HttpRequest &request);
    HttpResponse postAttempt(const Session &session, const HttpRequest &request);
    HttpResponse mine(const Session &session);
    HttpResponse courseClass(const HttpRequest &request);
    static HttpResponse answer(const CentreTrainingStore::Answer &answer, HttpStatus ok = HttpStatus::Ok);
    template <typename Definition, typename Publish>
    HttpResponse publishDefinition(const HttpRequest &request, const char *what, Publish publish);

    CentreTrainingStore m_store;
    const SessionGuard &m_guard;
};

} // namespace hotline
