// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/recordings/RecordingRoutes.h"

#include "recordings/RecordingFiles.h"
#include "server/http/HttpJson.h"
#include "workorder/CallerPrivacy.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace hotline {

namespace {
using Code = HttpStatus;
using Outcome = RecordingArchive::Outcome;
const SessionGuard::Roles uploaders{Role::Operator, Role::TeamLead};
const SessionGuard::Roles reviewers{Role::TeamLead, Role::Admin};

std::optional<HttpResponse> badId(const QString &id)
{
    if (RecordingFiles::isRecordingId(id))
        return std::nullopt;
    return http::error(Code::BadRequest, QStringLiteral("a recording id is a UUID in lower case (8-4-4-4-12 hex digits)"));
}

// A byte range of a file of `size` bytes from a Range header; nothing for the whole file,
// an empty pair for one that cannot be satisfied.
std::optional<std::pair<qint64, qint64>> byteRange(const QByteArray &header, qint64 size, bool *unsatisfiable)
{
    *unsatisfiable = false;
    if (header.isEmpty())
        return std::nullopt;
    static const QRegularExpression form(QStringLiteral("^bytes=(\\d*)-(\\d*)$"));
    const QRegularExpressionMatch match = form.match(QString::fromLatin1(header).trimmed());
    if (!match.hasMatch() || (match.captured(1).isEmpty() && match.captured(2).isEmpty())) {
        *unsatisfiable = true;
        return std::nullopt;
    }
    qint64 first = 0;
    qint64 last = size - 1;
    if (match.captured(1).isEmpty()) { // the last N bytes
        first = std::max<qint64>(0, size - match.captured(2).toLongLong());
    } else {
        first = match.captured(1).toLongLong();
        if (!match.captured(2).isEmpty())
            last = std::min(last, match.captured(2).toLongLong());
    }
    if (first >= size || last < first) {
        *unsatisfiable = true;
        return std::nullopt;
    }
    return std::pair{first, last};
}
} // namespace

RecordingRoutes::RecordingRoutes(CentralDatabase &db, const SessionGuard &guard, QString directory, int retentionDays, Audited audited,
                                 QObject *parent)
    : QObject(parent), m_archive(db, directory), m_review(db, guard, directory, audited), m_guard(guard), m_retentionDays(retentionDays),
      m_audited(std::move(audited))
{
    m_sweeper.setInterval(3600 * 1000);
    connect(&m_sweeper, &QTimer::timeout, this, &RecordingRoutes::sweep);
    m_sweeper.start();
    QTimer::singleShot(0, this, &RecordingRoutes::sweep);
}

void RecordingRoutes::sweep()
{
    const Result<int> swept = m_archive.sweep(QDateTime::currentDateTimeUtc(), m_retentionDays);
    if (!swept)
        qWarning("recordings: the retention sweep failed: %s", qPrintable(swept.error()));
    else if (swept.value() > 0)
        qInfo("recordings: %d past their %d days deleted", swept.value(), m_retentionDays);
}

void RecordingRoutes::addTo(HttpServer &http)
{
    using Simple = SessionGuard::SimpleHandler;
    using Deferred = SessionGuard::Handler;
    http.route("GET", QStringLiteral("/api/v1/recordings/<arg>/status"),
               m_guard.guarded(uploaders, Simple([this](const Session &s, const HttpRequest &r) { return status(s, r); })));
    http.route("PUT", QStringLiteral("/api/v1/recordings/<arg>"),
               m_guard.guarded(uploaders, Simple([this](const Session &s, const HttpRequest &r) { return append(s, r); })));
    http.route("POST", QStringLiteral("/api/v1/recordings/<arg>/complete"),
               m_guard.guarded(uploaders, Simple([this](const Session &s, const HttpRequest &r) { return complete(s, r); })));
    http.route("POST", QStringLiteral("/api/v1/recordings/<arg>/orders"),
               m_guard.guarded(uploaders, Simple([this](const Session &s, const HttpRequest &r) { return link(s, r); })));
    http.route("GET", QStringLiteral("/api/v1/recordings/<arg>"),
               m_guard.guarded(reviewers, Deferred([this](const Session &s, HttpRequest &&r, HttpReply reply) {
                                   download(s, std::move(r), std::move(reply));
                               })));
    http.route("GET", QStringLiteral("/api/v1/recordings"),
               m_guard.guarded(reviewers, Deferred([this](const Session &s, HttpRequest &&r, HttpReply reply) {
                                   list(s, std::move(r), std::move(reply));
                               })));
    m_review.addTo(http);
}

