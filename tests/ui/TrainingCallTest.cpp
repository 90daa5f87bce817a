// SPDX-License-Identifier: GPL-3.0-or-later
// A trainee's scripted call on the real desk, driven with key events only: the shipped heating
// fee consultation rings on the training desk, is answered, the form is typed with the desk's
// keys (description, item, place, unit), the article is found and taken with F9, the call hung
// up and the order filed — and the score card shows the score worked out by hand from the
// weights. A second play with a wrong level-3 item gets exactly the item's partial credit.
// The order and the attempts are in the training store; the desk's store holds nothing.
#include "../ProposalFixture.h"
#include "../StoreFixture.h"
#include "KeyboardDriver.h"
#include "kb/KnowledgeBase.h"
#include "operator/CallBar.h"
#include "operator/DeskWindow.h"
#include "operator/KnowledgePanel.h"
#include "operator/TranscriptPanel.h"
#include "operator/WorkOrderForm.h"
#include "telephony/SimulatedPhone.h"
#include "telephony/TimedTranscript.h"
#include "training/CallScoring.h"
#include "training/ScenarioCall.h"
#include "training/ScoreCard.h"
#include "training/TrainingAttempt.h"
#include "training/TrainingStore.h"
#include "training/TrainingWindow.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QAbstractItemView>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

const QString heating = QStringLiteral("heating-fee-chaoyang-01");
const QString course = QStringLiteral("course-basics-01");

int rows(LocalStore &store, const char *table)
{
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table));
    return query.next() ? query.value(0).toInt() : -1;
}

