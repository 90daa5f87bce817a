// SPDX-License-Identifier: GPL-3.0-or-later
#include "StereoMixer.h"

#include "RecordingFiles.h"

#include <QFile>
#include <QFileInfo>

#include <samplerate.h>
#include <sndfile.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <vector>

namespace hotline {

namespace {

constexpr std::array<int, 5> opusRates{8000, 12000, 16000, 24000, 48000};
constexpr qint64 block = 4096; // frames handled at a time: memory stays flat for any length

struct SndfileCloser {
    void operator()(SNDFILE *file) const { sf_close(file); }
};
using SndfilePtr = std::unique_ptr<SNDFILE, SndfileCloser>;
struct ResamplerDeleter {
    void operator()(SRC_STATE *state) const { src_delete(state); }
};

// One side of the call as mono float samples at the output rate, padded with silence once it
// has run out.
class Side {
public:
    Status open(const QString &path)
    {
        m_path = path;
        if (!QFileInfo::exists(path))
            return Error{StereoMixer::tr("录音文件 %1 不存在").arg(path)};
        m_file.reset(sf_open(QFile::encodeName(path).constData(), SFM_READ, &m_info));
        if (!m_file)
            return Error{StereoMixer::tr("录音文件 %1 无法读取：%2").arg(path, QString::fromUtf8(sf_strerror(nullptr)))};
        if (m_info.channels < 1 || m_info.samplerate <= 0)
            return Error{StereoMixer::tr("录音文件 %1 的格式不对（%2 个声道，%3 Hz）").arg(path).arg(m_info.channels).arg(m_info.samplerate)};
        return Status::success();
    }
    int rate() const { return m_info.samplerate; }
    qint64 frames() const { return m_info.frames; }
    const QString &path() const { return m_path; }
    // How long the side is at `outRate`.
    qint64 framesAt(int outRate) const { return qint64(std::llround(double(m_info.frames) * outRate / m_info.samplerate)); }

    Status resampleTo(int outRate)
    {
        m_ratio = double(outRate) / m_info.samplerate;
        if (outRate == m_info.samplerate)
            return Status::success();
        int error = 0;
        m_resampler.reset(src_new(SRC_SINC_MEDIUM_QUALITY, 1, &error));
        if (!m_resampler)
            return Error{StereoMixer::tr("无法转换 %1 的采样率：%2").arg(m_path, QString::fromUtf8(src_strerror(error)))};
        return Status::success();
    }

    // Fills `out` with `wanted` samples; after the end of the file, silence.
    Status produce(float *out, qint64 wanted)
    {
        qint64 produced = 0;
        if (!m_resampler) {
            produced = readMono(out, wanted);
            if (produced < 0)
                return Error{StereoMixer::tr("录音文件 %1 读到一半出错：%2").arg(m_path, QString::fromUtf8(sf_strerror(m_file.get())))};
        } else {
            while (produced < wanted && !m_drained) {
                if (m_inPos == m_in.size() && !m_endOfInput) {
                    m_in.resize(block);
                    const qint64 read = readMono(m_in.data(), block);
                    if (read < 0)
                        return Error{StereoMixer::tr("录音文件 %1 读到一半出错：%2").arg(m_path, QString::fromUtf8(sf_strerror(m_file.get())))};
                    m_in.resize(size_t(read));
                    m_inPos = 0;
                    m_endOfInput = read == 0;
                }
                SRC_DATA data{};
                data.data_in = m_in.data() + m_inPos;
                data.input_frames = long(m_in.size() - m_inPos);
                data.data_out = out + produced;
                data.output_frames = long(wanted - produced);
                data.end_of_input = m_endOfInput ? 1 : 0;
                data.src_ratio = m_ratio;
                if (const int error = src_process(m_resampler.get(), &data); error != 0)
                    return Error{StereoMixer::tr("无法转换 %1 的采样率：%2").arg(m_path, QString::fromUtf8(src_strerror(error)))};
                m_inPos += size_t(data.input_frames_used);
                produced += data.output_frames_gen;
                m_drained = m_endOfInput && data.output_frames_gen == 0;
            }
        }
        std::fill(out + produced, out + wanted, 0.0f);
        return Status::success();
    }

private:
    // Up to `wanted` frames as mono (the channels averaged); 0 at the end, -1 on an error.
    qint64 readMono(float *out, qint64 wanted)
    {
        if (m_ended)
            return 0;
        const int channels = m_info.channels;
        if (channels == 1) {
            const sf_count_t read = sf_readf_float(m_file.get(), out, wanted);
            m_ended = read < wanted;
            return sf_error(m_file.get()) != SF_ERR_NO_ERROR ? -1 : read;
        }
        m_interleaved.resize(size_t(wanted * channels));
        const sf_count_t read = sf_readf_float(m_file.get(), m_interleaved.data(), wanted);
        for (sf_count_t i = 0; i < read; ++i) {
            float sum = 0;
            for (int c = 0; c < channels; ++c)
                sum += m_interleaved[size_t(i * channels + c)];
            out[i] = sum / float(channels);
        }
        m_ended = read < wanted;
        return sf_error(m_file.get()) != SF_ERR_NO_ERROR ? -1 : read;
    }

