// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/SentenceCutter.h"

#include <gtest/gtest.h>

using namespace hotline;

TEST(SentenceCutterTest, DropsWhatNobodySaysAndKeepsNumbers)
{
    const QString text = QStringLiteral("小区停水3天了！！！详见 https://example.com/a?b=1 😡😡 请尽快处理……【急】电话 010-12345678");
    const QString spoken = SentenceCutter::speakable(text);
    EXPECT_FALSE(spoken.contains(QStringLiteral("http")));
    EXPECT_FALSE(spoken.contains(QStringLiteral("example")));
    EXPECT_FALSE(spoken.contains(QStringLiteral("😡")));
    EXPECT_FALSE(spoken.contains(QStringLiteral("！！")));
    EXPECT_FALSE(spoken.contains(QStringLiteral("【")));
    EXPECT_TRUE(spoken.contains(QStringLiteral("停水3天了！"))) << qPrintable(spoken);
    EXPECT_TRUE(spoken.contains(QStringLiteral("010-12345678"))) << qPrintable(spoken);
    EXPECT_TRUE(spoken.contains(QStringLiteral("急"))) << qPrintable(spoken);
}

TEST(SentenceCutterTest, CutsAtSentenceMarksAndLongSentencesAtCommas)
{
    const QString text = QStringLiteral("你好。我家楼下的路灯坏了三个月了，晚上出门很不方便，老人孩子经常摔倒，物业说不归他们管，社区也说管不了，"
                                        "我们不知道该找谁？请帮帮忙；谢谢");
    const QStringList sentences = SentenceCutter::cut(text);
    ASSERT_GE(sentences.size(), 4);
    EXPECT_EQ(sentences.first(), QStringLiteral("你好。"));
    for (const QString &sentence : sentences)
        EXPECT_LE(sentence.size(), SentenceCutter::kMaxChars) << qPrintable(sentence);
    EXPECT_EQ(sentences.join(QString()), SentenceCutter::speakable(text));
    // "谢谢" is too short to stand alone: it joins the sentence before.
    EXPECT_EQ(sentences.back(), QStringLiteral("请帮帮忙；谢谢"));
}

TEST(SentenceCutterTest, ANumberIsNeverCutInTwo)
{
    const QString text = QStringLiteral("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八1234567890123456");
    const QStringList sentences = SentenceCutter::cut(text, 40);
    ASSERT_EQ(sentences.size(), 2);
    EXPECT_EQ(sentences.at(1), QStringLiteral("1234567890123456"));
}

TEST(SentenceCutterTest, NothingToSayGivesNoSentence)
{
    EXPECT_TRUE(SentenceCutter::cut(QStringLiteral("！！！😀 https://a.b/c")).isEmpty());
}

TEST(SentenceCutterTest, TimesLayOutSentencesWithPauses)
{
    const QStringList sentences{QStringLiteral("你好。"), QStringLiteral("我要反映一个问题。")};
    const QList<TranscriptSentence> timed = SentenceCutter::timed(sentences, {800, 2000}, 400, 100);
    ASSERT_EQ(timed.size(), 2);
    EXPECT_EQ(timed.at(0).startMs, 100);
    EXPECT_EQ(timed.at(0).endMs, 900);
    EXPECT_EQ(timed.at(1).startMs, 1300);
    EXPECT_EQ(timed.at(1).endMs, 3300);
    EXPECT_TRUE(SentenceCutter::timed(sentences, {800}).isEmpty());
    EXPECT_TRUE(SentenceCutter::timed(sentences, {800, -1}).isEmpty());
}

TEST(SentenceCutterTest, WithoutAudioTheSpeakingRateGivesTheTimes)
{
    // 9 characters at 4.5/s: 2 s; the marks take no time.
    EXPECT_EQ(SentenceCutter::spokenMs(QStringLiteral("我要反映一个问题啊。")), 2000);
    const QList<TranscriptSentence> timed = SentenceCutter::timedAtRate({QStringLiteral("我要反映一个问题啊。"), QStringLiteral("好。")});
    ASSERT_EQ(timed.size(), 2);
    EXPECT_EQ(timed.at(0).endMs, 2000);
    EXPECT_EQ(timed.at(1).startMs, 2400);
    // One character would take 222 ms; no sentence is shorter than 300 ms.
    EXPECT_EQ(timed.at(1).endMs, 2400 + 300);
}
