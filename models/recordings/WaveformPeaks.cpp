// SPDX-License-Identifier: GPL-3.0-or-later
#include "WaveformPeaks.h"

#include <QDataStream>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace hotline {

namespace {

constexpr quint32 cacheMagic = 0x4b50'4c48; // "HLPK" little-endian
constexpr int headerBytes = 4 + 4 + 4 + 4 + 8 + 8 + 8;

struct SndfileCloser {
    void operator()(SNDFILE *file) const { sf_close(file); }
};

qint16 sample16(float value)
{
    return qint16(std::lround(std::clamp(value, -1.0f, 1.0f) * 32767.0f));
}

} // namespace

Result<WaveformPeaks> WaveformPeaks::compute(const QString &audioFile, qint64 expectedMs)
{
    if (!QFileInfo::exists(audioFile))
        return Error{tr("录音文件 %1 不存在").arg(audioFile)};
    SF_INFO info{};
    std::unique_ptr<SNDFILE, SndfileCloser> file(sf_open(QFile::encodeName(audioFile).constData(), SFM_READ, &info));
    if (!file)
        return Error{tr("录音文件 %1 已损坏，无法解码：%2").arg(audioFile, QString::fromUtf8(sf_strerror(nullptr)))};
    if (info.channels < 1 || info.channels > 2 || info.samplerate <= 0)
        return Error{tr("录音文件 %1 的格式不对（%2 个声道，%3 Hz）").arg(audioFile).arg(info.channels).arg(info.samplerate)};

    WaveformPeaks peaks;
    peaks.m_rate = info.samplerate;
    peaks.m_blockFrames = std::max(1, info.samplerate * blockMs / 1000);
    const int channels = info.channels;
    const int blockFrames = peaks.m_blockFrames;
    if (info.frames > 0)
        peaks.m_peaks.reserve(qsizetype((info.frames / blockFrames + 1) * 4));
    // Many blocks per read: libsndfile's Opus decoder is called in pages, not 256 frames.
    const sf_count_t chunkFrames = sf_count_t(blockFrames) * 64;
    std::vector<float> buffer(size_t(chunkFrames * channels));
    float low[2] = {0, 0};
    float high[2] = {0, 0};
    int inBlock = 0;
    qint64 total = 0;
    const auto closeBlock = [&] {
        for (int c = 0; c < 2; ++c) {
            peaks.m_peaks.append(sample16(low[c]));
            peaks.m_peaks.append(sample16(high[c]));
            low[c] = high[c] = 0;
        }
        inBlock = 0;
    };
    for (;;) {
        const sf_count_t read = sf_readf_float(file.get(), buffer.data(), chunkFrames);
        if (read < 0 || sf_error(file.get()) != SF_ERR_NO_ERROR)
            return Error{tr("录音文件 %1 读到 %2 秒处出错：%3").arg(audioFile).arg(total / info.samplerate).arg(QString::fromUtf8(sf_strerror(file.get())))};
        if (read == 0)
            break;
        for (sf_count_t i = 0; i < read; ++i) {
            const float *frame = buffer.data() + i * channels;
            for (int c = 0; c < 2; ++c) {
                const float value = frame[std::min(c, channels - 1)];
                low[c] = std::min(low[c], value);
                high[c] = std::max(high[c], value);
            }
            if (++inBlock == blockFrames)
                closeBlock();
        }
        total += read;
    }
    if (inBlock > 0)
        closeBlock();
    if (total == 0)
        return Error{tr("录音文件 %1 是空的或已损坏：解不出任何声音").arg(audioFile)};
    // An Ogg stream cut off decodes up to the cut without an error: its length gives it away.
    const qint64 decodedMs = total * 1000 / info.samplerate;
    const qint64 declaredMs = info.frames > 0 ? info.frames * 1000 / info.samplerate : 0;
    const qint64 expected = std::max(expectedMs, declaredMs);
    if (expected > 0 && decodedMs + 1000 < expected)
        return Error{tr("录音文件 %1 不完整：只解出 %2 秒，应有 %3 秒").arg(audioFile).arg(decodedMs / 1000.0, 0, 'f', 1).arg(expected / 1000.0, 0, 'f', 1)};
    peaks.m_frames = total;
    return peaks;
}

Status WaveformPeaks::save(const QString &cacheFile, qint64 audioBytes) const
{
    QSaveFile file(cacheFile);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("波形缓存 %1 无法写入：%2").arg(cacheFile, file.errorString())};
    QDataStream out(&file);
    out.setByteOrder(QDataStream::LittleEndian);
    out << cacheMagic << cacheVersion << quint32(m_rate) << quint32(m_blockFrames) << qint64(m_frames) << qint64(audioBytes)
        << qint64(m_peaks.size());
    out.writeRawData(reinterpret_cast<const char *>(m_peaks.constData()), int(m_peaks.size() * qsizetype(sizeof(qint16))));
    if (out.status() != QDataStream::Ok || !file.commit())
        return Error{tr("波形缓存 %1 无法写入：%2").arg(cacheFile, file.errorString())};
    return Status::success();
}

