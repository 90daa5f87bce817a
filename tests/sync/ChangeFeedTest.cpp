// SPDX-License-Identifier: GPL-3.0-or-later
// The change feed with several writers: two hotline-central processes on one database (as
// behind a load balancer), eight connections publishing at once, and a desk pulling in small
// pages from either centre while they write. Transactions commit out of order between the
// two processes; the pull must still never skip a change nor hand one out twice.
#include "CentralHarness.h"

#include <QJsonArray>
#include <QElapsedTimer>
#include <QSet>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

using namespace hotline;
using namespace hotline::test;

namespace {

class ChangeFeedTest : public CentralTest {
protected:
    void SetUp() override { startCentral({{"editor1", "kb_editor"}, {"op1", "operator"}}); }
};

QByteArray publishBody(const QString &key, const QString &title = {})
{
    const QJsonObject op{{QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                         {QStringLiteral("kind"), QStringLiteral("kb.publish")},
                         {QStringLiteral("payload"), QJsonObject{{QStringLiteral("key"), key},
                                                                 {QStringLiteral("title"), title.isEmpty() ? QString(QStringLiteral("口径 ") + key) : title},
                                                                 {QStringLiteral("answer"), QStringLiteral("按规定办理。")}}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("ops"), QJsonArray{op}}}).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_P(ChangeFeedTest, TwoCentresWritingAtOnceNeverMakeAPullSkipOrRepeatAChange)
{
    CentralProcess second(url);
    ASSERT_TRUE(second.start()) << qPrintable(second.log());
    const QUrl centres[2] = {central->url(), second.url()};
    const QString editor = signInToken(centres[0], QStringLiteral("editor1"));
    const QString reader = signInToken(centres[1], QStringLiteral("op1"));
    ASSERT_FALSE(editor.isEmpty());
    ASSERT_FALSE(reader.isEmpty());

    // Writers: eight connections, four to each centre, each publishing as fast as answered.
    const int total = 240;
    int sent = 0;
    int written = 0;
    int failed = 0;
    std::vector<std::unique_ptr<HttpLane>> writers;
    for (int i = 0; i < 8; ++i)
        writers.push_back(std::make_unique<HttpLane>(centres[i % 2]));
    std::function<void(HttpLane &)> publishNext = [&](HttpLane &lane) {
        if (sent == total)
            return;
        const QString key = QStringLiteral("feed-%1").arg(sent++);
        lane.send("POST", QStringLiteral("/api/v1/sync/push"), publishBody(key), editor, [&, lanePtr = &lane](int status, const QByteArray &) {
            status == 200 ? ++written : ++failed;
            publishNext(*lanePtr);
        });
    };

    // The reader: small pages, from one centre and then the other, while the writers write.
    qint64 cursor = 0;
    qint64 lastRevision = 0;
    QStringList seen;
    int outOfOrder = 0;
    bool caughtUp = false;
    const std::unique_ptr<HttpLane> readers[2] = {std::make_unique<HttpLane>(centres[0]), std::make_unique<HttpLane>(centres[1])};
    int turn = 0;
    int pagesWhileWriting = 0;
    std::function<void()> pullNext = [&] {
        HttpLane &lane = *readers[turn++ % 2];
        // Only a pull asked after every write was answered can prove the reader caught up: one
        // asked before the last commit may be answered empty after that write's answer came.
        const bool askedAfterTheWrites = written + failed == total;
        lane.send("GET", QStringLiteral("/api/v1/sync/pull?since=%1&limit=7").arg(cursor), {}, reader,
                  [&, askedAfterTheWrites](int status, const QByteArray &body) {
            if (status != 200) {
                ++failed;
                return;
            }
            const QJsonObject page = QJsonDocument::fromJson(body).object();
            const QJsonArray changes = page.value(QLatin1String("changes")).toArray();
            for (const QJsonValue &change : changes) {
                const qint64 revision = change.toObject().value(QLatin1String("revision")).toInteger();
                if (revision <= lastRevision)
                    ++outOfOrder;
                lastRevision = revision;
                seen.append(change.toObject().value(QLatin1String("key")).toString());
            }
            cursor = page.value(QLatin1String("cursor")).toInteger();
            if (written + failed < total && !changes.isEmpty())
                ++pagesWhileWriting;
            caughtUp = askedAfterTheWrites && changes.isEmpty() && !page.value(QLatin1String("more")).toBool();
            if (!caughtUp)
                pullNext();
        });
    };
    for (auto &lane : writers)
        publishNext(*lane);
    pullNext();
    ASSERT_TRUE(waitUntil([&] { return caughtUp || failed > 0; }, 120000)) << written << " written, " << seen.size() << " pulled";

    std::printf("  %d pulls, %d pages of changes read while the writers wrote\n", turn, pagesWhileWriting);
    EXPECT_GT(pagesWhileWriting, 0) << "the reader must read while the centres write";
    EXPECT_EQ(failed, 0);
    EXPECT_EQ(written, total);
    EXPECT_EQ(outOfOrder, 0) << "revisions come in order";
    const QSet<QString> distinct(seen.begin(), seen.end());
    EXPECT_EQ(seen.size(), total) << "no change handed out twice";
    EXPECT_EQ(distinct.size(), total) << "no change skipped";
    EXPECT_EQ(count("SELECT count(*) FROM changes"), total);
}

TEST_P(ChangeFeedTest, ADeskStreamingFromOneCentreHearsOfWhatAnotherWrote)
{
    // Behind one proxy a desk's stream and an editor's push may reach different centres.
    CentralProcess second(url);
    ASSERT_TRUE(second.start()) << qPrintable(second.log());
    DeskHarness desk(dir.filePath(QStringLiteral("desk.sqlite")));
    ASSERT_TRUE(desk.signIn(second.url(), QStringLiteral("op1")));
    desk.sync->start(60000); // the tick is far: only a nudge brings the change in time
    ASSERT_TRUE(waitUntil([&] { return http(second.url(), "GET", QStringLiteral("/api/v1/health")).body.value(QLatin1String("streams")).toInt() == 1; },
                          15000))
        << "the desk's stream is open at the second centre";
    const QString editor = signInToken(central->url(), QStringLiteral("editor1"));
    const HttpAnswer published = http(central->url(), "POST", QStringLiteral("/api/v1/sync/push"),
                                      publishBody(QStringLiteral("cross-centre"), QStringLiteral("跨中心推送的口径")), editor);
    ASSERT_EQ(published.status, 200);
    QElapsedTimer heard;
    heard.start();
    EXPECT_TRUE(waitUntil([&] { return !desk.kb->search().search(QStringLiteral("跨中心推送"), 5).isEmpty(); }, 15000))
        << "nudged by the centre it streams from: " << qPrintable(desk.sync->lastError());
    std::printf("  the desk had the other centre's change after %lld ms\n", static_cast<long long>(heard.elapsed()));
}

INSTANTIATE_TEST_SUITE_P(Central, ChangeFeedTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &info) { return std::string(info.param); });
