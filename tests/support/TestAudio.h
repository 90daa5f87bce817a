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

} // namespace hotline::test
