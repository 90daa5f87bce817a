// SPDX-License-Identifier: GPL-3.0-or-later
// Finding a call's two recordings among sndfile's time-named files, and telling a finished WAV
// file from one still being written (or left by a crash), which can be mended.
#include "SndfileDumps.h"

#include "telephony/SndfileRecordings.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

TEST(SndfileRecordings, ReadsSndfilesNames)
{
    bool sent = false;
    const std::optional<QDateTime> at = SndfileRecordings::startOf(QStringLiteral("dump-2026-12-07-12-17-27-enc.wav"), &sent);
    ASSERT_TRUE(at.has_value());
    EXPECT_TRUE(sent);
    EXPECT_EQ(*at, QDateTime(QDate(2026, 12, 7), QTime(12, 17, 27)));
    EXPECT_TRUE(SndfileRecordings::startOf(QStringLiteral("dump-2026-12-07-12-17-27-dec.wav"), &sent).has_value());
    EXPECT_FALSE(sent);
    EXPECT_FALSE(SndfileRecordings::startOf(QStringLiteral("dump-2026-13-07-12-17-27-dec.wav")).has_value()) << "month 13";
    EXPECT_FALSE(SndfileRecordings::startOf(QStringLiteral("dump-2026-12-07-12-17-27-dec.mp3")).has_value());
    EXPECT_FALSE(SndfileRecordings::startOf(QStringLiteral("call-1.wav")).has_value());
}

TEST(SndfileRecordings, GivesEachCallTheEarliestPairNotYetTaken)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QDateTime base = QDateTime::currentDateTime().addSecs(-600);
    // A call answered at base+10, its consultation at base+40 (the caller held meanwhile).
    const QString callerSent = writeDump(folder.path(), base.addSecs(10), true, 800);
    const QString callerReceived = writeDump(folder.path(), base.addSecs(10), false, 700);
    const QString consultSent = writeDump(folder.path(), base.addSecs(40), true, 300);
    const QString consultReceived = writeDump(folder.path(), base.addSecs(41), false, 300); // a second later
    writeDump(folder.path(), base.addSecs(-100), true, 10); // an earlier call's, not these calls'
    QFile(QDir(folder.path()).filePath(QStringLiteral("notes.txt"))).open(QIODevice::WriteOnly);

    SndfileRecordings recordings(folder.path());
    // The consultation ends first: it gets its own files, not the caller's earlier ones.
    const SndfileRecordings::Pair consultation = recordings.take(base.addSecs(39).addMSecs(700), base.addSecs(70));
    EXPECT_EQ(consultation.sent, consultSent);
    EXPECT_EQ(consultation.received, consultReceived);
    const SndfileRecordings::Pair caller = recordings.take(base.addSecs(5), base.addSecs(80));
    EXPECT_EQ(caller.sent, callerSent);
    EXPECT_EQ(caller.received, callerReceived);
    // Taken once: a later call in the same span gets nothing.
    const SndfileRecordings::Pair again = recordings.take(base, base.addSecs(90));
    EXPECT_TRUE(again.sent.isEmpty());
    EXPECT_TRUE(again.received.isEmpty());

    // The call's first second counts whole: audio that started in the second it rang.
    QTemporaryDir other;
    const QDateTime second = QDateTime(base.date(), QTime(base.time().hour(), base.time().minute(), base.time().second()));
    writeDump(other.path(), second, true, 10);
    SndfileRecordings sameSecond(other.path());
    EXPECT_FALSE(sameSecond.take(second.addMSecs(900), second.addSecs(3)).sent.isEmpty());
    // No folder: no recordings, nothing looked at.
    EXPECT_TRUE(SndfileRecordings().take(base, base.addSecs(100)).sent.isEmpty());
}

TEST(SndfileRecordings, TellsAnOpenFileFromAClosedOneAndMendsACrashedOne)
{
    QTemporaryDir folder;
    const QDateTime at = QDateTime::currentDateTime();
    const QString closed = writeDump(folder.path(), at, true, 8000);
    EXPECT_TRUE(SndfileRecordings::isComplete(closed));
    const QString open = writeDump(folder.path(), at, false, 4000, false);
    EXPECT_FALSE(SndfileRecordings::isComplete(open));

    // A crash can leave half a sample at the end: the mended file ends at the last whole one.
    {
        QFile file(open);
        ASSERT_TRUE(file.open(QIODevice::Append));
        file.write("\x01", 1);
    }
    ASSERT_TRUE(SndfileRecordings::repair(open));
    EXPECT_TRUE(SndfileRecordings::isComplete(open));
    EXPECT_EQ(QFileInfo(open).size(), 44 + 4000 * 2);

    // Not a WAV file: neither complete nor mendable, and left as it was.
    const QString text = QDir(folder.path()).filePath(QStringLiteral("dump-2026-01-01-00-00-00-dec.wav"));
    {
        QFile file(text);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("RIFF....not a wave file at all");
    }
    EXPECT_FALSE(SndfileRecordings::isComplete(text));
    EXPECT_FALSE(SndfileRecordings::repair(text));
    EXPECT_EQ(QFileInfo(text).size(), 30);
    EXPECT_FALSE(SndfileRecordings::isComplete(QDir(folder.path()).filePath(QStringLiteral("missing.wav"))));
}
