// SPDX-License-Identifier: GPL-3.0-or-later
// Files as baresip 1.0's sndfile module leaves them in its snd_path, for the tests that find a
// call's recordings: the name it gives them and the 44-byte WAV header libsndfile writes
// (16-bit mono 8 kHz), with the sizes filled in once closed — while open they say RIFF 8 and
// data 0, which is what a real call's file showed mid-call.
#pragma once

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QtEndian>

namespace hotline::test {

inline QString dumpName(const QDateTime &at, bool sent)
{
    return QStringLiteral("dump-%1-%2.wav")
        .arg(at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HH-mm-ss")), sent ? QStringLiteral("enc") : QStringLiteral("dec"));
}

inline QByteArray le32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToLittleEndian<quint32>(value, bytes.data());
    return bytes;
}

inline QByteArray le16(quint16 value)
{
    QByteArray bytes(2, '\0');
    qToLittleEndian<quint16>(value, bytes.data());
    return bytes;
}

// Writes `samples` samples of a ramp; `closed` false leaves the sizes of a file still open.
inline QString writeDump(const QString &folder, const QDateTime &at, bool sent, int samples, bool closed = true)
{
    QByteArray audio;
    for (int i = 0; i < samples; ++i)
        audio += le16(quint16(i * 37));
    QByteArray file = "RIFF" + le32(closed ? quint32(36 + audio.size()) : 8u) + "WAVE";
    file += "fmt " + le32(16) + le16(1) + le16(1) + le32(8000) + le32(16000) + le16(2) + le16(16);
    file += "data" + le32(closed ? quint32(audio.size()) : 0u) + audio;
    const QString path = QDir(folder).filePath(dumpName(at, sent));
    QFile out(path);
    if (out.open(QIODevice::WriteOnly))
        out.write(file);
    return path;
}

} // namespace hotline::test
