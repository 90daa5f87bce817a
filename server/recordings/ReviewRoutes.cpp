// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/recordings/ReviewRoutes.h"

#include "recordings/RecordingFiles.h"
#include "server/http/HttpJson.h"
#include "workorder/CallerPrivacy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QJsonArray>

namespace hotline {

namespace {
using Code = HttpStatus;
const SessionGuard::Roles reviewers{Role::TeamLead, Role::Admin};
} // namespace

ReviewRoutes::ReviewRoutes(CentralDatabase &db, const SessionGuard &guard, const QString &directory, Audited audited)
    : m_queue(db, directory), m_guard(guard), m_audited(std::move(audited))
{
    // One decode at a time: uploads completing together do not take every core from the centre.
    m_decoder.setMaxThreadCount(1);
}

void ReviewRoutes::measureLater(const QString &id, const QString &file, qint64 durationMs)
{
    if (m_measuring.contains(id))
        return;
    m_measuring.insert(id);
    QPointer<QObject> alive(&m_alive);
    m_decoder.start([this, alive, id, file, durationMs] {
        const ReviewQueue::Silences silences = ReviewQueue::measureFile(file, durationMs);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [this, alive, id, silences] {
                if (!alive)
                    return;
                m_measuring.remove(id);
                if (!silences.problem.isEmpty())
                    qWarning("recordings: %s", qPrintable(silences.problem));
                if (Status stored = m_queue.storeSilences(id, silences); !stored)
                    qWarning("recordings: the silences of %s were not stored: %s", qPrintable(id), qPrintable(stored.error()));
            },
            Qt::QueuedConnection);
    });
}

void ReviewRoutes::addTo(HttpServer &http)
{
    using Simple = SessionGuard::SimpleHandler;
    using Deferred = SessionGuard::Handler;
    http.route("GET", QStringLiteral("/api/v1/recordings/<arg>/review"),
               m_guard.guarded(reviewers, Deferred([this](const Session &s, HttpRequest &&r, HttpReply reply) {
                                   review(s, std::move(r), std::move(reply));
                               })));
    http.route("POST", QStringLiteral("/api/v1/recordings/<arg>/comments"),
               m_guard.guarded(reviewers, Simple([this](const Session &s, const HttpRequest &r) { return comment(s, r); })));
    http.route("GET", QStringLiteral("/api/v1/review/quotas"),
               m_guard.guarded(reviewers, Simple([this](const Session &, const HttpRequest &) { return quotas(); })));
    http.route("PUT", QStringLiteral("/api/v1/review/quotas"),
               m_guard.guarded(reviewers, Simple([this](const Session &s, const HttpRequest &r) { return setQuotas(s, r); })));
    http.route("GET", QStringLiteral("/api/v1/review/assignment"),
               m_guard.guarded(reviewers, Simple([this](const Session &s, const HttpRequest &r) { return assignment(s, r); })));
}

void ReviewRoutes::list(const Session &session, HttpRequest &&request, HttpReply reply)
{
    Result<ReviewFilter> filter = ReviewFilter::fromQuery(request.query);
    if (!filter)
        return reply.send(http::error(Code::BadRequest, filter.error()));
    if (filter.value().assignedToMe) {
        const QDate day = filter.value().week.isValid() ? filter.value().week : QDateTime::currentDateTimeUtc().date();
        const Result<QJsonArray> mine = m_queue.assignment(day.addDays(1 - day.dayOfWeek()), session.user.login);
        if (!mine)
            return reply.send(http::error(Code::ServiceUnavailable, mine.error()));
        QStringList ids;
        for (const QJsonValue &assigned : mine.value())
            ids.append(assigned.toObject().value(QLatin1String("recording")).toString());
        filter.value().onlyIds = ids;
    }
    QVector<ReviewQueue::Unmeasured> unmeasured;
    const Result<QJsonArray> recordings = m_queue.list(filter.value(), CallerPrivacy::seesCallerDetails(session.user.role), &unmeasured);
    if (!recordings)
        return reply.send(http::error(Code::ServiceUnavailable, recordings.error()));
    // Rows from before the centre measured silences at completion (or whose measuring was cut
    // off by a restart): measured for the next listing, a few a request.
    for (const ReviewQueue::Unmeasured &row : unmeasured.mid(0, 8))
        measureLater(row.id, row.file, row.durationMs);
    QStringList ids;
    for (const QJsonValue &recording : recordings.value())
        ids.append(recording.toObject().value(QLatin1String("id")).toString());
    m_audited({session.user.login, QStringLiteral("recording-list"), QStringLiteral("review-queue"),
               QStringLiteral("%1 %2 recordings: %3").arg(request.query.toString()).arg(ids.size()).arg(ids.join(u',')), request.client.toString()},
              http::json({{QStringLiteral("recordings"), recordings.value()}}), std::move(reply));
}

