// SPDX-License-Identifier: GPL-3.0-or-later
// Call recordings from a desk to the real hotline-central, on SQLite and on PostgreSQL:
// uploaded in chunks, checked by SHA-256, linked to the call's orders (also later), kept
// through a centre that is down or stopped mid-way and a desk killed mid-upload, handed to
// reviewers only and every hand-over on record; bad ids and bad hashes refused; files past
// their retention deleted.
#include "CentralHarness.h"
#include "../app/ProcessHelpers.h"
#include "RecordingAudio.h"
#include "recordings/RecordingFiles.h"
#include "recordings/RecordingRepository.h"
#include "recordings/RecordingUploader.h"
#include "server/recordings/RecordingArchive.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <csignal>

using namespace hotline;
using namespace hotline::test;

namespace {

class RecordingUploadTest : public ::testing::TestWithParam<const char *> {
protected:
    void SetUp() override
    {
        url = centralDatabaseUrl(QString::fromLatin1(GetParam()), dir);
        ASSERT_FALSE(url.isEmpty());
        central = std::make_unique<CentralProcess>(url, QStringList{QStringLiteral("--recordings-dir"), centreDir()});
        for (const auto &[login, role] : {std::pair{"op1", "operator"}, {"op2", "operator"}, {"lead1", "team_lead"},
                                          {"admin1", "admin"}, {"dept1", "department"}, {"disp1", "dispatcher"}})
            ASSERT_TRUE(central->addUser(QString::fromLatin1(login), QString::fromLatin1(role)));
        ASSERT_TRUE(central->start()) << qPrintable(central->log());
    }
    QString centreDir() const { return dir.filePath(QStringLiteral("centre-recordings")); }
    QString audioDir() const
    {
        QDir().mkpath(dir.filePath(QStringLiteral("audio")));
        return dir.filePath(QStringLiteral("audio"));
    }
    qint64 count(const QString &sql) const { return centralCount(url, sql); }
    // The centre's complete copy of a recording, found on its disk.
    QString centreFile(const QUuid &id) const
    {
        QDirIterator files(centreDir(), {id.toString(QUuid::WithoutBraces) + QStringLiteral(".opus")}, QDir::Files,
                           QDirIterator::Subdirectories);
        return files.hasNext() ? files.next() : QString();
    }
    int partialFiles() const
    {
        int found = 0;
        for (QDirIterator files(centreDir(), {QStringLiteral("*.part")}, QDir::Files, QDirIterator::Subdirectories); files.hasNext(); files.next())
            ++found;
        return found;
    }
    static RecordingUploader::Options quickRetries(qint64 chunk = RecordingUploader::maxChunkBytes, int pauseMs = 0)
    {
        RecordingUploader::Options options;
        options.chunkBytes = chunk;
        options.pauseBetweenChunksMs = pauseMs;
        options.firstRetryMs = 100;
        options.maxRetryMs = 400;
        return options;
    }
    static bool uploaded(RecordingRepository &repository, const QUuid &id, int timeoutMs = 60000)
    {
        return waitUntil([&] { return repository.find(id)->status == Recording::Status::Uploaded; }, timeoutMs);
    }

