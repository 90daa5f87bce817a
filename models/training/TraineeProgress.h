// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/Scenario.h"
#include "training/TrainingAttempt.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace hotline {

// One scenario of a course as a trainee has played it.
struct ScenarioProgress {
    QString scenarioId;
    int tries = 0;
    double best = 0;  // the best total; 0 with no tries
    double last = 0;  // the latest try's total
    QDateTime lastPlayedAt;
    bool played() const { return tries > 0; }
};

// An item (level1) or a district the trainee fills in badly: the average field accuracy of the
// attempts whose scenario expected it.
struct WeakSpot {
    QString name;
    double fieldAccuracy = 0; // 0–1, averaged
    int attempts = 0;
};

// An exam course's result: the first exam attempt of each of its scenarios counts (a second one,
// played after seeing the first score, would not be an exam); their average against the pass
// mark, over all the course's scenarios.
struct ExamResult {
    Q_DECLARE_TR_FUNCTIONS(hotline::ExamResult)
public:
    bool applies = false;  // the course is an exam
    bool complete = false; // every scenario has its exam attempt
    bool passed = false;   // complete and average ≥ pass mark
    double average = 0;    // over the scenarios played so far
    double passMark = 0;
    QStringList missing;   // scenario ids not yet played in exam mode, in course order
    // For people: "通过（86.5 / 80）", "未通过（72.0 / 80）", "还差 2 个情景未考：a、b".
    QString summary() const;
};

// The figures a trainee is told beside each score, averaged over the attempts counted.
struct TrainingFigures {
    int attempts = 0;
    double score = 0;           // average total
    double fieldAccuracy = 0;   // 0–1
    double factsCovered = 0;    // 0–1
    double charsPerMinute = 0;
    double secondsToSubmit = -1; // over the filed calls only; -1: none filed
    double keystrokes = 0;
    double silenceSeconds = 0;
};

// A trainee's progress through one course, from their attempts: per scenario best/last/tries,
// how far along, the weakest items and districts, the exam result and the averaged figures. Only
// attempts of this trainee in this course count (the same scenario in another course is another
// exercise).
struct TraineeProgress {
    Q_DECLARE_TR_FUNCTIONS(hotline::TraineeProgress)
public:
    QString trainee;
    QString courseId;
    QList<ScenarioProgress> scenarios; // in course order
    int done = 0;                      // scenarios played at least once
    int total = 0;                     // scenarios in the course
    double averageBest = 0;            // average of the best scores over all the course's scenarios (unplayed: 0)
    // Worst first; only items and districts with at least minimumAttemptsForWeakness attempts.
    QList<WeakSpot> weakestItems;
    QList<WeakSpot> weakestDistricts;
    ExamResult exam;
    TrainingFigures figures;
    QDateTime lastPlayedAt;

    static constexpr int minimumAttemptsForWeakness = 2;

    // attempts may hold anyone's: those of other trainees or courses are left out.
    static TraineeProgress build(const Course &course, const QString &trainee, const QList<TrainingAttempt> &attempts);
    // "3/10"
    QString doneText() const;
};

// The team lead's view of a class in one course: a row per trainee with the same figures. The
// trainees are those named plus anyone with an attempt in the course, ordered by login.
struct ClassSummary {
    Course course;
    QList<TraineeProgress> rows;
    QHash<QString, QString> names; // login → display name, as given

    // names: login → name of the class's trainees (a trainee who has not played yet still gets
    // a row). Attempts are grouped once, so a class of 30 × 40 attempts costs one pass.
    static ClassSummary build(const Course &course, const QList<TrainingAttempt> &attempts,
                              const QHash<QString, QString> &names = {});
    const TraineeProgress *row(const QString &trainee) const;
    QString nameOf(const QString &trainee) const;
};

} // namespace hotline