void ReviewRoutes::review(const Session &session, HttpRequest &&request, HttpReply reply)
{
    const QString id = request.arguments.value(0);
    if (!RecordingFiles::isRecordingId(id))
        return reply.send(http::error(Code::BadRequest, QStringLiteral("a recording id is a UUID in lower case (8-4-4-4-12 hex digits)")));
    const Result<QJsonObject> answer = m_queue.review(id, CallerPrivacy::seesCallerDetails(session.user.role));
    if (!answer)
        return reply.send(http::error(Code::NotFound, answer.error()));
    m_audited({session.user.login, QStringLiteral("recording-review"), QStringLiteral("recording:") + id, QString(), request.client.toString()},
              http::json(answer.value()), std::move(reply));
}

HttpResponse ReviewRoutes::comment(const Session &session, const HttpRequest &request)
{
    const QString id = request.arguments.value(0);
    if (!RecordingFiles::isRecordingId(id))
        return http::error(Code::BadRequest, QStringLiteral("a recording id is a UUID in lower case (8-4-4-4-12 hex digits)"));
    const auto body = http::objectBody(request, 16 * 1024, {QStringLiteral("offsetMs"), QStringLiteral("text")},
                                       {QStringLiteral("offsetMs"), QStringLiteral("text")});
    if (const auto *problem = std::get_if<http::BodyError>(&body))
        return http::error(problem->status, problem->message);
    const QJsonObject json = std::get<QJsonObject>(body);
    const QJsonValue offset = json.value(QLatin1String("offsetMs"));
    const QString text = json.value(QLatin1String("text")).toString().trimmed();
    if (!offset.isDouble() || offset.toInteger(-1) < 0)
        return http::error(Code::BadRequest, QStringLiteral("\"offsetMs\" must be a whole number ≥ 0"));
    if (text.isEmpty() || text.size() > 2000)
        return http::error(Code::BadRequest, QStringLiteral("\"text\" must be 1 to 2000 characters"));
    const Result<QJsonObject> added = m_queue.addComment(id, offset.toInteger(), text, session.user.login);
    if (!added)
        return http::error(Code::UnprocessableContent, added.error());
    return http::json(added.value(), Code::Created);
}

HttpResponse ReviewRoutes::quotas() const
{
    const Result<QVector<ReviewQuota>> list = m_queue.quotas();
    if (!list)
        return http::error(Code::ServiceUnavailable, list.error());
    QJsonArray out;
    for (const ReviewQuota &quota : list.value())
        out.append(quota.share > 0 ? QJsonObject{{QStringLiteral("reviewer"), quota.reviewer}, {QStringLiteral("share"), quota.share},
                                                 {QStringLiteral("minimum"), quota.minimum}}
                                   : QJsonObject{{QStringLiteral("reviewer"), quota.reviewer}, {QStringLiteral("count"), quota.count}});
    return http::json({{QStringLiteral("quotas"), out}});
}

HttpResponse ReviewRoutes::setQuotas(const Session &session, const HttpRequest &request)
{
    const auto body = http::objectBody(request, 64 * 1024, {QStringLiteral("quotas")}, {QStringLiteral("quotas")});
    if (const auto *problem = std::get_if<http::BodyError>(&body))
        return http::error(problem->status, problem->message);
    const QJsonValue list = std::get<QJsonObject>(body).value(QLatin1String("quotas"));
    if (!list.isArray() || list.toArray().size() > 500)
        return http::error(Code::BadRequest, QStringLiteral("\"quotas\" must be an array of at most 500 reviewers"));
    QVector<ReviewQuota> quotas;
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject item = value.toObject();
        ReviewQuota quota{item.value(QLatin1String("reviewer")).toString(), int(item.value(QLatin1String("count")).toInteger(0)),
                          item.value(QLatin1String("share")).toDouble(0), int(item.value(QLatin1String("minimum")).toInteger(0))};
        if (quota.reviewer.isEmpty() || quota.count < 0 || quota.count > 1000 || quota.share < 0 || quota.share > 1 || quota.minimum < 0
            || quota.minimum > 1000 || (quota.count == 0 && quota.share == 0))
            return http::error(Code::BadRequest, QStringLiteral("each quota names a reviewer and either \"count\" (1–1000) or \"share\""
                                                                " (0–1) with an optional \"minimum\""));
        quotas.append(quota);
    }
    if (Status stored = m_queue.setQuotas(quotas, session.user.login); !stored)
        return http::error(Code::ServiceUnavailable, stored.error());
    return this->quotas();
}

HttpResponse ReviewRoutes::assignment(const Session &session, const HttpRequest &request) const
{
    const QDate day = QDate::fromString(request.query.queryItemValue(QStringLiteral("week")), Qt::ISODate);
    if (!day.isValid())
        return http::error(Code::BadRequest, QStringLiteral("\"week\" must be a day of the week, YYYY-MM-DD"));
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    QString reviewer = request.query.queryItemValue(QStringLiteral("reviewer"), QUrl::FullyDecoded);
    if (reviewer.isEmpty())
        reviewer = session.user.login;
    const Result<QJsonArray> mine = m_queue.assignment(monday, reviewer);
    if (!mine)
        return http::error(Code::ServiceUnavailable, mine.error());
    return http::json({{QStringLiteral("week"), monday.toString(Qt::ISODate)}, {QStringLiteral("reviewer"), reviewer},
                       {QStringLiteral("recordings"), mine.value()}});
}

} // namespace hotline
