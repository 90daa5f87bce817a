// SPDX-License-Identifier: GPL-3.0-or-later
// Following a call's recording while it is written, as baresip's sndfile module writes it: the
// file appears late, the header's sizes are placeholders until the file is closed, samples
// arrive half-written; a recording that is not 16-bit PCM is refused with a reason.
#include "telephony/WavTail.h"
#include "support/TestAudio.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

void append(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::Append));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

void writeAt(const QString &path, qint64 at, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.seek(at));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QByteArray joined(const QSignalSpy &spy)
{
    QByteArray all;
    for (const QList<QVariant> &call : spy)
        all += call.at(0).toByteArray();
    return all;
}

} // namespace

TEST(WavTail, FollowsARecordingThatAppearsLateAndGrows)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dump-sip:op@desk=>sip:caller-2026-01-05-10-00-00-dec.wav"));
    WavTail tail;
    QSignalSpy format(&tail, &WavTail::formatKnown);
    QSignalSpy audio(&tail, &WavTail::audio);
    QSignalSpy trouble(&tail, &WavTail::trouble);
    QSignalSpy finished(&tail, &WavTail::finished);
    tail.start(path, 10);
    QTest::qWait(60); // the call was answered; no audio has come yet, so no file
    EXPECT_TRUE(trouble.isEmpty());
    EXPECT_TRUE(format.isEmpty());

    const QByteArray head = wavHeader(8000, 1, 16);
    append(path, head.left(20)); // the writer is in the middle of its header
    QTest::qWait(40);
    EXPECT_TRUE(format.isEmpty());
    const QByteArray first = tone(8000, 500);
    const QByteArray second = tone(8000, 300, 880.0);
    append(path, head.mid(20) + first + second.left(1)); // and half a sample
    ASSERT_TRUE(QTest::qWaitFor([&] { return tail.audioBytes() == first.size(); }, 5000));
    ASSERT_EQ(format.size(), 1);
    EXPECT_EQ(format.first().first().toInt(), 8000);
    append(path, second.mid(1));
    ASSERT_TRUE(QTest::qWaitFor([&] { return tail.audioBytes() == first.size() + second.size(); }, 5000));

    // The writer closes the file: sizes fixed, and a chunk after the audio that is not audio.
    const quint32 dataSize = quint32(first.size() + second.size());
    QByteArray size(4, Qt::Uninitialized);
    qToLittleEndian<quint32>(dataSize, size.data());
    writeAt(path, 40, size);
    append(path, QByteArrayLiteral("LIST\x04\x00\x00\x00INFO"));
    tail.finish();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_TRUE(trouble.isEmpty()) << qPrintable(trouble.first().first().toString());
    EXPECT_EQ(joined(audio), first + second) << "every sample once, in order, and nothing else";
    EXPECT_FALSE(tail.isRunning());
}

TEST(WavTail, StereoIsMixedToMono)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stereo.wav"));
    QByteArray samples(8, Qt::Uninitialized);
    qToLittleEndian<qint16>(1000, samples.data());
    qToLittleEndian<qint16>(3000, samples.data() + 2);
    qToLittleEndian<qint16>(-200, samples.data() + 4);
    qToLittleEndian<qint16>(-400, samples.data() + 6);
    append(path, wavHeader(48000, 2, 16) + samples);
    WavTail tail;
    QSignalSpy audio(&tail, &WavTail::audio);
    tail.start(path, 10);
    tail.finish();
    const QByteArray mono = joined(audio);
    ASSERT_EQ(mono.size(), 4);
    EXPECT_EQ(qFromLittleEndian<qint16>(mono.constData()), 2000);
    EXPECT_EQ(qFromLittleEndian<qint16>(mono.constData() + 2), -300);
}

