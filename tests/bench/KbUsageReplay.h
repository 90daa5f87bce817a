// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The knowledge base learning from the floor, measured by replaying a usage log: the first
// 70 % of the log builds the usage model exactly as the centre does (KbUsageModel), the last
// 30 % is searched with and without it.
//
// There is no real centre's log to replay, so the log is simulated from the answerable
// questions of both relevance sets, and says so: each question is a matter callers ask about
// with a Zipf-distributed frequency (s = 1, shuffled), asked at one of 40 desks at random; a
// quarter of the matters are new, asked only in the test part.
// The simulated operator searches the question as typed (our search without usage), takes the
// first relevant article shown in the top 5 (90 %) or scrolls to it in ranks 6-10 (70 %),
// else searches again (logged as such); 8 % of the time they take the top hit although it
// is wrong; and one desk takes the first hit of every query 20 times over (a desk that
// clicks through without reading). Because the log comes from our own search, it measures
// what usage adds to it, not how it compares with a log of another engine.
#include "KbCorpus.h"
#include "kb/KbUsageModel.h"
#include "kb/KbUsagePrior.h"
#include "kb/KnowledgeBase.h"
#include "store/LocalStore.h"

#include <QHash>
#include <QSet>

#include <cmath>
#include <cstdio>
#include <functional>
#include <numeric>
#include <random>

