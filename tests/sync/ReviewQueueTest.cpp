// SPDX-License-Identifier: GPL-3.0-or-later
// The review queue at the real hotline-central, on SQLite and PostgreSQL: recordings uploaded
// by two operators' desks, their silences measured when complete, filtered by operator, day,
// item, unit, duration, callback result, returned orders and long silences; a file damaged on
// the centre's disk reported on its row while the rest of the queue is listed; comments at a
// moment of the call; the recording with its orders and their events; the week's sampling plan.
#include "CentralHarness.h"
#include "../app/ProcessHelpers.h"
#include "RecordingAudio.h"
#include "recordings/CentreReviewService.h"
#include "recordings/RecordingRepository.h"
#include "recordings/RecordingUploader.h"
#include "server/database/CentralDatabase.h"
#include "server/open311/Open311Service.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

class ReviewQueueTest : public ::testing::TestWithParam<const char *> {
protected:
    void SetUp() override
    {
        url = centralDatabaseUrl(QString::fromLatin1(GetParam()), dir);
        ASSERT_FALSE(url.isEmpty());
        central = std::make_unique<CentralProcess>(url, QStringList{QStringLiteral("--recordings-dir"), centreDir()});
        for (const auto &[login, role] : {std::pair{"op1", "operator"}, {"op2", "operator"}, {"lead1", "team_lead"}, {"lead2", "team_lead"},
                                          {"admin1", "admin"}})
            ASSERT_TRUE(central->addUser(QString::fromLatin1(login), QString::fromLatin1(role)));
        ASSERT_TRUE(central->start()) << qPrintable(central->log());
    }
    QString centreDir() const { return dir.filePath(QStringLiteral("centre-recordings")); }
    QString audioDir() const
    {
        QDir().mkpath(dir.filePath(QStringLiteral("audio")));
        return dir.filePath(QStringLiteral("audio"));
    }
    // Records `call` on `desk` linked to `orders` and waits until the centre has it.
    Recording upload(DeskHarness &desk, const PhoneCall &call, const QStringList &orders)
    {
        RecordingRepository recordings(*desk.store);
        const Result<Recording> recorded = recordings.record(call, orders);
        EXPECT_TRUE(recorded.ok()) << qPrintable(recorded.error());
        if (!recorded)
            return {};
        RecordingUploader uploader(*desk.store, *desk.sync);
        uploader.uploadSoon();
        EXPECT_TRUE(waitUntil([&] { return recordings.find(recorded.value().id)->status == Recording::Status::Uploaded; }, 60000));
        return recorded.value();
    }
    // Waits until the centre has measured the silences of `count` recordings (or found that
    // their files do not decode): it does so off its event loop once an upload completes.
    bool measured(qint64 count)
    {
        return waitUntil([&] {
            return centralCount(url, QStringLiteral("SELECT count(*) FROM recordings WHERE longest_silence_ms IS NOT NULL OR decode_error <> ''"))
                   >= count;
        }, 30000);
    }
    // Runs statements on the centre's database over a connection of the test's own.
    void exec(const QString &sql)
    {
        if (!db) {
            Result<std::unique_ptr<CentralDatabase>> opened = CentralDatabase::open(url);
            ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
            db = std::move(opened.value());
        }
        QSqlQuery query(db->database());
        ASSERT_TRUE(query.exec(sql)) << qPrintable(query.lastError().text()) << " " << qPrintable(sql);
    }
    // The ids the queue lists for `filter` (a query string), in its order.
    QStringList listed(const QString &filter)
    {
        const HttpAnswer answer = http(central->url(), "GET", QStringLiteral("/api/v1/recordings?") + filter, {}, lead);
        EXPECT_EQ(answer.status, 200) << qPrintable(filter) << " " << QJsonDocument(answer.body).toJson().constData();
        QStringList ids;
        for (const QJsonValue &r : answer.body.value(QLatin1String("recordings")).toArray())
            ids.append(r.toObject().value(QLatin1String("id")).toString());
        return ids;
    }

