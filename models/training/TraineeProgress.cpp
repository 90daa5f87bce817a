// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TraineeProgress.h"

#include <QMap>

#include <algorithm>

namespace hotline {

namespace {

QString mark(double value) { return QString::number(value, 'f', 1); }

// Groups the attempts by a key (item or district) and keeps the groups with enough of them,
// worst average field accuracy first (ties by name so the order never flickers).
QList<WeakSpot> weakest(const QList<const TrainingAttempt *> &attempts, QString TrainingAttempt::*key)
{
    QMap<QString, WeakSpot> groups;
    for (const TrainingAttempt *attempt : attempts) {
        const QString &name = attempt->*key;
        if (name.isEmpty())
            continue;
        WeakSpot &spot = groups[name];
        spot.name = name;
        spot.fieldAccuracy += attempt->score.fieldAccuracy;
        ++spot.attempts;
    }
    QList<WeakSpot> spots;
    for (WeakSpot spot : std::as_const(groups)) {
        if (spot.attempts < TraineeProgress::minimumAttemptsForWeakness)
            continue;
        spot.fieldAccuracy /= spot.attempts;
        spots.append(spot);
    }
    std::stable_sort(spots.begin(), spots.end(),
                     [](const WeakSpot &a, const WeakSpot &b) { return a.fieldAccuracy < b.fieldAccuracy; });
    return spots;
}

TrainingFigures average(const QList<const TrainingAttempt *> &attempts)
{
    TrainingFigures figures;
    int filed = 0;
    double submit = 0;
    for (const TrainingAttempt *attempt : attempts) {
        const CallScore &score = attempt->score;
        figures.score += score.total;
        figures.fieldAccuracy += score.fieldAccuracy;
        figures.factsCovered += score.factsCovered;
        figures.charsPerMinute += score.charsPerMinute;
        figures.keystrokes += score.keystrokes;
        figures.silenceSeconds += score.silenceSeconds;
        if (score.secondsToSubmit >= 0) {
            submit += score.secondsToSubmit;
            ++filed;
        }
    }
    figures.attempts = int(attempts.size());
    if (figures.attempts > 0) {
        const double n = figures.attempts;
        figures.score /= n;
        figures.fieldAccuracy /= n;
        figures.factsCovered /= n;
        figures.charsPerMinute /= n;
        figures.keystrokes /= n;
        figures.silenceSeconds /= n;
    }
    figures.secondsToSubmit = filed > 0 ? submit / filed : -1;
    return figures;
}

// The progress of one trainee from their attempts in the course, already picked out.
TraineeProgress progressOf(const Course &course, const QString &trainee, QList<const TrainingAttempt *> attempts)
{
    // Oldest first, so "last" and "first exam attempt" read in playing order.
    std::stable_sort(attempts.begin(), attempts.end(),
                     [](const TrainingAttempt *a, const TrainingAttempt *b) { return a->playedAt < b->playedAt; });
    TraineeProgress progress;
    progress.trainee = trainee;
    progress.courseId = course.id;
    progress.total = int(course.scenarioIds.size());
    progress.exam.applies = course.exam;
    progress.exam.passMark = course.passMark;

    QHash<QString, qsizetype> index;
    for (const QString &id : course.scenarioIds) {
        index.insert(id, progress.scenarios.size());
        progress.scenarios.append(ScenarioProgress{id, 0, 0, 0, {}});
    }
    QHash<QString, double> examScores; // scenario → its first exam attempt's total
    QList<const TrainingAttempt *> counted;
    for (const TrainingAttempt *attempt : std::as_const(attempts)) {
        const auto at = index.constFind(attempt->scenarioId);
        if (at == index.cend())
            continue; // a scenario since taken out of the course
        counted.append(attempt);
        ScenarioProgress &scenario = progress.scenarios[*at];
        const double total = attempt->score.total;
        scenario.best = scenario.tries == 0 ? total : std::max(scenario.best, total);
        scenario.last = total;
        scenario.lastPlayedAt = attempt->playedAt;
        ++scenario.tries;
        if (attempt->exam && !examScores.contains(attempt->scenarioId))
            examScores.insert(attempt->scenarioId, total);
        progress.lastPlayedAt = std::max(progress.lastPlayedAt, attempt->playedAt);
    }

    double bestSum = 0;
    for (const ScenarioProgress &scenario : std::as_const(progress.scenarios)) {
        progress.done += scenario.played() ? 1 : 0;
        bestSum += scenario.best;
    }
    progress.averageBest = progress.total > 0 ? bestSum / progress.total : 0;

    if (course.exam) {
        double examSum = 0;
        for (const QString &id : course.scenarioIds) {
            if (const auto found = examScores.constFind(id); found != examScores.cend())
                examSum += *found;
            else
                progress.exam.missing.append(id);
        }
        progress.exam.average = examScores.isEmpty() ? 0 : examSum / double(examScores.size());
        progress.exam.complete = progress.exam.missing.isEmpty();
        progress.exam.passed = progress.exam.complete && progress.exam.average >= course.passMark;
    }
    progress.weakestItems = weakest(counted, &TrainingAttempt::expectedItem);
    progress.weakestDistricts = weakest(counted, &TrainingAttempt::expectedDistrict);
    progress.figures = average(counted);
    return progress;
}

} // namespace

QString ExamResult::summary() const
{
    if (!applies)
        return tr("不是考试");
    if (!complete)
        return tr("还差 %n 个情景未考：%1", nullptr, int(missing.size())).arg(missing.join(QStringLiteral("、")));
    return (passed ? tr("通过（%1 / %2）") : tr("未通过（%1 / %2）")).arg(mark(average), mark(passMark));
}

TraineeProgress TraineeProgress::build(const Course &course, const QString &trainee, const QList<TrainingAttempt> &attempts)
{
    QList<const TrainingAttempt *> theirs;
    for (const TrainingAttempt &attempt : attempts)
        if (attempt.trainee == trainee && attempt.courseId == course.id)
            theirs.append(&attempt);
    return progressOf(course, trainee, theirs);
}

QString TraineeProgress::doneText() const { return QStringLiteral("%1/%2").arg(done).arg(total); }

ClassSummary ClassSummary::build(const Course &course, const QList<TrainingAttempt> &attempts, const QHash<QString, QString> &names)
{
    QMap<QString, QList<const TrainingAttempt *>> byTrainee; // ordered by login
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        byTrainee.insert(it.key(), {});
    for (const TrainingAttempt &attempt : attempts)
        if (attempt.courseId == course.id)
            byTrainee[attempt.trainee].append(&attempt);
    ClassSummary summary;
    summary.course = course;
    summary.names = names;
    summary.rows.reserve(byTrainee.size());
    for (auto it = byTrainee.cbegin(); it != byTrainee.cend(); ++it)
        summary.rows.append(progressOf(course, it.key(), it.value()));
    return summary;
}

const TraineeProgress *ClassSummary::row(const QString &trainee) const
{
    for (const TraineeProgress &progress : rows)
        if (progress.trainee == trainee)
            return &progress;
    return nullptr;
}

QString ClassSummary::nameOf(const QString &trainee) const
{
    const QString name = names.value(trainee);
    return name.isEmpty() ? trainee : name;
}

} // namespace hotline
