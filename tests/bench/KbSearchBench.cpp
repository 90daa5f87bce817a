// SPDX-License-Identifier: GPL-3.0-or-later
// Knowledge-base search, side by side in one run on the same corpus and queries:
//   hotline  — ours: SQLite FTS5 over character unigrams + bigrams, filler words dropped,
//              title-weighted BM25, re-ranked by title coverage (models/kb/KbSearch)
// All three index the same text: the articles as our importer stores them (title; question
// variants and answer as the body).
//   xapian   — Xapian 1.4 with its CJK n-gram term generator; the query's n-grams are ORed
//              (Xapian's QueryParser would AND them, which no careful user keeps for CJK),
//              the title indexed with a wdf boost of 5, BM25
//   trigram  — SQLite FTS5's own trigram tokenizer; the query's trigrams ORed, BM25 with the
//              title weighted 10:1; queries under three characters fall back to LIKE, as its
//              documentation says they must
// Every engine gets the same normalised text (OpenCC traditional→simplified, lower case).
// On both relevance sets, reports recall@5, MRR (per kind too), the share of unanswerable
// questions where nothing confident is shown, and latency p50/p99 per query at the real corpus size and, with
// --size N, at N articles (the real ones plus recombinations of them).
#include "KbCorpus.h"
#include "KbUsageReplay.h"
#include "kb/KbImporter.h"
#include "kb/KbSynonyms.h"
#include "kb/KnowledgeBase.h"
#include "pinyin/PinyinTable.h"
#include "store/LocalStore.h"

#include "Percentile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <xapian.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace hotline;
using namespace hotline::bench;

