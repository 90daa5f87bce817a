// SPDX-License-Identifier: GPL-3.0-or-later
// Call recordings on the desk: two known mono files become one stereo Ogg Opus file with the
// citizen on the left and the operator on the right; the row, its file and its orders are
// stored together or not at all; uploaded files go after the retention period, others never.
#include "RecordingAudio.h"
#include "recordings/CallRecorder.h"
#include "recordings/RecordingFiles.h"
#include "recordings/RecordingRepository.h"
#include "recordings/StereoMixer.h"
#include "store/LocalStore.h"
#include "core/Backoff.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

// Opus codes 20 ms frames and libsndfile reports the last one whole: a little longer at most.
constexpr double lengthSlackSeconds = 0.06;

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files);
}

} // namespace

TEST(StereoMixer, CitizenLeftOperatorRightAlignedAtTheStartPaddedToTheLonger)
{
    QTemporaryDir dir;
    const QString citizen = dir.filePath(QStringLiteral("received.wav"));
    const QString operatorSide = dir.filePath(QStringLiteral("sent.wav"));
    ASSERT_TRUE(writeToneWav(citizen, 8000, 3.0, 440));
    ASSERT_TRUE(writeToneWav(operatorSide, 8000, 2.0, 1000));
    const QString output = dir.filePath(QStringLiteral("call.opus"));
    const Result<MixedRecording> mixed = StereoMixer::mix(citizen, operatorSide, output);
    ASSERT_TRUE(mixed.ok()) << qPrintable(mixed.error());
    EXPECT_EQ(mixed.value().sampleRate, 8000) << "phone audio stays at 8 kHz";
    EXPECT_EQ(mixed.value().frames, 24000) << "the longer side's length";
    EXPECT_EQ(mixed.value().durationMs, 3000);
    EXPECT_EQ(mixed.value().bytes, QFileInfo(output).size());
    EXPECT_FALSE(QFile::exists(output + QStringLiteral(".part")));

    const StereoAudio audio = readStereo(output);
    ASSERT_EQ(audio.channels, 2);
    ASSERT_EQ(audio.sampleRate, 8000);
    EXPECT_GE(audio.frames(), 24000);
    EXPECT_LE(audio.frames(), 24000 + lengthSlackSeconds * 8000);
    // The citizen's 440 Hz on the left all along; the operator's 1 kHz on the right for two
    // seconds, then the silence it was padded with.
    EXPECT_GT(StereoAudio::rms(audio.left, 8000, 0.1, 2.9), 0.2);
    EXPECT_GT(StereoAudio::rms(audio.right, 8000, 0.1, 1.9), 0.2);
    // Apart: nothing of the citizen leaks into the operator's padded silence (at 12 kbit/s a
    // channel Opus narrows the stereo image and this was 0.018).
    EXPECT_LT(StereoAudio::rms(audio.right, 8000, 2.1, 2.9), 0.001);
    EXPECT_NEAR(StereoAudio::crossingsPerSecond(audio.left, 8000, 0.2, 2.8), 880, 40);
    EXPECT_NEAR(StereoAudio::crossingsPerSecond(audio.right, 8000, 0.2, 1.8), 2000, 80);
}

TEST(StereoMixer, TwoRatesAreBroughtToOneOpusTakes)
{
    QTemporaryDir dir;
    const QString citizen = dir.filePath(QStringLiteral("received.wav"));
    const QString operatorSide = dir.filePath(QStringLiteral("sent.wav"));
    ASSERT_TRUE(writeToneWav(citizen, 16000, 1.0, 440));  // G.722
    ASSERT_TRUE(writeToneWav(operatorSide, 44100, 1.5, 1000)); // a headset's rate Opus does not take
    const QString output = dir.filePath(QStringLiteral("call.opus"));
    const Result<MixedRecording> mixed = StereoMixer::mix(citizen, operatorSide, output);
    ASSERT_TRUE(mixed.ok()) << qPrintable(mixed.error());
    EXPECT_EQ(mixed.value().sampleRate, 48000);
    EXPECT_EQ(mixed.value().frames, 72000);
    const StereoAudio audio = readStereo(output);
    ASSERT_EQ(audio.sampleRate, 48000);
    EXPECT_LE(audio.frames(), 72000 + lengthSlackSeconds * 48000);
    EXPECT_NEAR(StereoAudio::crossingsPerSecond(audio.left, 48000, 0.1, 0.9), 880, 40);
    EXPECT_LT(StereoAudio::rms(audio.left, 48000, 1.1, 1.4), 0.001);
    EXPECT_NEAR(StereoAudio::crossingsPerSecond(audio.right, 48000, 0.1, 1.4), 2000, 80);
    EXPECT_EQ(StereoMixer::outputRate(8000), 8000);
    EXPECT_EQ(StereoMixer::outputRate(11025), 12000);
    EXPECT_EQ(StereoMixer::outputRate(96000), 48000);
}

