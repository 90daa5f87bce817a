// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtEndian>

#include <cmath>
#include <numbers>

namespace hotline::test {

// `ms` of a quiet tone as mono 16-bit little-endian PCM: the fake recogniser hears only how
// much audio came, not what it says.
inline QByteArray tone(int sampleRate, int ms, double hz = 440.0)
{
    const qsizetype samples = qsizetype(sampleRate) * ms / 1000;
    QByteArray pcm(samples * 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < samples; ++i)
        qToLittleEndian<qint16>(qint16(3000 * std::sin(2 * std::numbers::pi * hz * double(i) / sampleRate)),
                                pcm.data() + 2 * i);
    return pcm;
}

// A WAV header as a writer puts it down before the audio: RIFF and data sizes of `dataSize`
// (0 while the file is still being written).
inline QByteArray wavHeader(int rate, int channels, int bits, quint16 format = 1, quint32 dataSize = 0,
                  const QByteArray &extraChunk = {})
{
    QByteArray bytes;
    const auto u16 = [&bytes](quint16 v) { bytes.append(reinterpret_cast<const char *>(&v), 2); };
    const auto u32 = [&bytes](quint32 v) { bytes.append(reinterpret_cast<const char *>(&v), 4); };
    bytes.append("RIFF");
    u32(dataSize ? 36 + dataSize : 0);
    bytes.append("WAVE");
    bytes.append("fmt ");
    u32(16);
    u16(format);
    u16(quint16(channels));
    u32(quint32(rate));
    u32(quint32(rate * channels * bits / 8));
    u16(quint16(channels * bits / 8));
    u16(quint16(bits));
    bytes.append(extraChunk);
    bytes.append("data");
    u32(dataSize);
    return bytes;
}

} // namespace hotline::test