class TrainingCallTest : public ::testing::Test, protected KeyboardDriver {
protected:
    void SetUp() override
    {
        importProposalData(*fx.store);
        // The article the heating-fee scenario expects, in the desk's knowledge base.
        KnowledgeBase kb(*fx.store, StoreFixture::pinyin());
        KbDraft article;
        article.title = QStringLiteral("居民供暖费的缴纳标准和缴费期限");
        article.questions = {QStringLiteral("暖气费交多少钱")};
        article.answer = QStringLiteral("居民供暖费按建筑面积每平方米30元计收，请于每年11月15日前交到热力公司。");
        article.keywords = {QStringLiteral("供暖费"), QStringLiteral("暖气费")};
        const Result<qint64> id = kb.articles().create(article, QStringLiteral("lead"), QStringLiteral("demo:heating-fee"));
        ASSERT_TRUE(id.ok());
        ASSERT_TRUE(kb.articles().publish(id.value(), QStringLiteral("lead")).ok());
        deskOrders = rows(*fx.store, "work_orders");
        deskOutbox = rows(*fx.store, "outbox");

        Result<std::unique_ptr<TrainingStore>> made = TrainingStore::openOrCreate(TrainingStore::pathBeside(*fx.store), *fx.store);
        ASSERT_TRUE(made.ok()) << qPrintable(made.error());
        training = std::move(made).value();
        const TrainingLoadReport loaded = training->loadFolder(QStringLiteral(HOTLINE_SEED_DATA "/../training"));
        ASSERT_TRUE(loaded.problems.isEmpty()) << qPrintable(loaded.problems.join(u'\n'));
        window = std::make_unique<TrainingWindow>(*training, StoreFixture::pinyin());
        window->scenarioCall()->setClock([this] { return now; });
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    template <typename T>
    T *field(const char *name) const { return window->desk()->findChild<T *>(QString::fromLatin1(name)); }
    void at(int ms) { now = start.addMSecs(ms); }

    // Enter on the selected scenario; the desk comes up ringing.
    void ringFromTheList()
    {
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        window->list()->setFocus();
        ASSERT_EQ(window->list()->currentItem()->data(0, Qt::UserRole).toString(), heating);
        at(0);
        key(Qt::Key_Return);
        ASSERT_TRUE(QTest::qWaitForWindowActive(window->desk()));
        ASSERT_TRUE(QTest::qWaitFor([] { return QApplication::focusWidget() != nullptr; }, 2000));
        ASSERT_TRUE(window->desk()->callBar()->isRinging());
        EXPECT_EQ(window->desk()->callBar()->ringingNumber(), QStringLiteral("13911026051"));
    }

    // The call as a trainee takes it: answer, look up and take the article, type the order,
    // hang up, file. `item` in pinyin initials; `description` committed by the input method.
    void takeTheCall(const QString &description, const QString &item)
    {
        at(2000);
        key(Qt::Key_N, Qt::ControlModifier); // answer
        ASSERT_EQ(field<QLineEdit>("phone")->text(), QStringLiteral("13911026051"));
        key(Qt::Key_K, Qt::ControlModifier); // the knowledge base
        commit(QStringLiteral("供暖费"));
        key(Qt::Key_F9); // its answer into the reply
        ASSERT_FALSE(field<QPlainTextEdit>("reply")->toPlainText().isEmpty());
        key(Qt::Key_E, Qt::AltModifier);
        commit(description);
        key(Qt::Key_C, Qt::AltModifier);
        type(item);
        key(Qt::Key_Return);
        key(Qt::Key_A, Qt::AltModifier);
        commit(QStringLiteral("望京西园三区"));
        key(Qt::Key_Return);
        EXPECT_EQ(field<QLabel>("addressPath")->text(), QStringLiteral("朝阳区 › 望京街道 › 望京西园三区社区"));
        key(Qt::Key_U, Qt::AltModifier);
        commit(QStringLiteral("热力集团"));
        key(Qt::Key_Return);
        at(32000);
        key(Qt::Key_F4); // hang up: 30 s on the line
        at(35500);
        key(Qt::Key_Return, Qt::ControlModifier); // filed 3.5 s after
    }

    StoreFixture fx;
    std::unique_ptr<TrainingStore> training;
    std::unique_ptr<TrainingWindow> window;
    int deskOrders = 0;
    int deskOutbox = 0;
    const QDateTime start = QDateTime::fromString(QStringLiteral("2026-12-07T09:00:00.000Z"), Qt::ISODateWithMs);
    QDateTime now = start;
};

// 52 characters, holding 供暖费 and 二手房 but not the third fact (缴费期限).
const QString withoutDeadline = QStringLiteral("刘女士来电咨询供暖费，她住在望京西园三区，是刚买的二手房，物业说今年要自己去热力公司交费，问要交多少钱。");
const QString withDeadline = QStringLiteral("刘女士来电咨询供暖费，她住在望京西园三区，是刚买的二手房，物业说今年要自己去热力公司交，问交多少钱和缴费期限。");

} // namespace

