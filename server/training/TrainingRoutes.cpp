// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/training/TrainingRoutes.h"

#include "server/http/HttpJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtEndian>

namespace hotline {

namespace {
using Code = HttpStatus;
using Outcome = CentreTrainingStore::Outcome;
// Who writes the material: team leads and administrators. Who reads it: whoever trains or
// teaches. Departments answer orders and have nothing to do here.
const SessionGuard::Roles authors{Role::TeamLead, Role::Admin};
const SessionGuard::Roles learners{Role::Trainee, Role::Operator, Role::TeamLead, Role::Admin};
const SessionGuard::Roles trainees{Role::Trainee};
constexpr qsizetype maxDefinitionBytes = 512 * 1024;

// Scenario and course ids name rows and appear in paths: letters, digits, '.', '_', '-'.
std::optional<HttpResponse> badId(const QString &id)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    if (valid.match(id).hasMatch())
        return std::nullopt;
    return http::error(Code::BadRequest, QStringLiteral("an id is 1 to 100 letters, digits, '.', '_' or '-', beginning with a letter or digit"));
}

std::optional<qint64> since(const HttpRequest &request, HttpResponse *refusal)
{
    for (const auto &item : request.query.queryItems()) {
        if (item.first != QLatin1String("since")) {
            *refusal = http::error(Code::BadRequest, QStringLiteral("unknown parameter \"%1\": since").arg(item.first));
            return std::nullopt;
        }
    }
    const QString text = request.query.queryItemValue(QStringLiteral("since"));
    bool ok = true;
    const qint64 value = text.isEmpty() ? 0 : text.toLongLong(&ok);
    if (!ok || value < 0) {
        *refusal = http::error(Code::BadRequest, QStringLiteral("since is a training revision: a whole number, 0 or more"));
        return std::nullopt;
    }
    return value;
}

std::variant<QJsonObject, HttpResponse> jsonObject(const QByteArray &body)
{
    if (body.size() > maxDefinitionBytes)
        return http::error(Code::PayloadTooLarge, QStringLiteral("a definition is at most %1 KiB").arg(maxDefinitionBytes / 1024));
    QJsonParseError problem;
    const QJsonDocument document = QJsonDocument::fromJson(body, &problem);
    if (problem.error != QJsonParseError::NoError)
        return http::error(Code::BadRequest, QStringLiteral("malformed JSON at byte %1: %2").arg(problem.offset).arg(problem.errorString()));
    if (!document.isObject())
        return http::error(Code::BadRequest, QStringLiteral("the body must be a JSON object"));
    return document.object();
}
} // namespace

void TrainingRoutes::addTo(HttpServer &http)
{
    using Simple = SessionGuard::SimpleHandler;
    const auto route = [&](const char *method, const char *path, const SessionGuard::Roles &roles, Simple handler) {
        http.route(method, QString::fromLatin1(path), m_guard.guarded(roles, std::move(handler)));
    };
    route("PUT", "/api/v1/training/scenarios/<arg>", authors, [this](const Session &s, const HttpRequest &r) { return publishScenario(s, r); });
    route("DELETE", "/api/v1/training/scenarios/<arg>", authors, [this](const Session &s, const HttpRequest &r) { return withdrawScenario(s, r); });
    route("GET", "/api/v1/training/scenarios", learners, [this](const Session &, const HttpRequest &r) { return scenarios(r); });
    route("GET", "/api/v1/training/scenarios/<arg>", learners, [this](const Session &, const HttpRequest &r) { return scenario(r); });
    route("PUT", "/api/v1/training/scenarios/<arg>/audio", authors, [this](const Session &s, const HttpRequest &r) { return putAudio(s, r); });
    route("GET", "/api/v1/training/scenarios/<arg>/audio", learners, [this](const Session &, const HttpRequest &r) { return getAudio(r); });
    route("PUT", "/api/v1/training/courses/<arg>", authors, [this](const Session &s, const HttpRequest &r) { return publishCourse(s, r); });
    route("DELETE", "/api/v1/training/courses/<arg>", authors, [this](const Session &s, const HttpRequest &r) { return withdrawCourse(s, r); });
    route("GET", "/api/v1/training/courses", learners, [this](const Session &, const HttpRequest &r) { return courses(r); });
    route("POST", "/api/v1/training/attempts", trainees, [this](const Session &s, const HttpRequest &r) { return postAttempt(s, r); });
    route("GET", "/api/v1/training/attempts/mine", trainees, [this](const Session &s, const HttpRequest &) { return mine(s); });
    route("GET", "/api/v1/training/class", authors, [this](const Session &, const HttpRequest &r) { return courseClass(r); });
}