    QTemporaryDir dir;
    QString url;
    std::unique_ptr<CentralProcess> central;
};

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST_P(RecordingUploadTest, UploadedCheckedLinkedAndOnlyReviewersGetItOnRecord)
{
    DeskHarness desk(dir.filePath(QStringLiteral("desk.sqlite")));
    ASSERT_TRUE(desk.signIn(central->url(), QStringLiteral("op1")));
    ASSERT_TRUE(desk.syncUntilIdle());
    const QString first = desk.file(1);
    RecordingRepository recordings(*desk.store);
    const Result<Recording> recorded = recordings.record(recordedCall(audioDir(), 8, 6), {first});
    ASSERT_TRUE(recorded.ok()) << qPrintable(recorded.error());
    const Recording r = recorded.value();
    RecordingUploader uploader(*desk.store, *desk.sync, quickRetries(8 * 1024));
    uploader.uploadSoon();
    ASSERT_TRUE(uploaded(recordings, r.id)) << qPrintable(recordings.find(r.id)->lastError);
    EXPECT_GT(r.bytes, 8 * 1024) << "several chunks";

    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM recordings WHERE complete = 1 AND sha256 = '%1' AND bytes = %2 AND desk = '%3'"
                                   " AND uploader = 'op1' AND caller_number = '13912345678' AND duration_ms = 8000")
                        .arg(r.sha256).arg(r.bytes).arg(desk.store->meta(QStringLiteral("central.desk")))),
              1);
    const QString stored = centreFile(r.id);
    ASSERT_FALSE(stored.isEmpty());
    EXPECT_EQ(RecordingFiles::sha256(stored).value(), r.sha256);
    EXPECT_EQ(partialFiles(), 0);

    // An order filed after hang-up, linked then: the centre hears of it too.
    const QString second = desk.file(2);
    ASSERT_TRUE(recordings.linkCall(r.callId, second).ok());
    uploader.uploadSoon();
    ASSERT_TRUE(waitUntil([&] { return recordings.unsentLinks().isEmpty(); }, 30000));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM recording_orders WHERE recording_id = '%1'").arg(r.idText())), 2);

    // Reviewers list the order's recordings and download them; the rest are refused.
    const QString lead = signInToken(central->url(), QStringLiteral("lead1"));
    const QString path = QStringLiteral("/api/v1/recordings/") + r.idText();
    const RawAnswer file = rawHttp(central->url(), "GET", path, {}, lead);
    ASSERT_EQ(file.status, 200);
    EXPECT_EQ(file.contentType, QByteArray("audio/ogg"));
    EXPECT_EQ(sha256Of(file.body), r.sha256);
    const RawAnswer head = rawHttp(central->url(), "GET", path, {}, lead);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'recording-read' AND login = 'lead1' AND target = 'recording:%1'")
                        .arg(r.idText())),
              2)
        << "each download on record";
    const HttpAnswer listed = http(central->url(), "GET", QStringLiteral("/api/v1/recordings?order=") + second, {}, lead);
    ASSERT_EQ(listed.status, 200);
    const QJsonArray list = listed.body.value(QLatin1String("recordings")).toArray();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.at(0).toObject().value(QLatin1String("id")).toString(), r.idText());
    EXPECT_EQ(list.at(0).toObject().value(QLatin1String("callerNumber")).toString(), QStringLiteral("13912345678"));
    EXPECT_EQ(list.at(0).toObject().value(QLatin1String("orders")).toArray().size(), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'recording-list' AND login = 'lead1' AND target = 'workorder:%1'")
                        .arg(second)),
              1);
    // An administrator may review, with the caller's number masked as everywhere for that role.
    const QString admin = signInToken(central->url(), QStringLiteral("admin1"));
    const HttpAnswer adminList = http(central->url(), "GET", QStringLiteral("/api/v1/recordings?order=") + first, {}, admin);
    ASSERT_EQ(adminList.status, 200);
    EXPECT_EQ(adminList.body.value(QLatin1String("recordings")).toArray().at(0).toObject().value(QLatin1String("callerNumber")).toString(),
              QStringLiteral("139****5678"));
    EXPECT_EQ(rawHttp(central->url(), "GET", path, {}, admin).status, 200);
    for (const char *login : {"op1", "dept1", "disp1"}) {
        const QString token = signInToken(central->url(), QString::fromLatin1(login));
        EXPECT_EQ(rawHttp(central->url(), "GET", path, {}, token).status, 403) << login;
        EXPECT_EQ(rawHttp(central->url(), "GET", QStringLiteral("/api/v1/recordings?order=") + first, {}, token).status, 403) << login;
    }
    EXPECT_EQ(rawHttp(central->url(), "GET", path).status, 401);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'recording-%' AND login IN ('op1', 'dept1', 'disp1')")), 0);

    // A range of it, as a player seeking asks.
    QNetworkAccessManager network;
    QNetworkRequest ranged(QUrl(central->url().toString() + path));
    ranged.setRawHeader("Authorization", "Bearer " + lead.toLatin1());
    ranged.setRawHeader("Range", "bytes=10-19");
    QNetworkReply *reply = network.get(ranged);
    ASSERT_TRUE(waitUntil([&] { return reply->isFinished(); }, 10000));
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 206);
    EXPECT_EQ(reply->readAll(), file.body.mid(10, 10));
    EXPECT_EQ(reply->rawHeader("Content-Range"), QByteArray("bytes 10-19/") + QByteArray::number(r.bytes));
    delete reply;
    (void)head;
}

