// SPDX-License-Identifier: GPL-3.0-or-later
// The waveform of a recording for the review player: min/max pairs per 32 ms block of both
// channels computed from a real stereo Ogg Opus file (the mixer's output), any coarser view
// aggregated from them, the silences where both sides are quiet, the cache beside the file
// (read back, refused when it does not read, recomputed), and a corrupt or truncated file
// reported with nothing cached. Also the week's sampling plan on a known case.
#include "RecordingAudio.h"
#include "recordings/SamplingPlan.h"
#include "recordings/StereoMixer.h"
#include "recordings/WaveformPeaks.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

using namespace hotline;
using namespace hotline::test;

namespace {

// The citizen (left): 440 Hz for 2 s, quiet 4 s, 440 Hz for 1 s. The operator (right): quiet
// 1 s, 1 kHz for 1.5 s, quiet to the end. Both are quiet from 2.5 s to 6 s.
QString knownCall(const QTemporaryDir &dir)
{
    const QString citizen = dir.filePath(QStringLiteral("received.wav"));
    const QString operatorSide = dir.filePath(QStringLiteral("sent.wav"));
    const QString output = dir.filePath(QStringLiteral("call.opus"));
    if (!writeStretchesWav(citizen, 8000, {{2.0, 440}, {4.0, 0}, {1.0, 440}})
        || !writeStretchesWav(operatorSide, 8000, {{1.0, 0}, {1.5, 1000}, {4.5, 0}}))
        return {};
    const Result<MixedRecording> mixed = StereoMixer::mix(citizen, operatorSide, output);
    return mixed ? output : QString();
}

} // namespace

TEST(WaveformPeaks, BlocksOfBothChannelsFromTheStereoFile)
{
    QTemporaryDir dir;
    const QString file = knownCall(dir);
    ASSERT_FALSE(file.isEmpty());
    const Result<WaveformPeaks> peaks = WaveformPeaks::compute(file, 7000);
    ASSERT_TRUE(peaks.ok()) << qPrintable(peaks.error());
    EXPECT_EQ(peaks.value().sampleRate(), 8000);
    EXPECT_EQ(peaks.value().blockFrames(), 256) << "32 ms at 8 kHz";
    EXPECT_NEAR(double(peaks.value().durationMs()), 7000.0, 60.0);
    EXPECT_EQ(peaks.value().blocks(), (peaks.value().frames() + 255) / 256);

    // Each second without its edges (a block straddles them): who spoke when.
    const bool citizenSpoke[7] = {true, true, false, false, false, false, true};
    const bool operatorSpoke[7] = {false, true, true, false, false, false, false};
    for (int s = 0; s < 7; ++s) {
        const QVector<PeakColumn> one = peaks.value().columns(s * 1000 + 100, s * 1000 + 900, 1);
        ASSERT_EQ(one.size(), 1);
        EXPECT_EQ(one[0].max[0] > 0.3f, citizenSpoke[s]) << "left, second " << s << ": " << one[0].max[0];
        EXPECT_EQ(one[0].max[1] > 0.3f, operatorSpoke[s]) << "right, second " << s << ": " << one[0].max[1];
        EXPECT_LT(std::max(one[0].max[0] * !citizenSpoke[s], one[0].max[1] * !operatorSpoke[s]), 0.01f) << "quiet is quiet, second " << s;
        if (citizenSpoke[s]) {
            EXPECT_NEAR(one[0].max[0], 0.5, 0.1) << "the tone's amplitude";
            EXPECT_NEAR(one[0].min[0], -0.5, 0.1);
        }
    }
    const QVector<PeakColumn> seconds = peaks.value().columns(0, 7000, 7);
    ASSERT_EQ(seconds.size(), 7);
    // A coarse column is exactly the extremes of the finer ones it covers (aggregated blocks).
    const QVector<PeakColumn> fine = peaks.value().columns(0, 7000, 700);
    for (int s = 0; s < 7; ++s)
        for (int c = 0; c < 2; ++c) {
            float high = -1, low = 1;
            for (int x = s * 100; x < (s + 1) * 100; ++x) {
                high = std::max(high, fine[x].max[c]);
                low = std::min(low, fine[x].min[c]);
            }
            EXPECT_FLOAT_EQ(high, seconds[s].max[c]);
            EXPECT_FLOAT_EQ(low, seconds[s].min[c]);
        }
    // Finer than a block: each column takes the block it falls in.
    const QVector<PeakColumn> zoomed = peaks.value().columns(0, 64, 64);
    EXPECT_FLOAT_EQ(zoomed[0].max[0], peaks.value().blockMax(0, 0));
    EXPECT_FLOAT_EQ(zoomed[40].max[0], peaks.value().blockMax(1, 0));
}

