// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FunAsrProtocol.h"
#include "FunAsrSettings.h"
#include "TranscriptSource.h"

#include <QByteArray>
#include <QPointer>

class QTimer;
class QWebSocket;

namespace hotline {

// The live transcript of a call from the centre's speech recogniser, a FunASR runtime server
// (its WebSocket protocol: FunAsrProtocol). One call at a time: start() when the call is
// answered, feed() the caller's audio as it comes, finish() when the call ends.
//
// Nothing here ever holds up the call: every method returns at once, never throws, and a
// server that is missing, dies or talks nonsense is reported once (trouble()) while the
// call goes on; audio for a dead server is dropped. In 2pass mode the streaming guesses grow
// the partial line and each corrected sentence replaces it.
class FunAsrClient : public TranscriptSource {
    Q_OBJECT
public:
    explicit FunAsrClient(FunAsrSettings settings, QObject *parent = nullptr);
    ~FunAsrClient() override;

    const FunAsrSettings &settings() const { return m_settings; }

    // Opens a stream for the call: `callId` goes as the stream's wav_name, `sampleRate` as its
    // audio_fs (the runtime resamples; it documents 8000 and 16000). Audio fed before the
    // server answers waits, up to settings().maxBufferedSeconds (the oldest goes first). A
    // call still running is dropped first, with its finished().
    void start(const QString &callId, int sampleRate);
    // The caller's audio: mono 16-bit little-endian PCM at the start()'s rate, any length.
    void feed(const QByteArray &pcm);
    // The call ended: the rest of the audio and the end of the stream go out, and finished()
    // follows the server's last result (its acknowledgement of the end, or a second after a
    // result it marked final), or settings().finishTimeoutMs, whichever is first.
    void finish();
    // Drops the stream now (the desk is closing): finished() without waiting.
    void abort();

    bool isActive() const { return m_state != State::Idle; }
    // Of the current (or last) call: audio sent, and dropped (buffer full, or server gone).
    qint64 sentBytes() const { return m_sent; }
    qint64 droppedBytes() const { return m_dropped; }

private:
    enum class State { Idle, Connecting, Streaming, Finishing, Failed };

    void onConnected();
    void onDisconnected();
    void onMessage(const QString &text);
    void sendWholeFrames();
    void sendEnd();
    void fail(const QString &reason);
    void complete();
    void keepPartialAsSentence();
    QString serverName() const;
    QString cannotConnect(const QString &why) const;
    QString brokeOff(const QString &why) const;

    FunAsrSettings m_settings;
    QPointer<QWebSocket> m_socket;
    QTimer *m_connectTimer;
    QTimer *m_finishTimer;
    QTimer *m_lastResultTimer;
    State m_state = State::Idle;
    bool m_finishRequested = false;
    // The server marks every corrected sentence is_final (the Python server), so is_final
    // does not end the stream: wait for its is_end acknowledgement (or the timeout) instead.
    bool m_finalOnEverySentence = false;
    bool m_reportedNonsense = false;
    bool m_reportedServerError = false;
    bool m_warnedOverflow = false;
    QString m_callId;
    int m_sampleRate = 16000;
    QByteArray m_pending;
    QString m_partial;
    QString m_socketProblem;
    qint64 m_sent = 0;
    qint64 m_dropped = 0;
    qint64 m_droppedBeforeStream = 0;
};

} // namespace hotline
