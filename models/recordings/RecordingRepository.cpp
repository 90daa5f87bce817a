// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordingRepository.h"

#include "recordings/RecordingFiles.h"
#include "store/LocalStore.h"
#include "store/SqlSupport.h"
#include "telephony/Phone.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace hotline {

namespace {
const QString retentionKey = QStringLiteral("recordings.retention_days");

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

Recording::Status statusFrom(const QString &code)
{
    if (code == QLatin1String("uploading"))
        return Recording::Status::Uploading;
    if (code == QLatin1String("uploaded"))
        return Recording::Status::Uploaded;
    return Recording::Status::Recorded;
}

const char *columns = "id, call_id, path, bytes, sha256, duration_ms, started_at, ended_at, caller_number, status,"
                      " uploaded_bytes, uploaded_at, file_deleted_at, attempts, last_error";
} // namespace

QString toCode(Recording::Status status)
{
    switch (status) {
    case Recording::Status::Recorded: return QStringLiteral("recorded");
    case Recording::Status::Uploading: return QStringLiteral("uploading");
    case Recording::Status::Uploaded: return QStringLiteral("uploaded");
    }
    return {};
}

RecordingRepository::RecordingRepository(LocalStore &store, QString directory) : m_store(store), m_directory(std::move(directory))
{
    if (m_directory.isEmpty())
        m_directory = QFileInfo(store.path()).absoluteDir().filePath(QStringLiteral("recordings"));
}

QString RecordingRepository::pathFor(const QUuid &id) const
{
    return QDir(m_directory).filePath(id.toString(QUuid::WithoutBraces) + QStringLiteral(".opus"));
}

Result<Recording> RecordingRepository::record(const PhoneCall &call, const QStringList &orders)
{
    if (std::optional<Recording> known = findByCall(call.id))
        return *known;
    if (call.sentAudio.isEmpty() || call.receivedAudio.isEmpty())
        return Error{tr("电话 %1 没有录音文件").arg(call.id)};
    if (!QDir().mkpath(m_directory))
        return Error{tr("无法创建录音目录 %1").arg(m_directory)};
    const QUuid id = QUuid::createUuid();
    const QString path = pathFor(id);
    // Received is what the citizen said, sent what the operator said.
    Result<MixedRecording> mixed = StereoMixer::mix(call.receivedAudio, call.sentAudio, path);
    if (!mixed)
        return Error{mixed.error()};
    Result<QString> hash = RecordingFiles::sha256(path);
    if (!hash) {
        QFile::remove(path);
        return Error{hash.error()};
    }
    Result<Recording> stored = store(id, call, mixed.value(), hash.value(), orders);
    if (!stored) {
        QFile::remove(path);
        return stored;
    }
    // The stereo file holds both sides: the softphone's mono copies of the caller's voice go.
    QFile::remove(call.receivedAudio);
    QFile::remove(call.sentAudio);
    return stored;
}

Result<Recording> RecordingRepository::store(const QUuid &id, const PhoneCall &call, const MixedRecording &mixed,
                                             const QString &sha256, const QStringList &orders)
{
    Recording recording;
    recording.id = id;
    recording.callId = call.id;
    recording.path = pathFor(id);
    recording.bytes = mixed.bytes;
    recording.sha256 = sha256;
    recording.durationMs = mixed.durationMs;
    recording.startedAt = call.answeredAt.isValid() ? call.answeredAt : call.ringingAt;
    recording.endedAt = call.endedAt.isValid() ? call.endedAt : QDateTime::currentDateTimeUtc();
    recording.callerNumber = call.remoteNumber;
    if (!recording.startedAt.isValid())
        recording.startedAt = recording.endedAt.addMSecs(-mixed.durationMs);
    const QString now = timeText(QDateTime::currentDateTimeUtc());
    const Status written = m_store.transaction([&]() -> Status {
        QSqlQuery insert(m_store.database());
        insert.prepare(QStringLiteral("INSERT INTO recordings (id, call_id, path, bytes, sha256, duration_ms, started_at, ended_at,"
                                      " caller_number, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'recorded')"));
        for (const QVariant &value : {QVariant(recording.idText()), QVariant(sqlText(recording.callId)), QVariant(recording.path),
                                      QVariant(recording.bytes), QVariant(sha256), QVariant(recording.durationMs),
                                      QVariant(timeText(recording.startedAt)), QVariant(timeText(recording.endedAt)),
                                      QVariant(sqlText(recording.callerNumber))})
            insert.addBindValue(value);
        if (Status s = execSql(insert, QT_TRANSLATE_NOOP("LocalStore", "保存录音")); !s)
            return s;
        for (const QString &order : orders) {
            QSqlQuery link(m_store.database());
            link.prepare(QStringLiteral("INSERT OR IGNORE INTO recording_orders (recording_id, order_number, linked_at) VALUES (?, ?, ?)"));
            link.addBindValue(recording.idText());
            link.addBindValue(order);
            link.addBindValue(now);
            if (Status s = execSql(link, QT_TRANSLATE_NOOP("LocalStore", "关联录音与工单")); !s)
                return s;
        }
        return Status::success();
    });
    if (!written)
        return Error{written.error()};
    recording.orders = orders;
    return recording;
}