namespace {

struct Ranked {
    QStringList keys;       // source keys, best first
    bool confident = true;  // false: the engine says it found nothing that answers
};
using Engine = std::function<Ranked(const QString &query)>;

QVector<KbDocument> recombined(const QVector<KbDocument> &real, int total)
{
    QVector<KbDocument> docs = real;
    const int r = int(real.size());
    for (int i = 0; docs.size() < total; ++i) {
        const KbDocument &a = real.at(i % r);
        // A different partner on every pass over the real articles: no two generated
        // articles are the same pair.
        const KbDocument &b = real.at((i * 7919 + 13 + (i / r) * 104729) % r);
        docs.append({QStringLiteral("gen:%1").arg(i), a.title.left(a.title.size() / 2) + b.title.mid(b.title.size() / 2),
                     a.body.left(a.body.size() / 2) + b.body.mid(b.body.size() / 2)});
    }
    return docs;
}


// Recall@5 and MRR over the questions the base answers, per kind; for those it does not
// answer, the share where the engine shows nothing confident (an empty list, or hits it marks
// weak). The peers have no such mark: only an empty list counts for them.
void evaluate(const char *name, const Engine &engine, const QVector<RelevanceQuery> &queries)
{
    double recall = 0, mrr = 0;
    int answered = 0, unanswered = 0, saidNothing = 0, answeredButWeak = 0;
    QMap<QString, std::pair<double, int>> byKind;
    std::vector<double> latencies;
    for (const RelevanceQuery &q : queries) {
        Ranked ranked;
        for (int repeat = 0; repeat < 3; ++repeat) {
            QElapsedTimer timer;
            timer.start();
            ranked = engine(q.query);
            latencies.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        if (q.expected.isEmpty()) {
            ++unanswered;
            saidNothing += (ranked.keys.isEmpty() || !ranked.confident) ? 1 : 0;
            continue;
        }
        ++answered;
        answeredButWeak += ranked.confident ? 0 : 1;
        const double r = recallAt(ranked.keys, q.expected, 5);
        recall += r;
        mrr += reciprocalRank(ranked.keys, q.expected);
        byKind[q.kind].first += r;
        byKind[q.kind].second += 1;
    }
    const double n = std::max(1, answered);
    std::printf("  %-8s recall@5 %.3f   MRR %.3f   p50 %7.3f ms   p99 %7.3f ms\n", name, recall / n, mrr / n,
                percentile(latencies, 0.5), percentile(latencies, 0.99));
    QStringList kinds;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        kinds << QStringLiteral("%1 %2").arg(it.key()).arg(it.value().first / it.value().second, 0, 'f', 3);
    std::printf("           by kind: %s\n", qPrintable(kinds.join(QStringLiteral(", "))));
    if (unanswered > 0)
        std::printf("           no answer in the base: nothing confident shown for %d of %d (%.3f); answered questions"
                    " marked weak %d of %d\n",
                    saidNothing, unanswered, double(saidNothing) / unanswered, answeredButWeak, answered);
    std::fflush(stdout);
}

class XapianEngine {
public:
    XapianEngine(const QString &path, const QVector<KbDocument> &docs, const KbTokenizer &tokenizer, const KbSynonyms &synonyms)
        : m_db(path.toStdString(), Xapian::DB_CREATE_OR_OVERWRITE), m_tokenizer(tokenizer), m_synonyms(synonyms)
    {
        Xapian::TermGenerator generator;
        generator.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
        for (const KbDocument &doc : docs) {
            Xapian::Document document;
            generator.set_document(document);
            generator.index_text(tokenizer.normalize(doc.title).toStdString(), 5);
            generator.increase_termpos();
            generator.index_text(tokenizer.normalize(doc.body).toStdString());
            document.set_data(doc.key.toStdString());
            m_db.add_document(document);
        }
        m_db.commit();
    }

    Ranked operator()(const QString &query) const
    {
        // The query's own n-grams, from the same term generator, ORed, with those of the
        // query in its synonyms' wording (the same list our search uses).
        Xapian::Document scratch;
        Xapian::TermGenerator generator;
        generator.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
        generator.set_document(scratch);
        const QString normalized = m_tokenizer.normalize(query);
        generator.index_text(normalized.toStdString());
        for (const KbSynonyms::Variant &variant : m_synonyms.variants(normalized))
            generator.index_text(variant.text.toStdString());
        std::vector<std::string> terms(scratch.termlist_begin(), scratch.termlist_end());
        Xapian::Enquire enquire(m_db);
        enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
        QStringList ranked;
        const Xapian::MSet matches = enquire.get_mset(0, 10);
        for (auto it = matches.begin(); it != matches.end(); ++it)
            ranked.append(QString::fromStdString(it.get_document().get_data()));
        return {ranked};
    }

private:
    Xapian::WritableDatabase m_db;
    const KbTokenizer &m_tokenizer;
    const KbSynonyms &m_synonyms;
};

class TrigramEngine {
public:
    TrigramEngine(const QString &path, const QVector<KbDocument> &docs, const KbTokenizer &tokenizer, const KbSynonyms &synonyms)
        : m_tokenizer(tokenizer), m_synonyms(synonyms), m_keys(docs.size())
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("trigram"));
        m_db.setDatabaseName(path);
        m_db.open();
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("CREATE VIRTUAL TABLE docs USING fts5 (title, body, tokenize = 'trigram')"));
        m_db.transaction();
        q.prepare(QStringLiteral("INSERT INTO docs (rowid, title, body) VALUES (?, ?, ?)"));
        for (qsizetype i = 0; i < docs.size(); ++i) {
            m_keys[i] = docs.at(i).key;
            q.addBindValue(i);
            q.addBindValue(tokenizer.normalize(docs.at(i).title));
            q.addBindValue(tokenizer.normalize(docs.at(i).body));
            q.exec();
        }
        m_db.commit();
    }
    ~TrigramEngine()
    {
        m_db.close();
        m_db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("trigram"));
    }

    Ranked operator()(const QString &raw) const
    {
        const auto letters = [](const QString &normalized) {
            QString text;
            for (QChar ch : normalized)
                if (ch.isLetterOrNumber())
                    text.append(ch);
            return text;
        };
        const QString normalized = m_tokenizer.normalize(raw);
        const QString text = letters(normalized);
        QSqlQuery q(m_db);
        if (text.size() < 3) {
            q.prepare(QStringLiteral("SELECT rowid FROM docs WHERE title LIKE ?1 OR body LIKE ?1"
                                     " ORDER BY (title LIKE ?1) DESC LIMIT 10"));
            q.addBindValue(QString(u'%' + text + u'%'));
        } else {
            QStringList grams;
            QStringList wordings{text};
            for (const KbSynonyms::Variant &variant : m_synonyms.variants(normalized))
                wordings.append(letters(variant.text));
            for (const QString &wording : std::as_const(wordings))
                for (qsizetype i = 0; i + 3 <= wording.size(); ++i)
                    grams << u'"' + wording.mid(i, 3) + u'"';
            grams.removeDuplicates();
            q.prepare(QStringLiteral("SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 10.0, 1.0) LIMIT 10"));
            q.addBindValue(grams.join(QStringLiteral(" OR ")));
        }
        QStringList ranked;
        if (q.exec())
            while (q.next())
                ranked.append(m_keys.at(q.value(0).toInt()));
        return {ranked};
    }

private:
    QSqlDatabase m_db;
    const KbTokenizer &m_tokenizer;
    const KbSynonyms &m_synonyms;
    QVector<QString> m_keys;
};

struct RelevanceSet {
    const char *name;
    QVector<RelevanceQuery> queries;
};

