// SPDX-License-Identifier: GPL-3.0-or-later
// A trainee's progress through a course and a class summary, from attempts counted by hand:
// best/last/tries per scenario, the weakest items and districts, the exam result, the averaged
// figures, and that other trainees' and other courses' attempts stay out.
#include "TrainingSamples.h"
#include "training/TraineeProgress.h"

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

Course course(bool exam = false)
{
    return Course{QStringLiteral("c1"), QStringLiteral("供热与社保"),
                  {QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3")}, 80.0, exam};
}

QDateTime at(int minute) { return QDateTime(QDate(2026, 12, 1), QTime(9, minute), Qt::UTC); }

const QString a = QStringLiteral("a");
const QString c1 = QStringLiteral("c1");
const QString s1 = QStringLiteral("s1");
const QString s2 = QStringLiteral("s2");
const QString s3 = QStringLiteral("s3");
const QString city = QStringLiteral("城乡建设");
const QString labour = QStringLiteral("劳动和社会保障");

// Trainee a: s1 three times (60, 80, 70), s2 twice (90, 85); s3 not yet. Given out of order.
QList<TrainingAttempt> practice()
{
    QList<TrainingAttempt> attempts{
        attemptOf(a, c1, s1, 80, 0.7, at(2)),
        attemptOf(a, c1, s1, 60, 0.5, at(1)),
        attemptOf(a, c1, s2, 90, 0.9, at(4), false, labour, QStringLiteral("朝阳区")),
        attemptOf(a, c1, s1, 70, 0.6, at(3)),
        attemptOf(a, c1, s2, 85, 0.8, at(5), false, labour, QStringLiteral("海淀区")),
        // Not a's, or not this course's, or a scenario no longer in it: left out.
        attemptOf(QStringLiteral("b"), c1, s1, 10, 0.1, at(6)),
        attemptOf(a, QStringLiteral("c2"), s1, 10, 0.1, at(7)),
        attemptOf(a, c1, QStringLiteral("old"), 10, 0.1, at(8)),
    };
    attempts[1].score.secondsToSubmit = -1; // never filed
    attempts[1].score.charsPerMinute = 20;
    return attempts;
}

} // namespace

TEST(TraineeProgressTest, PerScenarioBestLastAndTries)
{
    const TraineeProgress progress = TraineeProgress::build(course(), a, practice());
    ASSERT_EQ(progress.scenarios.size(), 3);
    const ScenarioProgress &first = progress.scenarios.at(0);
    EXPECT_EQ(first.scenarioId, s1);
    EXPECT_EQ(first.tries, 3);
    EXPECT_DOUBLE_EQ(first.best, 80);
    EXPECT_DOUBLE_EQ(first.last, 70); // the latest by time, not by the list's order
    EXPECT_EQ(first.lastPlayedAt, at(3));
    EXPECT_EQ(progress.scenarios.at(1).tries, 2);
    EXPECT_DOUBLE_EQ(progress.scenarios.at(1).best, 90);
    EXPECT_DOUBLE_EQ(progress.scenarios.at(1).last, 85);
    EXPECT_FALSE(progress.scenarios.at(2).played());
    EXPECT_EQ(progress.done, 2);
    EXPECT_EQ(progress.total, 3);
    EXPECT_EQ(progress.doneText(), QStringLiteral("2/3"));
    EXPECT_DOUBLE_EQ(progress.averageBest, (80 + 90 + 0) / 3.0);
    EXPECT_EQ(progress.lastPlayedAt, at(5));
    EXPECT_FALSE(progress.exam.applies);
}

TEST(TraineeProgressTest, WeakestItemsAndDistrictsNeedTwoAttempts)
{
    const TraineeProgress progress = TraineeProgress::build(course(), a, practice());
    // 城乡建设 (0.5+0.7+0.6)/3 = 0.6 before 劳动和社会保障 (0.9+0.8)/2 = 0.85.
    ASSERT_EQ(progress.weakestItems.size(), 2);
    EXPECT_EQ(progress.weakestItems.at(0).name, city);
    EXPECT_NEAR(progress.weakestItems.at(0).fieldAccuracy, 0.6, 1e-12);
    EXPECT_EQ(progress.weakestItems.at(0).attempts, 3);
    EXPECT_EQ(progress.weakestItems.at(1).name, labour);
    EXPECT_NEAR(progress.weakestItems.at(1).fieldAccuracy, 0.85, 1e-12);
    // 朝阳区 and 海淀区 once each: not enough to call them weak.
    ASSERT_EQ(progress.weakestDistricts.size(), 1);
    EXPECT_EQ(progress.weakestDistricts.at(0).name, QStringLiteral("西城区"));
}

TEST(TraineeProgressTest, FiguresAreAveragedOverTheCountedAttempts)
{
    const TrainingFigures figures = TraineeProgress::build(course(), a, practice()).figures;
    EXPECT_EQ(figures.attempts, 5);
    EXPECT_DOUBLE_EQ(figures.score, (60 + 80 + 70 + 90 + 85) / 5.0);
    EXPECT_DOUBLE_EQ(figures.charsPerMinute, (20 + 4 * 60) / 5.0);
    EXPECT_DOUBLE_EQ(figures.secondsToSubmit, 5); // the unfiled call left out
    EXPECT_DOUBLE_EQ(figures.keystrokes, 300);
    EXPECT_DOUBLE_EQ(figures.silenceSeconds, 4);
    EXPECT_NEAR(figures.fieldAccuracy, (0.5 + 0.7 + 0.6 + 0.9 + 0.8) / 5, 1e-12);

    const TrainingFigures none = TraineeProgress::build(course(), QStringLiteral("nobody"), practice()).figures;
    EXPECT_EQ(none.attempts, 0);
    EXPECT_DOUBLE_EQ(none.score, 0);
    EXPECT_DOUBLE_EQ(none.secondsToSubmit, -1);
}

TEST(TraineeProgressTest, ExamCountsTheFirstExamAttemptOfEveryScenario)
{
    QList<TrainingAttempt> attempts{
        attemptOf(a, c1, s1, 100, 1, at(1)),             // practice: not the exam
        attemptOf(a, c1, s1, 90, 1, at(2), true),        // the exam attempt
        attemptOf(a, c1, s1, 50, 1, at(3), true),        // a second one does not replace it
        attemptOf(a, c1, s2, 75, 1, at(4), true),
    };
    TraineeProgress progress = TraineeProgress::build(course(true), a, attempts);
    EXPECT_TRUE(progress.exam.applies);
    EXPECT_FALSE(progress.exam.complete);
    EXPECT_FALSE(progress.exam.passed);
    EXPECT_EQ(progress.exam.missing, QStringList{s3});
    EXPECT_DOUBLE_EQ(progress.exam.average, (90 + 75) / 2.0);
    EXPECT_TRUE(progress.exam.summary().contains(s3)) << qPrintable(progress.exam.summary());

    attempts.append(attemptOf(a, c1, s3, 80, 1, at(5), true));
    progress = TraineeProgress::build(course(true), a, attempts);
    EXPECT_TRUE(progress.exam.complete);
    EXPECT_NEAR(progress.exam.average, (90 + 75 + 80) / 3.0, 1e-12);
    EXPECT_TRUE(progress.exam.passed);
    EXPECT_TRUE(progress.exam.summary().startsWith(QStringLiteral("通过"))) << qPrintable(progress.exam.summary());

    attempts.last().score.total = 60;
    progress = TraineeProgress::build(course(true), a, attempts);
    EXPECT_DOUBLE_EQ(progress.exam.average, 75);
    EXPECT_FALSE(progress.exam.passed);
    EXPECT_TRUE(progress.exam.summary().startsWith(QStringLiteral("未通过"))) << qPrintable(progress.exam.summary());
}

TEST(TraineeProgressTest, ClassSummaryHasARowPerTrainee)
{
    QList<TrainingAttempt> attempts = practice();
    attempts.append(attemptOf(QStringLiteral("d"), c1, s3, 66, 0.5, at(9)));
    const QHash<QString, QString> names{{a, QStringLiteral("张三")}, {QStringLiteral("b"), QStringLiteral("李四")},
                                        {QStringLiteral("c"), QStringLiteral("王五")}};
    const ClassSummary summary = ClassSummary::build(course(), attempts, names);
    ASSERT_EQ(summary.rows.size(), 4);
    EXPECT_EQ(summary.rows.at(0).trainee, a);
    EXPECT_EQ(summary.rows.at(2).trainee, QStringLiteral("c"));
    EXPECT_EQ(summary.rows.at(2).done, 0);         // named, nothing played yet
    EXPECT_EQ(summary.rows.at(3).trainee, QStringLiteral("d")); // played, not named
    EXPECT_EQ(summary.nameOf(QStringLiteral("d")), QStringLiteral("d"));
    EXPECT_EQ(summary.nameOf(a), QStringLiteral("张三"));
    ASSERT_NE(summary.row(a), nullptr);
    // The same numbers as the trainee's own progress.
    const TraineeProgress own = TraineeProgress::build(course(), a, attempts);
    EXPECT_DOUBLE_EQ(summary.row(a)->averageBest, own.averageBest);
    EXPECT_DOUBLE_EQ(summary.row(a)->figures.score, own.figures.score);
    EXPECT_EQ(summary.row(QStringLiteral("b"))->scenarios.at(0).tries, 1);
    EXPECT_EQ(summary.row(QStringLiteral("nobody")), nullptr);
}
