// SPDX-License-Identifier: GPL-3.0-or-later
// The team lead's review page driven by keys, offscreen: the queue and its filters, Enter opens
// a recording, its waveform from the peaks of a real Ogg Opus file, the player's keys (Space,
// J/K/L, ←/→, Shift+←/→, Home/End, [ ], + −, S), a comment with C landing at the moment C was
// pressed, Enter on a comment seeking there, the orders beside it; a corrupt recording reported
// while the rest of the queue still plays.
//
// There is no sound device offscreen and a test must not wait for real time, so the player runs
// on a clock the test moves (ManualClock): what the keys do to the position, the rate and the
// playing state is what QMediaPlayer is told in the desk (MediaClock).
#include "KeyboardDriver.h"
#include "TextFitCheck.h"
#include "RecordingAudio.h"
#include "StoreFixture.h"
#include "itemmodels/ReviewQueueModel.h"
#include "kb/KnowledgeBase.h"
#include "lead/LeadPages.h"
#include "lead/LeadWindow.h"
#include "lead/PlaybackClock.h"
#include "lead/ReviewPage.h"
#include "lead/ReviewPlayer.h"
#include "lead/WaveformView.h"
#include "recordings/ReviewService.h"
#include "recordings/StereoMixer.h"
#include "sync/SyncEngine.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <iostream>

using namespace hotline;
using namespace hotline::test;

namespace {

class ManualClock : public PlaybackClock {
public:
    void load(const QString &file) override { loadedFile = file; }
    qint64 position() const override { return m_position; }
    void setPosition(qint64 ms) override
    {
        m_position = ms;
        Q_EMIT positionChanged(ms);
    }
    void play() override
    {
        if (!m_playing)
            Q_EMIT playingChanged(m_playing = true);
    }
    void pause() override
    {
        if (m_playing)
            Q_EMIT playingChanged(m_playing = false);
    }
    bool isPlaying() const override { return m_playing; }
    void setRate(double rate) override { m_rate = rate; }
    double rate() const override { return m_rate; }
    // Real time passing: playback moves by `ms` at the rate when playing.
    void advance(qint64 ms)
    {
        if (m_playing)
            setPosition(m_position + qint64(ms * m_rate));
    }
    QString loadedFile;

private:
    qint64 m_position = 0;
    bool m_playing = false;
    double m_rate = 1.0;
};

// The centre as the page sees it, answering from files of the test's own (from the event loop,
// as the real one does).
class FakeReviewService : public ReviewService {
public:
    void list(const QUrlQuery &filter, Rows done) override
    {
        lastFilter = filter;
        QJsonArray rows;
        for (const QJsonValue &row : recordings)
            if (!filter.hasQueryItem(QStringLiteral("operator"))
                || row.toObject().value(QLatin1String("operator")).toString() == filter.queryItemValue(QStringLiteral("operator")))
                rows.append(row);
        QTimer::singleShot(0, this, [rows, done] { done(rows, QString()); });
    }
    void review(const QString &id, Object done) override
    {
        QJsonObject answer{{QStringLiteral("id"), id}, {QStringLiteral("comments"), comments.value(id)}, {QStringLiteral("orders"), orders}};
        QTimer::singleShot(0, this, [answer, done] { done(answer, QString()); });
    }
    void audio(const QString &id, qint64, qint64 durationMs, Audio done) override
    {
        const QString file = files.value(id);
        QTimer::singleShot(0, this, [file, durationMs, done] {
            const Result<WaveformPeaks> peaks = WaveformPeaks::forRecording(file, durationMs);
            done(file, peaks ? peaks.value() : WaveformPeaks(), peaks ? QString() : peaks.error());
        });
    }
    void addComment(const QString &id, qint64 offsetMs, const QString &text, Object done) override
    {
        const QJsonObject comment{{QStringLiteral("offsetMs"), offsetMs}, {QStringLiteral("text"), text}, {QStringLiteral("author"), QStringLiteral("lead1")}};
        QJsonArray list = comments.value(id);
        list.append(comment);
        comments.insert(id, list);
        QTimer::singleShot(0, this, [comment, done] { done(comment, QString()); });
    }