    QString m_path;
    SF_INFO m_info{};
    SndfilePtr m_file;
    std::unique_ptr<SRC_STATE, ResamplerDeleter> m_resampler;
    double m_ratio = 1.0;
    std::vector<float> m_in;
    std::vector<float> m_interleaved;
    size_t m_inPos = 0;
    bool m_endOfInput = false;
    bool m_drained = false;
    bool m_ended = false;
};

// Opus's compression level in libsndfile 1.2 maps linearly onto 6–256 kbit/s per channel.
double compressionLevelFor(int bitsPerSecondPerChannel)
{
    return std::clamp(1.0 - (bitsPerSecondPerChannel - 6000) / 250000.0, 0.0, 1.0);
}

Result<MixedRecording> write(Side &citizen, Side &operatorSide, const QString &temporary)
{
    const int rate = StereoMixer::outputRate(std::max(citizen.rate(), operatorSide.rate()));
    const qint64 total = std::max(citizen.framesAt(rate), operatorSide.framesAt(rate));
    if (total == 0)
        return Error{StereoMixer::tr("录音文件 %1 和 %2 都是空的：这通电话没有录到声音").arg(citizen.path(), operatorSide.path())};
    for (Side *side : {&citizen, &operatorSide})
        if (Status s = side->resampleTo(rate); !s)
            return Error{s.error()};

    SF_INFO info{};
    info.samplerate = rate;
    info.channels = 2;
    info.format = SF_FORMAT_OGG | SF_FORMAT_OPUS;
    SndfilePtr out(sf_open(QFile::encodeName(temporary).constData(), SFM_WRITE, &info));
    if (!out)
        return Error{StereoMixer::tr("无法写入录音 %1：%2").arg(temporary, QString::fromUtf8(sf_strerror(nullptr)))};
    double level = compressionLevelFor(StereoMixer::bitsPerSecondPerChannel(rate));
    sf_command(out.get(), SFC_SET_COMPRESSION_LEVEL, &level, sizeof level);

    std::vector<float> left(block), right(block), interleaved(2 * block);
    for (qint64 done = 0; done < total;) {
        const qint64 n = std::min(block, total - done);
        if (Status s = citizen.produce(left.data(), n); !s)
            return Error{s.error()};
        if (Status s = operatorSide.produce(right.data(), n); !s)
            return Error{s.error()};
        for (qint64 i = 0; i < n; ++i) {
            // The resampler may overshoot a full-scale sample a little: clip, never wrap.
            interleaved[size_t(2 * i)] = std::clamp(left[size_t(i)], -1.0f, 1.0f);
            interleaved[size_t(2 * i + 1)] = std::clamp(right[size_t(i)], -1.0f, 1.0f);
        }
        if (sf_writef_float(out.get(), interleaved.data(), n) != n)
            return Error{StereoMixer::tr("无法写入录音 %1：%2").arg(temporary, QString::fromUtf8(sf_strerror(out.get())))};
        done += n;
    }
    if (const int closed = sf_close(out.release()); closed != 0)
        return Error{StereoMixer::tr("无法写完录音 %1：%2").arg(temporary, QString::fromUtf8(sf_error_number(closed)))};
    MixedRecording mixed;
    mixed.sampleRate = rate;
    mixed.frames = total;
    mixed.durationMs = total * 1000 / rate;
    mixed.bytes = QFileInfo(temporary).size();
    return mixed;
}

} // namespace

int StereoMixer::bitsPerSecondPerChannel(int sampleRate)
{
    if (sampleRate <= 12000)
        return 16000; // narrowband, the telephone's 300–3,400 Hz: the least that keeps the sides apart
    if (sampleRate <= 24000)
        return 20000; // wideband (G.722)
    return 32000;
}

int StereoMixer::outputRate(int inputRate)
{
    for (int rate : opusRates)
        if (rate >= inputRate)
            return rate;
    return opusRates.back();
}

Result<MixedRecording> StereoMixer::mix(const QString &citizenWav, const QString &operatorWav, const QString &output)
{
    Side citizen;
    Side operatorSide;
    if (Status s = citizen.open(citizenWav); !s)
        return Error{s.error()};
    if (Status s = operatorSide.open(operatorWav); !s)
        return Error{s.error()};
    const QString temporary = output + QStringLiteral(".part");
    Result<MixedRecording> mixed = write(citizen, operatorSide, temporary);
    Status placed = mixed ? RecordingFiles::moveIntoPlace(temporary, output) : Status(Error{mixed.error()});
    if (!placed) {
        QFile::remove(temporary); // nothing half-written stays behind
        return Error{placed.error()};
    }
    return mixed;
}

} // namespace hotline
