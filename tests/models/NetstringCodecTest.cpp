// SPDX-License-Identifier: GPL-3.0-or-later
// The netstring framing of baresip's ctrl_tcp: messages come back whole however the stream is
// cut, a stream that breaks the framing stops the decoder with a located error, and no bytes
// at all can make it crash or hand out a message that was not sent.
#include "telephony/NetstringCodec.h"

#include <gtest/gtest.h>

#include <random>

using namespace hotline;

TEST(NetstringCodec, EncodesAndDecodesWholeAndInPieces)
{
    EXPECT_EQ(NetstringCodec::encode("hello world!"), QByteArray("12:hello world!,"));
    EXPECT_EQ(NetstringCodec::encode({}), QByteArray("0:,"));
    const QList<QByteArray> sent{"{\"event\":true,\"type\":\"CALL_INCOMING\"}", {}, "a:b,c", QByteArray("\0\xff,", 3),
                                 QStringLiteral("张三").toUtf8()};
    QByteArray stream;
    for (const QByteArray &message : sent)
        stream += NetstringCodec::encode(message);

    NetstringCodec whole;
    const NetstringCodec::Decoded all = whole.feed(stream);
    EXPECT_TRUE(all.error.isEmpty()) << qPrintable(all.error);
    EXPECT_EQ(all.messages, sent);
    EXPECT_EQ(whole.pending(), 0);

    // Byte by byte: nothing comes out early, everything comes out once.
    NetstringCodec bytewise;
    QList<QByteArray> received;
    for (char byte : stream) {
        const NetstringCodec::Decoded piece = bytewise.feed(QByteArray(1, byte));
        ASSERT_TRUE(piece.error.isEmpty()) << qPrintable(piece.error);
        received += piece.messages;
    }
    EXPECT_EQ(received, sent);

    // A message cut before its ',' waits for it.
    NetstringCodec cut;
    EXPECT_TRUE(cut.feed("5:hello").messages.isEmpty());
    EXPECT_EQ(cut.pending(), 7);
    EXPECT_EQ(cut.feed(",3:abc,1").messages, (QList<QByteArray>{"hello", "abc"}));
    EXPECT_EQ(cut.pending(), 1);
}

TEST(NetstringCodec, GarbageStopsTheStreamWithAReason)
{
    struct Case {
        QByteArray bytes;
        QString says;
    };
    const Case cases[] = {
        {"GET / HTTP/1.1\r\n", QStringLiteral("GET / HTTP/1.1")}, // not a length at all
        {"12x", QStringLiteral("缺少“:”")},
        {"3:abcd,", QStringLiteral("缺少“,”")},
        {"01:a,", QStringLiteral("以 0 开头")},
        {"99999999:", QStringLiteral("超过上限")},
        {"2000000:", QStringLiteral("超过上限")}, // a length within digits but over the limit
        {"-1:a,", QStringLiteral("应是消息长度")},
    };
    for (const Case &bad : cases) {
        NetstringCodec codec;
        const NetstringCodec::Decoded decoded = codec.feed(bad.bytes);
        EXPECT_TRUE(decoded.messages.isEmpty()) << bad.bytes.constData();
        EXPECT_TRUE(decoded.error.contains(bad.says)) << bad.bytes.constData() << " -> " << qPrintable(decoded.error);
        EXPECT_TRUE(codec.failed());
        // Stopped for good: even a good message is not taken from a broken stream.
        EXPECT_FALSE(codec.feed("2:ok,").error.isEmpty());
        codec.reset();
        EXPECT_EQ(codec.feed("2:ok,").messages, QList<QByteArray>{"ok"});
    }

    // The messages before the fault are still handed out, and the fault says where it is.
    NetstringCodec codec;
    const NetstringCodec::Decoded decoded = codec.feed("2:ok,3:abc,x");
    EXPECT_EQ(decoded.messages, (QList<QByteArray>{"ok", "abc"}));
    EXPECT_TRUE(decoded.error.contains(QStringLiteral("第 11 字节"))) << qPrintable(decoded.error);
}

TEST(NetstringCodec, RandomBytesNeverCrashAndNeverInventMessages)
{
    std::mt19937 random(20240613);
    std::uniform_int_distribution<int> byteOf(0, 255);
    std::uniform_int_distribution<int> lengthOf(0, 64);
    int streamsWithMessages = 0;
    int streamsWithFaults = 0;
    for (int round = 0; round < 3000; ++round) {
        // Half the rounds are pure noise, half are real messages with noise spliced in, so both
        // the fault paths and the message paths are walked.
        QByteArray stream;
        QList<QByteArray> sent;
        const bool noise = round % 2 == 0;
        const int parts = 1 + round % 5;
        for (int part = 0; part < parts; ++part) {
            QByteArray payload;
            for (int i = lengthOf(random); i > 0; --i)
                payload += char(byteOf(random));
            if (noise) {
                stream += payload;
            } else {
                sent.append(payload);
                stream += NetstringCodec::encode(payload);
            }
        }
        if (!noise && round % 4 == 1 && !stream.isEmpty())
            stream[qsizetype(random() % stream.size())] = char(byteOf(random)); // one byte spoilt

        // Cut into random pieces: the same as fed whole.
        NetstringCodec whole;
        const NetstringCodec::Decoded all = whole.feed(stream);
        NetstringCodec pieces;
        QList<QByteArray> received;
        QString error;
        for (qsizetype at = 0; at < stream.size();) {
            const qsizetype size = 1 + qsizetype(random() % 9);
            const NetstringCodec::Decoded piece = pieces.feed(stream.mid(at, size));
            received += piece.messages;
            if (!piece.error.isEmpty()) {
                error = piece.error;
                break;
            }
            at += size;
        }
        ASSERT_EQ(received, all.messages) << "round " << round;
        ASSERT_EQ(error.isEmpty(), all.error.isEmpty()) << "round " << round;

        // What came out is exactly what the stream's well-framed prefix held.
        QByteArray again;
        for (const QByteArray &message : all.messages)
            again += NetstringCodec::encode(message);
        ASSERT_TRUE(stream.startsWith(again)) << "round " << round;
        if (!noise && round % 4 != 1) {
            ASSERT_EQ(all.messages, sent) << "round " << round;
            ASSERT_TRUE(all.error.isEmpty()) << "round " << round;
        }
        streamsWithMessages += all.messages.isEmpty() ? 0 : 1;
        streamsWithFaults += all.error.isEmpty() ? 0 : 1;
    }
    // Both kinds of stream were really exercised.
    EXPECT_GT(streamsWithMessages, 500);
    EXPECT_GT(streamsWithFaults, 500);
}
