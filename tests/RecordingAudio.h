// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Known audio for the recording tests and the benchmark: mono WAV files as a softphone writes
// them, and what a stereo recording holds when read back — through libsndfile, the library
// the desk writes with, but not through the code under test.
#include "telephony/Phone.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>
#include <QUuid>

#include <sndfile.h>

#include <cmath>
#include <numbers>
#include <vector>

namespace hotline::test {

// A WAV file's bytes as an upload carries them: 16 kHz mono 16-bit PCM, `samples` of a ramp
// (not silence, so a file cut short or padded differs from it).
inline QByteArray smallPcmWav(int samples)
{
    QByteArray bytes;
    const auto u32 = [&bytes](quint32 v) { for (int i = 0; i < 4; ++i) bytes.append(char((v >> (8 * i)) & 0xff)); };
    const auto u16 = [&bytes](quint16 v) { bytes.append(char(v & 0xff)); bytes.append(char(v >> 8)); };
    bytes.append("RIFF");
    u32(36 + samples * 2);
    bytes.append("WAVEfmt ");
    u32(16);
    u16(1);
    u16(1);
    u32(16000);
    u32(32000);
    u16(2);
    u16(16);
    bytes.append("data");
    u32(samples * 2);
    for (int i = 0; i < samples; ++i)
        u16(quint16(i * 37));
    return bytes;
}

// A mono 16-bit WAV of `seconds` of a sine at `hz` (amplitude 0..1); 0 Hz writes silence.
inline bool writeToneWav(const QString &path, int rate, double seconds, double hz, double amplitude = 0.5)
{
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE *file = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    if (!file)
        return false;
    const auto frames = sf_count_t(std::llround(seconds * rate));
    std::vector<short> samples(static_cast<size_t>(frames));
    for (sf_count_t i = 0; i < frames; ++i)
        samples[size_t(i)] = short(std::lround(32767.0 * amplitude * std::sin(2 * std::numbers::pi * hz * double(i) / rate)));
    const bool written = sf_writef_short(file, samples.data(), frames) == frames;
    return sf_close(file) == 0 && written;
}

// A mono 16-bit WAV of stretches one after the other: each `seconds` of a sine at `hz` (0 Hz:
// silence), so a test knows where each side spoke and where both were quiet.
struct ToneStretch {
    double seconds = 0;
    double hz = 0;
};
inline bool writeStretchesWav(const QString &path, int rate, const std::vector<ToneStretch> &stretches, double amplitude = 0.5)
{
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE *file = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    if (!file)
        return false;
    std::vector<short> samples;
    for (const ToneStretch &stretch : stretches) {
        const auto frames = sf_count_t(std::llround(stretch.seconds * rate));
        for (sf_count_t i = 0; i < frames; ++i)
            samples.push_back(stretch.hz <= 0 ? short(0)
                                              : short(std::lround(32767.0 * amplitude * std::sin(2 * std::numbers::pi * stretch.hz * double(i) / rate))));
    }
    const auto frames = sf_count_t(samples.size());
    const bool written = sf_writef_short(file, samples.data(), frames) == frames;
    return sf_close(file) == 0 && written;
}

// A stereo file read back: its format and each channel's samples.
struct StereoAudio {
    int sampleRate = 0;
    int channels = 0;
    std::vector<float> left;
    std::vector<float> right;

    qint64 frames() const { return qint64(left.size()); }
    // Root mean square of a channel between two times in seconds.
    static double rms(const std::vector<float> &channel, int rate, double from, double to)
    {
        const auto first = size_t(std::max(0.0, from * rate));
        const auto last = std::min(channel.size(), size_t(to * rate));
        double sum = 0;
        for (size_t i = first; i < last; ++i)
            sum += double(channel[i]) * channel[i];
        return last > first ? std::sqrt(sum / double(last - first)) : 0.0;
    }
    // Crossings of zero per second between two times, counted with a hysteresis of ±0.1 so
    // that the codec's faint noise around zero does not count: twice a tone's frequency.
    static double crossingsPerSecond(const std::vector<float> &channel, int rate, double from, double to)
    {
        const auto first = size_t(std::max(0.0, from * rate));
        const auto last = std::min(channel.size(), size_t(to * rate));
        int crossings = 0;
        int sign = 0;
        for (size_t i = first; i < last; ++i) {
            const int now = channel[i] > 0.1f ? 1 : channel[i] < -0.1f ? -1 : 0;
            if (now != 0 && sign != 0 && now != sign)
                ++crossings;
            if (now != 0)
                sign = now;
        }
        return last > first ? crossings / ((double(last) - double(first)) / rate) : 0.0;
    }
};

inline StereoAudio readStereo(const QString &path)
{
    StereoAudio audio;
    SF_INFO info{};
    SNDFILE *file = sf_open(QFile::encodeName(path).constData(), SFM_READ, &info);
    if (!file)
        return audio;
    audio.sampleRate = info.samplerate;
    audio.channels = info.channels;
    std::vector<float> block(size_t(4096 * std::max(1, info.channels)));
    for (;;) {
        const sf_count_t read = sf_readf_float(file, block.data(), 4096);
        if (read <= 0)
            break;
        for (sf_count_t i = 0; i < read; ++i) {
            audio.left.push_back(block[size_t(i * info.channels)]);
            audio.right.push_back(info.channels > 1 ? block[size_t(i * info.channels + 1)] : 0.0f);
        }
    }
    sf_close(file);
    return audio;
}

// An ended call as an adapter reports it, with its two recordings made in `dir`: the citizen
// at 440 Hz for `citizenSeconds`, the operator at 1 kHz for `operatorSeconds`.
inline PhoneCall recordedCall(const QString &dir, double citizenSeconds = 3.0, double operatorSeconds = 2.0, int rate = 8000,
                              const QDateTime &endedAt = QDateTime::currentDateTimeUtc())
{
    PhoneCall call;
    call.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    call.remoteNumber = QStringLiteral("13912345678");
    call.state = PhoneCall::State::Ended;
    call.endedAt = endedAt;
    call.answeredAt = endedAt.addMSecs(-qint64(std::max(citizenSeconds, operatorSeconds) * 1000));
    call.ringingAt = call.answeredAt.addSecs(-3);
    call.receivedAudio = dir + u'/' + call.id + QStringLiteral("-received.wav");
    call.sentAudio = dir + u'/' + call.id + QStringLiteral("-sent.wav");
    writeToneWav(call.receivedAudio, rate, citizenSeconds, 440);
    writeToneWav(call.sentAudio, rate, operatorSeconds, 1000);
    return call;
}

} // namespace hotline::test
