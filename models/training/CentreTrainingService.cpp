// SPDX-License-Identifier: GPL-3.0-or-later
#include "CentreTrainingService.h"

#include "sync/SyncEngine.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace hotline {

namespace {
QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}
} // namespace

CentreTrainingService::CentreTrainingService(SyncEngine &sync, QObject *parent) : QObject(parent), m_sync(sync) {}

void CentreTrainingService::send(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &contentType,
                                 Answered answered)
{
    if (const QString refusal = m_sync.centreRefusal(); !refusal.isEmpty())
        return answered(0, {}, refusal);
    QNetworkRequest request = m_sync.centreRequest(path);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(contentType));
    QNetworkReply *reply = m_sync.network()->sendCustomRequest(request, method, body);
    connect(reply, &QNetworkReply::finished, this, [reply, answered = std::move(answered)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = reply->readAll();
        if (status == 0)
            return answered(0, {}, tr("连不上中心：%1").arg(reply->errorString()));
        if (status < 200 || status > 299) {
            // The centre says why in {"error": …}; a person reads it with the status.
            const QString why = QJsonDocument::fromJson(bytes).object().value(QLatin1String("error")).toString();
            return answered(status, {}, why.isEmpty() ? tr("中心拒绝了请求（%1）").arg(status) : tr("中心拒绝了请求（%1）：%2").arg(status).arg(why));
        }
        answered(status, bytes, QString());
    });
}

void CentreTrainingService::sendJson(const QByteArray &method, const QString &path, const QJsonObject &body,
                                     std::function<void(Result<QJsonObject>)> done)
{
    const QByteArray bytes = method == "GET" || method == "DELETE" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    send(method, path, bytes, bytes.isEmpty() ? QByteArray() : QByteArray("application/json"),
         [done = std::move(done)](int, const QByteArray &answer, const QString &error) {
             if (!error.isEmpty())
                 return done(Error{error});
             QJsonParseError problem;
             const QJsonDocument document = QJsonDocument::fromJson(answer, &problem);
             if (problem.error != QJsonParseError::NoError || !document.isObject())
                 return done(Error{tr("中心的答复不是 JSON 对象")});
             done(document.object());
         });
}

Result<CentreTrainingService::ScenarioChanges> CentreTrainingService::scenarioChangesFrom(const QJsonObject &body)
{
    if (!body.value(QLatin1String("revision")).isDouble() || !body.value(QLatin1String("scenarios")).isArray())
        return Error{tr("中心的情景清单缺少 revision 或 scenarios")};
    ScenarioChanges changes;
    changes.revision = body.value(QLatin1String("revision")).toInteger();
    for (const QJsonValue &value : body.value(QLatin1String("scenarios")).toArray()) {
        const QJsonObject item = value.toObject();
        ScenarioUpdate update;
        update.id = item.value(QLatin1String("id")).toString();
        update.withdrawn = item.value(QLatin1String("withdrawn")).toBool();
        update.revision = item.value(QLatin1String("revision")).toInteger();
        update.audioBytes = item.value(QLatin1String("audioBytes")).toInteger();
        update.audioSha256 = item.value(QLatin1String("audioSha256")).toString();
        if (!update.withdrawn) {
            // The same checks as everywhere: a scenario the desk cannot play is refused whole.
            Result<Scenario> scenario = Scenario::fromJson(item.value(QLatin1String("scenario")).toObject());
            if (!scenario)
                return Error{tr("中心发来的情景 %1 不对：%2").arg(update.id, scenario.error())};
            update.scenario = std::move(scenario).value();
        }
        changes.scenarios.append(std::move(update));
    }
    return changes;
}

Result<CentreTrainingService::CourseChanges> CentreTrainingService::courseChangesFrom(const QJsonObject &body)
{
    if (!body.value(QLatin1String("revision")).isDouble() || !body.value(QLatin1String("courses")).isArray())
        return Error{tr("中心的课程清单缺少 revision 或 courses")};
    CourseChanges changes;
    changes.revision = body.value(QLatin1String("revision")).toInteger();
    for (const QJsonValue &value : body.value(QLatin1String("courses")).toArray()) {
        const QJsonObject item = value.toObject();
        CourseUpdate update;
        update.id = item.value(QLatin1String("id")).toString();
        update.withdrawn = item.value(QLatin1String("withdrawn")).toBool();
        update.revision = item.value(QLatin1String("revision")).toInteger();
        if (!update.withdrawn) {
            Result<Course> course = Course::fromJson(item.value(QLatin1String("course")).toObject());
            if (!course)
                return Error{tr("中心发来的课程 %1 不对：%2").arg(update.id, course.error())};
            update.course = std::move(course).value();
        }
        changes.courses.append(std::move(update));
    }
    return changes;
}

Result<CentreTrainingService::ClassView> CentreTrainingService::classFrom(const QJsonObject &body)
{
    Result<Course> course = Course::fromJson(body.value(QLatin1String("course")).toObject());
    if (!course)
        return Error{tr("中心发来的课程不对：%1").arg(course.error())};
    ClassView view{std::move(course).value(), {}};
    for (const QJsonValue &value : body.value(QLatin1String("trainees")).toArray()) {
        const QJsonObject row = value.toObject();
        Result<QList<TrainingAttempt>> attempts = attemptsFrom(row.value(QLatin1String("attempts")).toArray());
        if (!attempts)
            return Error{attempts.error()};
        view.trainees.append(TraineeAttempts{row.value(QLatin1String("login")).toString(), row.value(QLatin1String("name")).toString(),
                                             std::move(attempts).value()});
    }
    return view;
}

