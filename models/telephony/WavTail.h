// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QFile>
#include <QObject>

#include <optional>

class QTimer;

namespace hotline {

// Follows a WAV file that another process is still writing: the caller's side of a call as
// baresip's sndfile module records it (16-bit PCM at the codec's rate, written as it comes,
// the header's sizes fixed only when the call closes the file; the file itself appears with
// the first audio, a moment after the call is answered). The audio goes out as it grows, as
// mono 16-bit little-endian PCM, for the live transcript.
class WavTail : public QObject {
    Q_OBJECT
public:
    // What the header says, as far as the tail needs it.
    struct Header {
        int sampleRate = 0;
        int channels = 0;
        qint64 dataOffset = 0; // where the samples start
        qint64 dataSize = 0;   // as the header says: 0 (or 0xFFFFFFFF) while still being written
    };
    // The header at the start of `head`: nothing yet if more of the file is needed, an error
    // if it is not a WAV file of 16-bit PCM in one or two channels.
    static Result<std::optional<Header>> parseHeader(const QByteArray &head);

    explicit WavTail(QObject *parent = nullptr);

    // Starts following `path`, which need not exist yet, looking every `pollMs`.
    void start(const QString &path, int pollMs = 100);
    // The call ended: what is left of the file goes out now, then finished().
    void finish();
    // Stops without reading further (no finished()).
    void stop();

    bool isRunning() const { return m_running; }
    const QString &path() const { return m_path; }
    // Bytes of mono audio sent out so far.
    qint64 audioBytes() const { return m_audioBytes; }

Q_SIGNALS:
    // The header was read: the audio that follows is at this rate.
    void formatKnown(int sampleRate);
    // More of the caller's audio: mono 16-bit little-endian PCM, whole samples.
    void audio(const QByteArray &pcm);
    // The file cannot be followed (not a WAV of 16-bit PCM, unreadable, never appeared).
    void trouble(const QString &reason);
    // Everything was read (after finish()).
    void finished();

private:
    void poll();
    bool open();
    bool readHeader();
    void readSamples(qint64 upTo);
    void readRest();
    void refuse(const QString &reason);

    QString m_path;
    QFile m_file;
    QTimer *m_timer;
    std::optional<Header> m_header;
    qint64 m_position = 0; // next byte of the file to read
    qint64 m_audioBytes = 0;
    bool m_running = false;
    bool m_refused = false;
};

} // namespace hotline
