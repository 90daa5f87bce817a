// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QString>

#include <optional>

namespace hotline {

// The WAV files baresip's sndfile module writes into its snd_path: for every call whose audio
// starts, dump-YYYY-MM-DD-HH-MM-SS-enc.wav (what the operator sent, after the microphone) and
// …-dec.wav (what the caller sent, as decoded), named by the local time the audio started and
// nothing else — no call ID. So a call's pair is found by time: the earliest pair not yet taken
// that started between the call's first ringing second and its end. Calls at one desk start one
// after the other, so taking the earliest is right even with a consultation beside the held
// caller; two calls whose audio starts in the same second would share a name (sndfile would
// overwrite the first), which one operator at one desk cannot do.
class SndfileRecordings {
public:
    explicit SndfileRecordings(QString folder = {}) : m_folder(std::move(folder)) {}

    struct Pair {
        QString sent;     // …-enc.wav, empty if none was found
        QString received; // …-dec.wav
    };
    QString folder() const { return m_folder; }
    // The pair of the call whose audio started within [from, to] (to the second), marked taken
    // so that no later call gets it. Either side may be missing.
    Pair take(const QDateTime &from, const QDateTime &to);

    // When a file of sndfile's started, from its name; `sent` says which side it is.
    static std::optional<QDateTime> startOf(const QString &fileName, bool *sent = nullptr);
    // Whether the WAV header matches the file: sndfile writes the sizes only when it closes the
    // file, so a file still being written (or left by a crash) says 0 bytes of audio.
    static bool isComplete(const QString &path);
    // Writes the sizes a closed file would have (the audio up to the last whole sample), so a
    // recording cut short by a crash still plays. False when the file is not a WAV file sndfile
    // could have written.
    static bool repair(const QString &path);

private:
    QString m_folder;
    QSet<QString> m_taken;
};

} // namespace hotline