namespace hotline::bench {

using RankedKeys = std::function<QStringList(const QString &query)>;

struct UsageAsked {
    int question = 0; // index into the questions
    int desk = 0;
};

struct UsageFigures {
    double recall = 0, mrr = 0;
    int asked = 0;
};

inline UsageFigures usageFigures(const QVector<UsageAsked> &asked, const QVector<RelevanceQuery> &questions, const RankedKeys &engine,
                                 const std::function<bool(const UsageAsked &)> &counted)
{
    UsageFigures figures;
    QHash<int, QStringList> cache; // the same question searched once
    for (const UsageAsked &a : asked) {
        if (!counted(a))
            continue;
        if (!cache.contains(a.question))
            cache.insert(a.question, engine(questions.at(a.question).query));
        const QStringList &ranked = cache.value(a.question);
        figures.recall += recallAt(ranked, questions.at(a.question).expected, 5);
        figures.mrr += reciprocalRank(ranked, questions.at(a.question).expected);
        ++figures.asked;
    }
    if (figures.asked > 0) {
        figures.recall /= figures.asked;
        figures.mrr /= figures.asked;
    }
    return figures;
}

inline void replayUsageLog(LocalStore &store, const KnowledgeBase &kb, const QVector<RelevanceQuery> &allQuestions,
                           const RankedKeys &hotline, const RankedKeys &xapian)
{
    QVector<RelevanceQuery> questions;
    for (const RelevanceQuery &q : allQuestions)
        if (!q.expected.isEmpty())
            questions.append(q);
    constexpr int desks = 40;
    constexpr int logSize = 4000;
    constexpr int rogueDesk = 0;
    std::mt19937 random(20261207);
    // Matters by popularity: Zipf over a shuffled order of the questions.
    QVector<int> order(questions.size());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), random);
    std::vector<double> weights;
    for (qsizetype rank = 0; rank < order.size(); ++rank)
        weights.push_back(1.0 / double(rank + 1));
    std::discrete_distribution<int> pick(weights.begin(), weights.end());
    std::uniform_int_distribution<int> deskOf(0, desks - 1);
    std::uniform_real_distribution<double> chance(0, 1);
    // A quarter of the matters are new: asked only from the test part on (a new policy, a new
    // season), so the test also measures what the learnt usage does to questions it never saw.
    const qsizetype trainSize = logSize * 7 / 10;
    QSet<int> newMatters;
    for (qsizetype i = 0; i < order.size(); i += 4)
        newMatters.insert(order.at(i));
    QVector<UsageAsked> log;
    while (log.size() < logSize) {
        const int question = order.at(pick(random));
        if (log.size() < trainSize && newMatters.contains(question))
            continue;
        log.append({question, deskOf(random)});
    }

    // The operators' choices on the training part, searched without usage (the desk before).
    if (Status s = KbUsagePrior::replace(store, KbUsageModel()); !s)
        std::fprintf(stderr, "usage model: %s\n", qPrintable(s.error()));
    QHash<int, QStringList> shown;
    QVector<KbUsageModel::Tally> tallies;
    int again = 0, mistaken = 0;
    for (qsizetype i = 0; i < trainSize; ++i) {
        const UsageAsked &a = log.at(i);
        const RelevanceQuery &q = questions.at(a.question);
        if (!shown.contains(a.question))
            shown.insert(a.question, hotline(q.query));
        const QStringList &ranked = shown.value(a.question);
        const QString deskName = QStringLiteral("desk-%1").arg(a.desk);
        const QString phrasing = KbUsagePrior::phrasingKey(kb.tokenizer(), q.query);
        if (a.desk == rogueDesk) {
            if (!ranked.isEmpty())
                tallies.append({deskName, phrasing, ranked.first(), 20});
            continue;
        }
        qsizetype relevant = -1;
        for (qsizetype r = 0; r < std::min<qsizetype>(10, ranked.size()); ++r)
            if (q.expected.contains(ranked.at(r))) {
                relevant = r;
                break;
            }
        if (!ranked.isEmpty() && chance(random) < 0.08) {
            tallies.append({deskName, phrasing, ranked.first(), 1});
            mistaken += q.expected.contains(ranked.first()) ? 0 : 1;
        } else if (relevant >= 0 && relevant < 5 && chance(random) < 0.9) {
            tallies.append({deskName, phrasing, ranked.at(relevant), 1});
        } else if (relevant >= 5 && chance(random) < 0.7) {
            tallies.append({deskName, phrasing, ranked.at(relevant), 1});
        } else {
            ++again;
        }
    }
    const KbUsageModel model = KbUsageModel::build(tallies);
    QSet<int> seen;
    for (qsizetype i = 0; i < trainSize; ++i)
        seen.insert(log.at(i).question);
    const QVector<UsageAsked> test = log.mid(trainSize);
    int testSeen = 0;
    for (const UsageAsked &a : test)
        testSeen += seen.contains(a.question) ? 1 : 0;
    std::printf(" usage log replayed (simulated, see tests/bench/KbUsageReplay.h): %lld answerable questions, %d desks, "
                "%d asked; train on the first %lld (%d searched again, %d wrong takes), test on the last %lld "
                "(%d of them phrasings asked in training); model: %lld articles, %lld phrasings\n",
                static_cast<long long>(questions.size()), desks, logSize, static_cast<long long>(trainSize), again, mistaken,
                static_cast<long long>(test.size()), testSeen, static_cast<long long>(model.popularity().size()),
                static_cast<long long>(model.phrasings().size()));
    const auto report = [&](const char *name, const RankedKeys &engine) {
        const UsageFigures all = usageFigures(test, questions, engine, [](const UsageAsked &) { return true; });
        const UsageFigures known = usageFigures(test, questions, engine, [&](const UsageAsked &a) { return seen.contains(a.question); });
        const UsageFigures fresh = usageFigures(test, questions, engine, [&](const UsageAsked &a) { return !seen.contains(a.question); });
        std::printf("  %-22s recall@5 %.3f  MRR %.3f | asked before %.3f / %.3f | never asked before %.3f / %.3f (%d)\n", name,
                    all.recall, all.mrr, known.recall, known.mrr, fresh.recall, fresh.mrr, fresh.asked);
    };
    report("hotline, no usage", hotline);
    if (Status s = KbUsagePrior::replace(store, model); !s)
        std::fprintf(stderr, "usage model: %s\n", qPrintable(s.error()));
    report("hotline, with usage", hotline);
    report("xapian", xapian);
    // Leave the store as it was for whatever runs next.
    (void)KbUsagePrior::replace(store, KbUsageModel());
}

} // namespace hotline::bench
