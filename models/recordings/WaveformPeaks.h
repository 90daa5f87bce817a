// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace hotline {

// A stretch where both sides of a call are quiet.
struct SilenceSpan {
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 lengthMs() const { return endMs - startMs; }
    bool operator==(const SilenceSpan &) const = default;
};

// The minimum and maximum of each channel over a stretch of a recording, -1..1.
struct PeakColumn {
    float min[2] = {0, 0}; // [0] the citizen (left), [1] the operator (right)
    float max[2] = {0, 0};
};

// The waveform of a stereo recording as minimum/maximum pairs per block of frames (32 ms: 256
// frames at 8 kHz), both channels. Computed once per recording — decoding an hour of Opus takes
// seconds, drawing it from the pairs takes a millisecond — and kept as a small file beside the
// recording (`FILE.peaks`, 4 × 2 bytes per block: 900 KB for an hour). Any view coarser than a
// block (a whole call across a window, any zoom out to one block per pixel) is drawn from the
// pairs; silences for "skip silence" and the "long silences" filter come from them too.
class WaveformPeaks {
    Q_DECLARE_TR_FUNCTIONS(hotline::WaveformPeaks)
public:
    static constexpr int blockMs = 32;
    static constexpr quint32 cacheVersion = 1;
    // Below this (about -40 dBFS) on both sides counts as silence: line noise, breathing.
    static constexpr float defaultSilenceLevel = 0.01f;

    // Decodes `audioFile` (any stereo or mono file libsndfile reads; a mono file fills both
    // channels). `expectedMs` > 0: a file that decodes more than a second shorter is truncated
    // (an Ogg stream cut off still decodes up to the cut) and is an error.
    static Result<WaveformPeaks> compute(const QString &audioFile, qint64 expectedMs = 0);
    // The cache beside the recording when it reads and belongs to this file (its size), else
    // computed and cached. Nothing is cached for a file that does not decode.
    static Result<WaveformPeaks> forRecording(const QString &audioFile, qint64 expectedMs = 0);
    static QString cachePathFor(const QString &audioFile) { return audioFile + QStringLiteral(".peaks"); }

    // The cache file: a header (magic, version, rate, block, frames, the audio file's size)
    // and the pairs. Written under a temporary name and renamed.
    Status save(const QString &cacheFile, qint64 audioBytes) const;
    // A cache that is missing, of another version, short or for another file size is an Error.
    static Result<WaveformPeaks> load(const QString &cacheFile, qint64 audioBytes);

    int sampleRate() const { return m_rate; }
    int blockFrames() const { return m_blockFrames; }
    qint64 frames() const { return m_frames; }
    qint64 blocks() const { return m_peaks.size() / 4; }
    qint64 durationMs() const { return m_rate > 0 ? m_frames * 1000 / m_rate : 0; }
    double msPerBlock() const { return m_rate > 0 ? 1000.0 * m_blockFrames / m_rate : 0; }

    // `width` columns over [fromMs, toMs): each the minimum and maximum of the blocks it
    // covers. A column narrower than a block takes the block it falls in (the cache's
    // resolution is the finest there is).
    QVector<PeakColumn> columns(qint64 fromMs, qint64 toMs, int width) const;
    // Stretches of at least `minMs` where every block of both channels stays within ±`level`.
    QVector<SilenceSpan> silences(qint64 minMs, float level = defaultSilenceLevel) const;
    // The seconds of silence in stretches of at least `minMs`.
    qint64 silentMs(qint64 minMs, float level = defaultSilenceLevel) const;

    // A block's pair of one channel, -1..1.
    float blockMin(qint64 block, int channel) const { return m_peaks.at(block * 4 + channel * 2) / 32767.0f; }
    float blockMax(qint64 block, int channel) const { return m_peaks.at(block * 4 + channel * 2 + 1) / 32767.0f; }

private:
    int m_rate = 0;
    int m_blockFrames = 0;
    qint64 m_frames = 0;
    QVector<qint16> m_peaks; // per block: left min, left max, right min, right max
};

} // namespace hotline
