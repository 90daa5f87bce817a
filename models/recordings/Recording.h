// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace hotline {

// One call's stereo recording as the desk keeps it, until the centre has it and for the
// retention period after. It holds the caller's voice and number: personal data, shown and
// sent only where a role needs it (the centre hands it to reviewers only).
struct Recording {
    enum class Status { Recorded, Uploading, Uploaded };
    QUuid id;
    QString callId;
    QString path;        // the .opus file on this machine (gone once fileDeleted)
    qint64 bytes = 0;
    QString sha256;      // of the file, lower-case hex: the centre checks it at the end
    qint64 durationMs = 0;
    QDateTime startedAt; // answered
    QDateTime endedAt;
    QString callerNumber;
    Status status = Status::Recorded;
    qint64 uploadedBytes = 0; // what the centre had acknowledged, as last heard
    QDateTime uploadedAt;
    bool fileDeleted = false;
    int attempts = 0;    // failed upload attempts in a row
    QString lastError;
    QStringList orders;  // work-order numbers of the call

    QString idText() const { return id.toString(QUuid::WithoutBraces); }
};

QString toCode(Recording::Status status);

} // namespace hotline

Q_DECLARE_METATYPE(hotline::Recording)