    QTemporaryDir dir;
    QString url;
    std::unique_ptr<CentralProcess> central;
    std::unique_ptr<CentralDatabase> db;
    QString lead;
};

} // namespace

TEST_P(ReviewQueueTest, FiltersCommentsOrdersAndTheWeeksPlan)
{
    DeskHarness deskA(dir.filePath(QStringLiteral("a.sqlite")));
    ASSERT_TRUE(deskA.signIn(central->url(), QStringLiteral("op1")));
    DeskHarness deskB(dir.filePath(QStringLiteral("b.sqlite")));
    ASSERT_TRUE(deskB.signIn(central->url(), QStringLiteral("op2")));
    const QString first = deskA.file(1);
    const QString second = deskA.file(2);
    ASSERT_TRUE(deskA.syncUntilIdle());

    // op1: an 8-second call about the first order; a 14-second one about the second with 12
    // seconds where nobody speaks. op2: a 20-second call.
    // The calls of one day two days ago, in the morning (no midnight while the test runs): a
    // at 09:00, b at 09:10, c at 09:20.
    const QDate day = QDateTime::currentDateTimeUtc().date().addDays(-2);
    const auto endedAt = [&](int minute, int seconds) { return QDateTime(day, QTime(9, minute), Qt::UTC).addSecs(seconds); };
    const Recording short8 = upload(deskA, recordedCall(audioDir(), 8, 6, 8000, endedAt(0, 8)), {first});
    PhoneCall quiet = recordedCall(audioDir(), 14, 14, 8000, endedAt(10, 14));
    ASSERT_TRUE(writeStretchesWav(quiet.receivedAudio, 8000, {{1, 440}, {12, 0}, {1, 440}}));
    ASSERT_TRUE(writeStretchesWav(quiet.sentAudio, 8000, {{0.5, 1000}, {13.5, 0}}));
    const Recording silent14 = upload(deskA, quiet, {second});
    const Recording long20 = upload(deskB, recordedCall(audioDir(), 20, 20, 8000, endedAt(20, 20)), {});
    ASSERT_FALSE(long20.id.isNull());
    const QString a = short8.idText(), b = silent14.idText(), c = long20.idText();

    // What the orders went through, written where the centre keeps it: the first is about
    // 城乡建设 › 市政设施 › 路灯, with UNIT-A, and was returned; the second's callback was dissatisfied.
    exec(QStringLiteral("UPDATE work_orders SET unit_code = 'UNIT-A', service_code = '%1' WHERE number = '%2'")
             .arg(Open311Service::serviceCode(QStringLiteral("城乡建设"), QStringLiteral("市政设施"), QStringLiteral("路灯")), first));
    exec(QStringLiteral("INSERT INTO work_order_events (event_id, order_number, type, at, actor, payload, revision)"
                        " VALUES ('%1', '%2', 'returned', '2026-12-01T08:00:00.000Z', 'UNIT-A', '{\"reason\":\"other\"}', 999999)")
             .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), first));
    exec(QStringLiteral("UPDATE work_orders SET state_json = REPLACE(state_json, '\"satisfaction\":\"\"', '\"satisfaction\":\"dissatisfied\"')"
                        " WHERE number = '%1'").arg(second));

    ASSERT_TRUE(measured(3));
    lead = signInToken(central->url(), QStringLiteral("lead1"));
    EXPECT_EQ(listed(QString()), (QStringList{c, b, a})) << "newest call first";
    EXPECT_EQ(listed(QStringLiteral("operator=op2")), QStringList{c});
    EXPECT_EQ(listed(QStringLiteral("operator=op1")), (QStringList{b, a}));
    EXPECT_EQ(listed(QStringLiteral("item=") + QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral("城乡建设/市政设施/路灯")))), QStringList{a});
    EXPECT_EQ(listed(QStringLiteral("unit=UNIT-A")), QStringList{a});
    EXPECT_EQ(listed(QStringLiteral("unit=UNIT-B")), QStringList{});
    EXPECT_EQ(listed(QStringLiteral("satisfaction=dissatisfied")), QStringList{b});
    EXPECT_EQ(listed(QStringLiteral("returned=1")), QStringList{a});
    EXPECT_EQ(listed(QStringLiteral("minDurationMs=15000")), QStringList{c});
    EXPECT_EQ(listed(QStringLiteral("maxDurationMs=10000")), QStringList{a});
    EXPECT_EQ(listed(QStringLiteral("minSilenceMs=10000")), QStringList{b}) << "measured when the upload completed";
    EXPECT_EQ(listed(QStringLiteral("operator=op1&minDurationMs=10000&satisfaction=dissatisfied")), QStringList{b});
    EXPECT_EQ(listed(QStringLiteral("from=%1&to=%1").arg(day.toString(Qt::ISODate))).size(), 3);
    EXPECT_TRUE(listed(QStringLiteral("from=%1").arg(day.addDays(1).toString(Qt::ISODate))).isEmpty());
    EXPECT_TRUE(listed(QStringLiteral("to=%1").arg(day.addDays(-1).toString(Qt::ISODate))).isEmpty());
    EXPECT_EQ(listed(QStringLiteral("limit=1&offset=1")), QStringList{b});
    const HttpAnswer bad = http(central->url(), "GET", QStringLiteral("/api/v1/recordings?from=yesterday"), {}, lead);
    EXPECT_EQ(bad.status, 400);
    EXPECT_TRUE(bad.body.value(QLatin1String("error")).toString().contains(QLatin1String("from")));
    EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/recordings?satisfaction=happy"), {}, lead).status, 400);
    EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/recordings"), {}, signInToken(central->url(), QStringLiteral("op1"))).status, 403);
    EXPECT_EQ(centralCount(url, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'recording-list' AND target = 'review-queue'")), 16)
        << "every listing on record, the refused ones not";

    // The row of the quiet call: its silences; the orders with item, unit and result.
    const HttpAnswer all = http(central->url(), "GET", QStringLiteral("/api/v1/recordings?operator=op1"), {}, lead);
    const QJsonObject quietRow = all.body.value(QLatin1String("recordings")).toArray().at(0).toObject();
    EXPECT_NEAR(quietRow.value(QLatin1String("longestSilenceMs")).toDouble(), 12000, 300);
    EXPECT_EQ(quietRow.value(QLatin1String("orders")).toArray().at(0).toObject().value(QLatin1String("satisfaction")).toString(),
              QStringLiteral("dissatisfied"));
    EXPECT_TRUE(quietRow.value(QLatin1String("problem")).toString().isEmpty());

    // A file damaged on the centre's disk (and not measured yet): a listing has it measured,
    // the next reports it on its row; the others are listed as before.
    QDirIterator files(centreDir(), {c + QStringLiteral(".opus")}, QDir::Files, QDirIterator::Subdirectories);
    ASSERT_TRUE(files.hasNext());
    QFile damaged(files.next());
    ASSERT_TRUE(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(5000, '\x17'));
    damaged.close();
    exec(QStringLiteral("UPDATE recordings SET longest_silence_ms = NULL, silent_ms = NULL WHERE id = '%1'").arg(c));
    EXPECT_EQ(listed(QString()).size(), 3);
    ASSERT_TRUE(waitUntil([&] { return centralCount(url, QStringLiteral("SELECT count(*) FROM recordings WHERE decode_error <> ''")) == 1; }, 30000));
    const HttpAnswer withDamage = http(central->url(), "GET", QStringLiteral("/api/v1/recordings"), {}, lead);
    const QJsonArray rows = withDamage.body.value(QLatin1String("recordings")).toArray();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_FALSE(rows.at(0).toObject().value(QLatin1String("problem")).toString().isEmpty());
    EXPECT_TRUE(rows.at(0).toObject().value(QLatin1String("longestSilenceMs")).isNull());
    EXPECT_TRUE(rows.at(1).toObject().value(QLatin1String("problem")).toString().isEmpty());

    // Comments at a moment of the call, listed with it in order of the moment.
    for (const auto &[offset, text] : {std::pair{4500, "这里没有核实地址"}, std::pair{1200, "开场白规范"}}) {
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("offsetMs"), offset}, {QStringLiteral("text"), QString::fromUtf8(text)}})
                                    .toJson(QJsonDocument::Compact);
        EXPECT_EQ(http(central->url(), "POST", QStringLiteral("/api/v1/recordings/%1/comments").arg(a), body, lead).status, 201);
    }
    EXPECT_EQ(http(central->url(), "POST", QStringLiteral("/api/v1/recordings/%1/comments").arg(a), R"({"offsetMs": 60000, "text": "x"})", lead).status,
              422)
        << "past the end of the 8-second call";
    EXPECT_EQ(http(central->url(), "POST", QStringLiteral("/api/v1/recordings/%1/comments").arg(a), R"({"offsetMs": 100, "text": " "})", lead).status, 400);
    const HttpAnswer review = http(central->url(), "GET", QStringLiteral("/api/v1/recordings/%1/review").arg(a), {}, lead);
    ASSERT_EQ(review.status, 200);
    const QJsonArray comments = review.body.value(QLatin1String("comments")).toArray();
    ASSERT_EQ(comments.size(), 2);
    EXPECT_EQ(comments.at(0).toObject().value(QLatin1String("offsetMs")).toInt(), 1200);
    EXPECT_EQ(comments.at(1).toObject().value(QLatin1String("offsetMs")).toInt(), 4500);
    EXPECT_EQ(comments.at(1).toObject().value(QLatin1String("author")).toString(), QStringLiteral("lead1"));
    const QJsonObject order = review.body.value(QLatin1String("orders")).toArray().at(0).toObject();
    EXPECT_EQ(order.value(QLatin1String("number")).toString(), first);
    QStringList events;
    for (const QJsonValue &event : order.value(QLatin1String("events")).toArray())
        events.append(event.toObject().value(QLatin1String("type")).toString());
    EXPECT_EQ(events.first(), QStringLiteral("created"));
    EXPECT_EQ(events.last(), QStringLiteral("returned"));
    EXPECT_EQ(listed(QString()).size(), 3);
    EXPECT_EQ(centralCount(url, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'recording-review' AND target = 'recording:%1'").arg(a)), 1);

    // The plan: one call of each operator a week for each lead. op2 made one call: the first
    // lead gives way, so lead1 hears one of op1's and lead2 the other and op2's.
    const HttpAnswer set = http(central->url(), "PUT", QStringLiteral("/api/v1/review/quotas"),
                                R"({"quotas": [{"reviewer": "lead1", "count": 1}, {"reviewer": "lead2", "share": 0.1, "minimum": 1}]})", lead);
    ASSERT_EQ(set.status, 200) << QJsonDocument(set.body).toJson().constData();
    EXPECT_EQ(http(central->url(), "PUT", QStringLiteral("/api/v1/review/quotas"), R"({"quotas": [{"reviewer": "lead1"}]})", lead).status, 400);
    const QString week = QStringLiteral("/api/v1/review/assignment?week=") + day.toString(Qt::ISODate);
    const HttpAnswer mine = http(central->url(), "GET", week, {}, lead);
    ASSERT_EQ(mine.status, 200);
    const HttpAnswer theirs = http(central->url(), "GET", week + QStringLiteral("&reviewer=lead2"), {}, lead);
    const QJsonArray one = mine.body.value(QLatin1String("recordings")).toArray();
    const QJsonArray two = theirs.body.value(QLatin1String("recordings")).toArray();
    ASSERT_EQ(one.size(), 1);
    ASSERT_EQ(two.size(), 2);
    QSet<QString> heard;
    for (const QJsonArray &list : {one, two})
        for (const QJsonValue &r : list)
            heard.insert(r.toObject().value(QLatin1String("recording")).toString());
    EXPECT_EQ(heard, (QSet<QString>{a, b, c})) << "every call heard once";
    EXPECT_EQ(one.at(0).toObject().value(QLatin1String("operator")).toString(), QStringLiteral("op1"));
    EXPECT_EQ(http(central->url(), "GET", week, {}, lead).body, mine.body) << "the same plan when asked again";
    // The queue narrowed to the calls the plan gives the one asking.
    EXPECT_EQ(listed(QStringLiteral("assigned=1&week=") + day.toString(Qt::ISODate)),
              QStringList{one.at(0).toObject().value(QLatin1String("recording")).toString()});
    EXPECT_TRUE(listed(QStringLiteral("assigned=1&week=") + day.addDays(-14).toString(Qt::ISODate)).isEmpty()) << "nothing that week";
    EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/review/assignment?week=soon"), {}, lead).status, 400);
}

namespace {

// A stereo 16-bit WAV: the citizen's stretches on the left, the operator's on the right.
bool writeStereoWav(const QString &path, const std::vector<ToneStretch> &left, const std::vector<ToneStretch> &right)
{
    QTemporaryDir scratch;
    const QString l = scratch.filePath(QStringLiteral("l.wav")), r = scratch.filePath(QStringLiteral("r.wav"));
    if (!writeStretchesWav(l, 8000, left) || !writeStretchesWav(r, 8000, right))
        return false;
    const StereoAudio a = readStereo(l), b = readStereo(r);
    SF_INFO info{};
    info.samplerate = 8000;
    info.channels = 2;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE *file = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    if (!file)
        return false;
    std::vector<float> frames;
    for (size_t i = 0; i < std::max(a.left.size(), b.left.size()); ++i) {
        frames.push_back(i < a.left.size() ? a.left[i] : 0.0f);
        frames.push_back(i < b.left.size() ? b.left[i] : 0.0f);
    }
    const auto count = sf_count_t(frames.size() / 2);
    const bool written = sf_writef_float(file, frames.data(), count) == count;
    return sf_close(file) == 0 && written;
}

} // namespace

TEST_P(ReviewQueueTest, AWavImportedWithHotlineCtlReachesTheQueue)
{
    const QString store = dir.filePath(QStringLiteral("ctl.sqlite"));
    {
        DeskHarness desk(store);
        ASSERT_TRUE(desk.signIn(central->url(), QStringLiteral("op2")));
    }
    // 16 s: the citizen talks, both are quiet for 11 s, the operator answers.
    const QString wav = dir.filePath(QStringLiteral("old-recorder.wav"));
    ASSERT_TRUE(writeStereoWav(wav, {{3, 440}, {13, 0}}, {{14, 0}, {2, 1000}}));
    const ProcessResult imported = ctl(store, {QStringLiteral("recordings"), QStringLiteral("import"), wav, QStringLiteral("--meta"),
                                               QStringLiteral("caller=13800001111"), QStringLiteral("started=2026-12-01T09:00:00+08:00"),
                                               QStringLiteral("call=legacy-42")});
    ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.err) << qPrintable(imported.out);
    EXPECT_TRUE(imported.out.contains(QLatin1String("1 recordings uploaded"))) << qPrintable(imported.out);
    EXPECT_TRUE(QFile::exists(wav)) << "the input is left as it was";

    ASSERT_TRUE(measured(1));
    lead = signInToken(central->url(), QStringLiteral("lead1"));
    const HttpAnswer answer = http(central->url(), "GET", QStringLiteral("/api/v1/recordings?operator=op2&from=2026-12-01&to=2026-12-01"), {}, lead);
    ASSERT_EQ(answer.status, 200);
    const QJsonArray rows = answer.body.value(QLatin1String("recordings")).toArray();
    ASSERT_EQ(rows.size(), 1);
    const QJsonObject row = rows.at(0).toObject();
    EXPECT_EQ(row.value(QLatin1String("callId")).toString(), QStringLiteral("legacy-42"));
    EXPECT_EQ(row.value(QLatin1String("callerNumber")).toString(), QStringLiteral("13800001111"));
    EXPECT_EQ(row.value(QLatin1String("startedAt")).toString(), QStringLiteral("2026-12-01T01:00:00.000Z"));
    EXPECT_EQ(row.value(QLatin1String("durationMs")).toInteger(), 16000);
    EXPECT_NEAR(row.value(QLatin1String("longestSilenceMs")).toDouble(), 11000, 300) << "the citizen left, the operator right";

    // The same file again is the same call: nothing new. A mono file alone, and an unknown
    // key, are refused with a message.
    EXPECT_EQ(ctl(store, {QStringLiteral("recordings"), QStringLiteral("import"), wav, QStringLiteral("--meta"), QStringLiteral("call=legacy-42")}).exitCode, 0);
    EXPECT_EQ(centralCount(url, QStringLiteral("SELECT count(*) FROM recordings")), 1);
    const QString mono = dir.filePath(QStringLiteral("mono.wav"));
    ASSERT_TRUE(writeToneWav(mono, 8000, 2, 440));
    const ProcessResult refused = ctl(store, {QStringLiteral("recordings"), QStringLiteral("import"), mono});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("不是立体声"))) << qPrintable(refused.err);
    const ProcessResult unknown = ctl(store, {QStringLiteral("recordings"), QStringLiteral("import"), wav, QStringLiteral("--meta"), QStringLiteral("who=me")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QLatin1String("who"))) << qPrintable(unknown.err);
}

