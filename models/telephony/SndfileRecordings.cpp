// SPDX-License-Identifier: GPL-3.0-or-later
#include "SndfileRecordings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>
#include <limits>

namespace hotline {

namespace {

// Where a WAV file's audio is: the offset of the data chunk's size field and of the audio,
// and the size of one sample frame. Only the RIFF/WAVE layout with chunks before "data" is
// accepted, which is what libsndfile writes.
struct WavLayout {
    qint64 dataSizeAt = 0;
    qint64 dataAt = 0;
    quint32 dataSize = 0;
    quint32 riffSize = 0;
    quint16 blockAlign = 1;
};

std::optional<WavLayout> layoutOf(QFile &file)
{
    const QByteArray head = file.read(12);
    if (head.size() < 12 || !head.startsWith("RIFF") || head.mid(8, 4) != "WAVE")
        return std::nullopt;
    WavLayout layout;
    layout.riffSize = qFromLittleEndian<quint32>(head.constData() + 4);
    qint64 at = 12;
    // A handful of chunks at most precede the audio; the bound keeps a corrupt file from
    // sending us round for long.
    for (int chunk = 0; chunk < 16; ++chunk) {
        if (!file.seek(at))
            return std::nullopt;
        const QByteArray header = file.read(8);
        if (header.size() < 8)
            return std::nullopt;
        const quint32 size = qFromLittleEndian<quint32>(header.constData() + 4);
        if (header.startsWith("fmt ") && size >= 16) {
            const QByteArray format = file.read(16);
            if (format.size() < 16)
                return std::nullopt;
            layout.blockAlign = std::max<quint16>(1, qFromLittleEndian<quint16>(format.constData() + 12));
        }
        if (header.startsWith("data")) {
            layout.dataSizeAt = at + 4;
            layout.dataAt = at + 8;
            layout.dataSize = size;
            return layout;
        }
        at += 8 + size + (size & 1);
    }
    return std::nullopt;
}

} // namespace

std::optional<QDateTime> SndfileRecordings::startOf(const QString &fileName, bool *sent)
{
    static const QRegularExpression name(
        QStringLiteral("^dump-(\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{2})-(enc|dec)\\.wav$"));
    const QRegularExpressionMatch match = name.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    // sndfile names the file by the local time of the machine baresip runs on: ours.
    const QDateTime at = QDateTime::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd-HH-mm-ss"));
    if (!at.isValid())
        return std::nullopt;
    if (sent)
        *sent = match.captured(2) == QLatin1String("enc");
    return at;
}

SndfileRecordings::Pair SndfileRecordings::take(const QDateTime &from, const QDateTime &to)
{
    Pair pair;
    if (m_folder.isEmpty())
        return pair;
    // Names carry whole seconds: the call's first second counts in full.
    const QDateTime first = from.toLocalTime().addMSecs(-from.toLocalTime().time().msec());
    const QDateTime last = to.toLocalTime();
    QDateTime sentAt;
    QDateTime receivedAt;
    const QStringList names = QDir(m_folder).entryList({QStringLiteral("dump-*.wav")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        bool sent = false;
        const std::optional<QDateTime> at = startOf(name, &sent);
        if (!at || *at < first || *at > last || m_taken.contains(name))
            continue;
        QString &path = sent ? pair.sent : pair.received;
        QDateTime &best = sent ? sentAt : receivedAt;
        if (path.isEmpty() || *at < best) {
            path = QDir(m_folder).filePath(name);
            best = *at;
        }
    }
    for (const QString &path : {pair.sent, pair.received})
        if (!path.isEmpty())
            m_taken.insert(QFileInfo(path).fileName());
    return pair;
}

bool SndfileRecordings::isComplete(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const std::optional<WavLayout> layout = layoutOf(file);
    if (!layout)
        return false;
    const qint64 audio = file.size() - layout->dataAt;
    return layout->dataSize == audio && qint64(layout->riffSize) == file.size() - 8;
}

bool SndfileRecordings::repair(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const std::optional<WavLayout> layout = layoutOf(file);
    if (!layout)
        return false;
    const qint64 audio = file.size() - layout->dataAt;
    const qint64 whole = audio - audio % layout->blockAlign;
    if (whole < 0 || layout->dataAt + whole - 8 > std::numeric_limits<quint32>::max())
        return false;
    uchar size[4];
    qToLittleEndian<quint32>(quint32(whole), size);
    if (!file.seek(layout->dataSizeAt) || file.write(reinterpret_cast<const char *>(size), 4) != 4)
        return false;
    qToLittleEndian<quint32>(quint32(layout->dataAt + whole - 8), size);
    if (!file.seek(4) || file.write(reinterpret_cast<const char *>(size), 4) != 4)
        return false;
    return file.resize(layout->dataAt + whole);
}

} // namespace hotline