    QJsonArray recordings;
    QHash<QString, QString> files;
    QHash<QString, QJsonArray> comments;
    QJsonArray orders;
    QUrlQuery lastFilter;
};

QJsonObject row(const QString &id, const QString &operatorLogin, const QString &startedAt, qint64 durationMs)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("operator"), operatorLogin},
            {QStringLiteral("startedAt"), startedAt},
            {QStringLiteral("durationMs"), durationMs},
            {QStringLiteral("bytes"), 1},
            {QStringLiteral("callerNumber"), QStringLiteral("13912345678")},
            {QStringLiteral("orders"), QJsonArray{QJsonObject{{QStringLiteral("number"), QStringLiteral("20261207000001")},
                                                              {QStringLiteral("item"), QStringLiteral("路灯")},
                                                              {QStringLiteral("satisfaction"), QStringLiteral("dissatisfied")}}}}};
}

QString mixed(const QTemporaryDir &dir, const QString &name, const std::vector<ToneStretch> &citizen, const std::vector<ToneStretch> &operatorSide)
{
    const QString left = dir.filePath(name + QStringLiteral("-received.wav"));
    const QString right = dir.filePath(name + QStringLiteral("-sent.wav"));
    const QString out = dir.filePath(name + QStringLiteral(".opus"));
    if (!writeStretchesWav(left, 8000, citizen) || !writeStretchesWav(right, 8000, operatorSide))
        return {};
    return StereoMixer::mix(left, right, out) ? out : QString();
}

using Key = KeyboardDriver;

} // namespace