HttpResponse TrainingRoutes::answer(const CentreTrainingStore::Answer &answer, HttpStatus ok)
{
    switch (answer.outcome) {
    case Outcome::Ok: return http::json(answer.body, ok);
    case Outcome::Invalid: return http::error(Code::UnprocessableContent, answer.message);
    case Outcome::NotFound: return http::error(Code::NotFound, answer.message);
    case Outcome::Forbidden: return http::error(Code::Forbidden, answer.message);
    case Outcome::Conflict: return http::error(Code::Conflict, answer.message);
    case Outcome::Failed: return http::error(Code::ServiceUnavailable, answer.message);
    }
    return http::error(Code::InternalServerError, answer.message);
}

bool TrainingRoutes::isWav(const QByteArray &bytes)
{
    // RIFF <size> WAVE, then chunks: a "fmt " chunk of at least 16 bytes before any "data".
    if (bytes.size() < 44 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return false;
    qsizetype at = 12;
    while (at + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(at, 4);
        const quint32 size = qFromLittleEndian<quint32>(bytes.constData() + at + 4);
        if (id == "fmt ")
            return size >= 16 && at + 8 + qsizetype(size) <= bytes.size();
        if (id == "data")
            return false;
        at += 8 + qsizetype(size) + (size & 1);
    }
    return false;
}

// A scenario or a course as the path names it, read with the parser the editor and the desk
// use (the message names the field that is wrong), then handed to `publish`.
template <typename Definition, typename Publish>
HttpResponse TrainingRoutes::publishDefinition(const HttpRequest &request, const char *what, Publish publish)
{
    const QString id = request.arguments.value(0);
    if (auto refused = badId(id))
        return *refused;
    auto body = jsonObject(request.body);
    if (auto *refused = std::get_if<HttpResponse>(&body))
        return *refused;
    Result<Definition> parsed = Definition::fromJson(std::get<QJsonObject>(body));
    if (!parsed)
        return http::error(Code::UnprocessableContent, parsed.error());
    if (parsed.value().id != id)
        return http::error(Code::UnprocessableContent, QStringLiteral("the %1's id is %2, not %3 as in the path")
                                                           .arg(QLatin1String(what), parsed.value().id.left(100), id));
    return answer(publish(parsed.value()));
}

HttpResponse TrainingRoutes::publishScenario(const Session &session, const HttpRequest &request)
{
    return publishDefinition<Scenario>(request, "scenario", [&](const Scenario &scenario) {
        return m_store.publishScenario(scenario, session.user.login);
    });
}

HttpResponse TrainingRoutes::withdrawScenario(const Session &session, const HttpRequest &request)
{
    if (auto refused = badId(request.arguments.value(0)))
        return *refused;
    return answer(m_store.withdrawScenario(request.arguments.value(0), session.user.login));
}

HttpResponse TrainingRoutes::scenarios(const HttpRequest &request)
{
    HttpResponse refusal;
    const std::optional<qint64> from = since(request, &refusal);
    if (!from)
        return refusal;
    return answer(m_store.scenarios(*from));
}

HttpResponse TrainingRoutes::scenario(const HttpRequest &request)
{
    if (auto refused = badId(request.arguments.value(0)))
        return *refused;
    const std::optional<Scenario> found = m_store.scenario(request.arguments.value(0));
    if (!found)
        return http::error(Code::NotFound, QStringLiteral("no scenario %1 is published").arg(request.arguments.value(0)));
    return http::json(found->toJson());
}

HttpResponse TrainingRoutes::putAudio(const Session &session, const HttpRequest &request)
{
    if (auto refused = badId(request.arguments.value(0)))
        return *refused;
    if (request.body.size() > CentreTrainingStore::maxAudioBytes)
        return http::error(Code::PayloadTooLarge, QStringLiteral("a scenario's audio is at most %1 MiB").arg(CentreTrainingStore::maxAudioBytes / (1024 * 1024)));
    if (!isWav(request.body))
        return http::error(Code::UnsupportedMediaType, QStringLiteral("a scenario's audio must be a WAV file (RIFF/WAVE with a fmt chunk)"));
    return answer(m_store.putAudio(request.arguments.value(0), request.body, session.user.login));
}

HttpResponse TrainingRoutes::getAudio(const HttpRequest &request)
{
    if (auto refused = badId(request.arguments.value(0)))
        return *refused;
    std::optional<QByteArray> wav = m_store.audio(request.arguments.value(0));
    if (!wav)
        return http::error(Code::NotFound, QStringLiteral("scenario %1 has no audio").arg(request.arguments.value(0)));
    return HttpResponse(Code::Ok, "audio/wav", std::move(*wav));
}

HttpResponse TrainingRoutes::publishCourse(const Session &session, const HttpRequest &request)
{
    return publishDefinition<Course>(request, "course", [&](const Course &course) {
        return m_store.publishCourse(course, session.user.login);
    });
}

HttpResponse TrainingRoutes::withdrawCourse(const Session &session, const HttpRequest &request)
{
    if (auto refused = badId(request.arguments.value(0)))
        return *refused;
    return answer(m_store.withdrawCourse(request.arguments.value(0), session.user.login));
}

HttpResponse TrainingRoutes::courses(const HttpRequest &request)
{
    HttpResponse refusal;
    const std::optional<qint64> from = since(request, &refusal);
    if (!from)
        return refusal;
    return answer(m_store.courses(*from));
}

HttpResponse TrainingRoutes::postAttempt(const Session &session, const HttpRequest &request)
{
    auto body = jsonObject(request.body);
    if (auto *refused = std::get_if<HttpResponse>(&body))
        return *refused;
    // The same reader as the desk's: an attempt must say simulation, name its scenario and
    // version, and carry a score card that adds up (the message names the field).
    const Result<TrainingAttempt> attempt = TrainingAttempt::fromJson(std::get<QJsonObject>(body));
    if (!attempt)
        return http::error(Code::UnprocessableContent, attempt.error());
    if (attempt.value().trainee != session.user.login)
        return http::error(Code::Forbidden, QStringLiteral("an attempt is sent by its trainee: %1 may not send %2's")
                                                .arg(session.user.login, attempt.value().trainee.left(100)));
    if (attempt.value().scenarioId.size() > 100 || attempt.value().courseId.size() > 100)
        return http::error(Code::UnprocessableContent, QStringLiteral("scenarioId and courseId are at most 100 characters"));
    const CentreTrainingStore::Answer stored = m_store.addAttempt(attempt.value());
    const bool duplicate = stored.body.value(QLatin1String("duplicate")).toBool();
    return answer(stored, duplicate ? Code::Ok : Code::Created);
}

HttpResponse TrainingRoutes::mine(const Session &session)
{
    const Result<QJsonArray> attempts = m_store.attemptsOf(session.user.login);
    if (!attempts)
        return http::error(Code::ServiceUnavailable, attempts.error());
    return http::json({{QStringLiteral("attempts"), attempts.value()}});
}

HttpResponse TrainingRoutes::courseClass(const HttpRequest &request)
{
    for (const auto &item : request.query.queryItems())
        if (item.first != QLatin1String("course"))
            return http::error(Code::BadRequest, QStringLiteral("unknown parameter \"%1\": course").arg(item.first));
    const QString course = request.query.queryItemValue(QStringLiteral("course"));
    if (auto refused = badId(course))
        return *refused;
    return answer(m_store.courseClass(course));
}

} // namespace hotline
