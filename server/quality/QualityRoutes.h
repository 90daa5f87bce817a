// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/HttpServer.h"
#include "server/quality/QualityStore.h"
#include "server/users/SessionGuard.h"

namespace hotline {

// Quality review (质检) at the centre. Team leads and administrators:
//   POST /api/v1/quality/forms                    a form definition (docs/quality.md); 422 with
//                                                 the parser's message, 409 for a version taken
//   GET  /api/v1/quality/forms                    the latest version of each form
//   GET  /api/v1/quality/forms/KEY[?version=N]    one definition (the latest without version)
//   POST /api/v1/quality/evaluations              {form, version, recording, operator?,
//                                                 answers, calibration?}: scored here
//   POST /api/v1/quality/evaluations/ID/rescore   {answers}: a new evaluation; the old is kept
//   POST /api/v1/quality/evaluations/ID/uphold    {comment}: a dispute answered, score kept
//   GET  /api/v1/quality/evaluations?operator=L | recording=ID | disputed=REVIEWER
//   GET  /api/v1/quality/calibration?recording=ID&reference=LOGIN
// The operators evaluated (operator, team_lead):
//   GET  /api/v1/quality/mine                     their own evaluations (calibration left out)
//   POST /api/v1/quality/evaluations/ID/acknowledge   {}
//   POST /api/v1/quality/evaluations/ID/dispute       {comment}: back to the reviewer
// Forms are also readable by operators (to show their evaluations' questions).
class QualityRoutes {
public:
    QualityRoutes(CentralDatabase &db, const SessionGuard &guard) : m_store(db), m_guard(guard) {}

    void addTo(HttpServer &http);

private:
    HttpResponse publish(const Session &session, const HttpRequest &request);
    HttpResponse forms(const HttpRequest &request);
    HttpResponse form(const HttpRequest &request);
    HttpResponse evaluate(const Session &session, const HttpRequest &request);
    HttpResponse rescore(const Session &session, const HttpRequest &request);
    HttpResponse respond(const Session &session, const HttpRequest &request, EvaluationAction action);
    HttpResponse list(const Session &session, const HttpRequest &request);
    HttpResponse mine(const Session &session, const HttpRequest &request);
    HttpResponse calibration(const HttpRequest &request);
    static HttpResponse answer(const QualityStore::Answer &answer, HttpStatus ok = HttpStatus::Ok);

    QualityStore m_store;
    const SessionGuard &m_guard;
};

} // namespace hotline
