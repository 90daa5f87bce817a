// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FunAsrSettings.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace hotline {

// The messages of the FunASR runtime's WebSocket protocol (runtime/docs/websocket_protocol.md
// in modelscope/FunASR), which the C++ runtime server and the Python example server both
// speak. The client sends a JSON start message, then the audio as binary messages of 16-bit
// little-endian PCM, then {"is_speaking": false}; the server answers with JSON results.
class FunAsrProtocol {
    Q_DECLARE_TR_FUNCTIONS(hotline::FunAsrProtocol)
public:
    // One result from the server, as far as the desk reads it.
    struct Message {
        QString mode; // "2pass-online", "2pass-offline", "online", "offline", or empty
        QString text;
        QString wavName;
        bool isFinal = false; // the runtime: the last result of the stream (the Python
                              // server sets it on every corrected sentence too)
        bool isEnd = false;   // the Python server's answer to "is_end": everything was sent
        qint64 startMs = -1;  // the sentence's audio, from the start of the stream
        qint64 endMs = -1;
        QString error; // what the server says went wrong, if it says so

        // A streaming guess: it adds to the line being recognised.
        bool isStreaming() const;
        // A sentence as the server finally recognised it (2pass correction, or offline).
        bool isCorrected() const;
    };

    // The first message: how the audio comes and how to recognise it. `sampleRate` goes as
    // audio_fs: the runtime resamples to its model's 16 kHz itself.
    static QByteArray startMessage(const FunAsrSettings &settings, const QString &wavName, int sampleRate);
    // The end of the audio. "is_end" asks the Python server for an acknowledgement once
    // everything is sent; the C++ runtime ignores it and marks its last result is_final.
    static QByteArray endMessage();
    // A result from the server, or what is wrong with it.
    static hotline::Result<Message> parse(const QByteArray &json);
};

} // namespace hotline