Result<QList<TrainingAttempt>> CentreTrainingService::attemptsFrom(const QJsonArray &attempts)
{
    QList<TrainingAttempt> out;
    for (const QJsonValue &value : attempts) {
        Result<TrainingAttempt> attempt = TrainingAttempt::fromJson(value.toObject());
        if (!attempt)
            return Error{tr("中心发来的培训记录不对：%1").arg(attempt.error())};
        out.append(std::move(attempt).value());
    }
    return out;
}

void CentreTrainingService::fetchScenarios(qint64 since, Done<ScenarioChanges> done)
{
    sendJson("GET", QStringLiteral("/api/v1/training/scenarios?since=%1").arg(since), {}, [done = std::move(done)](Result<QJsonObject> body) {
        done(body ? scenarioChangesFrom(body.value()) : Result<ScenarioChanges>(Error{body.error()}));
    });
}

void CentreTrainingService::fetchCourses(qint64 since, Done<CourseChanges> done)
{
    sendJson("GET", QStringLiteral("/api/v1/training/courses?since=%1").arg(since), {}, [done = std::move(done)](Result<QJsonObject> body) {
        done(body ? courseChangesFrom(body.value()) : Result<CourseChanges>(Error{body.error()}));
    });
}

void CentreTrainingService::fetchAudio(const QString &scenarioId, Done<QByteArray> done)
{
    send("GET", QStringLiteral("/api/v1/training/scenarios/%1/audio").arg(segment(scenarioId)), {}, {},
         [done = std::move(done)](int, const QByteArray &bytes, const QString &error) {
             if (!error.isEmpty())
                 return done(Error{error});
             done(bytes);
         });
}

void CentreTrainingService::publishScenario(const Scenario &scenario, Done<Published> done)
{
    if (Status valid = scenario.validate(); !valid)
        return done(Error{valid.error()});
    sendJson("PUT", QStringLiteral("/api/v1/training/scenarios/%1").arg(segment(scenario.id)), scenario.toJson(),
             [done = std::move(done)](Result<QJsonObject> body) {
                 if (!body)
                     return done(Error{body.error()});
                 done(Published{body.value().value(QLatin1String("id")).toString(), body.value().value(QLatin1String("version")).toInt(),
                                body.value().value(QLatin1String("revision")).toInteger()});
             });
}

void CentreTrainingService::withdrawScenario(const QString &scenarioId, StatusDone done)
{
    sendJson("DELETE", QStringLiteral("/api/v1/training/scenarios/%1").arg(segment(scenarioId)), {},
             [done = std::move(done)](Result<QJsonObject> body) { done(body ? Status::success() : Status(Error{body.error()})); });
}

void CentreTrainingService::publishAudio(const QString &scenarioId, const QByteArray &wav, StatusDone done)
{
    send("PUT", QStringLiteral("/api/v1/training/scenarios/%1/audio").arg(segment(scenarioId)), wav, "audio/wav",
         [done = std::move(done)](int, const QByteArray &, const QString &error) {
             done(error.isEmpty() ? Status::success() : Status(Error{error}));
         });
}

void CentreTrainingService::publishCourse(const Course &course, Done<Published> done)
{
    sendJson("PUT", QStringLiteral("/api/v1/training/courses/%1").arg(segment(course.id)), course.toJson(),
             [done = std::move(done)](Result<QJsonObject> body) {
                 if (!body)
                     return done(Error{body.error()});
                 done(Published{body.value().value(QLatin1String("id")).toString(), 0, body.value().value(QLatin1String("revision")).toInteger()});
             });
}

void CentreTrainingService::withdrawCourse(const QString &courseId, StatusDone done)
{
    sendJson("DELETE", QStringLiteral("/api/v1/training/courses/%1").arg(segment(courseId)), {},
             [done = std::move(done)](Result<QJsonObject> body) { done(body ? Status::success() : Status(Error{body.error()})); });
}

void CentreTrainingService::fetchClass(const QString &courseId, Done<ClassView> done)
{
    sendJson("GET", QStringLiteral("/api/v1/training/class?course=%1").arg(segment(courseId)), {}, [done = std::move(done)](Result<QJsonObject> body) {
        done(body ? classFrom(body.value()) : Result<ClassView>(Error{body.error()}));
    });
}

void CentreTrainingService::postAttempt(const TrainingAttempt &attempt, Done<bool> done)
{
    sendJson("POST", QStringLiteral("/api/v1/training/attempts"), attempt.toJson(), [done = std::move(done)](Result<QJsonObject> body) {
        if (!body)
            return done(Error{body.error()});
        done(body.value().value(QLatin1String("duplicate")).toBool());
    });
}

void CentreTrainingService::fetchMyAttempts(Done<QList<TrainingAttempt>> done)
{
    sendJson("GET", QStringLiteral("/api/v1/training/attempts/mine"), {}, [done = std::move(done)](Result<QJsonObject> body) {
        if (!body)
            return done(Error{body.error()});
        done(attemptsFrom(body.value().value(QLatin1String("attempts")).toArray()));
    });
}

} // namespace hotline