TEST(StereoMixer, AMissingCorruptOrEmptyInputIsAClearErrorAndLeavesNothing)
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.wav"));
    ASSERT_TRUE(writeToneWav(good, 8000, 1.0, 440));
    const QString output = dir.filePath(QStringLiteral("call.opus"));

    const Result<MixedRecording> missing = StereoMixer::mix(dir.filePath(QStringLiteral("gone.wav")), good, output);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().contains(QStringLiteral("gone.wav"))) << qPrintable(missing.error());

    const QString corrupt = dir.filePath(QStringLiteral("corrupt.wav"));
    QFile garbage(corrupt);
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray("RIFF\x10\0\0\0WAVEjunkjunkjunk", 24));
    garbage.close();
    const Result<MixedRecording> broken = StereoMixer::mix(good, corrupt, output);
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().contains(QStringLiteral("corrupt.wav"))) << qPrintable(broken.error());

    const QString empty1 = dir.filePath(QStringLiteral("empty1.wav"));
    const QString empty2 = dir.filePath(QStringLiteral("empty2.wav"));
    ASSERT_TRUE(writeToneWav(empty1, 8000, 0.0, 440));
    ASSERT_TRUE(writeToneWav(empty2, 8000, 0.0, 440));
    const Result<MixedRecording> silent = StereoMixer::mix(empty1, empty2, output);
    ASSERT_FALSE(silent.ok());
    EXPECT_TRUE(silent.error().contains(QStringLiteral("空"))) << qPrintable(silent.error());

    EXPECT_EQ(filesIn(dir.path()), (QStringList{QStringLiteral("corrupt.wav"), QStringLiteral("empty1.wav"), QStringLiteral("empty2.wav"),
                                                QStringLiteral("good.wav")}))
        << "no output and no half-written file";
}

TEST(RecordingFiles, IdsAreUuidsAndNothingElse)
{
    EXPECT_TRUE(RecordingFiles::isRecordingId(QStringLiteral("0f8c2f4e-1f7a-4c1e-9a55-2b7f7d3e9a10")));
    for (const char *bad : {"", "../../etc/passwd", "0F8C2F4E-1F7A-4C1E-9A55-2B7F7D3E9A10", "{0f8c2f4e-1f7a-4c1e-9a55-2b7f7d3e9a10}",
                            "0f8c2f4e-1f7a-4c1e-9a55-2b7f7d3e9a10/..", "0f8c2f4e1f7a4c1e9a552b7f7d3e9a10"})
        EXPECT_FALSE(RecordingFiles::isRecordingId(QString::fromLatin1(bad))) << bad;
}

TEST(Backoff, DoublesToItsCeilingAndStartsOverAfterASuccess)
{
    Backoff backoff(1000, 60000);
    QList<int> waits;
    for (int i = 0; i < 9; ++i)
        waits.append(backoff.failed());
    EXPECT_EQ(waits, (QList<int>{1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000}));
    backoff.succeeded();
    EXPECT_EQ(backoff.failed(), 1000);
}

namespace {
class RecordingRepositoryTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Result<std::unique_ptr<LocalStore>> opened = LocalStore::open(dir.filePath(QStringLiteral("desk.sqlite")));
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
        store = std::move(opened).value();
        repository = std::make_unique<RecordingRepository>(*store);
    }
    int rows(const char *sql) const
    {
        QSqlQuery query(store->database());
        return query.exec(QString::fromLatin1(sql)) && query.next() ? query.value(0).toInt() : -1;
    }

    QTemporaryDir dir;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<RecordingRepository> repository;
};
} // namespace

