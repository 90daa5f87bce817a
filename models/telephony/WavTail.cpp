// SPDX-License-Identifier: GPL-3.0-or-later
#include "WavTail.h"

#include <QTimer>
#include <QtEndian>

namespace hotline {

namespace {

quint16 u16(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

quint32 u32(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

constexpr quint16 formatPcm = 1;
constexpr quint16 formatExtensible = 0xFFFE;
// A header that goes on longer than this without audio is not one we can follow.
constexpr qsizetype headerLimit = 64 * 1024;

} // namespace

Result<std::optional<WavTail::Header>> WavTail::parseHeader(const QByteArray &head)
{
    if (head.size() < 12)
        return std::optional<Header>();
    if (!head.startsWith("RIFF") || head.mid(8, 4) != "WAVE")
        return Error{tr("不是 WAV 文件（开头不是 RIFF/WAVE）")};
    std::optional<Header> format;
    qsizetype at = 12;
    while (at + 8 <= head.size()) {
        const QByteArray id = head.mid(at, 4);
        const quint32 size = u32(head, at + 4);
        const qsizetype body = at + 8;
        if (id == "data") {
            if (!format)
                return Error{tr("WAV 文件的 fmt 块不在数据之前")};
            format->dataOffset = body;
            format->dataSize = size;
            return format;
        }
        if (id == "fmt ") {
            if (size < 16)
                return Error{tr("WAV 文件的 fmt 块太短")};
            if (body + qsizetype(size) > head.size())
                return std::optional<Header>();
            quint16 tag = u16(head, body);
            // WAVE_FORMAT_EXTENSIBLE names the real format in the first two bytes of its GUID.
            if (tag == formatExtensible && size >= 26)
                tag = u16(head, body + 24);
            const int channels = u16(head, body + 2);
            const int rate = int(u32(head, body + 4));
            const int bits = u16(head, body + 14);
            if (tag != formatPcm || bits != 16)
                return Error{tr("录音不是 16 位 PCM（格式 %1，%2 位）：无法转写").arg(tag).arg(bits)};
            if (channels < 1 || channels > 2)
                return Error{tr("录音有 %1 个声道：只能转写单声道或双声道").arg(channels)};
            if (rate < 1000 || rate > 192000)
                return Error{tr("录音的采样率 %1 Hz 不对").arg(rate)};
            format = Header{rate, channels, 0, 0};
        }
        at = body + qsizetype(size) + (size % 2); // chunks are padded to even sizes
        if (at > headerLimit)
            return Error{tr("WAV 文件的头部超过 %1 字节仍没有音频数据").arg(headerLimit)};
    }
    return std::optional<Header>();
}

WavTail::WavTail(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &WavTail::poll);
}

void WavTail::start(const QString &path, int pollMs)
{
    stop();
    m_path = path;
    m_header.reset();
    m_position = 0;
    m_audioBytes = 0;
    m_refused = false;
    m_running = true;
    m_timer->start(pollMs);
    poll();
}

void WavTail::stop()
{
    m_timer->stop();
    m_file.close();
    m_running = false;
}

void WavTail::refuse(const QString &reason)
{
    m_refused = true;
    m_timer->stop();
    m_file.close();
    Q_EMIT trouble(reason);
}

bool WavTail::open()
{
    if (m_file.isOpen())
        return true;
    // Not there yet: the recording starts with the call's first audio.
    if (!QFile::exists(m_path))
        return false;
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        refuse(tr("通话录音 %1 打不开：%2").arg(m_path, m_file.errorString()));
        return false;
    }
    return true;
}

void WavTail::poll()
{
    if (!m_running || m_refused || !open())
        return;
    if (!m_header && !readHeader())
        return;
    readSamples(m_file.size());
}

bool WavTail::readHeader()
{
    if (!m_file.seek(0))
        return false;
    const Result<std::optional<Header>> parsed = parseHeader(m_file.read(headerLimit + 8));
    if (!parsed) {
        refuse(tr("通话录音 %1 无法转写：%2").arg(m_path, parsed.error()));
        return false;
    }
    if (!parsed.value())
        return false; // the writer has not got that far
    m_header = parsed.value();
    m_position = m_header->dataOffset;
    Q_EMIT formatKnown(m_header->sampleRate);
    return true;
}

void WavTail::readSamples(qint64 upTo)
{
    const qint64 frame = 2 * m_header->channels;
    const qint64 whole = (upTo - m_position) / frame * frame; // a sample half-written stays for later
    if (whole <= 0 || !m_file.seek(m_position))
        return;
    QByteArray bytes = m_file.read(whole);
    bytes.truncate(bytes.size() / frame * frame);
    if (bytes.isEmpty())
        return;
    m_position += bytes.size();
    if (m_header->channels == 2) {
        // Both sides of a stereo codec are the caller: their mean.
        QByteArray mono(bytes.size() / 2, Qt::Uninitialized);
        for (qsizetype i = 0; i < mono.size() / 2; ++i) {
            const int left = qFromLittleEndian<qint16>(bytes.constData() + 4 * i);
            const int right = qFromLittleEndian<qint16>(bytes.constData() + 4 * i + 2);
            qToLittleEndian<qint16>(qint16((left + right) / 2), mono.data() + 2 * i);
        }
        bytes = mono;
    }
    m_audioBytes += bytes.size();
    Q_EMIT audio(bytes);
}

void WavTail::finish()
{
    if (!m_running)
        return;
    m_timer->stop();
    if (!m_refused) // a refusal was said already
        readRest();
    stop();
    Q_EMIT finished();
}

void WavTail::readRest()
{
    if (!open()) {
        if (!m_refused)
            Q_EMIT trouble(tr("通话录音 %1 没有出现：本次通话没有转写").arg(m_path));
        return;
    }
    if (!m_header && !readHeader()) {
        if (!m_refused)
            Q_EMIT trouble(tr("通话录音 %1 没有音频：本次通话没有转写").arg(m_path));
        return;
    }
    // Closed by now, the writer has set the data size: a chunk it put after the audio is not
    // audio. While the file is still open the size is a placeholder and the file's end is the
    // audio's.
    qint64 end = m_file.size();
    if (m_file.seek(0)) {
        const Result<std::optional<Header>> closed = parseHeader(m_file.read(headerLimit + 8));
        if (closed && closed.value() && closed.value()->dataSize > 0 && closed.value()->dataSize < 0xFFFFFFFF) {
            const qint64 dataEnd = closed.value()->dataOffset + closed.value()->dataSize;
            if (dataEnd >= m_position && dataEnd <= end)
                end = dataEnd;
        }
    }
    readSamples(end);
}

} // namespace hotline