TEST_P(RecordingUploadTest, ACentreDownAtFirstAndStoppedMidwayGetsTheRecordingWhenItIsBack)
{
    DeskHarness desk(dir.filePath(QStringLiteral("desk.sqlite")));
    ASSERT_TRUE(desk.signIn(central->url(), QStringLiteral("op1")));
    central->kill();
    RecordingRepository recordings(*desk.store);
    const Recording r = recordings.record(recordedCall(audioDir(), 20, 20)).value();
    RecordingUploader uploader(*desk.store, *desk.sync, quickRetries(4096, 40));
    int failures = 0;
    QObject::connect(&uploader, &RecordingUploader::failed, &uploader, [&] { ++failures; });
    uploader.uploadSoon();
    ASSERT_TRUE(waitUntil([&] { return failures >= 3; }, 30000)) << "it keeps trying";
    EXPECT_NE(recordings.find(r.id)->status, Recording::Status::Uploaded);
    EXPECT_TRUE(QFile::exists(r.path));
    EXPECT_FALSE(recordings.find(r.id)->lastError.isEmpty());

    // Back, then gone again in the middle of the upload.
    ASSERT_TRUE(central->start()) << qPrintable(central->log());
    ASSERT_TRUE(waitUntil([&] { return recordings.find(r.id)->uploadedBytes >= 3 * 4096; }, 30000));
    central->kill();
    const qint64 atKill = recordings.find(r.id)->uploadedBytes;
    EXPECT_LT(atKill, r.bytes) << "stopped before the end";
    failures = 0;
    ASSERT_TRUE(waitUntil([&] { return failures >= 2; }, 30000));
    EXPECT_NE(recordings.find(r.id)->status, Recording::Status::Uploaded);

    ASSERT_TRUE(central->start()) << qPrintable(central->log());
    ASSERT_TRUE(uploaded(recordings, r.id)) << qPrintable(recordings.find(r.id)->lastError);
    EXPECT_EQ(RecordingFiles::sha256(centreFile(r.id)).value(), r.sha256);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM recordings")), 1);
    EXPECT_EQ(partialFiles(), 0);
    EXPECT_TRUE(QFile::exists(r.path)) << "kept on the desk for its retention period";
}

TEST_P(RecordingUploadTest, ADeskKilledMidUploadIsResumedFromTheCentresOffsetByTheNextProcess)
{
    const QString path = dir.filePath(QStringLiteral("killed.sqlite"));
    Recording r;
    {
        DeskHarness desk(path);
        ASSERT_TRUE(desk.signIn(central->url(), QStringLiteral("op1")));
        const Result<Recording> recorded = RecordingRepository(*desk.store).record(recordedCall(audioDir(), 30, 25));
        ASSERT_TRUE(recorded.ok()) << qPrintable(recorded.error());
        r = recorded.value();
    }
    // hotline-ctl's upload is the desk's own uploader in a process of its own, slowed down.
    QProcess upload;
    upload.start(QStringLiteral(HOTLINE_CTL_BIN), {QStringLiteral("--store"), path, QStringLiteral("recordings"), QStringLiteral("upload"),
                                                  QStringLiteral("--chunk-bytes"), QStringLiteral("4096"), QStringLiteral("--chunk-pause-ms"),
                                                  QStringLiteral("100")});
    ASSERT_TRUE(upload.waitForStarted());
    const QString received = QStringLiteral("SELECT coalesce(max(received_bytes), 0) FROM recordings");
    ASSERT_TRUE(waitUntil([&] { return count(received) >= 2 * 4096; }, 30000)) << qPrintable(QString::fromUtf8(upload.readAllStandardError()));
    ::kill(pid_t(upload.processId()), SIGKILL);
    upload.waitForFinished();
    const qint64 atKill = count(received);
    ASSERT_LT(atKill, r.bytes) << "killed before the end";
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM recordings WHERE complete = 1")), 0);

    const ProcessResult again = ctl(path, {QStringLiteral("recordings"), QStringLiteral("upload")});
    EXPECT_EQ(again.exitCode, 0) << qPrintable(again.err);
    // It went on from what the centre held: its first word about the recording is that offset.
    const QStringList progress = again.out.split(u'\n').filter(r.idText() + u' ');
    ASSERT_FALSE(progress.isEmpty()) << qPrintable(again.out);
    EXPECT_GE(progress.first().section(u' ', -1).section(u'/', 0, 0).toLongLong(), atKill) << qPrintable(again.out);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM recordings WHERE complete = 1 AND sha256 = '%1'").arg(r.sha256)), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM recordings")), 1);
    EXPECT_EQ(RecordingFiles::sha256(centreFile(r.id)).value(), r.sha256);
    EXPECT_EQ(partialFiles(), 0);
    DeskHarness reopened(path);
    EXPECT_EQ(RecordingRepository(*reopened.store).find(r.id)->status, Recording::Status::Uploaded);
}