TEST_F(TrainingCallTest, APlayedScenarioGetsTheScoreWorkedOutByHandAndStaysInTheTrainingStore)
{
    ringFromTheList();
    EXPECT_TRUE(window->desk()->isTrainingMode());
    auto *banner = field<QLabel>("trainingBanner");
    ASSERT_TRUE(banner && banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("培训模式")));
    EXPECT_FALSE(banner->text().contains(QStringLiteral("考试")));
    QSignalSpy scored(window.get(), &TrainingWindow::scored);

    takeTheCall(withoutDeadline, QStringLiteral("gnsf"));
    ASSERT_EQ(scored.size(), 1);
    ScoreCard *card = window->scoreCard();
    ASSERT_TRUE(card->isVisible());
    // Right type 10, item 20, place 15, unit 10, article taken 10, speed 10 (52 characters in
    // 30 s = 104/min ≥ 80), submit 5 (3.5 s ≤ 4); facts 2 of 3 = 20 × 2/3: 93⅓.
    const CallScore &score = card->score();
    EXPECT_NEAR(score.total, 80 + 20.0 * 2 / 3, 1e-9);
    EXPECT_EQ(card->totalText(), QStringLiteral("93.3"));
    EXPECT_NEAR(score.charsPerMinute, 104, 1e-9);
    EXPECT_NEAR(score.secondsToSubmit, 3.5, 1e-9);
    EXPECT_TRUE(score.articleFound);
    // From the answer on: Ctrl+K, F9, Alt+E, Alt+C, g n s f, Enter, Alt+A, Enter, Alt+U, Enter,
    // F4, Ctrl+Enter (the input method's commits are not key presses).
    EXPECT_EQ(score.keystrokes, 15);
    // 30 s on the line, 20.5 s of script and 5 s of grace: 4.5 s the caller waited.
    EXPECT_NEAR(score.silenceSeconds, 4.5, 1e-9);
    int missed = 0;
    for (const ScoreLine &line : score.lines)
        if (!line.full())
            ++missed;
    EXPECT_EQ(missed, 1) << "only the fact left out";
    EXPECT_EQ(card->table()->rowCount(), score.lines.size());

    // The order and the attempt are the training store's; the desk's store got nothing.
    EXPECT_EQ(rows(training->store(), "work_orders"), 1);
    const std::optional<WorkOrderState> filed = window->orders().find(window->desk()->lastFiledNumber());
    ASSERT_TRUE(filed.has_value());
    EXPECT_TRUE(filed->draft.simulation) << "filed on a training store: a simulation's order";
    EXPECT_EQ(rows(training->store(), "outbox"), 0) << "nothing queued for a centre";
    ASSERT_EQ(training->attempts(heating).size(), 1);
    // Kept with the attempt as the centre takes it.
    const QJsonObject kept = QJsonDocument::fromJson(training->attempts(heating).first().json.toUtf8()).object();
    const Result<TrainingAttempt> forCentre = TrainingAttempt::fromJson(kept.value(QStringLiteral("attempt")).toObject());
    ASSERT_TRUE(forCentre.ok()) << qPrintable(forCentre.error());
    EXPECT_NEAR(forCentre.value().score.total, score.total, 1e-9);
    EXPECT_EQ(forCentre.value().courseId, course);
    EXPECT_TRUE(forCentre.value().simulation);
    EXPECT_EQ(rows(*fx.store, "work_orders"), deskOrders);
    EXPECT_EQ(rows(*fx.store, "outbox"), deskOutbox);
    QSqlQuery noTables(fx.store->database());
    EXPECT_FALSE(noTables.exec(QStringLiteral("SELECT count(*) FROM training_attempts")));

    QDir().mkpath(QStringLiteral(HOTLINE_ARTIFACT_DIR));
    settle();
    EXPECT_TRUE(card->grab().save(QStringLiteral(HOTLINE_ARTIFACT_DIR "/training-score-card.png")));
    const QList<QTreeWidgetItem *> listed = window->list()->findItems(QStringLiteral("望京西园三区"), Qt::MatchContains | Qt::MatchRecursive);
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.first()->text(2), QStringLiteral("1 次"));
    EXPECT_EQ(listed.first()->text(3), QStringLiteral("93.3"));
    EXPECT_TRUE(window->grab().save(QStringLiteral(HOTLINE_ARTIFACT_DIR "/training-window.png")));

    // R plays it again; this time the item is the right branch's wrong leaf (暖气不热) and the
    // deadline is said: the item's level 3 (6 of 20) is all that is lost.
    QApplication::setActiveWindow(card);
    ASSERT_TRUE(QTest::qWaitFor([card] { return QApplication::focusWidget() == card || card->isAncestorOf(QApplication::focusWidget()); }, 2000));
    key(Qt::Key_R);
    EXPECT_FALSE(card->isVisible());
    ASSERT_TRUE(QTest::qWaitForWindowActive(window->desk()));
    ASSERT_TRUE(window->desk()->callBar()->isRinging());
    takeTheCall(withDeadline, QStringLiteral("nqbr"));
    ASSERT_EQ(scored.size(), 2);
    EXPECT_NEAR(window->scoreCard()->score().total, 94, 1e-9);
    EXPECT_EQ(training->attempts(heating).size(), 2);
    EXPECT_DOUBLE_EQ(*training->bestScore(heating), 94);
    EXPECT_EQ(rows(*fx.store, "work_orders"), deskOrders);

    // Enter on the card: the course's next scenario rings.
    card = window->scoreCard();
    QApplication::setActiveWindow(card);
    ASSERT_TRUE(QTest::qWaitFor([card] { return QApplication::focusWidget() == card || card->isAncestorOf(QApplication::focusWidget()); }, 2000));
    key(Qt::Key_Return);
    EXPECT_FALSE(card->isVisible());
    ASSERT_TRUE(window->desk()->callBar()->isRinging());
    EXPECT_EQ(window->desk()->callBar()->ringingNumber(), QStringLiteral("13601088011"));
    EXPECT_EQ(window->scenarioCall()->scenario().id, QStringLiteral("noise-night-haidian-01"));
}