HttpResponse RecordingRoutes::answer(const RecordingArchive::Answer &answer)
{
    QJsonObject body{{QStringLiteral("bytes"), answer.bytes}, {QStringLiteral("complete"), answer.complete}};
    if (!answer.sha256.isEmpty())
        body.insert(QStringLiteral("sha256"), answer.sha256);
    if (answer.outcome == Outcome::Ok)
        return http::json(body);
    body.insert(QStringLiteral("error"), answer.message);
    switch (answer.outcome) {
    case Outcome::Ok: break;
    case Outcome::Conflict:
        body.insert(QStringLiteral("status"), 409);
        return http::json(body, Code::Conflict); // with what the centre holds
    case Outcome::Invalid: return http::error(Code::BadRequest, answer.message);
    case Outcome::NotFound: return http::error(Code::NotFound, answer.message);
    case Outcome::NotYours: return http::error(Code::Forbidden, answer.message);
    case Outcome::Mismatch: return http::error(Code::UnprocessableContent, answer.message);
    case Outcome::TooLarge: return http::error(Code::PayloadTooLarge, answer.message);
    case Outcome::DiskFull: return http::error(Code::InsufficientStorage, answer.message);
    case Outcome::Failed: return http::error(Code::ServiceUnavailable, answer.message);
    }
    return http::error(Code::InternalServerError, answer.message);
}

HttpResponse RecordingRoutes::status(const Session &session, const HttpRequest &request)
{
    const QString id = request.arguments.value(0);
    if (std::optional<HttpResponse> refusal = badId(id))
        return *refusal;
    return answer(m_archive.status(session, id));
}

HttpResponse RecordingRoutes::append(const Session &session, const HttpRequest &request)
{
    const QString id = request.arguments.value(0);
    if (std::optional<HttpResponse> refusal = badId(id))
        return *refusal;
    bool ok = false;
    const qint64 offset = request.query.queryItemValue(QStringLiteral("offset")).toLongLong(&ok);
    if (!ok || offset < 0)
        return http::error(Code::BadRequest, QStringLiteral("\"offset\" must be the number of bytes the centre holds (a whole number ≥ 0)"));
    return answer(m_archive.append(session, id, offset, request.body));
}

HttpResponse RecordingRoutes::complete(const Session &session, const HttpRequest &request)
{
    const QString id = request.arguments.value(0);
    if (std::optional<HttpResponse> refusal = badId(id))
        return *refusal;
    const auto body = http::objectBody(request, 64 * 1024,
                                       {QStringLiteral("sha256"), QStringLiteral("bytes"), QStringLiteral("callId"), QStringLiteral("callerNumber"),
                                        QStringLiteral("startedAt"), QStringLiteral("endedAt"), QStringLiteral("durationMs"), QStringLiteral("orders")},
                                       {QStringLiteral("sha256"), QStringLiteral("bytes"), QStringLiteral("callId"), QStringLiteral("startedAt"),
                                        QStringLiteral("endedAt"), QStringLiteral("durationMs")});
    if (const auto *problem = std::get_if<http::BodyError>(&body))
        return http::error(problem->status, problem->message);
    const Result<RecordingDetails> details = RecordingDetails::fromJson(std::get<QJsonObject>(body));
    if (!details)
        return http::error(Code::BadRequest, details.error());
    const RecordingArchive::Answer completed = m_archive.complete(session, id, details.value());
    // Its silences for the review queue's filter, measured off the event loop while the file
    // is fresh in the page cache. A file that does not decode is noted on its row for the
    // reviewers; the upload itself is complete either way.
    if (completed.outcome == Outcome::Ok)
        if (const std::optional<StoredRecording> stored = m_archive.find(id))
            m_review.measureLater(id, stored->file, details.value().durationMs);
    return answer(completed);
}