TEST(WaveformPeaks, SilencesWhereBothSidesAreQuiet)
{
    QTemporaryDir dir;
    const QString file = knownCall(dir);
    ASSERT_FALSE(file.isEmpty());
    const Result<WaveformPeaks> peaks = WaveformPeaks::compute(file);
    ASSERT_TRUE(peaks.ok()) << qPrintable(peaks.error());
    const QVector<SilenceSpan> spans = peaks.value().silences(2000);
    ASSERT_EQ(spans.size(), 1) << "only 2.5–6 s is quiet on both sides for 2 s or more";
    // Within two blocks (the codec rings a little after a tone stops).
    EXPECT_NEAR(double(spans[0].startMs), 2500.0, 70.0);
    EXPECT_NEAR(double(spans[0].endMs), 6000.0, 70.0);
    EXPECT_NEAR(double(peaks.value().silentMs(2000)), 3500.0, 140.0);
    EXPECT_TRUE(peaks.value().silences(4000).isEmpty()) << "no silence of 4 s";
    // The operator's quiet first second is not a silence: the citizen spoke.
    for (const SilenceSpan &span : peaks.value().silences(300))
        EXPECT_FALSE(span.startMs < 900 && span.endMs > 100) << span.startMs << "–" << span.endMs;
}

TEST(WaveformPeaks, CachedBesideTheRecordingAndRecomputedWhenItDoesNotRead)
{
    QTemporaryDir dir;
    const QString file = knownCall(dir);
    ASSERT_FALSE(file.isEmpty());
    const QString cache = WaveformPeaks::cachePathFor(file);
    const Result<WaveformPeaks> first = WaveformPeaks::forRecording(file);
    ASSERT_TRUE(first.ok()) << qPrintable(first.error());
    ASSERT_TRUE(QFile::exists(cache));
    EXPECT_LT(QFileInfo(cache).size(), 2000) << "8 bytes a block and a header";

    const Result<WaveformPeaks> loaded = WaveformPeaks::load(cache, QFileInfo(file).size());
    ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error());
    EXPECT_EQ(loaded.value().frames(), first.value().frames());
    ASSERT_EQ(loaded.value().blocks(), first.value().blocks());
    for (qint64 b = 0; b < first.value().blocks(); ++b)
        ASSERT_EQ(loaded.value().blockMax(b, 1), first.value().blockMax(b, 1));
    // A cache of another file (its size differs) does not read.
    EXPECT_FALSE(WaveformPeaks::load(cache, QFileInfo(file).size() + 1).ok());

    // A cache of another version, and one cut short, are recomputed and written again.
    for (const auto &spoil : {std::function<void(QByteArray &)>([](QByteArray &bytes) { bytes[4] = 99; }),
                              std::function<void(QByteArray &)>([](QByteArray &bytes) { bytes.chop(10); })}) {
        QFile out(cache);
        ASSERT_TRUE(out.open(QIODevice::ReadWrite));
        QByteArray bytes = out.readAll();
        spoil(bytes);
        out.resize(0);
        out.seek(0);
        out.write(bytes);
        out.close();
        EXPECT_FALSE(WaveformPeaks::load(cache, QFileInfo(file).size()).ok());
        const Result<WaveformPeaks> again = WaveformPeaks::forRecording(file);
        ASSERT_TRUE(again.ok()) << qPrintable(again.error());
        EXPECT_EQ(again.value().blocks(), first.value().blocks());
        EXPECT_TRUE(WaveformPeaks::load(cache, QFileInfo(file).size()).ok()) << "written again";
    }
}

TEST(WaveformPeaks, CorruptOrTruncatedRecordingIsReportedAndNothingCached)
{
    QTemporaryDir dir;
    const QString file = knownCall(dir);
    ASSERT_FALSE(file.isEmpty());
    QFile good(file);
    ASSERT_TRUE(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();

    const QString garbage = dir.filePath(QStringLiteral("garbage.opus"));
    QFile out(garbage);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QByteArray(4096, '\x5a'));
    out.close();
    const Result<WaveformPeaks> corrupt = WaveformPeaks::forRecording(garbage, 7000);
    ASSERT_FALSE(corrupt.ok());
    EXPECT_TRUE(corrupt.error().contains(garbage)) << qPrintable(corrupt.error());
    EXPECT_FALSE(QFile::exists(WaveformPeaks::cachePathFor(garbage)));

    const QString cut = dir.filePath(QStringLiteral("cut.opus"));
    QFile half(cut);
    ASSERT_TRUE(half.open(QIODevice::WriteOnly));
    half.write(bytes.left(bytes.size() / 2));
    half.close();
    const Result<WaveformPeaks> truncated = WaveformPeaks::forRecording(cut, 7000);
    ASSERT_FALSE(truncated.ok()) << "half of a 7 s call";
    EXPECT_TRUE(truncated.error().contains(cut)) << qPrintable(truncated.error());
    EXPECT_FALSE(QFile::exists(WaveformPeaks::cachePathFor(cut)));

    const QString missing = dir.filePath(QStringLiteral("none.opus"));
    EXPECT_FALSE(WaveformPeaks::forRecording(missing).ok());
}