TEST_F(TrainingCallTest, ExamModeHidesTheTranscriptAndTheHintsAndSaysSo)
{
    window->list()->setFocus();
    key(Qt::Key_E, Qt::ControlModifier);
    EXPECT_TRUE(window->examMode());
    ringFromTheList();
    auto *banner = field<QLabel>("trainingBanner");
    ASSERT_TRUE(banner && banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("考试")));
    QDockWidget *transcript = window->desk()->findChild<QDockWidget *>(QStringLiteral("transcriptDock"));
    ASSERT_TRUE(transcript);
    EXPECT_FALSE(transcript->isVisible());
    at(2000);
    key(Qt::Key_N, Qt::ControlModifier);
    ASSERT_TRUE(window->scenarioCall()->observation().exam);
    // The caller talks, but nothing of it reaches the panel, and the description proposes nothing.
    QSignalSpy said(window->scenarioCall()->transcript(), &TranscriptSource::sentence);
    ASSERT_TRUE(said.wait(5000));
    QAbstractItemView *lines = window->desk()->transcriptPanel()->findChild<QAbstractItemView *>();
    ASSERT_TRUE(lines);
    EXPECT_EQ(lines->model()->rowCount(), 0);
    key(Qt::Key_E, Qt::AltModifier);
    commit(QStringLiteral("我想咨询一下暖气费的事，楼下路灯不亮好几天了"));
    QTest::qWait(600); // past the desk's pause before it proposes related articles
    EXPECT_FALSE(field<QLabel>("suggestedItems")->isVisible());
    EXPECT_EQ(window->desk()->knowledgePanel()->resultCount(), 0) << "no related articles proposed in an exam";
    settle();
    QDir().mkpath(QStringLiteral(HOTLINE_ARTIFACT_DIR));
    EXPECT_TRUE(window->desk()->grab().save(QStringLiteral(HOTLINE_ARTIFACT_DIR "/training-desk-exam.png")));
}

TEST_F(TrainingCallTest, PracticeShowsTheScriptOnTheDesksTranscriptPanel)
{
    ringFromTheList();
    at(2000);
    key(Qt::Key_N, Qt::ControlModifier);
    QAbstractItemView *lines = window->desk()->transcriptPanel()->findChild<QAbstractItemView *>();
    ASSERT_TRUE(lines);
    EXPECT_TRUE(lines->isVisible()) << "practice: the transcript in front";
    key(Qt::Key_E, Qt::AltModifier);
    commit(QStringLiteral("刘女士咨询供暖费，"));
    ASSERT_TRUE(QTest::qWaitFor([lines] { return lines->model()->rowCount() >= 2; }, 10000)) << "the sentences said at 2.5 and 5.5 s";
    settle();
    QDir().mkpath(QStringLiteral(HOTLINE_ARTIFACT_DIR));
    EXPECT_TRUE(window->desk()->grab().save(QStringLiteral(HOTLINE_ARTIFACT_DIR "/training-desk.png")));
}