TEST_F(RecordingRepositoryTest, ACallIsMixedHashedAndStoredWithItsOrdersOnce)
{
    const PhoneCall call = recordedCall(dir.path());
    const Result<Recording> recorded = repository->record(call, {QStringLiteral("2600000001")});
    ASSERT_TRUE(recorded.ok()) << qPrintable(recorded.error());
    const Recording &r = recorded.value();
    EXPECT_TRUE(QFile::exists(r.path));
    EXPECT_TRUE(r.path.startsWith(dir.filePath(QStringLiteral("recordings/")))) << "beside the store";
    EXPECT_EQ(r.sha256, RecordingFiles::sha256(r.path).value());
    EXPECT_EQ(r.bytes, QFileInfo(r.path).size());
    EXPECT_EQ(r.durationMs, 3000);
    EXPECT_EQ(r.callerNumber, QStringLiteral("13912345678"));
    EXPECT_EQ(r.status, Recording::Status::Recorded);
    EXPECT_FALSE(QFile::exists(call.sentAudio)) << "the mono copies of the caller's voice go";
    EXPECT_FALSE(QFile::exists(call.receivedAudio));

    const std::optional<Recording> found = repository->find(r.id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->orders, QStringList{QStringLiteral("2600000001")});
    EXPECT_EQ(found->sha256, r.sha256);
    EXPECT_EQ(found->startedAt, call.answeredAt);
    ASSERT_EQ(repository->pendingUpload().size(), 1);

    // The same call again (a retry after a crash): the same recording, not a second one.
    const Result<Recording> again = repository->record(call);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().id, r.id);
    EXPECT_EQ(rows("SELECT count(*) FROM recordings"), 1);
}

TEST_F(RecordingRepositoryTest, AFailedStoreLeavesNoRowNoFileAndKeepsTheSources)
{
    QSqlQuery(store->database()).exec(QStringLiteral(
        "CREATE TRIGGER refuse_links BEFORE INSERT ON recording_orders BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"));
    const PhoneCall call = recordedCall(dir.path());
    const Result<Recording> recorded = repository->record(call, {QStringLiteral("2600000001")});
    ASSERT_FALSE(recorded.ok());
    EXPECT_TRUE(recorded.error().contains(QStringLiteral("refused for the test"))) << qPrintable(recorded.error());
    EXPECT_EQ(rows("SELECT count(*) FROM recordings"), 0) << "the row went with the link: one transaction";
    EXPECT_TRUE(filesIn(repository->directory()).isEmpty()) << "and the mixed file with them";
    EXPECT_TRUE(QFile::exists(call.sentAudio)) << "the sources stay for another try";
    EXPECT_TRUE(QFile::exists(call.receivedAudio));
}

TEST_F(RecordingRepositoryTest, OrdersFiledAfterHangUpAreLinkedLaterAndSentAfterTheUpload)
{
    const Recording r = repository->record(recordedCall(dir.path()), {QStringLiteral("2600000001")}).value();
    ASSERT_TRUE(repository->linkCall(r.callId, QStringLiteral("2600000002")).ok());
    ASSERT_TRUE(repository->link(r.id, QStringLiteral("2600000002")).ok()) << "linking twice is once";
    EXPECT_FALSE(repository->linkCall(QStringLiteral("no-such-call"), QStringLiteral("2600000003")).ok());
    EXPECT_EQ(repository->find(r.id)->orders, (QStringList{QStringLiteral("2600000001"), QStringLiteral("2600000002")}));
    EXPECT_TRUE(repository->unsentLinks().isEmpty()) << "links go with the upload";

    ASSERT_TRUE(repository->markUploaded(r.id, {QStringLiteral("2600000001"), QStringLiteral("2600000002")}).ok());
    EXPECT_TRUE(repository->pendingUpload().isEmpty());
    ASSERT_TRUE(repository->linkCall(r.callId, QStringLiteral("2600000003")).ok());
    const auto unsent = repository->unsentLinks();
    ASSERT_EQ(unsent.size(), 1);
    EXPECT_EQ(unsent.first().first, r.id);
    EXPECT_EQ(unsent.first().second, QStringList{QStringLiteral("2600000003")});
    ASSERT_TRUE(repository->markLinksSent(r.id, {QStringLiteral("2600000003")}).ok());
    EXPECT_TRUE(repository->unsentLinks().isEmpty());
}