TEST(WavTail, ARecordingThatIsNot16BitPcmIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("float.wav"));
    append(path, wavHeader(8000, 1, 32, 3) + QByteArray(3200, '\0')); // IEEE float, as sndfile writes AUFMT_FLOAT
    WavTail tail;
    QSignalSpy audio(&tail, &WavTail::audio);
    QSignalSpy trouble(&tail, &WavTail::trouble);
    QSignalSpy finished(&tail, &WavTail::finished);
    tail.start(path, 10);
    ASSERT_EQ(trouble.size(), 1) << "the file is there: refused as soon as it is read";
    EXPECT_TRUE(trouble.first().first().toString().contains(QStringLiteral("不是 16 位 PCM")))
        << qPrintable(trouble.first().first().toString());
    EXPECT_TRUE(trouble.first().first().toString().contains(path));
    QTest::qWait(40);
    tail.finish();
    EXPECT_EQ(trouble.size(), 1) << "said once";
    EXPECT_EQ(finished.size(), 1);
    EXPECT_TRUE(audio.isEmpty());

    const QString notWav = dir.filePath(QStringLiteral("notes.txt"));
    append(notWav, QByteArrayLiteral("this is not a recording at all"));
    WavTail other;
    QSignalSpy otherTrouble(&other, &WavTail::trouble);
    other.start(notWav, 10);
    ASSERT_EQ(otherTrouble.size(), 1);
    EXPECT_TRUE(otherTrouble.first().first().toString().contains(QStringLiteral("不是 WAV 文件")));
}

TEST(WavTail, ARecordingThatNeverAppearsIsSaidAtTheEnd)
{
    QTemporaryDir dir;
    WavTail tail;
    QSignalSpy trouble(&tail, &WavTail::trouble);
    QSignalSpy finished(&tail, &WavTail::finished);
    tail.start(dir.filePath(QStringLiteral("never.wav")), 10);
    QTest::qWait(40);
    EXPECT_TRUE(trouble.isEmpty()) << "late is not missing";
    tail.finish();
    ASSERT_EQ(trouble.size(), 1);
    EXPECT_TRUE(trouble.first().first().toString().contains(QStringLiteral("没有出现")));
    EXPECT_EQ(finished.size(), 1);
}

TEST(WavTail, HeaderParsing)
{
    EXPECT_FALSE(WavTail::parseHeader(QByteArrayLiteral("RIFF")).value().has_value()) << "too little yet";
    EXPECT_FALSE(WavTail::parseHeader(wavHeader(8000, 1, 16).left(30)).value().has_value());
    const auto plain =
        WavTail::parseHeader(wavHeader(16000, 1, 16, 1, 0, QByteArrayLiteral("PEAK\x03\x00\x00\x00xyz\x00")));
    ASSERT_TRUE(plain.ok()) << qPrintable(plain.error());
    ASSERT_TRUE(plain.value().has_value());
    EXPECT_EQ(plain.value()->sampleRate, 16000);
    EXPECT_EQ(plain.value()->dataOffset, 44 + 12) << "an odd-sized chunk is padded";

    // WAVE_FORMAT_EXTENSIBLE with the PCM subformat.
    QByteArray extensible = wavHeader(8000, 1, 16);
    extensible[20] = char(0xFE);
    extensible[21] = char(0xFF);
    QByteArray fmt = extensible.mid(20, 16);
    fmt += QByteArray::fromHex("1600"
                               "1000"
                               "04000000"
                               "0100000000001000800000aa00389b71");
    QByteArray full =
        extensible.left(12) + QByteArrayLiteral("fmt ") + QByteArray::fromHex("28000000") + fmt + extensible.mid(36);
    const auto parsed = WavTail::parseHeader(full);
    ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error());
    ASSERT_TRUE(parsed.value().has_value());
    EXPECT_EQ(parsed.value()->sampleRate, 8000);

    EXPECT_FALSE(WavTail::parseHeader(wavHeader(8000, 1, 8)).ok()) << "8-bit";
    EXPECT_FALSE(WavTail::parseHeader(wavHeader(8000, 6, 16)).ok()) << "six channels";
    EXPECT_FALSE(WavTail::parseHeader(QByteArrayLiteral("RIFF\0\0\0\0WAVEdata\0\0\0\0")).ok()) << "data before fmt";
}
