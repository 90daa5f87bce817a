// SPDX-License-Identifier: GPL-3.0-or-later
// Google Benchmark of training's scoring: one played call scored against its scenario (a heating
// complaint with a place down to the community, a unit and six key facts, a filed description of
// 41 characters — /1 — and of 338 characters, a long one — /12), one trainee's progress and the
// team lead's class over a course of 40 scenarios for 30 trainees with 40 attempts each (1,200
// attempts), and 40 attempts read back from the centre's JSON.
#include "TrainingSamples.h"
#include "training/CallScoring.h"
#include "training/TraineeProgress.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

using namespace hotline;
using namespace hotline::test;

namespace {

void BM_ScoreCall(benchmark::State &state)
{
    const Scenario scenario = heatingScenario();
    CallObservation call = heatingCallDoneWell();
    // A wrong level3 and a loosely written fact, so the partial paths run too.
    call.filed.classification.level3 = QStringLiteral("供热设施");
    call.filed.description.replace(QStringLiteral("幸福小区"), QStringLiteral("幸福里小区"));
    for (int i = 1; i < state.range(0); ++i)
        call.filed.description += QStringLiteral("，来电人表示此前已多次联系物业，物业一直没有派人来查看");
    state.counters["chars"] = double(call.filed.description.size());
    for (auto _ : state)
        benchmark::DoNotOptimize(scoreCall(scenario, call));
}

// 30 trainees × 40 attempts over a 40-scenario course; scores as a scored call would carry.
QList<TrainingAttempt> classAttempts(const Course &course, int trainees, int perTrainee)
{
    QRandomGenerator random(20261207);
    const CallScore card = scoreCall(heatingScenario(), heatingCallDoneWell());
    const QStringList items{QStringLiteral("城乡建设"), QStringLiteral("劳动和社会保障"), QStringLiteral("市场监管"),
                            QStringLiteral("交通运输"), QStringLiteral("公共安全")};
    const QStringList districts{QStringLiteral("西城区"), QStringLiteral("东城区"), QStringLiteral("朝阳区"),
                                QStringLiteral("海淀区"), QStringLiteral("丰台区"), QStringLiteral("通州区")};
    QList<TrainingAttempt> attempts;
    const QDateTime start(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    for (int t = 0; t < trainees; ++t) {
        for (int i = 0; i < perTrainee; ++i) {
            const int scenario = int(random.bounded(int(course.scenarioIds.size())));
            TrainingAttempt attempt = attemptOf(QStringLiteral("trainee%1").arg(t, 2, 10, QLatin1Char('0')), course.id,
                                                course.scenarioIds.at(scenario), random.bounded(100.0),
                                                random.generateDouble(), start.addSecs(qint64(t) * 86400 + i * 600),
                                                i >= perTrainee - 5, items.at(scenario % items.size()),
                                                districts.at(scenario % districts.size()));
            attempt.score.lines = card.lines;
            attempts.append(attempt);
        }
    }
    return attempts;
}

Course bigCourse()
{
    Course course{QStringLiteral("month-1"), QStringLiteral("第一个月"), {}, 80.0, true};
    for (int i = 0; i < 40; ++i)
        course.scenarioIds.append(QStringLiteral("scenario-%1").arg(i));
    return course;
}

void BM_ClassSummary(benchmark::State &state)
{
    const Course course = bigCourse();
    const QList<TrainingAttempt> attempts = classAttempts(course, 30, 40);
    QHash<QString, QString> names;
    for (int t = 0; t < 30; ++t)
        names.insert(QStringLiteral("trainee%1").arg(t, 2, 10, QLatin1Char('0')), QStringLiteral("学员%1").arg(t));
    state.counters["attempts"] = double(attempts.size());
    for (auto _ : state)
        benchmark::DoNotOptimize(ClassSummary::build(course, attempts, names));
}

void BM_TraineeProgress(benchmark::State &state)
{
    const Course course = bigCourse();
    const QList<TrainingAttempt> attempts = classAttempts(course, 30, 40);
    for (auto _ : state)
        benchmark::DoNotOptimize(TraineeProgress::build(course, QStringLiteral("trainee07"), attempts));
}

void BM_AttemptsFromJson(benchmark::State &state)
{
    const QList<TrainingAttempt> attempts = classAttempts(bigCourse(), 1, 40);
    QList<QJsonObject> json;
    for (const TrainingAttempt &attempt : attempts)
        json.append(attempt.toJson());
    for (auto _ : state)
        for (const QJsonObject &object : std::as_const(json))
            benchmark::DoNotOptimize(TrainingAttempt::fromJson(object));
    state.SetItemsProcessed(state.iterations() * json.size());
}

} // namespace

BENCHMARK(BM_ScoreCall)->Arg(1)->Arg(12)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_TraineeProgress)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ClassSummary)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AttemptsFromJson)->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