TEST(ReviewPlayer, QueuePlayerKeysCommentsAndACorruptRecording)
{
    QTemporaryDir dir;
    FakeReviewService service;
    // A: 40 s, the citizen speaking 0–10 s and 25–40 s, the operator 2–4 s; quiet 10–25 s.
    const QString a = mixed(dir, QStringLiteral("a"), {{10, 440}, {15, 0}, {15, 440}}, {{2, 0}, {2, 1000}, {36, 0}});
    // C: 12 s of both talking.
    const QString c = mixed(dir, QStringLiteral("c"), {{12, 440}}, {{12, 1000}});
    ASSERT_FALSE(a.isEmpty());
    ASSERT_FALSE(c.isEmpty());
    // B: what reached this desk is not an Ogg file at all.
    const QString b = dir.filePath(QStringLiteral("b.opus"));
    QFile broken(b);
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write(QByteArray(3000, '\x42'));
    broken.close();
    const QString idA = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
    const QString idB = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");
    const QString idC = QStringLiteral("cccccccc-0000-4000-8000-000000000003");
    service.recordings = {row(idB, QStringLiteral("op2"), QStringLiteral("2026-12-07T09:00:00.000Z"), 30000),
                          row(idA, QStringLiteral("op1"), QStringLiteral("2026-12-07T08:00:00.000Z"), 40000),
                          row(idC, QStringLiteral("op1"), QStringLiteral("2026-12-06T08:00:00.000Z"), 12000)};
    service.files = {{idA, a}, {idB, b}, {idC, c}};
    service.orders = {QJsonObject{{QStringLiteral("number"), QStringLiteral("20261207000001")},
                                  {QStringLiteral("title"), QStringLiteral("路灯不亮")},
                                  {QStringLiteral("status"), QStringLiteral("returned")},
                                  {QStringLiteral("events"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("created")},
                                                                                    {QStringLiteral("at"), QStringLiteral("2026-12-07T08:01:00.000Z")},
                                                                                    {QStringLiteral("actor"), QStringLiteral("op1")}},
                                                                        QJsonObject{{QStringLiteral("type"), QStringLiteral("returned")},
                                                                                    {QStringLiteral("at"), QStringLiteral("2026-12-07T10:00:00.000Z")},
                                                                                    {QStringLiteral("actor"), QStringLiteral("UNIT-A")}}}}}};

    auto *clock = new ManualClock;
    ReviewPage page(service, clock);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1280, 800);
    page.show();
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    QSignalSpy refreshed(&page, &ReviewPage::refreshed);
    page.refresh();
    ASSERT_TRUE(refreshed.wait(5000));
    ASSERT_EQ(page.model()->rowCount(), 3);

    // The operator filter, typed and entered.
    page.findChild<QLineEdit *>(QStringLiteral("filterOperator"))->setFocus();
    Key::type(QStringLiteral("op1"));
    Key::key(Qt::Key_Return);
    ASSERT_TRUE(refreshed.wait(5000));
    EXPECT_EQ(service.lastFilter.queryItemValue(QStringLiteral("operator")), QStringLiteral("op1"));
    EXPECT_EQ(page.model()->rowCount(), 2);
    Key::key(Qt::Key_A, Qt::ControlModifier);
    Key::key(Qt::Key_Backspace);
    Key::key(Qt::Key_Return);
    ASSERT_TRUE(refreshed.wait(5000));
    EXPECT_FALSE(service.lastFilter.hasQueryItem(QStringLiteral("operator")));
    ASSERT_EQ(page.model()->rowCount(), 3);
    // Only the calls the week's plan gives this reviewer: asked of the centre at once.
    auto *assigned = page.findChild<QCheckBox *>(QStringLiteral("filterAssigned"));
    assigned->setFocus();
    Key::key(Qt::Key_Space);
    ASSERT_TRUE(refreshed.wait(5000));
    EXPECT_EQ(service.lastFilter.queryItemValue(QStringLiteral("assigned")), QStringLiteral("1"));
    Key::key(Qt::Key_Space);
    ASSERT_TRUE(refreshed.wait(5000));
    EXPECT_FALSE(service.lastFilter.hasQueryItem(QStringLiteral("assigned")));

    // The corrupt one first: Enter opens it, the player says what is wrong, keys do nothing,
    // Esc comes back.
    ReviewPlayer *player = page.player();
    QSignalSpy loaded(player, &ReviewPlayer::loaded);
    page.table()->setFocus();
    page.table()->setCurrentIndex(page.model()->index(0, 0));
    Key::key(Qt::Key_Return);
    ASSERT_TRUE(page.isPlayerShown());
    ASSERT_TRUE(loaded.wait(5000));
    EXPECT_FALSE(player->isLoaded());
    EXPECT_TRUE(player->problem().contains(b)) << qPrintable(player->problem());
    EXPECT_TRUE(player->findChild<QLabel *>(QStringLiteral("reviewProblem"))->isVisible());
    Key::key(Qt::Key_Space);
    EXPECT_FALSE(clock->isPlaying());
    Key::key(Qt::Key_Escape);
    ASSERT_FALSE(page.isPlayerShown());
    EXPECT_EQ(Key::focused(), page.table());

    // The next one plays.
    Key::key(Qt::Key_Down);
    Key::key(Qt::Key_Return);
    ASSERT_TRUE(page.isPlayerShown());
    ASSERT_TRUE(loaded.wait(10000));
    ASSERT_TRUE(player->isLoaded()) << qPrintable(player->problem());
    EXPECT_EQ(player->recordingId(), idA);
    EXPECT_EQ(clock->loadedFile, a);
    WaveformView *wave = player->waveform();
    EXPECT_NEAR(double(wave->viewSpan()), 40000.0, 60.0) << "the whole call at first";
    const qint64 whole = wave->viewSpan();
    EXPECT_EQ(player->orders()->topLevelItemCount(), 1);
    EXPECT_EQ(player->orders()->topLevelItem(0)->childCount(), 2) << "the order's events";

    Key::key(Qt::Key_Space);
    EXPECT_TRUE(clock->isPlaying());
    clock->advance(3000);
    EXPECT_EQ(wave->playhead(), 3000) << "the cursor follows playback";
    Key::key(Qt::Key_Right);
    EXPECT_EQ(clock->position(), 8000);
    Key::key(Qt::Key_Right, Qt::ShiftModifier);
    EXPECT_EQ(clock->position(), 38000);
    Key::key(Qt::Key_Left, Qt::ShiftModifier);
    EXPECT_EQ(clock->position(), 8000);
    Key::key(Qt::Key_Left);
    EXPECT_EQ(clock->position(), 3000);
    Key::key(Qt::Key_Left);
    EXPECT_EQ(clock->position(), 0) << "not before the start";
    Key::key(Qt::Key_End);
    EXPECT_NEAR(double(clock->position()), 40000.0, 60.0);
    EXPECT_FALSE(clock->isPlaying());
    Key::key(Qt::Key_Home);
    EXPECT_EQ(clock->position(), 0);
    Key::key(Qt::Key_Space);
    EXPECT_TRUE(clock->isPlaying());
    Key::key(Qt::Key_Space);
    EXPECT_FALSE(clock->isPlaying());

    // J/K/L: L plays, again faster, up to 2×; K pauses; J steps back further each time.
    Key::key(Qt::Key_L);
    EXPECT_TRUE(clock->isPlaying());
    EXPECT_DOUBLE_EQ(clock->rate(), 1.0);
    Key::key(Qt::Key_L);
    EXPECT_DOUBLE_EQ(clock->rate(), 1.5);
    Key::key(Qt::Key_L);
    Key::key(Qt::Key_L);
    EXPECT_DOUBLE_EQ(clock->rate(), 2.0);
    clock->advance(15000);
    EXPECT_EQ(clock->position(), 30000) << "15 s at 2×";
    Key::key(Qt::Key_K);
    EXPECT_FALSE(clock->isPlaying());
    Key::key(Qt::Key_J);
    EXPECT_EQ(clock->position(), 25000);
    Key::key(Qt::Key_J);
    EXPECT_EQ(clock->position(), 15000);
    Key::key(Qt::Key_J);
    EXPECT_EQ(clock->position(), 0);
    // [ and ]: a quarter slower or faster, 0.5× to 2×.
    Key::key(Qt::Key_BracketRight);
    EXPECT_DOUBLE_EQ(clock->rate(), 2.0);
    for (int i = 0; i < 8; ++i)
        Key::key(Qt::Key_BracketLeft);
    EXPECT_DOUBLE_EQ(clock->rate(), 0.5);
    Key::key(Qt::Key_BracketRight);
    EXPECT_DOUBLE_EQ(clock->rate(), 0.75);

    // Zoom: + halves the span around the cursor, − doubles it back.
    Key::key(Qt::Key_Right, Qt::ShiftModifier);
    Key::key(Qt::Key_Plus);
    EXPECT_EQ(wave->viewSpan(), whole / 2);
    EXPECT_TRUE(wave->viewStart() <= 30000 && wave->viewStart() + wave->viewSpan() > 30000);
    Key::key(Qt::Key_Minus);
    EXPECT_EQ(wave->viewSpan(), whole - whole % 2);
    for (int i = 0; i < 20; ++i)
        Key::key(Qt::Key_Plus);
    EXPECT_EQ(wave->viewSpan(), WaveformView::minimumSpanMs) << "no narrower than two seconds";
    Key::key(Qt::Key_Minus);

    // S: playing into the quiet stretch (10–25 s) lands just before the citizen speaks again.
    Key::key(Qt::Key_Home);
    Key::key(Qt::Key_S);
    EXPECT_TRUE(player->skipsSilence());
    Key::key(Qt::Key_L);
    EXPECT_DOUBLE_EQ(clock->rate(), 1.0);
    clock->advance(11000);
    EXPECT_GE(clock->position(), 24500) << clock->position();
    EXPECT_LE(clock->position(), 25000) << clock->position();
    Key::key(Qt::Key_S);
    Key::key(Qt::Key_Home);
    clock->advance(11000);
    EXPECT_EQ(clock->position(), 11000) << "skipping is off again";
    Key::key(Qt::Key_K);

    // C while playing: the comment is at the moment C was pressed, whatever the typing takes.
    QSignalSpy added(player, &ReviewPlayer::commentAdded);
    Key::key(Qt::Key_Home);
    Key::key(Qt::Key_Right);
    Key::key(Qt::Key_L);
    clock->advance(1200);
    ASSERT_EQ(clock->position(), 6200);
    Key::key(Qt::Key_C);
    EXPECT_FALSE(clock->isPlaying()) << "playback waits while the comment is written";
    ASSERT_EQ(Key::focused(), player->commentPrompt());
    Key::type(QStringLiteral("no ID given "));
    Key::commit(QStringLiteral("开场白没有报工号"));
    clock->advance(5000);
    Key::key(Qt::Key_Return);
    ASSERT_TRUE(added.wait(5000));
    EXPECT_EQ(added.at(0).at(0).toLongLong(), 6200);
    ASSERT_EQ(service.comments.value(idA).size(), 1);
    EXPECT_EQ(service.comments.value(idA).at(0).toObject().value(QLatin1String("offsetMs")).toInteger(), 6200);
    EXPECT_EQ(service.comments.value(idA).at(0).toObject().value(QLatin1String("text")).toString(), QStringLiteral("no ID given 开场白没有报工号"));
    EXPECT_TRUE(clock->isPlaying()) << "and goes on after";
    EXPECT_EQ(wave->marks(), QVector<qint64>{6200}) << "pinned on the waveform";
    ASSERT_EQ(player->comments()->count(), 1);
    EXPECT_TRUE(player->comments()->item(0)->text().contains(QStringLiteral("0:06.2")));
    // A second one earlier in the call is listed first; Esc in the prompt writes nothing.
    Key::key(Qt::Key_K);
    Key::key(Qt::Key_Home);
    Key::key(Qt::Key_C);
    Key::commit(QStringLiteral("问候语"));
    Key::key(Qt::Key_Escape);
    EXPECT_TRUE(page.isPlayerShown()) << "Esc closed the prompt only";
    EXPECT_EQ(service.comments.value(idA).size(), 1);
    Key::key(Qt::Key_Right);
    Key::key(Qt::Key_C);
    Key::commit(QStringLiteral("问候语"));
    Key::key(Qt::Key_Return);
    ASSERT_TRUE(added.wait(5000));
    ASSERT_EQ(player->comments()->count(), 2);
    EXPECT_EQ(wave->marks(), (QVector<qint64>{5000, 6200}));
    // Enter on a comment goes there.
    Key::key(Qt::Key_End);
    player->comments()->setFocus();
    player->comments()->setCurrentRow(1);
    Key::key(Qt::Key_Return);
    EXPECT_EQ(clock->position(), 6200);

    // Q: this call to the scoring form, playback paused.
    QSignalSpy score(player, &ReviewPlayer::scoreRequested);
    player->setFocus();
    Key::key(Qt::Key_L);
    ASSERT_TRUE(clock->isPlaying());
    Key::key(Qt::Key_Q);
    ASSERT_EQ(score.size(), 1);
    EXPECT_EQ(score.at(0).at(0).toString(), idA);
    EXPECT_FALSE(clock->isPlaying());

    // The scoring form's place.
    EXPECT_FALSE(player->findChild<QWidget *>(QStringLiteral("scoringPane"))->isVisible());
    page.setScoringWidget(new QLabel(QStringLiteral("评分表")));
    EXPECT_TRUE(player->findChild<QWidget *>(QStringLiteral("scoringPane"))->isVisible());

    // Back to the queue and on to the last one.
    player->setFocus();
    Key::key(Qt::Key_Escape);
    ASSERT_FALSE(page.isPlayerShown());
    Key::key(Qt::Key_Down);
    Key::key(Qt::Key_Return);
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_EQ(player->recordingId(), idC);
    EXPECT_TRUE(player->isLoaded());
    EXPECT_TRUE(player->problem().isEmpty());
    EXPECT_EQ(player->comments()->count(), 0);
    EXPECT_FALSE(QFile::exists(WaveformPeaks::cachePathFor(b))) << "nothing cached of the corrupt file";
    EXPECT_TRUE(QFile::exists(WaveformPeaks::cachePathFor(a)));
}

