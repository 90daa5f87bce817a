// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/quality/QualityRoutes.h"

#include "recordings/RecordingFiles.h"
#include "server/http/HttpJson.h"

#include <QJsonArray>
#include <QUuid>

namespace hotline {

namespace {
using Code = HttpStatus;
using Outcome = QualityStore::Outcome;
const SessionGuard::Roles reviewers{Role::TeamLead, Role::Admin};
// Who takes calls and so may be evaluated: they read and answer their own evaluations.
const SessionGuard::Roles evaluated{Role::Operator, Role::TeamLead};
const SessionGuard::Roles formReaders{Role::Operator, Role::TeamLead, Role::Admin};

bool isEvaluationId(const QString &id)
{
    const QUuid uuid(id);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == id;
}

std::optional<HttpResponse> badEvaluationId(const HttpRequest &request)
{
    if (isEvaluationId(request.arguments.value(0)))
        return std::nullopt;
    return http::error(Code::BadRequest, QStringLiteral("an evaluation id is a UUID in lower case"));
}
} // namespace

void QualityRoutes::addTo(HttpServer &http)
{
    using Simple = SessionGuard::SimpleHandler;
    http.route("POST", QStringLiteral("/api/v1/quality/forms"),
               m_guard.guarded(reviewers, Simple([this](const Session &s, const HttpRequest &r) { return publish(s, r); })));
    http.route("GET", QStringLiteral("/api/v1/quality/forms"),
               m_guard.guarded(formReaders, Simple([this](const Session &, const HttpRequest &r) { return forms(r); })));
    http.route("GET", QStringLiteral("/api/v1/quality/forms/<arg>"),
               m_guard.guarded(formReaders, Simple([this](const Session &, const HttpRequest &r) { return form(r); })));
    http.route("POST", QStringLiteral("/api/v1/quality/evaluations"),
               m_guard.guarded(reviewers, Simple([this](const Session &s, const HttpRequest &r) { return evaluate(s, r); })));
    http.route("POST", QStringLiteral("/api/v1/quality/evaluations/<arg>/rescore"),
               m_guard.guarded(reviewers, Simple([this](const Session &s, const HttpRequest &r) { return rescore(s, r); })));
    http.route("POST", QStringLiteral("/api/v1/quality/evaluations/<arg>/uphold"),
               m_guard.guarded(reviewers, Simple([this](const Session &s, const HttpRequest &r) {
                                   return respond(s, r, EvaluationAction::Uphold);
                               })));
    http.route("POST", QStringLiteral("/api/v1/quality/evaluations/<arg>/acknowledge"),
               m_guard.guarded(evaluated, Simple([this](const Session &s, const HttpRequest &r) {
                                   return respond(s, r, EvaluationAction::Acknowledge);
                               })));
    http.route("POST", QStringLiteral("/api/v1/quality/evaluations/<arg>/dispute"),
               m_guard.guarded(evaluated, Simple([this](const Session &s, const HttpRequest &r) {
                                   return respond(s, r, EvaluationAction::Dispute);
                               })));
    http.route("GET", QStringLiteral("/api/v1/quality/evaluations"),
               m_guard.guarded(reviewers, Simple([this](const Session &s, const HttpRequest &r) { return list(s, r); })));
    http.route("GET", QStringLiteral("/api/v1/quality/mine"),
               m_guard.guarded(evaluated, Simple([this](const Session &s, const HttpRequest &r) { return mine(s, r); })));
    http.route("GET", QStringLiteral("/api/v1/quality/calibration"),
               m_guard.guarded(reviewers, Simple([this](const Session &, const HttpRequest &r) { return calibration(r); })));
}

HttpResponse QualityRoutes::answer(const QualityStore::Answer &answer, HttpStatus ok)
{
    switch (answer.outcome) {
    case Outcome::Ok: return http::json(answer.body, ok);
    case Outcome::Invalid: return http::error(Code::UnprocessableContent, answer.message);
    case Outcome::NotFound: return http::error(Code::NotFound, answer.message);
    case Outcome::Forbidden: return http::error(Code::Forbidden, answer.message);
    case Outcome::Conflict: {
        QJsonObject body = answer.body;
        body.insert(QStringLiteral("error"), answer.message);
        body.insert(QStringLiteral("status"), 409);
        return http::json(body, Code::Conflict);
    }
    case Outcome::Failed: return http::error(Code::ServiceUnavailable, answer.message);
    }
    return http::error(Code::InternalServerError, answer.message);
}

HttpResponse QualityRoutes::publish(const Session &session, const HttpRequest &request)
{
    if (request.body.size() > 256 * 1024)
        return http::error(Code::PayloadTooLarge, QStringLiteral("a scoring form is at most 256 KiB"));
    // The same parser as hotline-ctl and the desk: the message names what is wrong and where.
    const Result<ScoringForm> parsed = ScoringForm::parse(request.body);
    if (!parsed)
        return http::error(Code::UnprocessableContent, parsed.error());
    return answer(m_store.publish(parsed.value(), session.user.login), Code::Created);
}

HttpResponse QualityRoutes::forms(const HttpRequest &)
{
    const Result<QJsonArray> all = m_store.latestForms();
    if (!all)
        return http::error(Code::ServiceUnavailable, all.error());
    return http::json({{QStringLiteral("forms"), all.value()}});
}

HttpResponse QualityRoutes::form(const HttpRequest &request)
{
    const QString versionText = request.query.queryItemValue(QStringLiteral("version"));
    bool ok = true;
    const int version = versionText.isEmpty() ? 0 : versionText.toInt(&ok);
    if (!ok || version < 0)
        return http::error(Code::BadRequest, QStringLiteral("version is a whole number"));
    const std::optional<ScoringForm> found = m_store.form(request.arguments.value(0), version);
    if (!found)
        return http::error(Code::NotFound, QStringLiteral("no scoring form %1 version %2").arg(request.arguments.value(0).left(64)).arg(version));
    return http::json(found->toJson());
}

HttpResponse QualityRoutes::evaluate(const Session &session, const HttpRequest &request)
{
    const auto body = http::objectBody(request, 256 * 1024,
                                       {QStringLiteral("form"), QStringLiteral("version"), QStringLiteral("recording"), QStringLiteral("operator"),
                                        QStringLiteral("answers"), QStringLiteral("calibration")},
                                       {QStringLiteral("form"), QStringLiteral("version"), QStringLiteral("recording"), QStringLiteral("answers")});
    if (const auto *problem = std::get_if<http::BodyError>(&body))
        return http::error(problem->status, problem->message);
    const QJsonObject object = std::get<QJsonObject>(body);
    QualityStore::NewEvaluation input;
    input.formKey = object.value(QLatin1String("form")).toString();
    input.formVersion = object.value(QLatin1String("version")).toInt();
    input.recordingId = object.value(QLatin1String("recording")).toString();
    input.operatorLogin = object.value(QLatin1String("operator")).toString();
    input.calibration = object.value(QLatin1String("calibration")).toBool();
    if (input.formVersion < 1)
        return http::error(Code::BadRequest, QStringLiteral("\"version\" is the form version scored with (1 or more)"));
    if (!RecordingFiles::isRecordingId(input.recordingId))
        return http::error(Code::BadRequest, QStringLiteral("\"recording\" is a recording id (a UUID in lower case)"));
    const Result<GivenAnswers> answers = Scoring::fromJson(object.value(QLatin1String("answers")).toArray());
    if (!answers)
        return http::error(Code::UnprocessableContent, answers.error());
    input.answers = answers.value();
    return answer(m_store.evaluate(session.user.login, input), Code::Created);
}

HttpResponse QualityRoutes::rescore(const Session &session, const HttpRequest &request)
{
    if (std::optional<HttpResponse> refusal = badEvaluationId(request))
        return *refusal;
    const auto body = http::objectBody(request, 256 * 1024, {QStringLiteral("answers")}, {QStringLiteral("answers")});
    if (const auto *problem = std::get_if<http::BodyError>(&body))
        return http::error(problem->status, problem->message);
    const Result<GivenAnswers> answers = Scoring::fromJson(std::get<QJsonObject>(body).value(QLatin1String("answers")).toArray());
    if (!answers)
        return http::error(Code::UnprocessableContent, answers.error());
    return answer(m_store.rescore(session.user.login, session.user.role, request.arguments.value(0), answers.value()), Code::Created);
}

HttpResponse QualityRoutes::respond(const Session &session, const HttpRequest &request, EvaluationAction action)
{
    if (std::optional<HttpResponse> refusal = badEvaluationId(request))
        return *refusal;
    QString comment;
    if (!request.body.trimmed().isEmpty()) {
        const auto body = http::objectBody(request, 16 * 1024, {QStringLiteral("comment")}, {});
        if (const auto *problem = std::get_if<http::BodyError>(&body))
            return http::error(problem->status, problem->message);
        const QJsonObject object = std::get<QJsonObject>(body);
        if (object.contains(QLatin1String("comment"))) {
            QString problem;
            const std::optional<QString> text = http::stringField(object, "comment", 2000, &problem);
            if (!text)
                return http::error(Code::BadRequest, problem);
            comment = *text;
        }
    }
    return answer(m_store.respond(session.user.login, session.user.role, request.arguments.value(0), action, comment));
}

HttpResponse QualityRoutes::list(const Session &, const HttpRequest &request)
{
    QualityStore::Filter filter;
    for (const auto &item : request.query.queryItems(QUrl::FullyDecoded)) {
        if (item.first == QLatin1String("operator"))
            filter.operatorLogin = item.second;
        else if (item.first == QLatin1String("recording"))
            filter.recordingId = item.second;
        else if (item.first == QLatin1String("disputed"))
            filter.disputedFor = item.second;
        else
            return http::error(Code::BadRequest, QStringLiteral("unknown parameter \"%1\": operator, recording or disputed").arg(item.first.left(40)));
    }
    // An operator's list is their scores; calibration rounds are the reviewers' own business.
    filter.withCalibration = filter.operatorLogin.isEmpty();
    const Result<QJsonArray> rows = m_store.list(filter);
    if (!rows)
        return http::error(Code::BadRequest, rows.error());
    return http::json({{QStringLiteral("evaluations"), rows.value()}});
}

HttpResponse QualityRoutes::mine(const Session &session, const HttpRequest &request)
{
    if (!request.query.isEmpty())
        return http::error(Code::BadRequest, QStringLiteral("no parameters are taken"));
    QualityStore::Filter filter;
    filter.operatorLogin = session.user.login;
    filter.withCalibration = false;
    const Result<QJsonArray> rows = m_store.list(filter);
    if (!rows)
        return http::error(Code::ServiceUnavailable, rows.error());
    return http::json({{QStringLiteral("evaluations"), rows.value()}});
}

HttpResponse QualityRoutes::calibration(const HttpRequest &request)
{
    const QString recording = request.query.queryItemValue(QStringLiteral("recording"), QUrl::FullyDecoded);
    const QString reference = request.query.queryItemValue(QStringLiteral("reference"), QUrl::FullyDecoded);
    if (!RecordingFiles::isRecordingId(recording) || reference.isEmpty())
        return http::error(Code::BadRequest, QStringLiteral("ask /api/v1/quality/calibration?recording=ID&reference=LOGIN"));
    return answer(m_store.calibration(recording, reference));
}

} // namespace hotline
