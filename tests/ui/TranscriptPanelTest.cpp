// SPDX-License-Identifier: GPL-3.0-or-later
// The transcript panel beside the form, from the keyboard: Up/Down choose a sentence, Enter
// or F12 hand it to the form; it follows the newest sentence unless the operator moved up; the
// chosen row is legible; without a recogniser it says so; a recogniser that dies mid-call is
// one line in the panel while the rest stays usable.
#include "operator/TranscriptPanel.h"
#include "operator/ShortcutCatalog.h"
#include "itemmodels/TranscriptModel.h"
#include "support/FakeFunAsrServer.h"
#include "support/TestAudio.h"
#include "telephony/FunAsrClient.h"
#include "telephony/TranscriptSource.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

class TranscriptPanelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        panel.resize(420, 480);
        panel.show();
        QApplication::setActiveWindow(&panel);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&panel));
        panel.setFocus();
    }

    QLabel *label(const char *name) const { return panel.findChild<QLabel *>(QLatin1String(name)); }
    int current() const { return panel.list()->currentIndex().row(); }
    void key(Qt::Key k) { QTest::keyClick(QApplication::focusWidget(), k); }
    static TranscriptSentence said(const QString &text, qint64 startMs) { return {text, startMs, startMs + 900, true}; }

    TranscriptPanel panel;
    QAbstractItemModelTester tester{&panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal};
    QSignalSpy chosen{&panel, &TranscriptPanel::sentenceChosen};
};

// The luminance of the row's background (its most common colour) and of its lightest pixel.
std::pair<int, int> luminance(const QImage &image, const QRect &row)
{
    QHash<QRgb, int> counts;
    int lightest = 0;
    for (int y = row.top(); y <= row.bottom(); ++y)
        for (int x = row.left(); x <= row.right(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            ++counts[pixel];
            lightest = std::max(lightest, qGray(pixel));
        }
    QRgb background = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    return {qGray(background), lightest};
}

} // namespace

TEST_F(TranscriptPanelTest, WithoutARecogniserItSaysSo)
{
    EXPECT_EQ(label("transcriptStatus")->text(), QStringLiteral("未连接语音转写服务"));
    EXPECT_EQ(panel.model().rowCount(), 0);
    key(Qt::Key_F12);
    key(Qt::Key_Return);
    EXPECT_TRUE(chosen.isEmpty()) << "nothing to copy, and nothing breaks";
    EXPECT_TRUE(label("transcriptTrouble")->isHidden());
}

TEST_F(TranscriptPanelTest, KeysChooseASentenceAndTheListFollowsTheNewestUnlessMovedUp)
{
    TranscriptSource source;
    panel.setSource(&source);
    EXPECT_NE(label("transcriptStatus")->text(), QStringLiteral("未连接语音转写服务"));
    Q_EMIT source.started(QStringLiteral("call-1"));
    EXPECT_EQ(label("transcriptStatus")->text(), QStringLiteral("通话转写中"));
    Q_EMIT source.partial(QStringLiteral("我家楼下"));
    EXPECT_EQ(label("transcriptPartial")->text(), QStringLiteral("我家楼下"));
    Q_EMIT source.sentence(said(QStringLiteral("我家楼下的路灯坏了。"), 1200));
    Q_EMIT source.sentence(said(QStringLiteral("在广安门内大街。"), 64000));
    Q_EMIT source.sentence(said(QStringLiteral("已经三天没亮了。"), 70000));
    EXPECT_TRUE(label("transcriptPartial")->text().isEmpty());
    ASSERT_EQ(panel.model().rowCount(), 3);
    EXPECT_EQ(panel.model().index(1).data().toString(), QStringLiteral("01:04  在广安门内大街。"));
    EXPECT_EQ(current(), 2) << "following the newest";

    key(Qt::Key_F12);
    ASSERT_EQ(chosen.size(), 1);
    EXPECT_EQ(chosen.last().first().toString(), QStringLiteral("已经三天没亮了。"));
    EXPECT_EQ(ShortcutCatalog::keys(QStringLiteral("transcriptCopy")), QKeySequence(Qt::Key_F12));

    key(Qt::Key_Up);
    EXPECT_EQ(current(), 1);
    Q_EMIT source.sentence(said(QStringLiteral("晚上走路很危险。"), 75000));
    EXPECT_EQ(current(), 1) << "the operator moved up: the selection stays where it is";
    key(Qt::Key_Return);
    ASSERT_EQ(chosen.size(), 2);
    EXPECT_EQ(chosen.last().first().toString(), QStringLiteral("在广安门内大街。"));
    key(Qt::Key_Up);
    key(Qt::Key_Enter);
    EXPECT_EQ(chosen.last().first().toString(), QStringLiteral("我家楼下的路灯坏了。"));

    key(Qt::Key_Down);
    key(Qt::Key_Down);
    key(Qt::Key_Down);
    EXPECT_EQ(current(), 3);
    Q_EMIT source.sentence(said(QStringLiteral("希望尽快修好。"), 80000));
    EXPECT_EQ(current(), 4) << "back at the newest: following again";

    // The chosen row reads as light text on a dark selection, with or without focus.
    const QRect row = panel.list()->visualRect(panel.list()->currentIndex());
    auto [background, text] = luminance(panel.list()->viewport()->grab().toImage(), row);
    EXPECT_LT(background, 110) << "a dark selection";
    EXPECT_GT(text, 200) << "light text on it";
    QLineEdit elsewhere;
    elsewhere.show();
    QApplication::setActiveWindow(&elsewhere);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&elsewhere));
    std::tie(background, text) = luminance(panel.list()->viewport()->grab().toImage(), row);
    EXPECT_LT(background, 110) << "still dark when the cursor is in the form";
    EXPECT_GT(text, 200);
    const QRect other = panel.list()->visualRect(panel.model().index(0));
    std::tie(background, text) = luminance(panel.list()->viewport()->grab().toImage(), other);
    EXPECT_GT(background, 200) << "an unchosen row stays light";

    chosen.clear();
    panel.chooseCurrent(); // the desk's copy key from anywhere in the window
    ASSERT_EQ(chosen.size(), 1);
    EXPECT_EQ(chosen.last().first().toString(), QStringLiteral("希望尽快修好。"));

    Q_EMIT source.finished();
    EXPECT_EQ(label("transcriptStatus")->text(), QStringLiteral("通话 call-1 的转写"));
    Q_EMIT source.started(QStringLiteral("call-2"));
    EXPECT_EQ(panel.model().rowCount(), 0) << "a new call, a new transcript";
}