namespace {

class ReviewTextFitTest : public ::testing::TestWithParam<const char *> {};

} // namespace

// The page fits at 1280x800 in both languages: the queue with its filters, and the player with
// a recording, its comments and orders (English once the lead's translations have the strings;
// until then the English run checks the Chinese that stands in for them).
TEST_P(ReviewTextFitTest, QueueAndPlayerFit)
{
    const QString language = QString::fromLatin1(GetParam());
    QTranslator translator;
    if (language == QLatin1String("en")) {
        ASSERT_TRUE(translator.load(QStringLiteral(HOTLINE_EN_QM))) << HOTLINE_EN_QM;
        QApplication::installTranslator(&translator);
    }
    QTemporaryDir dir;
    FakeReviewService service;
    const QString a = mixed(dir, QStringLiteral("a"), {{4, 440}, {4, 0}, {4, 440}}, {{2, 0}, {2, 1000}, {8, 0}});
    ASSERT_FALSE(a.isEmpty());
    const QString id = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
    service.recordings = {row(id, QStringLiteral("op1"), QStringLiteral("2026-12-07T08:00:00.000Z"), 12000)};
    service.files = {{id, a}};
    service.comments = {{id, QJsonArray{QJsonObject{{QStringLiteral("offsetMs"), 2500}, {QStringLiteral("text"), QStringLiteral("开场白没有报工号")},
                                                    {QStringLiteral("author"), QStringLiteral("lead1")}}}}};
    service.orders = {QJsonObject{{QStringLiteral("number"), QStringLiteral("20261207000001")},
                                  {QStringLiteral("title"), QStringLiteral("路灯不亮")},
                                  {QStringLiteral("status"), QStringLiteral("dispatched")},
                                  {QStringLiteral("events"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("created")},
                                                                                    {QStringLiteral("at"), QStringLiteral("2026-12-07T08:01:00.000Z")},
                                                                                    {QStringLiteral("actor"), QStringLiteral("op1")}}}}}};
    ReviewPage page(service, new ManualClock);
    page.resize(1280, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QSignalSpy refreshed(&page, &ReviewPage::refreshed);
    page.refresh();
    ASSERT_TRUE(refreshed.wait(5000));
    TextFitCheck fit;
    fit.check(page, language + QStringLiteral("/review-queue"));
    const QString artefacts = QStringLiteral(HOTLINE_ARTIFACT_DIR);
    ASSERT_TRUE(QDir().mkpath(artefacts));
    EXPECT_TRUE(page.grab().save(artefacts + QStringLiteral("/review-queue-%1.png").arg(language)));

    QSignalSpy loaded(page.player(), &ReviewPlayer::loaded);
    page.table()->setFocus();
    page.table()->setCurrentIndex(page.model()->index(0, 0));
    Key::key(Qt::Key_Return);
    ASSERT_TRUE(loaded.wait(10000));
    QTest::qWait(20);
    fit.check(page, language + QStringLiteral("/review-player"));
    EXPECT_TRUE(page.grab().save(artefacts + QStringLiteral("/review-player-%1.png").arg(language)));
    QApplication::removeTranslator(&translator);
    std::cout << "[ figures  ] " << GetParam() << ": " << fit.checked() << " texts checked on the review page, " << fit.offences().size() << " cut"
              << std::endl;
    EXPECT_TRUE(fit.offences().isEmpty()) << qPrintable(fit.offences().join(u'\n'));
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, ReviewTextFitTest, ::testing::Values("zh", "en"),
                         [](const ::testing::TestParamInfo<const char *> &info) { return std::string(info.param); });

