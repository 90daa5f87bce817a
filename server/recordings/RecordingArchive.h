// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "server/users/UserDirectory.h"

#include <QDateTime>
#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace hotline {

class CentralDatabase;

// What a desk says about a recording when its last byte is in.
struct RecordingDetails {
    QString sha256;
    qint64 bytes = 0;
    QString callId;
    QString callerNumber;
    QDateTime startedAt;
    QDateTime endedAt;
    qint64 durationMs = 0;
    QStringList orders;

    // From the JSON body of POST …/complete: the fields checked, or why not.
    static Result<RecordingDetails> fromJson(const QJsonObject &body);
};

// A complete recording, as a reviewer gets it.
struct StoredRecording {
    QString id;
    QString file;   // absolute path
    qint64 bytes = 0;
};

// The centre's recordings: files under the recordings folder (`DAY/ID.opus`, written as
// `ID.opus.part` while chunks arrive, flushed to disk after each chunk, renamed once the
// desk's SHA-256 matched) and their rows in the database. How much the centre holds is the
// size of the file on disk: a chunk whose answer was lost, or a centre killed between the
// write and the row's update, never makes the desk's offset and the file disagree for good.
class RecordingArchive {
public:
    static constexpr qint64 maxChunkBytes = 1024 * 1024;
    static constexpr qint64 maxRecordingBytes = qint64(2) << 30; // 2 GiB: days of speech at 32 kbit/s

    // How a request about a recording ended; the routes turn it into HTTP.
    enum class Outcome { Ok, Conflict, Invalid, NotFound, NotYours, Mismatch, TooLarge, DiskFull, Failed };
    struct Answer {
        Outcome outcome = Outcome::Ok;
        qint64 bytes = 0;   // what the centre holds now
        bool complete = false;
        QString sha256;     // when complete
        QString message;    // why, when not Ok
    };

    RecordingArchive(CentralDatabase &db, QString directory);
    QString directory() const { return m_directory; }

    Answer status(const Session &session, const QString &id) const;
    // Appends `chunk` at `offset`, which must be what the centre holds (else Conflict).
    Answer append(const Session &session, const QString &id, qint64 offset, const QByteArray &chunk);
    // Checks the SHA-256 over the stored bytes: a match completes the recording with its details
    // and orders; a mismatch drops what was stored, so the desk starts again from nothing.
    Answer complete(const Session &session, const QString &id, const RecordingDetails &details);
    Answer link(const Session &session, const QString &id, const QStringList &orders);

    // For reviewers: a complete recording not yet past its retention.
    std::optional<StoredRecording> find(const QString &id) const;
    // The recordings of a work order, complete and kept, with their details and all their orders.
    Result<QJsonArray> forOrder(const QString &orderNumber, bool showCallerNumber) const;

    // Deletes the files of recordings whose call ended more than `days` before `now` (and
    // uploads begun that long ago and never finished); their rows stay, marked purged.
    Result<int> sweep(const QDateTime &now, int days);

private:
    struct Row {
        QString desk;
        QString path;
        bool complete = false;
        bool purged = false;
        qint64 bytes = 0;
        QString sha256;
    };
    std::optional<Row> row(const QString &id) const;
    QString finalFile(const Row &row) const;
    // The file holding the bytes now: the partial one while chunks arrive, else the final one.
    QString heldFile(const Row &row) const;
    qint64 held(const Row &row) const;
    // Whether this session may write to the row: the desk that began it.
    static bool mayWrite(const Session &session, const Row &row);
    Status addLinks(const QString &id, const QStringList &orders, const QString &login);

    CentralDatabase &m_db;
    QString m_directory;
};

} // namespace hotline