TEST_F(TranscriptPanelTest, ARecogniserThatDiesMidCallIsOneLineAndTheRestGoesOn)
{
    FakeFunAsrServer server(
        {{QStringLiteral("我家楼下的路灯坏了。"), 200, 1400}, {QStringLiteral("在广安门内大街。"), 1600, 2600}});
    ASSERT_TRUE(server.listen());
    server.dieAfterAudioMs(2200);
    FunAsrSettings settings;
    settings.url = server.url();
    FunAsrClient client(settings);
    panel.setSource(&client);
    QStringList partials;
    QObject::connect(&panel.model(), &TranscriptModel::partialChanged, &panel, [&](const QString &text) {
        if (!text.isEmpty())
            partials.append(label("transcriptPartial")->text());
    });

    client.start(QStringLiteral("call-3"), 8000);
    const QByteArray audio = tone(8000, 3000);
    for (qsizetype at = 0; at < audio.size() && label("transcriptTrouble")->isHidden(); at += 1600) {
        client.feed(audio.mid(at, 1600));
        const qint64 fed = at + 1600;
        (void)QTest::qWaitFor(
            [&] {
                return !label("transcriptTrouble")->isHidden() ||
                       (!server.streams().isEmpty() && server.streams().first().audioBytes + 960 > fed);
            },
            10000);
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return !label("transcriptTrouble")->isHidden(); }, 10000));
    EXPECT_TRUE(label("transcriptTrouble")->text().contains(QStringLiteral("中断")))
        << qPrintable(label("transcriptTrouble")->text());

    // The partial line grew in the panel, and the sentence landed in the list, in order.
    ASSERT_FALSE(partials.isEmpty());
    EXPECT_EQ(partials.first(), QStringLiteral("我"));
    EXPECT_TRUE(partials.contains(QStringLiteral("我家楼下的路灯坏了")));
    ASSERT_GE(panel.model().rowCount(), 1);
    EXPECT_EQ(panel.model().index(0).data(TranscriptModel::TextRole).toString(),
              QStringLiteral("我家楼下的路灯坏了。"));

    // The call goes on: more audio, the panel's keys still work, the end comes at once.
    client.feed(tone(8000, 500));
    panel.setFocus();
    key(Qt::Key_Up);
    key(Qt::Key_Home);
    key(Qt::Key_F12);
    ASSERT_FALSE(chosen.isEmpty());
    EXPECT_EQ(chosen.last().first().toString(), QStringLiteral("我家楼下的路灯坏了。"));
    QSignalSpy finished(&client, &TranscriptSource::finished);
    client.finish();
    EXPECT_EQ(finished.size(), 1);
    EXPECT_FALSE(label("transcriptTrouble")->isHidden()) << "the trouble stays said until the next call";
}
