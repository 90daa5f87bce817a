// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "recordings/Recording.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace hotline {

class RecordingRepository;

// A call recorded elsewhere (a WAV from the old recorder, a test call) brought into the desk's
// recordings, so that the uploader sends it to the centre as it sends the desk's own calls:
// a stereo WAV (the citizen on the left channel, the operator on the right) or two mono files
// (citizen, operator) go through StereoMixer into the same Ogg Opus file. The input files are
// left as they were. `meta` holds what the file cannot say:
//   call=ID            the call's id (default: import-<the file's name>, so one file is imported once)
//   caller=NUMBER      the caller's number
//   started=ISO-TIME   when the call was answered, with its zone (default: the file's time)
//   orders=N1,N2       work-order numbers of the call
class RecordingImport {
    Q_DECLARE_TR_FUNCTIONS(hotline::RecordingImport)
public:
    static const QStringList &metaKeys();
    // `files`: one stereo WAV, or two mono ones (citizen first).
    static Result<Recording> import(RecordingRepository &repository, const QStringList &files, const QMap<QString, QString> &meta);
};

} // namespace hotline