Status RecordingRepository::link(const QUuid &recording, const QString &orderNumber)
{
    if (orderNumber.trimmed().isEmpty())
        return Error{tr("工单号是空的")};
    if (!find(recording))
        return Error{tr("没有录音 %1").arg(recording.toString(QUuid::WithoutBraces))};
    QSqlQuery link(m_store.database());
    link.prepare(QStringLiteral("INSERT OR IGNORE INTO recording_orders (recording_id, order_number, linked_at) VALUES (?, ?, ?)"));
    link.addBindValue(recording.toString(QUuid::WithoutBraces));
    link.addBindValue(orderNumber);
    link.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    return execSql(link, QT_TRANSLATE_NOOP("LocalStore", "关联录音与工单"));
}

Status RecordingRepository::linkCall(const QString &callId, const QString &orderNumber)
{
    const std::optional<Recording> recording = findByCall(callId);
    if (!recording)
        return Error{tr("电话 %1 没有录音").arg(callId)};
    return link(recording->id, orderNumber);
}

QVector<Recording> RecordingRepository::select(const QString &where, const QVariantList &binds) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT %1 FROM recordings %2").arg(QLatin1String(columns), where));
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    QVector<Recording> found;
    if (!query.exec())
        return found;
    while (query.next()) {
        Recording r;
        r.id = QUuid::fromString(query.value(0).toString());
        r.callId = query.value(1).toString();
        r.path = query.value(2).toString();
        r.bytes = query.value(3).toLongLong();
        r.sha256 = query.value(4).toString();
        r.durationMs = query.value(5).toLongLong();
        r.startedAt = timeFrom(query.value(6));
        r.endedAt = timeFrom(query.value(7));
        r.callerNumber = query.value(8).toString();
        r.status = statusFrom(query.value(9).toString());
        r.uploadedBytes = query.value(10).toLongLong();
        r.uploadedAt = timeFrom(query.value(11));
        r.fileDeleted = !query.value(12).isNull();
        r.attempts = query.value(13).toInt();
        r.lastError = query.value(14).toString();
        found.append(r);
    }
    query.finish();
    for (Recording &r : found) {
        QSqlQuery links(m_store.database());
        links.prepare(QStringLiteral("SELECT order_number FROM recording_orders WHERE recording_id = ? ORDER BY linked_at, order_number"));
        links.addBindValue(r.idText());
        if (links.exec())
            while (links.next())
                r.orders.append(links.value(0).toString());
    }
    return found;
}

std::optional<Recording> RecordingRepository::find(const QUuid &id) const
{
    const QVector<Recording> found = select(QStringLiteral("WHERE id = ?"), {id.toString(QUuid::WithoutBraces)});
    return found.isEmpty() ? std::nullopt : std::optional<Recording>(found.first());
}

std::optional<Recording> RecordingRepository::findByCall(const QString &callId) const
{
    const QVector<Recording> found = select(QStringLiteral("WHERE call_id = ?"), {callId});
    return found.isEmpty() ? std::nullopt : std::optional<Recording>(found.first());
}

QVector<Recording> RecordingRepository::pendingUpload() const
{
    return select(QStringLiteral("WHERE status <> 'uploaded' ORDER BY ended_at, id"), {});
}