TEST_P(RecordingUploadTest, AWrongOffsetIsTheCentresOffsetAndAMismatchingHashIsRefusedAndDropped)
{
    const QString token = signInToken(central->url(), QStringLiteral("op1"));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString base = QStringLiteral("/api/v1/recordings/") + id;
    QByteArray bytes(20000, '\0');
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char(i * 7 % 251);
    EXPECT_EQ(http(central->url(), "GET", base + QStringLiteral("/status"), {}, token).status, 404);
    const HttpAnswer skipped = http(central->url(), "PUT", base + QStringLiteral("?offset=5"), bytes.left(100), token);
    EXPECT_EQ(skipped.status, 409);
    EXPECT_EQ(skipped.body.value(QLatin1String("bytes")).toInteger(), 0);
    ASSERT_EQ(http(central->url(), "PUT", base + QStringLiteral("?offset=0"), bytes.left(12000), token).status, 200);
    const HttpAnswer again = http(central->url(), "PUT", base + QStringLiteral("?offset=0"), bytes.left(12000), token);
    EXPECT_EQ(again.status, 409) << "a chunk sent twice is not stored twice";
    EXPECT_EQ(again.body.value(QLatin1String("bytes")).toInteger(), 12000);
    ASSERT_EQ(http(central->url(), "PUT", base + QStringLiteral("?offset=12000"), bytes.mid(12000), token).status, 200);
    // Another desk cannot add to it.
    DeskHarness other(dir.filePath(QStringLiteral("other.sqlite")));
    ASSERT_TRUE(other.signIn(central->url(), QStringLiteral("op2")));
    EXPECT_EQ(http(central->url(), "PUT", base + QStringLiteral("?offset=20000"), bytes.left(10),
                   other.store->meta(QStringLiteral("central.token")))
                  .status,
              403);

    QJsonObject details{{QStringLiteral("sha256"), sha256Of(QByteArray("something else"))},
                        {QStringLiteral("bytes"), 20000},
                        {QStringLiteral("callId"), QStringLiteral("call-1")},
                        {QStringLiteral("callerNumber"), QStringLiteral("13912345678")},
                        {QStringLiteral("startedAt"), QStringLiteral("2026-12-01T08:00:00.000Z")},
                        {QStringLiteral("endedAt"), QStringLiteral("2026-12-01T08:03:00.000Z")},
                        {QStringLiteral("durationMs"), 180000},
                        {QStringLiteral("orders"), QJsonArray{QStringLiteral("2600000001")}}};
    const HttpAnswer mismatch = http(central->url(), "POST", base + QStringLiteral("/complete"), QJsonDocument(details).toJson(), token);
    EXPECT_EQ(mismatch.status, 422);
    EXPECT_TRUE(mismatch.body.value(QLatin1String("error")).toString().contains(QStringLiteral("offset 0")));
    EXPECT_EQ(http(central->url(), "GET", base + QStringLiteral("/status"), {}, token).body.value(QLatin1String("bytes")).toInteger(), 0)
        << "the partial file was dropped";
    EXPECT_EQ(partialFiles(), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM recordings WHERE complete = 1")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM recording_orders")), 0);

    // Bad details are refused before anything is checked.
    QJsonObject badOrder = details;
    badOrder.insert(QStringLiteral("orders"), QJsonArray{QStringLiteral("../../etc")});
    EXPECT_EQ(http(central->url(), "POST", base + QStringLiteral("/complete"), QJsonDocument(badOrder).toJson(), token).status, 400);

    // Sent again whole with the right hash: complete, and completing again is harmless.
    ASSERT_EQ(http(central->url(), "PUT", base + QStringLiteral("?offset=0"), bytes, token).status, 200);
    details.insert(QStringLiteral("sha256"), sha256Of(bytes));
    EXPECT_EQ(http(central->url(), "POST", base + QStringLiteral("/complete"), QJsonDocument(details).toJson(), token).status, 200);
    EXPECT_EQ(http(central->url(), "POST", base + QStringLiteral("/complete"), QJsonDocument(details).toJson(), token).status, 200);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM recordings WHERE complete = 1 AND bytes = 20000")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM recording_orders")), 1);
    const HttpAnswer done = http(central->url(), "GET", base + QStringLiteral("/status"), {}, token);
    EXPECT_TRUE(done.body.value(QLatin1String("complete")).toBool());
    EXPECT_EQ(http(central->url(), "PUT", base + QStringLiteral("?offset=20000"), bytes.left(10), token).status, 409);
}