TEST_F(RecordingRepositoryTest, RetentionDeletesOnlyUploadedFilesPastTheirDays)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Recording old = repository->record(recordedCall(dir.path(), 1, 1, 8000, now.addDays(-10))).value();
    const Recording recent = repository->record(recordedCall(dir.path(), 1, 1, 8000, now.addDays(-1))).value();
    const Recording notSent = repository->record(recordedCall(dir.path(), 1, 1, 8000, now.addDays(-30))).value();
    ASSERT_TRUE(repository->markUploaded(old.id, {}).ok());
    ASSERT_TRUE(repository->markUploaded(recent.id, {}).ok());
    ASSERT_TRUE(repository->setProgress(notSent.id, 100).ok());

    EXPECT_EQ(repository->retentionDays(), RecordingRepository::defaultRetentionDays);
    EXPECT_FALSE(repository->setRetentionDays(-1).ok());
    EXPECT_FALSE(repository->setRetentionDays(RecordingRepository::maxRetentionDays + 1).ok());
    ASSERT_TRUE(repository->setRetentionDays(7).ok());
    const Result<int> swept = repository->sweep(now);
    ASSERT_TRUE(swept.ok()) << qPrintable(swept.error());
    EXPECT_EQ(swept.value(), 1);
    EXPECT_FALSE(QFile::exists(old.path));
    EXPECT_TRUE(repository->find(old.id)->fileDeleted);
    EXPECT_EQ(repository->find(old.id)->sha256, old.sha256) << "the row stays";
    EXPECT_TRUE(QFile::exists(recent.path));
    EXPECT_TRUE(QFile::exists(notSent.path)) << "never one the centre does not have, however old";
    EXPECT_EQ(repository->sweep(now).value(), 0);

    ASSERT_TRUE(repository->setRetentionDays(0).ok());
    EXPECT_EQ(repository->sweep(now).value(), 1);
    EXPECT_FALSE(QFile::exists(recent.path));
    EXPECT_TRUE(QFile::exists(notSent.path));
}

TEST_F(RecordingRepositoryTest, TheRecorderMixesOffTheEventLoopAndLinksOrdersFiledMeanwhile)
{
    CallRecorder recorder(*store);
    QSignalSpy recorded(&recorder, &CallRecorder::recorded);
    QSignalSpy failed(&recorder, &CallRecorder::failed);
    const PhoneCall call = recordedCall(dir.path(), 20, 15);
    recorder.callEnded(call, {QStringLiteral("2600000001")});
    EXPECT_EQ(recorder.inProgress(), 1) << "callEnded returns before the mixing is done";
    recorder.callEnded(call); // the same call again: one recording
    ASSERT_TRUE(recorder.link(call.id, QStringLiteral("2600000002")).ok()) << "an order filed while it is mixed";
    ASSERT_TRUE(recorded.wait(30000));
    EXPECT_EQ(failed.count(), 0);
    const Recording r = recorded.first().first().value<Recording>();
    EXPECT_EQ(r.durationMs, 20000);
    EXPECT_EQ(r.sha256, RecordingFiles::sha256(r.path).value());
    EXPECT_EQ(repository->find(r.id)->orders, (QStringList{QStringLiteral("2600000001"), QStringLiteral("2600000002")}));
    ASSERT_TRUE(recorder.link(call.id, QStringLiteral("2600000003")).ok()) << "and after";
    EXPECT_EQ(repository->find(r.id)->orders.size(), 3);
    EXPECT_EQ(rows("SELECT count(*) FROM recordings"), 1);
    EXPECT_FALSE(QFile::exists(call.sentAudio));

    PhoneCall broken = recordedCall(dir.path());
    QFile::remove(broken.sentAudio);
    recorder.callEnded(broken);
    ASSERT_TRUE(failed.wait(30000));
    EXPECT_EQ(failed.first().first().toString(), broken.id);
    EXPECT_EQ(rows("SELECT count(*) FROM recordings"), 1);
    EXPECT_EQ(filesIn(repository->directory()).size(), 1) << "nothing half-written left";
}