TEST(SamplingPlan, SpreadEvenlyQuotasWithMinimumRestRandomAndDeterministic)
{
    // Operator "a" made 10 calls in the week, "b" 3, "r2" (also a reviewer) 4.
    QVector<SampledCall> calls;
    const QDateTime monday(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < 10; ++i)
        calls.append({QStringLiteral("a%1").arg(i), QStringLiteral("a"), monday.addSecs(i * 36000)});
    for (int i = 0; i < 3; ++i)
        calls.append({QStringLiteral("b%1").arg(i), QStringLiteral("b"), monday.addSecs(i * 90000)});
    for (int i = 0; i < 4; ++i)
        calls.append({QStringLiteral("r%1").arg(i), QStringLiteral("r2"), monday.addSecs(i * 3600)});
    // r1: two calls of each operator; r2: 20 % with at least two.
    const QVector<ReviewQuota> quotas{{QStringLiteral("r1"), 2, 0, 0}, {QStringLiteral("r2"), 0, 0.2, 2}};
    EXPECT_EQ(quotas[1].wantedOf(10), 2);
    EXPECT_EQ(quotas[1].wantedOf(3), 2) << "the minimum";
    EXPECT_EQ(quotas[1].wantedOf(30), 6);

    const QVector<SampleAssignment> plan = SamplingPlan::assign(calls, quotas, 49);
    QMap<QString, QStringList> byReviewerAndOperator;
    QSet<QString> seen;
    for (const SampleAssignment &a : plan) {
        byReviewerAndOperator[a.reviewer + u'/' + a.operatorLogin].append(a.recording);
        EXPECT_FALSE(seen.contains(a.recording)) << "one reviewer a call";
        seen.insert(a.recording);
        EXPECT_TRUE(a.recording.startsWith(a.operatorLogin.left(1)));
    }
    // a: 4 wanted, the 10 calls cut into [0,2) [2,5) [5,7) [7,10), dealt r1, r2, r1, r2.
    ASSERT_EQ(byReviewerAndOperator.value(QStringLiteral("r1/a")).size(), 2);
    ASSERT_EQ(byReviewerAndOperator.value(QStringLiteral("r2/a")).size(), 2);
    const auto index = [](const QString &id) { return id.mid(1).toInt(); };
    const QStringList r1a = byReviewerAndOperator.value(QStringLiteral("r1/a"));
    const QStringList r2a = byReviewerAndOperator.value(QStringLiteral("r2/a"));
    EXPECT_LT(index(r1a[0]), 2);
    EXPECT_TRUE(index(r2a[0]) >= 2 && index(r2a[0]) < 5) << qPrintable(r2a[0]);
    EXPECT_TRUE(index(r1a[1]) >= 5 && index(r1a[1]) < 7) << qPrintable(r1a[1]);
    EXPECT_GE(index(r2a[1]), 7);
    // b: 2 + 2 wanted of 3 calls: the first of the largest gives one up; every call is heard.
    EXPECT_EQ(byReviewerAndOperator.value(QStringLiteral("r1/b")), QStringList{QStringLiteral("b0")});
    EXPECT_EQ(byReviewerAndOperator.value(QStringLiteral("r2/b")), (QStringList{QStringLiteral("b1"), QStringLiteral("b2")}));
    // r2 never reviews their own calls: r1 gets its two, spread over the two halves.
    EXPECT_TRUE(byReviewerAndOperator.value(QStringLiteral("r2/r2")).isEmpty());
    const QStringList r1r2 = byReviewerAndOperator.value(QStringLiteral("r1/r2"));
    ASSERT_EQ(r1r2.size(), 2);
    EXPECT_LT(index(r1r2[0]), 2);
    EXPECT_GE(index(r1r2[1]), 2);
    EXPECT_EQ(plan.size(), 4 + 3 + 2);

    // The same calls in another order and the same seed: the same plan.
    QVector<SampledCall> shuffled(calls.rbegin(), calls.rend());
    EXPECT_EQ(SamplingPlan::assign(shuffled, quotas, 49), plan);
    // Another seed draws other calls within the same stretches (at least one of several).
    bool differs = false;
    for (quint64 seed = 1; seed < 6 && !differs; ++seed)
        differs = SamplingPlan::assign(calls, quotas, seed) != plan;
    EXPECT_TRUE(differs);
    EXPECT_TRUE(SamplingPlan::assign(calls, {}, 49).isEmpty());
}
