// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace hotline {

// The few file operations a recording needs on both sides, the desk's and the centre's: a file
// is written under a temporary name, flushed to disk, then renamed into place, so that a
// killed process or a power cut leaves either the whole file or none under the real name.
class RecordingFiles {
    Q_DECLARE_TR_FUNCTIONS(hotline::RecordingFiles)
public:
    // The SHA-256 of the file's bytes, 64 lower-case hex digits.
    static Result<QString> sha256(const QString &path);
    // fsync: what was written is on the disk, not only in the page cache.
    static Status flush(const QString &path);
    // Renames `from` to `to` (replacing it) and flushes the directory, so the new name survives.
    static Status moveIntoPlace(const QString &from, const QString &to);
    // A recording's id as the wire and the file names carry it: a UUID in its 36-character
    // lower-case form, nothing else (no path can be smuggled through it).
    static bool isRecordingId(const QString &text);
};

} // namespace hotline
