// SPDX-License-Identifier: GPL-3.0-or-later
// The relevance set: queries written from how callers speak, each with the articles that must
// come back in the top five. A floor on recall@5 keeps ranking changes honest.
#include "TestData.h"
#include "bench/KbCorpus.h"
#include "kb/KbImporter.h"
#include "kb/KbSynonyms.h"
#include "kb/KnowledgeBase.h"
#include "pinyin/PinyinTable.h"
#include "store/LocalStore.h"

#include <QMap>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hotline;

TEST(KbRelevance, RecallAtFiveMeetsTheFloor)
{
    QTemporaryDir dir;
    auto store = LocalStore::open(dir.filePath(QStringLiteral("kb.sqlite")));
    ASSERT_TRUE(store.ok());
    KnowledgeBase kb(*store.value(), PinyinTable::builtIn());
    for (const char *file : {"kb/guangdong_gov_service_matters.csv", "kb/teddy2020_message_reply_pairs.csv"}) {
        const auto report = KbImporter::importCsv(*store.value(), kb.articles(), test::dataFile(file), false);
        ASSERT_TRUE(report.ok()) << qPrintable(report.error());
    }
    // The synonym list a desk ships with.
    const Result<int> synonyms = KbSynonyms::importCsv(*store.value(), test::seedFile("kb_synonyms.csv"));
    ASSERT_TRUE(synonyms.ok()) << qPrintable(synonyms.error());
    const auto queries = bench::loadRelevanceSet(test::dataFile("kb_relevance.tsv"));
    ASSERT_GE(queries.size(), 60);

    QMap<QString, std::pair<double, int>> byKind;
    double total = 0;
    for (const auto &q : queries) {
        QStringList ranked;
        for (const KbHit &hit : kb.search().search(q.query, 5))
            ranked.append(kb.articles().article(hit.articleId)->sourceKey);
        const double recall = bench::recallAt(ranked, q.expected, 5);
        total += recall;
        byKind[q.kind].first += recall;
        byKind[q.kind].second += 1;
        if (recall == 0)
            std::printf("miss [%s] %s -> %s\n", qPrintable(q.kind), qPrintable(q.query), qPrintable(ranked.join(u' ')));
    }
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        std::printf("recall@5 %-12s %.3f over %d\n", qPrintable(it.key()), it.value().first / it.value().second,
                    it.value().second);
    const double recall = total / double(queries.size());
    std::printf("recall@5 overall      %.3f over %lld\n", recall, static_cast<long long>(queries.size()));
    EXPECT_GE(recall, 0.85);
    EXPECT_GE(byKind.value(QStringLiteral("traditional")).first / byKind.value(QStringLiteral("traditional")).second, 0.75);
    // Callers' words where the articles use others (丢了 / 遗失): found through the synonyms.
    ASSERT_GT(byKind.value(QStringLiteral("synonym")).second, 0);
    EXPECT_GE(byKind.value(QStringLiteral("synonym")).first / byKind.value(QStringLiteral("synonym")).second, 0.75);
}