void runAtSize(int size, const QVector<RelevanceSet> &sets)
{
    QTemporaryDir dir;
    QElapsedTimer build;
    auto store = LocalStore::open(dir.filePath(QStringLiteral("hotline.sqlite")));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error()));
        return;
    }
    KnowledgeBase kb(*store.value(), PinyinTable::builtIn());
    build.start();
    for (const QString &file : {QStringLiteral(HOTLINE_TEST_DATA "/kb/guangdong_gov_service_matters.csv"),
                                QStringLiteral(HOTLINE_TEST_DATA "/kb/teddy2020_message_reply_pairs.csv"),
                                QStringLiteral(HOTLINE_SEED_DATA "/kb_beijing_winter_demo.csv")})
        (void)KbImporter::importCsv(*store.value(), kb.articles(), file, true);
    // Every engine indexes the same text: the articles as our importer made them.
    QVector<KbDocument> real;
    QSqlQuery read(store.value()->database());
    read.exec(QStringLiteral("SELECT a.source_key, v.title, v.questions, v.answer FROM kb_articles a"
                             " JOIN kb_versions v ON v.article_id = a.id AND v.version = a.published_version ORDER BY a.id"));
    while (read.next())
        real.append({read.value(0).toString(), read.value(1).toString(),
                     read.value(2).toString() + u'\n' + read.value(3).toString()});
    const QVector<KbDocument> docs = size > real.size() ? recombined(real, size) : real;
    std::printf("\n%lld articles\n", static_cast<long long>(docs.size()));
    (void)store.value()->transaction([&]() -> Status {
        kb.articles().beginBulkIndexing();
        for (qsizetype i = real.size(); i < docs.size(); ++i) {
            KbDraft draft;
            draft.title = docs.at(i).title;
            draft.answer = docs.at(i).body;
            if (auto r = kb.articles().upsertPublished(docs.at(i).key, draft, QStringLiteral("bench")); !r)
                return Error{r.error()};
        }
        return kb.articles().endBulkIndexing();
    });
    std::printf("  index build: hotline %.1f s", double(build.elapsed()) / 1000);
    build.restart();
    // All three engines search with the synonym list a desk ships with.
    if (Result<int> synonyms = KbSynonyms::importCsv(*store.value(), QStringLiteral(HOTLINE_SEED_DATA "/kb_synonyms.csv")); !synonyms)
        std::fprintf(stderr, "synonyms: %s\n", qPrintable(synonyms.error()));
    const KbSynonyms synonyms = KbSynonyms::load(*store.value());
    XapianEngine xapian(dir.filePath(QStringLiteral("xapian")), docs, kb.tokenizer(), synonyms);
    std::printf(", xapian %.1f s", double(build.elapsed()) / 1000);
    build.restart();
    TrigramEngine trigram(dir.filePath(QStringLiteral("trigram.sqlite")), docs, kb.tokenizer(), synonyms);
    std::printf(", trigram %.1f s\n", double(build.elapsed()) / 1000);

    QHash<qint64, QString> sourceKeys; // outside the timed part: the desk shows ids, not keys
    QSqlQuery keys(store.value()->database());
    keys.exec(QStringLiteral("SELECT id, source_key FROM kb_articles"));
    while (keys.next())
        sourceKeys.insert(keys.value(0).toLongLong(), keys.value(1).toString());
    const Engine hotline = [&](const QString &query) {
        Ranked ranked{{}, false};
        for (const KbHit &hit : kb.search().search(query, 10)) {
            ranked.keys.append(sourceKeys.value(hit.articleId));
            ranked.confident = ranked.confident || !hit.weak;
        }
        return ranked;
    };
    for (const RelevanceSet &set : sets) {
        std::printf(" %s (%lld questions)\n", set.name, static_cast<long long>(set.queries.size()));
        evaluate("hotline", hotline, set.queries);
        evaluate("xapian", [&](const QString &q) { return xapian(q); }, set.queries);
        evaluate("trigram", [&](const QString &q) { return trigram(q); }, set.queries);
    }
    // Usage as evidence: a log replayed over both sets' answerable questions.
    QVector<RelevanceQuery> questions;
    for (const RelevanceSet &set : sets)
        questions += set.queries;
    replayUsageLog(*store.value(), kb, questions, [&](const QString &q) { return hotline(q).keys; },
                   [&](const QString &q) { return xapian(q).keys; });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--size"));
    const int size = at > 0 ? args.value(at + 1).toInt() : 0;

    // Two sets made in opposite ways, so that they keep each other honest: the first written
    // from how callers speak with the titles at hand, the second written blind and judged after.
    const QVector<RelevanceSet> sets{
        {"first set: tests/data/kb_relevance.tsv", loadRelevanceSet(QStringLiteral(HOTLINE_TEST_DATA "/kb_relevance.tsv"))},
        {"caller set: tests/data/kb_relevance_callers.tsv",
         loadRelevanceSet(QStringLiteral(HOTLINE_TEST_DATA "/kb_relevance_callers.tsv"))}};
    for (const RelevanceSet &set : sets)
        if (set.queries.isEmpty()) {
            std::fprintf(stderr, "relevance set missing: %s\n", set.name);
            return 1;
        }
    runAtSize(0, sets);
    if (size > 0)
        runAtSize(size, sets);
    return 0;
}