HttpResponse RecordingRoutes::link(const Session &session, const HttpRequest &request)
{
    const QString id = request.arguments.value(0);
    if (std::optional<HttpResponse> refusal = badId(id))
        return *refusal;
    const auto body = http::objectBody(request, 64 * 1024, {QStringLiteral("orders")}, {QStringLiteral("orders")});
    if (const auto *problem = std::get_if<http::BodyError>(&body))
        return http::error(problem->status, problem->message);
    const QJsonValue orders = std::get<QJsonObject>(body).value(QLatin1String("orders"));
    if (!orders.isArray() || orders.toArray().isEmpty() || orders.toArray().size() > 100)
        return http::error(Code::BadRequest, QStringLiteral("\"orders\" must be an array of 1 to 100 work-order numbers"));
    QStringList numbers;
    for (const QJsonValue &order : orders.toArray())
        numbers.append(order.toString());
    return answer(m_archive.link(session, id, numbers));
}

void RecordingRoutes::download(const Session &session, HttpRequest &&request, HttpReply reply)
{
    const QString id = request.arguments.value(0);
    if (std::optional<HttpResponse> refusal = badId(id))
        return reply.send(*refusal);
    const std::optional<StoredRecording> recording = m_archive.find(id);
    if (!recording)
        return reply.send(http::error(Code::NotFound, QStringLiteral("no complete recording %1 (or past its retention)").arg(id)));
    bool unsatisfiable = false;
    std::optional<std::pair<qint64, qint64>> range = byteRange(request.header("range"), recording->bytes, &unsatisfiable);
    if (unsatisfiable)
        return reply.send(http::error(Code::RangeNotSatisfiable, QStringLiteral("the recording has %1 bytes").arg(recording->bytes))
                              .withHeader("Content-Range", "bytes */" + QByteArray::number(recording->bytes)));
    // The answer is held in memory until sent: a long recording goes in ranges.
    if (!range && recording->bytes > maxAnswerBytes)
        range = std::pair<qint64, qint64>{0, maxAnswerBytes - 1};
    if (range && range->second - range->first + 1 > maxAnswerBytes)
        range->second = range->first + maxAnswerBytes - 1;
    const qint64 first = range ? range->first : 0;
    const qint64 length = range ? range->second - range->first + 1 : recording->bytes;
    QFile file(recording->file);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(first))
        return reply.send(http::error(Code::ServiceUnavailable, QStringLiteral("the recording's file cannot be read: %1").arg(file.errorString())));
    HttpResponse response(range ? Code::PartialContent : Code::Ok, "audio/ogg", file.read(length));
    if (response.body.size() != length)
        return reply.send(http::error(Code::ServiceUnavailable, QStringLiteral("the recording's file is shorter than its row says")));
    response.withHeader("Accept-Ranges", "bytes")
        .withHeader("Content-Disposition", "attachment; filename=\"" + id.toLatin1() + ".opus\"");
    if (range)
        response.withHeader("Content-Range", "bytes " + QByteArray::number(first) + '-' + QByteArray::number(first + length - 1) + '/'
                                                 + QByteArray::number(recording->bytes));
    // A caller's voice: who listened is on record before they get it.
    m_audited({session.user.login, QStringLiteral("recording-read"), QStringLiteral("recording:") + id,
               QStringLiteral("bytes %1-%2 of %3").arg(first).arg(first + length - 1).arg(recording->bytes), request.client.toString()},
              response, std::move(reply));
}

void RecordingRoutes::list(const Session &session, HttpRequest &&request, HttpReply reply)
{
    const QString order = request.query.queryItemValue(QStringLiteral("order"), QUrl::FullyDecoded);
    if (!request.query.hasQueryItem(QStringLiteral("order")))
        return m_review.list(session, std::move(request), std::move(reply));
    if (order.isEmpty() || order.size() > 64)
        return reply.send(http::error(Code::BadRequest, QStringLiteral("ask for one order: /api/v1/recordings?order=NUMBER")));
    const Result<QJsonArray> recordings = m_archive.forOrder(order, CallerPrivacy::seesCallerDetails(session.user.role));
    if (!recordings)
        return reply.send(http::error(Code::ServiceUnavailable, recordings.error()));
    QStringList ids;
    for (const QJsonValue &recording : recordings.value())
        ids.append(recording.toObject().value(QLatin1String("id")).toString());
    m_audited({session.user.login, QStringLiteral("recording-list"), QStringLiteral("workorder:") + order,
               QStringLiteral("%1 recordings: %2").arg(ids.size()).arg(ids.join(u',')), request.client.toString()},
              http::json({{QStringLiteral("order"), order}, {QStringLiteral("recordings"), recordings.value()}}), std::move(reply));
}

} // namespace hotline
