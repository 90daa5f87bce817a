// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace hotline {

// What the mixer wrote.
struct MixedRecording {
    int sampleRate = 0;
    qint64 frames = 0;     // per channel: the longer side's length
    qint64 durationMs = 0;
    qint64 bytes = 0;
};

// One stereo file of a call from the softphone's two mono files (baresip's sndfile module
// writes what was sent and what was received apart): the citizen on the left channel, the
// operator on the right, so a reviewer hears who said what and either side can be muted.
// Both start when the call was answered, so they are aligned at their first sample; the
// shorter one is padded with silence to the longer one's length.
//
// The file is Ogg Opus (RFC 7845): Opus is the codec made for speech at low rates, and libsndfile
// writes it. Opus takes 8, 12, 16, 24 and 48 kHz: phone audio at 8 kHz (G.711) or 16 kHz (G.722)
// is kept at its rate; anything else, or two sides at different rates, is resampled
// (libsamplerate) to the lowest of those at or above the higher side's rate. The bit rate per
// channel: 16 kbit/s narrowband, 20 wideband, 32 full band. Below 16 kbit/s a channel the
// encoder narrows the stereo image and each side leaks into the other at -26 dB (measured with
// libsndfile 1.2 and Opus 1.3: a reviewer muting the operator would still hear them); from 16
// on the channels stay apart (under -100 dB). A minute of a G.711 call takes about 250 KB
// instead of 1.9 MB of 16-bit PCM (docs/recordings.md has the figures).
//
// Thread-safe (no shared state): the desk mixes off its event loop.
class StereoMixer {
    Q_DECLARE_TR_FUNCTIONS(hotline::StereoMixer)
public:
    // The Opus bit rate of one channel at `sampleRate`.
    static int bitsPerSecondPerChannel(int sampleRate);

    // Writes `output` whole or not at all: under a temporary name beside it, flushed to disk,
    // then renamed. A missing, unreadable or empty input is an Error naming the file.
    static Result<MixedRecording> mix(const QString &citizenWav, const QString &operatorWav, const QString &output);
    // The Opus rate a recording at `inputRate` is written at.
    static int outputRate(int inputRate);
};

} // namespace hotline