Result<WaveformPeaks> WaveformPeaks::load(const QString &cacheFile, qint64 audioBytes)
{
    QFile file(cacheFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("波形缓存 %1 无法打开：%2").arg(cacheFile, file.errorString())};
    QDataStream in(&file);
    in.setByteOrder(QDataStream::LittleEndian);
    quint32 magic = 0, version = 0, rate = 0, blockFrames = 0;
    qint64 frames = 0, bytes = 0, values = 0;
    in >> magic >> version >> rate >> blockFrames >> frames >> bytes >> values;
    const auto invalid = [&] { return Error{tr("波形缓存 %1 无效，需要重新计算").arg(cacheFile)}; };
    if (in.status() != QDataStream::Ok || magic != cacheMagic || version != cacheVersion || rate == 0 || blockFrames == 0
        || bytes != audioBytes || values < 0 || values % 4 != 0 || frames < 0 || (frames + blockFrames - 1) / blockFrames * 4 != values
        || file.size() != headerBytes + values * qint64(sizeof(qint16)))
        return invalid();
    WaveformPeaks peaks;
    peaks.m_rate = int(rate);
    peaks.m_blockFrames = int(blockFrames);
    peaks.m_frames = frames;
    peaks.m_peaks.resize(values);
    const qint64 wanted = values * qint64(sizeof(qint16));
    if (in.readRawData(reinterpret_cast<char *>(peaks.m_peaks.data()), int(wanted)) != wanted)
        return invalid();
    return peaks;
}

Result<WaveformPeaks> WaveformPeaks::forRecording(const QString &audioFile, qint64 expectedMs)
{
    const qint64 bytes = QFileInfo(audioFile).size();
    const QString cache = cachePathFor(audioFile);
    if (QFileInfo::exists(cache)) {
        Result<WaveformPeaks> cached = load(cache, bytes);
        if (cached)
            return cached;
    }
    Result<WaveformPeaks> computed = compute(audioFile, expectedMs);
    if (!computed) {
        QFile::remove(cache); // a stale cache of a file that no longer decodes is no use
        return computed;
    }
    // A cache that cannot be written costs time the next time, nothing else.
    if (Status saved = computed.value().save(cache, bytes); !saved)
        qWarning("peaks: %s", qPrintable(saved.error()));
    return computed;
}

QVector<PeakColumn> WaveformPeaks::columns(qint64 fromMs, qint64 toMs, int width) const
{
    QVector<PeakColumn> out;
    const qint64 count = blocks();
    if (width <= 0 || toMs <= fromMs || count == 0)
        return out;
    out.resize(width);
    const double blocksPerMs = double(m_rate) / (1000.0 * m_blockFrames);
    for (int x = 0; x < width; ++x) {
        const double startMs = fromMs + double(toMs - fromMs) * x / width;
        const double endMs = fromMs + double(toMs - fromMs) * (x + 1) / width;
        const qint64 first = qint64(std::floor(startMs * blocksPerMs));
        const qint64 last = std::max(first + 1, qint64(std::ceil(endMs * blocksPerMs)));
        if (first >= count || last <= 0)
            continue; // beyond the recording: an empty column
        PeakColumn &column = out[x];
        const qint16 *p = m_peaks.constData();
        qint16 low[2] = {0, 0};
        qint16 high[2] = {0, 0};
        for (qint64 b = std::max<qint64>(0, first); b < std::min(last, count); ++b)
            for (int c = 0; c < 2; ++c) {
                low[c] = std::min(low[c], p[b * 4 + c * 2]);
                high[c] = std::max(high[c], p[b * 4 + c * 2 + 1]);
            }
        for (int c = 0; c < 2; ++c) {
            column.min[c] = low[c] / 32767.0f;
            column.max[c] = high[c] / 32767.0f;
        }
    }
    return out;
}

QVector<SilenceSpan> WaveformPeaks::silences(qint64 minMs, float level) const
{
    QVector<SilenceSpan> spans;
    const auto limit = qint16(std::lround(std::clamp(level, 0.0f, 1.0f) * 32767.0f));
    const qint64 count = blocks();
    const auto msAt = [this](qint64 block) { return std::min(durationMs(), block * m_blockFrames * 1000 / m_rate); };
    qint64 start = -1;
    for (qint64 b = 0; b <= count; ++b) {
        bool quiet = false;
        if (b < count) {
            quiet = true;
            for (int i = 0; i < 4; ++i)
                quiet = quiet && std::abs(int(m_peaks.at(b * 4 + i))) <= limit;
        }
        if (quiet && start < 0)
            start = b;
        if (!quiet && start >= 0) {
            const SilenceSpan span{msAt(start), msAt(b)};
            if (span.lengthMs() >= minMs)
                spans.append(span);
            start = -1;
        }
    }
    return spans;
}

qint64 WaveformPeaks::silentMs(qint64 minMs, float level) const
{
    qint64 total = 0;
    for (const SilenceSpan &span : silences(minMs, level))
        total += span.lengthMs();
    return total;
}

} // namespace hotline
