// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/recordings/RecordingArchive.h"

#include "recordings/RecordingFiles.h"
#include "server/database/CentralDatabase.h"
#include "store/SqlSupport.h"
#include "workorder/CallerPrivacy.h"
#include "workorder/OrderNumber.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>

#include <cerrno>

#include <unistd.h>

namespace hotline {

namespace {
using Outcome = RecordingArchive::Outcome;
using Answer = RecordingArchive::Answer;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Answer refused(Outcome outcome, QString message, qint64 bytes = 0)
{
    Answer answer;
    answer.outcome = outcome;
    answer.message = std::move(message);
    answer.bytes = bytes;
    return answer;
}

bool isOrderNumber(const QString &text)
{
    return OrderNumber::isFinal(text) || OrderNumber::isProvisional(text);
}

QDateTime isoTime(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() && time.timeSpec() != Qt::LocalTime ? time.toUTC() : QDateTime();
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

Result<RecordingDetails> RecordingDetails::fromJson(const QJsonObject &body)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    RecordingDetails details;
    details.sha256 = body.value(QLatin1String("sha256")).toString();
    if (!hex.match(details.sha256).hasMatch())
        return Error{QStringLiteral("\"sha256\" must be 64 lower-case hex digits")};
    const QJsonValue bytes = body.value(QLatin1String("bytes"));
    details.bytes = bytes.toInteger(-1);
    if (!bytes.isDouble() || details.bytes < 1 || details.bytes > RecordingArchive::maxRecordingBytes)
        return Error{QStringLiteral("\"bytes\" must be the file's size, 1 to %1").arg(RecordingArchive::maxRecordingBytes)};
    details.callId = body.value(QLatin1String("callId")).toString();
    details.callerNumber = body.value(QLatin1String("callerNumber")).toString();
    if (details.callId.isEmpty() || details.callId.size() > 200 || details.callerNumber.size() > 64)
        return Error{QStringLiteral("\"callId\" (1–200 characters) and \"callerNumber\" (up to 64) are needed")};
    details.startedAt = isoTime(body.value(QLatin1String("startedAt")));
    details.endedAt = isoTime(body.value(QLatin1String("endedAt")));
    if (!details.startedAt.isValid() || !details.endedAt.isValid() || details.endedAt < details.startedAt)
        return Error{QStringLiteral("\"startedAt\" and \"endedAt\" must be ISO 8601 times with their zone, the end not before the start")};
    details.durationMs = body.value(QLatin1String("durationMs")).toInteger(-1);
    if (details.durationMs < 0)
        return Error{QStringLiteral("\"durationMs\" must be a whole number ≥ 0")};
    const QJsonValue orders = body.value(QLatin1String("orders"));
    if (!orders.isUndefined() && !orders.isArray())
        return Error{QStringLiteral("\"orders\" must be an array of work-order numbers")};
    for (const QJsonValue &order : orders.toArray()) {
        if (!isOrderNumber(order.toString()))
            return Error{QStringLiteral("\"%1\" is not a work-order number").arg(order.toString())};
        details.orders.append(order.toString());
    }
    if (details.orders.size() > 100)
        return Error{QStringLiteral("at most 100 orders per recording")};
    return details;
}

RecordingArchive::RecordingArchive(CentralDatabase &db, QString directory) : m_db(db), m_directory(std::move(directory)) {}

std::optional<RecordingArchive::Row> RecordingArchive::row(const QString &id) const
{
    const PreparedQuery query = m_db.prepared(QStringLiteral(
        "SELECT desk, path, complete, purged_at, bytes, sha256 FROM recordings WHERE id = ?"));
    query->addBindValue(id);
    if (!query->exec() || !query->next())
        return std::nullopt;
    return Row{query->value(0).toString(), query->value(1).toString(), query->value(2).toInt() != 0, !query->value(3).isNull(),
               query->value(4).toLongLong(), query->value(5).toString()};
}

QString RecordingArchive::finalFile(const Row &row) const
{
    return QDir(m_directory).filePath(row.path);
}

QString RecordingArchive::heldFile(const Row &row) const
{
    const QString final = finalFile(row);
    const QString partial = final + QStringLiteral(".part");
    // After the rename and before the row said complete (a centre killed between the two),
    // the bytes are under the final name.
    return QFileInfo::exists(partial) || !QFileInfo::exists(final) ? partial : final;
}

qint64 RecordingArchive::held(const Row &row) const
{
    if (row.complete)
        return row.bytes;
    const QFileInfo file(heldFile(row));
    return file.exists() ? file.size() : 0;
}

bool RecordingArchive::mayWrite(const Session &session, const Row &row)
{
    return row.desk == session.desk;
}

Answer RecordingArchive::status(const Session &session, const QString &id) const
{
    const std::optional<Row> found = row(id);
    // Another desk's recording does not exist for this one.
    if (!found || found->purged || !mayWrite(session, *found))
        return refused(Outcome::NotFound, QStringLiteral("no recording %1 from this desk").arg(id));
    Answer answer;
    answer.bytes = held(*found);
    answer.complete = found->complete;
    answer.sha256 = found->complete ? found->sha256 : QString();
    return answer;
}

Answer RecordingArchive::append(const Session &session, const QString &id, qint64 offset, const QByteArray &chunk)
{
    if (chunk.isEmpty() || chunk.size() > maxChunkBytes)
        return refused(Outcome::TooLarge, QStringLiteral("a chunk is 1 to %1 bytes").arg(maxChunkBytes));
    std::optional<Row> found = row(id);
    if (!found) {
        if (offset != 0)
            return refused(Outcome::Conflict, QStringLiteral("the centre holds nothing of %1: send from offset 0").arg(id), 0);
        // A file per day: no folder of millions.
        const QString path = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd")) + u'/' + id + QStringLiteral(".opus");
        const PreparedQuery insert = m_db.prepared(QStringLiteral(
            "INSERT INTO recordings (id, desk, uploader, path, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
        for (const QString &value : {id, session.desk, session.user.login, path, now()})
            insert->addBindValue(value);
        if (!insert->exec())
            return refused(CentralDatabase::isOutOfSpace(insert->lastError().text()) ? Outcome::DiskFull : Outcome::Failed,
                           insert->lastError().text());
        found = row(id);
        if (!found)
            return refused(Outcome::Failed, QStringLiteral("the recording's row could not be read back"));
    }
    if (found->purged || !mayWrite(session, *found))
        return refused(Outcome::NotYours, QStringLiteral("recording %1 was begun by another desk").arg(id));
    const qint64 holding = held(*found);
    if (found->complete) {
        Answer answer = refused(Outcome::Conflict, QStringLiteral("recording %1 is complete").arg(id), holding);
        answer.complete = true;
        return answer;
    }
    if (offset != holding)
        return refused(Outcome::Conflict, QStringLiteral("the centre holds %1 bytes of %2, not %3").arg(holding).arg(id).arg(offset), holding);
    if (holding + chunk.size() > maxRecordingBytes)
        return refused(Outcome::TooLarge, QStringLiteral("a recording is at most %1 bytes").arg(maxRecordingBytes));

    const QString file = heldFile(*found);
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile part(file);
    if (!part.open(QIODevice::WriteOnly | QIODevice::Append))
        return refused(Outcome::Failed, QStringLiteral("cannot write %1: %2").arg(file, part.errorString()));
    // Flushed before the answer: bytes the desk was told are held survive a power cut.
    const bool written = part.write(chunk) == chunk.size() && part.flush() && ::fsync(part.handle()) == 0;
    if (!written) {
        const bool full = errno == ENOSPC || part.error() == QFileDevice::ResourceError;
        part.resize(holding); // what was half-written is not held
        return refused(full ? Outcome::DiskFull : Outcome::Failed, QStringLiteral("cannot write %1: %2").arg(file, part.errorString()));
    }
    part.close();
    const PreparedQuery update = m_db.prepared(QStringLiteral("UPDATE recordings SET received_bytes = ? WHERE id = ?"));
    update->addBindValue(holding + chunk.size());
    update->addBindValue(id);
    (void)update->exec(); // a figure for people: the file's size is what counts
    Answer answer;
    answer.bytes = holding + chunk.size();
    return answer;
}

Answer RecordingArchive::complete(const Session &session, const QString &id, const RecordingDetails &details)
{
    const std::optional<Row> found = row(id);
    if (!found || found->purged || !mayWrite(session, *found))
        return refused(Outcome::NotFound, QStringLiteral("no recording %1 from this desk").arg(id));
    if (found->complete) {
        // The desk did not hear the first answer: the same file is complete again.
        if (found->sha256 != details.sha256) {
            Answer answer = refused(Outcome::Conflict, QStringLiteral("recording %1 is complete with another SHA-256").arg(id), found->bytes);
            answer.complete = true;
            return answer;
        }
        if (Status s = addLinks(id, details.orders, session.user.login); !s)
            return refused(Outcome::Failed, s.error());
        Answer answer;
        answer.bytes = found->bytes;
        answer.complete = true;
        answer.sha256 = found->sha256;
        return answer;
    }
    const qint64 holding = held(*found);
    if (holding != details.bytes)
        return refused(Outcome::Conflict, QStringLiteral("the centre holds %1 bytes of %2, not %3").arg(holding).arg(id).arg(details.bytes), holding);
    const QString file = heldFile(*found);
    const Result<QString> hash = RecordingFiles::sha256(file);
    if (!hash)
        return refused(Outcome::Failed, hash.error());
    if (hash.value() != details.sha256) {
        // Something went wrong on the way: what is here is worth nothing, the desk starts again.
        QFile::remove(file);
        const PreparedQuery reset = m_db.prepared(QStringLiteral("UPDATE recordings SET received_bytes = 0 WHERE id = ?"));
        reset->addBindValue(id);
        (void)reset->exec();
        return refused(Outcome::Mismatch, QStringLiteral("the SHA-256 of the %1 bytes held is %2, not %3: they were discarded, send the recording again from offset 0")
                                               .arg(holding).arg(hash.value(), details.sha256));
    }
    const QString final = finalFile(*found);
    if (file != final)
        if (Status s = RecordingFiles::moveIntoPlace(file, final); !s)
            return refused(Outcome::Failed, s.error());
    const Status stored = m_db.transaction([&]() -> Status {
        const PreparedQuery update = m_db.prepared(QStringLiteral(
            "UPDATE recordings SET complete = 1, bytes = ?, received_bytes = ?, sha256 = ?, call_id = ?, caller_number = ?, started_at = ?,"
            " ended_at = ?, duration_ms = ?, uploader = ?, completed_at = ? WHERE id = ?"));
        for (const QVariant &value : {QVariant(details.bytes), QVariant(details.bytes), QVariant(details.sha256), QVariant(details.callId),
                                      QVariant(sqlText(details.callerNumber)), QVariant(timeText(details.startedAt)),
                                      QVariant(timeText(details.endedAt)), QVariant(details.durationMs), QVariant(session.user.login),
                                      QVariant(now()), QVariant(id)})
            update->addBindValue(value);
        if (!update->exec())
            return Error{update->lastError().text()};
        return addLinks(id, details.orders, session.user.login);
    });
    if (!stored)
        return refused(CentralDatabase::isOutOfSpace(stored.error()) ? Outcome::DiskFull : Outcome::Failed, stored.error());
    Answer answer;
    answer.bytes = details.bytes;
    answer.complete = true;
    answer.sha256 = details.sha256;
    return answer;
}

Status RecordingArchive::addLinks(const QString &id, const QStringList &orders, const QString &login)
{
    for (const QString &order : orders) {
        const PreparedQuery insert = m_db.prepared(QStringLiteral(
            "INSERT INTO recording_orders (recording_id, order_number, linked_at, linked_by) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (recording_id, order_number) DO NOTHING"));
        for (const QString &value : {id, order, now(), login})
            insert->addBindValue(value);
        if (!insert->exec())
            return Error{insert->lastError().text()};
    }
    return Status::success();
}

Answer RecordingArchive::link(const Session &session, const QString &id, const QStringList &orders)
{
    const std::optional<Row> found = row(id);
    // A team lead may link any recording (a call reviewed against another order); an operator
    // only the calls of their own desk.
    if (!found || found->purged || (!mayWrite(session, *found) && session.user.role != Role::TeamLead))
        return refused(Outcome::NotFound, QStringLiteral("no recording %1 from this desk").arg(id));
    for (const QString &order : orders)
        if (!isOrderNumber(order))
            return refused(Outcome::Invalid, QStringLiteral("\"%1\" is not a work-order number").arg(order));
    const Status linked = m_db.transaction([&] { return addLinks(id, orders, session.user.login); });
    if (!linked)
        return refused(Outcome::Failed, linked.error());
    Answer answer;
    answer.bytes = held(*found);
    answer.complete = found->complete;
    return answer;
}

std::optional<StoredRecording> RecordingArchive::find(const QString &id) const
{
    const std::optional<Row> found = row(id);
    if (!found || !found->complete || found->purged)
        return std::nullopt;
    return StoredRecording{id, finalFile(*found), found->bytes};
}

Result<QJsonArray> RecordingArchive::forOrder(const QString &orderNumber, bool showCallerNumber) const
{
    const PreparedQuery query = m_db.prepared(QStringLiteral(
        "SELECT r.id, r.desk, r.uploader, r.call_id, r.caller_number, r.started_at, r.ended_at, r.duration_ms, r.bytes, r.sha256"
        " FROM recording_orders l JOIN recordings r ON r.id = l.recording_id"
        " WHERE l.order_number = ? AND r.complete = 1 AND r.purged_at IS NULL ORDER BY r.started_at, r.id"));
    query->addBindValue(orderNumber);
    if (!query->exec())
        return Error{query->lastError().text()};
    QJsonArray recordings;
    while (query->next()) {
        const QString caller = query->value(4).toString();
        recordings.append(QJsonObject{{QStringLiteral("id"), query->value(0).toString()},
                                      {QStringLiteral("desk"), query->value(1).toString()},
                                      {QStringLiteral("uploader"), query->value(2).toString()},
                                      {QStringLiteral("callId"), query->value(3).toString()},
                                      {QStringLiteral("callerNumber"), showCallerNumber ? caller : CallerPrivacy::maskPhone(caller)},
                                      {QStringLiteral("startedAt"), query->value(5).toString()},
                                      {QStringLiteral("endedAt"), query->value(6).toString()},
                                      {QStringLiteral("durationMs"), query->value(7).toLongLong()},
                                      {QStringLiteral("bytes"), query->value(8).toLongLong()},
                                      {QStringLiteral("sha256"), query->value(9).toString()}});
    }
    query->finish();
    for (qsizetype i = 0; i < recordings.size(); ++i) {
        QJsonObject recording = recordings.at(i).toObject();
        const PreparedQuery links = m_db.prepared(QStringLiteral(
            "SELECT order_number FROM recording_orders WHERE recording_id = ? ORDER BY order_number"));
        links->addBindValue(recording.value(QLatin1String("id")).toString());
        if (!links->exec())
            return Error{links->lastError().text()};
        QJsonArray orders;
        while (links->next())
            orders.append(links->value(0).toString());
        recording.insert(QStringLiteral("orders"), orders);
        recordings.replace(i, recording);
    }
    return recordings;
}

Result<int> RecordingArchive::sweep(const QDateTime &at, int days)
{
    const QString cutoff = timeText(at.addDays(-days));
    QStringList ids;
    QStringList paths;
    {
        const PreparedQuery query = m_db.prepared(QStringLiteral(
            "SELECT id, path FROM recordings WHERE purged_at IS NULL AND ((complete = 1 AND ended_at < ?) OR (complete = 0 AND created_at < ?))"));
        query->addBindValue(cutoff);
        query->addBindValue(cutoff);
        if (!query->exec())
            return Error{query->lastError().text()};
        while (query->next()) {
            ids.append(query->value(0).toString());
            paths.append(query->value(1).toString());
        }
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString file = QDir(m_directory).filePath(paths.at(i));
        for (const QString &name : {file, QString(file + QStringLiteral(".part"))})
            if (QFileInfo::exists(name) && !QFile::remove(name))
                return Error{QStringLiteral("cannot delete %1").arg(name)};
        QDir().rmdir(QFileInfo(file).absolutePath()); // the day's folder, once empty
        const PreparedQuery purge = m_db.prepared(QStringLiteral("UPDATE recordings SET purged_at = ? WHERE id = ?"));
        purge->addBindValue(timeText(at));
        purge->addBindValue(ids.at(i));
        if (!purge->exec())
            return Error{purge->lastError().text()};
    }
    return int(ids.size());
}

} // namespace hotline
