// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/SpeechSynthesis.h"
#include "training/TonePinyin.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sndfile.h>

#include <cmath>
#include <vector>

using namespace hotline;

namespace {

// The WAV read back with libsndfile, not through the code under test.
struct Wav {
    int rate = 0;
    int channels = 0;
    std::vector<short> samples;
    double seconds() const { return rate ? double(samples.size()) / rate : 0; }
    double rms(double from, double to) const
    {
        const size_t a = size_t(from * rate), b = std::min(samples.size(), size_t(to * rate));
        double sum = 0;
        for (size_t i = a; i < b; ++i)
            sum += double(samples[i]) * samples[i];
        return b > a ? std::sqrt(sum / double(b - a)) : 0;
    }
};

Wav readWav(const QString &path)
{
    SF_INFO info{};
    SNDFILE *file = sf_open(QFile::encodeName(path).constData(), SFM_READ, &info);
    Wav wav;
    if (!file)
        return wav;
    wav.rate = info.samplerate;
    wav.channels = info.channels;
    wav.samples.resize(size_t(info.frames * info.channels));
    sf_readf_short(file, wav.samples.data(), info.frames);
    sf_close(file);
    return wav;
}

bool haveEspeak()
{
    return SpeechSynthesis().check().ok();
}

} // namespace

TEST(TonePinyinTest, ToneMarksBecomeDigits)
{
    EXPECT_EQ(TonePinyin::withToneDigit(QStringLiteral("nǐ")), QStringLiteral("ni3"));
    EXPECT_EQ(TonePinyin::withToneDigit(QStringLiteral("xíng")), QStringLiteral("xing2"));
    EXPECT_EQ(TonePinyin::withToneDigit(QStringLiteral("lǜ")), QStringLiteral("lv4"));
    EXPECT_EQ(TonePinyin::withToneDigit(QStringLiteral("zhōng")), QStringLiteral("zhong1"));
    EXPECT_EQ(TonePinyin::withToneDigit(QStringLiteral("le")), QStringLiteral("le5"));
}

TEST(TonePinyinTest, NumbersAreReadAsACallerSaysThem)
{
    EXPECT_EQ(TonePinyin::numbersInWords(QStringLiteral("2019年5月")), QStringLiteral("二零一九年五月"));
    EXPECT_EQ(TonePinyin::numbersInWords(QStringLiteral("需40元")), QStringLiteral("需四十元"));
    EXPECT_EQ(TonePinyin::numbersInWords(QStringLiteral("15天")), QStringLiteral("十五天"));
    EXPECT_EQ(TonePinyin::numbersInWords(QStringLiteral("105户")), QStringLiteral("一百零五户"));
    EXPECT_EQ(TonePinyin::numbersInWords(QStringLiteral("2010人")), QStringLiteral("两千零一十人"));
    EXPECT_EQ(TonePinyin::numbersInWords(QStringLiteral("3.5米")), QStringLiteral("三点五米"));
    EXPECT_EQ(TonePinyin::numbersInWords(QStringLiteral("30%")), QStringLiteral("百分之三十"));
    EXPECT_EQ(TonePinyin::numbersInWords(QStringLiteral("13800138000")), QStringLiteral("一三八零零一三八零零零"));
}

TEST(TonePinyinTest, TheBuiltInTableReadsASentence)
{
    const auto pinyin = TonePinyin::builtIn();
    ASSERT_GT(pinyin->size(), 20000);
    EXPECT_EQ(pinyin->toPinyin(QStringLiteral("你好，B栋停水3天了。")), QStringLiteral("ni3 hao3, bi4 dong4 ting2 shui3 san1 tian1 le5."));
}

TEST(SpeechSynthesisTest, ThreeSentencesMakeOneWavTimedByTheVoice)
{
    if (!haveEspeak())
        GTEST_SKIP() << "espeak-ng with the cmn-latn-pinyin voice is not installed";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("call.wav"));
    const QStringList sentences{QStringLiteral("你好，我要反映一个问题。"), QStringLiteral("我家楼下的路灯坏了三个月了。"),
                                QStringLiteral("请尽快派人来修。")};
    SpeechSynthesis::Options options;
    options.pauseMs = 400;
    const Result<QList<TranscriptSentence>> timed = SpeechSynthesis(options).synthesize(sentences, path);
    ASSERT_TRUE(timed.ok()) << qPrintable(timed.error());
    ASSERT_EQ(timed.value().size(), 3);
    qint64 spoken = 0;
    for (qsizetype i = 0; i < 3; ++i) {
        const TranscriptSentence &s = timed.value().at(i);
        EXPECT_EQ(s.text, sentences.at(i));
        EXPECT_GT(s.endMs - s.startMs, 500) << i;
        if (i > 0) {
            EXPECT_EQ(s.startMs - timed.value().at(i - 1).endMs, 400) << i;
        }
        spoken += s.endMs - s.startMs;
    }
    EXPECT_EQ(timed.value().first().startMs, 0);
    const Wav wav = readWav(path);
    ASSERT_EQ(wav.channels, 1);
    // The file lasts the sentences and the two pauses, to the sample's rounding.
    EXPECT_NEAR(wav.seconds() * 1000, double(spoken + 800), 5.0);
    EXPECT_NEAR(wav.seconds() * 1000, double(timed.value().back().endMs), 5.0);
    // Speech in the sentences, silence in the pauses.
    const TranscriptSentence &second = timed.value().at(1);
    EXPECT_GT(wav.rms(second.startMs / 1000.0, second.endMs / 1000.0), 500.0);
    EXPECT_LT(wav.rms(timed.value().at(0).endMs / 1000.0 + 0.01, second.startMs / 1000.0 - 0.01), 1.0);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".part")));
}

TEST(SpeechSynthesisTest, AMissingProgramIsRefusedAndWritesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("call.wav"));
    SpeechSynthesis::Options options;
    options.program = dir.filePath(QStringLiteral("no-such-espeak"));
    const SpeechSynthesis synthesis(options);
    EXPECT_FALSE(synthesis.check().ok());
    const Result<QList<TranscriptSentence>> timed = synthesis.synthesize({QStringLiteral("你好。")}, path);
    ASSERT_FALSE(timed.ok());
    EXPECT_TRUE(timed.error().contains(QStringLiteral("no-such-espeak"))) << qPrintable(timed.error());
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".part")));
}

TEST(SpeechSynthesisTest, AFailingProgramLeavesTheOldFileAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("call.wav"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    SpeechSynthesis::Options options;
    options.program = QStringLiteral("false");
    const Result<QList<TranscriptSentence>> timed = SpeechSynthesis(options).synthesize({QStringLiteral("你好。")}, path);
    ASSERT_FALSE(timed.ok());
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), QByteArray("old"));
}

TEST(SpeechSynthesisTest, ASentenceWithNothingToReadIsRefused)
{
    QTemporaryDir dir;
    const Result<QList<TranscriptSentence>> timed = SpeechSynthesis().synthesize({QStringLiteral("！！")}, dir.filePath(QStringLiteral("x.wav")));
    ASSERT_FALSE(timed.ok());
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.wav"))));
}
