// SPDX-License-Identifier: GPL-3.0-or-later
// The simulation's timed transcript: sentences said at their times, lines growing before
// them, through the same transcript model the panel shows.
#include "telephony/TimedTranscript.h"
#include "itemmodels/TranscriptModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace hotline;

TEST(TimedTranscript, SaysItsSentencesInOrderWithLinesGrowingBeforeThem)
{
    TimedTranscript transcript({
        {QStringLiteral("喂，你好。"), -1, 0, true},       // at once, without a growing line
        {QStringLiteral("我要反映噪音。"), 20, 160, true}, // grows from 20 ms on
        {QStringLiteral("就在小区门口。"), 180, 200, true},
    });
    TranscriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(&transcript);
    QStringList events;
    QObject::connect(&transcript, &TranscriptSource::partial, &model,
                     [&](const QString &text) { events.append(QStringLiteral("partial ") + text); });
    QObject::connect(&transcript, &TranscriptSource::sentence, &model,
                     [&](const TranscriptSentence &s) { events.append(QStringLiteral("sentence ") + s.text); });
    QSignalSpy finished(&transcript, &TranscriptSource::finished);

    transcript.start(QStringLiteral("sim-1"));
    EXPECT_TRUE(transcript.isRunning());
    ASSERT_EQ(model.rowCount(), 1) << "the sentence due at 0 ms is said at once";
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_FALSE(transcript.isRunning());

    const QStringList expected = {
        QStringLiteral("sentence 喂，你好。"),
        QStringLiteral("partial 我"),
        QStringLiteral("partial 我要"),
        QStringLiteral("partial 我要反"),
        QStringLiteral("partial 我要反映"),
        QStringLiteral("partial 我要反映噪"),
        QStringLiteral("partial 我要反映噪音"),
        QStringLiteral("sentence 我要反映噪音。"),
        QStringLiteral("partial 就"),
        QStringLiteral("partial 就在"),
        QStringLiteral("partial 就在小"),
        QStringLiteral("partial 就在小区"),
        QStringLiteral("partial 就在小区门"),
        QStringLiteral("partial 就在小区门口"),
        QStringLiteral("sentence 就在小区门口。"),
    };
    EXPECT_EQ(events, expected);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.callId(), QStringLiteral("sim-1"));
    EXPECT_EQ(model.index(1).data(TranscriptModel::OffsetMsRole).toLongLong(), 20) << "the sentence's start";
    EXPECT_EQ(model.index(2).data().toString(), QStringLiteral("00:00  就在小区门口。"));
    EXPECT_TRUE(model.partial().isEmpty());
    EXPECT_FALSE(model.isLive());

    // Again from the start: the model starts over with the new call.
    transcript.start(QStringLiteral("sim-2"));
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.callId(), QStringLiteral("sim-2"));
    transcript.stop();
    EXPECT_EQ(finished.size(), 2);
    EXPECT_FALSE(transcript.isRunning());
    QTest::qWait(250);
    EXPECT_EQ(model.rowCount(), 1) << "nothing more after stop()";
}

TEST(TranscriptModel, TimeIntoTheCall)
{
    EXPECT_EQ(TranscriptModel::offsetText(0), QStringLiteral("00:00"));
    EXPECT_EQ(TranscriptModel::offsetText(61999), QStringLiteral("01:01"));
    EXPECT_EQ(TranscriptModel::offsetText(3723000), QStringLiteral("1:02:03"));
}
