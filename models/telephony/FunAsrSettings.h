// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <algorithm>
#include <array>

namespace hotline {

// The centre's speech recogniser as the administrator set it for every desk of the machine,
// in the site file beside [centre] (/etc/hotline/desk.ini, or HOTLINE_DESK_CONFIG):
//   [asr]
//   url=wss://asr.example.gov.cn:10095
//   mode=2pass
//   ca-certificate=/etc/hotline/asr-ca.pem
//   allow-plain-ws=false
// Hot words belong on the server (the runtime's --hotword file serves every desk alike).
// Without a url there is no live transcript, and nothing else changes.
struct FunAsrSettings {
    Q_DECLARE_TR_FUNCTIONS(hotline::FunAsrSettings)
public:
    // The server's recognition modes: streaming guesses corrected per sentence (2pass, what
    // the desk wants), streaming guesses only (online), one result at the end (offline).
    enum class Mode { TwoPass, Online, Offline };

    QUrl url;
    Mode mode = Mode::TwoPass;
    // PEM: the recogniser's own CA (or its self-signed certificate), beside the system's.
    // Defaults to the centre's ca-certificate.
    QString caCertificate;
    // A caller's voice is personal data: plain ws:// only to this machine itself, unless the
    // administrator says otherwise.
    bool allowPlainWs = false;
    // As the server takes them: a JSON object of word → weight, as text (empty: the server's).
    QString hotwords;
    bool itn = true; // numbers as digits ("十二三四五" → "12345")
    // The streaming model's latency setting, as the runtime's own clients send it: chunks of
    // 600 ms (10 × 60 ms) with 300 ms look-back and look-ahead, sent in tenths.
    std::array<int, 3> chunkSize{5, 10, 5};
    int chunkInterval = 10;
    int encoderChunkLookBack = 4;
    int decoderChunkLookBack = 0;
    int connectTimeoutMs = 5000;
    int finishTimeoutMs = 5000;  // after the call, for the last corrected sentence
    int maxBufferedSeconds = 30; // audio held while connecting; the oldest goes beyond it

    bool isConfigured() const { return !url.isEmpty(); }
    // The audio of one message, in milliseconds (60 by default; never less than 10, so a
    // nonsensical chunk size still moves the audio, and the server can say what is wrong).
    int frameMs() const { return std::max(10, 60 * chunkSize[1] / std::max(1, chunkInterval)); }
    // Why the desk will not send a caller's voice to `url`, or nothing.
    QString refusal() const;

    static QString modeName(Mode mode);
    // The [asr] section of the site file; a file without one gives settings without a url.
    // A url or mode the desk cannot use is an error that says which.
    static Result<FunAsrSettings> load(const QString &path);
};

} // namespace hotline