TEST_P(RecordingUploadTest, IdsThatAreNotUuidsAndRolesThatDoNotTakeCallsAreRefused)
{
    const QString token = signInToken(central->url(), QStringLiteral("op1"));
    for (const char *id : {"..%2F..%2Fetc%2Fpasswd", "not-a-uuid", "0F8C2F4E-1F7A-4C1E-9A55-2B7F7D3E9A10", "%2E%2E"}) {
        const QString base = QStringLiteral("/api/v1/recordings/") + QString::fromLatin1(id);
        EXPECT_EQ(http(central->url(), "PUT", base + QStringLiteral("?offset=0"), "data", token).status, 400) << id;
        EXPECT_EQ(http(central->url(), "GET", base + QStringLiteral("/status"), {}, token).status, 400) << id;
    }
    const QString id = QStringLiteral("/api/v1/recordings/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    EXPECT_EQ(http(central->url(), "PUT", id + QStringLiteral("?offset=-1"), "data", token).status, 400);
    EXPECT_EQ(http(central->url(), "PUT", id + QStringLiteral("?offset=0"), QByteArray(RecordingArchive::maxChunkBytes + 1, 'x'), token).status, 413);
    for (const char *login : {"dept1", "disp1", "admin1"})
        EXPECT_EQ(http(central->url(), "PUT", id + QStringLiteral("?offset=0"), "data", signInToken(central->url(), QString::fromLatin1(login))).status,
                  403)
            << login;
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM recordings")), 0);
    EXPECT_FALSE(QDir(centreDir()).exists() && !QDir(centreDir()).isEmpty()) << "nothing written";
}

TEST_P(RecordingUploadTest, TheCentresRetentionDeletesOnlyRecordingsPastTheirDays)
{
    DeskHarness desk(dir.filePath(QStringLiteral("desk.sqlite")));
    ASSERT_TRUE(desk.signIn(central->url(), QStringLiteral("op1")));
    RecordingRepository recordings(*desk.store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Recording old = recordings.record(recordedCall(audioDir(), 2, 2, 8000, now.addDays(-200))).value();
    const Recording recent = recordings.record(recordedCall(audioDir(), 2, 2, 8000, now.addDays(-2))).value();
    RecordingUploader uploader(*desk.store, *desk.sync, quickRetries());
    uploader.uploadSoon();
    ASSERT_TRUE(uploaded(recordings, old.id));
    ASSERT_TRUE(uploaded(recordings, recent.id));
    // An upload begun and never finished.
    const QString token = signInToken(central->url(), QStringLiteral("op1"));
    const QString abandoned = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ASSERT_EQ(http(central->url(), "PUT", QStringLiteral("/api/v1/recordings/%1?offset=0").arg(abandoned), "partial", token).status, 200);

    // The centre's own sweep, on its database and folder, as its hourly timer runs it.
    Result<std::unique_ptr<CentralDatabase>> db = CentralDatabase::open(url);
    ASSERT_TRUE(db.ok());
    RecordingArchive archive(*db.value(), centreDir());
    const Result<int> swept = archive.sweep(now, 180);
    ASSERT_TRUE(swept.ok()) << qPrintable(swept.error());
    EXPECT_EQ(swept.value(), 1) << "the call of 200 days ago";
    EXPECT_TRUE(centreFile(old.id).isEmpty());
    EXPECT_FALSE(centreFile(recent.id).isEmpty());
    EXPECT_EQ(partialFiles(), 1) << "an upload begun today stays";
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM recordings WHERE purged_at IS NOT NULL")), 1);
    const QString lead = signInToken(central->url(), QStringLiteral("lead1"));
    EXPECT_EQ(rawHttp(central->url(), "GET", QStringLiteral("/api/v1/recordings/") + old.idText(), {}, lead).status, 404);
    EXPECT_EQ(rawHttp(central->url(), "GET", QStringLiteral("/api/v1/recordings/") + recent.idText(), {}, lead).status, 200);
    EXPECT_EQ(archive.sweep(now, 180).value(), 0);

    // 181 days on, the recent call and the upload begun and never finished go too.
    EXPECT_EQ(archive.sweep(now.addDays(181), 180).value(), 2);
    EXPECT_TRUE(centreFile(recent.id).isEmpty());
    EXPECT_EQ(partialFiles(), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM recordings")), 3) << "the rows stay, for the record";
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM recordings WHERE purged_at IS NULL")), 0);
}

INSTANTIATE_TEST_SUITE_P(Central, RecordingUploadTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &info) { return std::string(info.param); });
