// SPDX-License-Identifier: GPL-3.0-or-later
// The relevance set: queries written from how callers speak, each with the articles that must
// come back in the top five. A floor on recall@5 keeps ranking changes honest, on two sets made
// in opposite ways (tests/data/kb_relevance.tsv and kb_relevance_callers.tsv).
#include "TestData.h"
#include "bench/KbCorpus.h"
#include "kb/KbImporter.h"
#include "kb/KbSynonyms.h"
#include "kb/KnowledgeBase.h"
#include "pinyin/PinyinTable.h"
#include "store/LocalStore.h"

#include <QMap>
#include <QTemporaryDir>

#include <memory>

#include <gtest/gtest.h>

using namespace hotline;

namespace {

struct Measured {
    double recall = 0;                            // over the questions the base answers
    QMap<QString, std::pair<double, int>> byKind; // recall@5 summed, questions
    int unanswered = 0;                           // questions the base does not answer
    int saidNothing = 0;                          // … where nothing confident was shown
};

class KbRelevance : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = LocalStore::open(m_dir.filePath(QStringLiteral("kb.sqlite")));
        ASSERT_TRUE(store.ok());
        m_store = std::move(store.value());
        m_kb = std::make_unique<KnowledgeBase>(*m_store, PinyinTable::builtIn());
        for (const QString &file : {test::dataFile("kb/guangdong_gov_service_matters.csv"),
                                    test::dataFile("kb/teddy2020_message_reply_pairs.csv"),
                                    test::seedFile("kb_beijing_winter_demo.csv")}) {
            const auto report = KbImporter::importCsv(*m_store, m_kb->articles(), file, false);
            ASSERT_TRUE(report.ok()) << qPrintable(report.error());
        }
        // The synonym list a desk ships with.
        const Result<int> synonyms = KbSynonyms::importCsv(*m_store, test::seedFile("kb_synonyms.csv"));
        ASSERT_TRUE(synonyms.ok()) << qPrintable(synonyms.error());
    }

    Measured measure(const QVector<bench::RelevanceQuery> &queries) const
    {
        Measured m;
        int answered = 0;
        for (const auto &q : queries) {
            QStringList ranked;
            bool confident = false;
            for (const KbHit &hit : m_kb->search().search(q.query, 5)) {
                ranked.append(m_kb->articles().article(hit.articleId)->sourceKey);
                confident = confident || !hit.weak;
            }
            if (q.expected.isEmpty()) {
                ++m.unanswered;
                m.saidNothing += confident ? 0 : 1;
                if (confident)
                    std::printf("shown for no answer [%s] %s -> %s\n", qPrintable(q.kind), qPrintable(q.query),
                                qPrintable(ranked.join(u' ')));
                continue;
            }
            const double recall = bench::recallAt(ranked, q.expected, 5);
            ++answered;
            m.recall += recall;
            m.byKind[q.kind].first += recall;
            m.byKind[q.kind].second += 1;
            if (recall == 0)
                std::printf("miss [%s] %s -> %s\n", qPrintable(q.kind), qPrintable(q.query), qPrintable(ranked.join(u' ')));
        }
        for (auto it = m.byKind.cbegin(); it != m.byKind.cend(); ++it)
            std::printf("recall@5 %-12s %.3f over %d\n", qPrintable(it.key()), it.value().first / it.value().second,
                        it.value().second);
        m.recall /= std::max(1, answered);
        std::printf("recall@5 overall      %.3f over %d\n", m.recall, answered);
        if (m.unanswered > 0)
            std::printf("no answer in the base: nothing confident shown for %d of %d\n", m.saidNothing, m.unanswered);
        return m;
    }

    static double kindRecall(const Measured &m, const char *kind)
    {
        const auto value = m.byKind.value(QString::fromLatin1(kind));
        return value.second > 0 ? value.first / value.second : 0.0;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<KnowledgeBase> m_kb;
};

} // namespace

TEST_F(KbRelevance, RecallAtFiveMeetsTheFloor)
{
    const auto queries = bench::loadRelevanceSet(test::dataFile("kb_relevance.tsv"));
    ASSERT_GE(queries.size(), 60);
    const Measured m = measure(queries);
    EXPECT_GE(m.recall, 0.85);
    EXPECT_GE(kindRecall(m, "traditional"), 0.75);
    // Callers' words where the articles use others (丢了 / 遗失): found through the synonyms.
    ASSERT_GT(m.byKind.value(QStringLiteral("synonym")).second, 0);
    EXPECT_GE(kindRecall(m, "synonym"), 0.75);
}

// The second set, written blind as callers phone and judged afterwards (its header says how):
// a floor of its own, so a change cannot buy one set's figure with the other's.
TEST_F(KbRelevance, CallerQuestionsMeetTheirFloor)
{
    const auto queries = bench::loadRelevanceSet(test::dataFile("kb_relevance_callers.tsv"));
    ASSERT_GE(queries.size(), 120);
    const Measured m = measure(queries);
    EXPECT_GE(m.recall, 0.66);
    EXPECT_GE(kindRecall(m, "bare"), 0.60);
    ASSERT_GT(m.unanswered, 0);
    EXPECT_GE(double(m.saidNothing) / m.unanswered, 0.20);
}