// The desk's side (CentreReviewService, as the review page uses it) against the real centre:
// the queue, the file downloaded and its peaks, a comment at a moment of the call and the
// recording read back with it; a comment past the end refused with the centre's reason; a
// cached file that does not decode reported and no peaks cached for it.
TEST_P(ReviewQueueTest, TheDesksReviewServiceThroughTheCentre)
{
    DeskHarness deskA(dir.filePath(QStringLiteral("a.sqlite")));
    ASSERT_TRUE(deskA.signIn(central->url(), QStringLiteral("op1")));
    PhoneCall call = recordedCall(audioDir(), 6, 6);
    ASSERT_TRUE(writeStretchesWav(call.receivedAudio, 8000, {{2, 440}, {4, 0}}));
    ASSERT_TRUE(writeStretchesWav(call.sentAudio, 8000, {{3, 0}, {3, 1000}}));
    const Recording recording = upload(deskA, call, {});
    ASSERT_FALSE(recording.id.isNull());
    const QString id = recording.idText();

    DeskHarness deskL(dir.filePath(QStringLiteral("lead.sqlite")));
    ASSERT_TRUE(deskL.signIn(central->url(), QStringLiteral("lead1")));
    CentreReviewService service(*deskL.sync, dir.filePath(QStringLiteral("review-cache")));

    QJsonArray rows;
    QString error = QStringLiteral("unanswered");
    service.list(QUrlQuery(QStringLiteral("operator=op1")), [&](const QJsonArray &r, const QString &e) {
        rows = r;
        error = e;
    });
    ASSERT_TRUE(waitUntil([&] { return error != QLatin1String("unanswered"); }, 10000));
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    ASSERT_EQ(rows.size(), 1);
    const QJsonObject row = rows.at(0).toObject();
    EXPECT_EQ(row.value(QLatin1String("id")).toString(), id);

    QString file;
    qint64 peaksMs = -1;
    float operatorAt4s = 0, citizenAt4s = 1;
    error = QStringLiteral("unanswered");
    service.audio(id, row.value(QLatin1String("bytes")).toInteger(), row.value(QLatin1String("durationMs")).toInteger(),
                  [&](const QString &f, const WaveformPeaks &peaks, const QString &e) {
                      file = f;
                      error = e;
                      peaksMs = peaks.durationMs();
                      const QVector<PeakColumn> column = peaks.columns(4100, 4900, 1);
                      if (column.size() == 1) {
                          operatorAt4s = column[0].max[1];
                          citizenAt4s = column[0].max[0];
                      }
                  });
    ASSERT_TRUE(waitUntil([&] { return error != QLatin1String("unanswered"); }, 20000));
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    EXPECT_EQ(QFileInfo(file).size(), row.value(QLatin1String("bytes")).toInteger()) << "the whole file";
    EXPECT_NEAR(double(peaksMs), 6000.0, 60.0);
    EXPECT_GT(operatorAt4s, 0.3f) << "the operator speaks at 4 s, on the right";
    EXPECT_LT(citizenAt4s, 0.01f) << "the citizen is quiet then";
    EXPECT_TRUE(QFile::exists(WaveformPeaks::cachePathFor(file)));

    QJsonObject answer;
    error = QStringLiteral("unanswered");
    service.addComment(id, 4200, QStringLiteral("接线员没有复述地址"), [&](const QJsonObject &a, const QString &e) {
        answer = a;
        error = e;
    });
    ASSERT_TRUE(waitUntil([&] { return error != QLatin1String("unanswered"); }, 10000));
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    EXPECT_EQ(answer.value(QLatin1String("offsetMs")).toInteger(), 4200);
    error = QStringLiteral("unanswered");
    service.addComment(id, 60000, QStringLiteral("x"), [&](const QJsonObject &, const QString &e) { error = e; });
    ASSERT_TRUE(waitUntil([&] { return error != QLatin1String("unanswered"); }, 10000));
    EXPECT_TRUE(error.contains(QLatin1String("offsetMs"))) << qPrintable(error);
    error = QStringLiteral("unanswered");
    service.review(id, [&](const QJsonObject &a, const QString &e) {
        answer = a;
        error = e;
    });
    ASSERT_TRUE(waitUntil([&] { return error != QLatin1String("unanswered"); }, 10000));
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    const QJsonArray comments = answer.value(QLatin1String("comments")).toArray();
    ASSERT_EQ(comments.size(), 1);
    EXPECT_EQ(comments.at(0).toObject().value(QLatin1String("offsetMs")).toInteger(), 4200);
    EXPECT_EQ(comments.at(0).toObject().value(QLatin1String("author")).toString(), QStringLiteral("lead1"));

    // The cached copy spoilt (same size, so it is not fetched again) before its peaks were
    // made: reported with the file's name, and no peaks cached for it.
    ASSERT_TRUE(QFile::remove(WaveformPeaks::cachePathFor(file)));
    QFile spoilt(file);
    ASSERT_TRUE(spoilt.open(QIODevice::ReadWrite));
    spoilt.write(QByteArray(int(spoilt.size()), '\x33'));
    spoilt.close();
    error = QStringLiteral("unanswered");
    service.audio(id, row.value(QLatin1String("bytes")).toInteger(), row.value(QLatin1String("durationMs")).toInteger(),
                  [&](const QString &, const WaveformPeaks &, const QString &e) { error = e; });
    ASSERT_TRUE(waitUntil([&] { return error != QLatin1String("unanswered"); }, 20000));
    EXPECT_TRUE(error.contains(file)) << qPrintable(error);
    EXPECT_FALSE(QFile::exists(WaveformPeaks::cachePathFor(file)));
}

INSTANTIATE_TEST_SUITE_P(Central, ReviewQueueTest, ::testing::Values("sqlite", "postgresql"),
                         [](const ::testing::TestParamInfo<const char *> &info) { return std::string(info.param); });