// The page in the team lead's window (LeadPages): its tab, reached with its Ctrl+digit; on a desk not
// signed in to a centre the queue says so instead of staying empty without a word.
TEST(ReviewPlayer, TheLeadWindowHasTheReviewPage)
{
    StoreFixture fx;
    KnowledgeBase kb(*fx.store, StoreFixture::pinyin());
    SyncEngine sync(*fx.store, kb.articles(), DeskSiteConfig{});
    LeadWindow window(*fx.store, sync);
    addLeadPages(window);
    auto *page = window.findChild<ReviewPage *>(QStringLiteral("reviewPage"));
    ASSERT_NE(page, nullptr);
    QSignalSpy refreshed(page, &ReviewPage::refreshed);
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_TRUE(!refreshed.isEmpty() || refreshed.wait(5000)) << "the page asks for the queue when it opens";
    const int at = window.pages()->indexOf(page);
    ASSERT_GE(at, 0);
    ASSERT_LT(at, 9);
    Key::key(Qt::Key(Qt::Key_1 + at), Qt::ControlModifier);
    EXPECT_TRUE(page->isVisible());
    EXPECT_TRUE(page->isAncestorOf(Key::focused())) << "the queue has the keys";
    EXPECT_TRUE(page->findChild<QLabel *>(QStringLiteral("queueStatus"))->text().contains(QStringLiteral("未登录中心")))
        << qPrintable(page->findChild<QLabel *>(QStringLiteral("queueStatus"))->text());
}