QVector<std::pair<QUuid, QStringList>> RecordingRepository::unsentLinks() const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT l.recording_id, l.order_number FROM recording_orders l JOIN recordings r ON r.id = l.recording_id"
                                 " WHERE l.sent_at IS NULL AND r.status = 'uploaded' ORDER BY l.recording_id, l.linked_at"));
    QVector<std::pair<QUuid, QStringList>> links;
    if (!query.exec())
        return links;
    while (query.next()) {
        const QUuid id = QUuid::fromString(query.value(0).toString());
        if (links.isEmpty() || links.last().first != id)
            links.append({id, {}});
        links.last().second.append(query.value(1).toString());
    }
    return links;
}

Status RecordingRepository::setProgress(const QUuid &id, qint64 uploadedBytes)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE recordings SET status = 'uploading', uploaded_bytes = ? WHERE id = ? AND status <> 'uploaded'"));
    query.addBindValue(uploadedBytes);
    query.addBindValue(id.toString(QUuid::WithoutBraces));
    return execSql(query, QT_TRANSLATE_NOOP("LocalStore", "记录录音上传进度"));
}

Status RecordingRepository::markUploaded(const QUuid &id, const QStringList &linksSent)
{
    return m_store.transaction([&]() -> Status {
        QSqlQuery query(m_store.database());
        query.prepare(QStringLiteral("UPDATE recordings SET status = 'uploaded', uploaded_bytes = bytes, uploaded_at = ?, attempts = 0,"
                                     " last_error = '' WHERE id = ?"));
        query.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
        query.addBindValue(id.toString(QUuid::WithoutBraces));
        if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "记录录音已上传")); !s)
            return s;
        return markLinksSent(id, linksSent);
    });
}

Status RecordingRepository::markLinksSent(const QUuid &id, const QStringList &orders)
{
    const QString now = timeText(QDateTime::currentDateTimeUtc());
    for (const QString &order : orders) {
        QSqlQuery query(m_store.database());
        query.prepare(QStringLiteral("UPDATE recording_orders SET sent_at = ? WHERE recording_id = ? AND order_number = ?"));
        query.addBindValue(now);
        query.addBindValue(id.toString(QUuid::WithoutBraces));
        query.addBindValue(order);
        if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "记录录音关联已上传")); !s)
            return s;
    }
    return Status::success();
}

Status RecordingRepository::noteFailure(const QUuid &id, const QString &reason)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE recordings SET attempts = attempts + 1, last_error = ? WHERE id = ?"));
    query.addBindValue(sqlText(reason));
    query.addBindValue(id.toString(QUuid::WithoutBraces));
    return execSql(query, QT_TRANSLATE_NOOP("LocalStore", "记录录音上传失败"));
}

int RecordingRepository::retentionDays() const
{
    bool ok = false;
    const int days = m_store.meta(retentionKey).toInt(&ok);
    return ok && days >= 0 && days <= maxRetentionDays ? days : defaultRetentionDays;
}

Status RecordingRepository::setRetentionDays(int days)
{
    if (days < 0 || days > maxRetentionDays)
        return Error{tr("录音保留天数应在 0 到 %1 之间").arg(maxRetentionDays)};
    return m_store.setMeta(retentionKey, QString::number(days));
}

Result<int> RecordingRepository::sweep(const QDateTime &now)
{
    const QDateTime before = now.addDays(-retentionDays());
    const QVector<Recording> expired = select(QStringLiteral("WHERE status = 'uploaded' AND file_deleted_at IS NULL AND ended_at <= ?"),
                                              {timeText(before)});
    int deleted = 0;
    for (const Recording &recording : expired) {
        if (QFile::exists(recording.path) && !QFile::remove(recording.path))
            return Error{tr("无法删除过期录音 %1").arg(recording.path)};
        QSqlQuery query(m_store.database());
        query.prepare(QStringLiteral("UPDATE recordings SET file_deleted_at = ? WHERE id = ? AND status = 'uploaded'"));
        query.addBindValue(timeText(now));
        query.addBindValue(recording.idText());
        if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "记录录音已删除")); !s)
            return Error{s.error()};
        ++deleted;
    }
    return deleted;
}

} // namespace hotline
