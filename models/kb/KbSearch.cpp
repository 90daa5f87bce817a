// SPDX-License-Identifier: GPL-3.0-or-later
#include "KbSearch.h"

#include "KbTokenizer.h"
#include "store/LocalStore.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace hotline {

namespace {
constexpr int candidatePool = 60;   // BM25 candidates re-ranked per query
constexpr int maxTerms = 12;        // a long sentence keeps its most telling words
constexpr double commonTermShare = 0.2; // terms in more than this share of articles say little
// FTS5 scores every article a term occurs in (about 1 µs each here), so the caller's wording
// reads at most this many postings, the matter words first (README, measured at 100,000
// articles).
constexpr int postingBudget = 3000;
// The wordings in synonyms share a budget of their own, read in turn: the first takes what
// it needs and the next what is left, so a query with synonyms costs at most half again as
// much as one without.
constexpr int synonymPostingBudget = 1500;
constexpr int snippetLength = 80;
// Wordings in synonyms searched per query, and the candidates each brings: each is one more
// FTS query, kept cheap by the shared budget above.
constexpr int maxSynonymWordings = 2;
constexpr int synonymCandidatePool = 30;
// A synonym's wording is searched unless the caller's own word is this many times as common
// in the articles: the estimate of a word's use is its rarest pair of characters, which is far
// below the truth for a long official name (最低生活保障 against 低保), so "more common than
// the caller's word" kept the name callers abbreviate out of the search.
constexpr int callerWordDominance = 4;
// How much a title in a synonym's wording counts against one in the caller's own words.
constexpr double synonymCoverageWeight = 0.85;
// How much a matter word of the query counts in the title re-rank against the other words.
// Measured on both relevance sets (README): 3 and 5 alike, both above 1.
constexpr double matterWeight = 3.0;
// A bare matter name (护照): the title that is little more than the name is the general item.
// Against the 6 + 6 a title earns by holding the whole query (12 and 20 measured alike; 4 was
// too little to lift the general item over a sibling that BM25 liked better).
constexpr double bareNameWeight = 12.0;

QString quoted(const QString &term)
{
    QString escaped = term;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

// Where the query's terms occur in `text` (case-insensitively), merged into ranges.
TextRanges occurrences(const QString &text, const QStringList &terms)
{
    const QString lower = text.toLower();
    TextRanges ranges;
    for (const QString &term : terms) {
        for (qsizetype at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1))
            ranges.append({int(at), int(term.size())});
    }
    std::sort(ranges.begin(), ranges.end());
    TextRanges merged;
    for (const auto &range : std::as_const(ranges)) {
        if (!merged.isEmpty() && range.first <= merged.last().first + merged.last().second)
            merged.last().second = std::max(merged.last().first + merged.last().second, range.first + range.second)
                                 - merged.last().first;
        else
            merged.append(range);
    }
    return merged;
}

// The window of the answer holding most matches, with its highlights moved into it.
std::pair<QString, TextRanges> snippetOf(const QString &answer, const QStringList &terms)
{
    const TextRanges all = occurrences(answer, terms);
    int start = 0;
    int best = 0;
    for (int i = 0, j = 0; i < all.size(); ++i) {
        while (all.at(j).first + snippetLength <= all.at(i).first)
            ++j;
        if (i - j + 1 > best) {
            best = i - j + 1;
            start = all.at(j).first;
        }
    }
    start = std::max(0, start - 10); // a little context before the first match
    QString snippet = answer.mid(start, snippetLength);
    TextRanges inside;
    for (const auto &[at, length] : all)
        if (at >= start && at + length <= start + snippet.size())
            inside.append({at - start, length});
    snippet.replace(u'\n', u' ');
    if (start > 0) {
        snippet.prepend(u'…');
        for (auto &range : inside)
            ++range.first;
    }
    if (start + snippetLength < answer.size())
        snippet.append(u'…');
    return {snippet, inside};
}
} // namespace

QString KbHit::highlighted(const QString &text, const TextRanges &ranges)
{
    QString html;
    int at = 0;
    for (const auto &[start, length] : ranges) {
        html += text.mid(at, start - at).toHtmlEscaped() + QStringLiteral("<b>") + text.mid(start, length).toHtmlEscaped()
              + QStringLiteral("</b>");
        at = start + length;
    }
    return html + text.mid(at).toHtmlEscaped();
}

KbSearch::KbSearch(LocalStore &store, const KbTokenizer &tokenizer) : m_store(store), m_tokenizer(tokenizer) {}

// The FTS5 expression a wording's candidates are found by. The matter words are read first (the
// rarest of them first), then the other words by rarity, while their postings fit the budget:
// read rarest-first alone, a sentence spent the budget on the pairs across its words (照要, 久能
// in 护照要多久能办下来) and left out the matter. A matter word too common to fit is required of
// every candidate instead of dropped, so FTS5 scores only the articles holding it.
QString KbSearch::candidateQuery(const QStringList &terms, const QStringList &matters, int budget, int *read) const
{
    QSqlQuery query(m_store.database());
    int articles = 0;
    // The highest article id stands in for the article count: exact enough for a share, and
    // one b-tree step where counting reads the whole table.
    if (query.exec(QStringLiteral("SELECT max(id) FROM kb_articles")) && query.next())
        articles = query.value(0).toInt();
    const QHash<QString, int> frequency = documentFrequencies(terms);
    QStringList ordered;
    for (const QString &term : terms)
        if (frequency.value(term) > 0) // a term no article holds (a slip between words) finds nothing
            ordered.append(term);
    std::stable_sort(ordered.begin(), ordered.end(), [&](const QString &a, const QString &b) {
        if (matters.contains(a) != matters.contains(b))
            return matters.contains(a);
        return frequency.value(a) < frequency.value(b);
    });
    QStringList any; // ORed
    QStringList all; // required
    int postings = 0;
    for (const QString &term : std::as_const(ordered)) {
        const int df = frequency.value(term);
        if (df > std::max(1.0, commonTermShare * articles))
            continue;
        if (postings + df <= budget && any.size() < maxTerms) {
            any.append(term);
            postings += df;
        } else if (matters.contains(term) && all.size() < 2) {
            all.append(term);
        }
    }
    if (any.isEmpty() && all.isEmpty()) {
        if (ordered.isEmpty())
            return {};
        // Every word common: the least common one.
        any.append(*std::min_element(ordered.cbegin(), ordered.cend(), [&](const QString &a, const QString &b) {
            return frequency.value(a) < frequency.value(b);
        }));
        postings = frequency.value(any.first());
    }
    // What FTS5 will score: the ORed postings, or, with nothing ORed, the articles holding the
    // required words (at most as many as hold the rarest of them).
    int rows = postings;
    if (any.isEmpty()) {
        rows = std::numeric_limits<int>::max();
        for (const QString &term : std::as_const(all))
            rows = std::min(rows, frequency.value(term));
    }
    if (read)
        *read = std::min(rows, budget);
    const auto joined = [](const QStringList &list, const QString &op) {
        QStringList quotedTerms;
        for (const QString &term : list)
            quotedTerms << quoted(term);
        return quotedTerms.join(op);
    };
    QString expression;
    if (all.isEmpty())
        expression = joined(any, QStringLiteral(" OR "));
    else if (any.isEmpty())
        expression = joined(all, QStringLiteral(" AND "));
    else
        expression = joined(all, QStringLiteral(" AND ")) + QStringLiteral(" AND (") + joined(any, QStringLiteral(" OR ")) + u')';
    // Nothing narrows a name the bodies are full of (身份证 in every list of materials: a fifth
    // of 100,000 articles): it is looked for where a matter is named — titles, question
    // variants, keywords — and FTS5 scores hundreds of articles instead of tens of thousands.
    if (rows > budget)
        expression = QStringLiteral("{title questions keywords} : (") + expression + u')';
    return expression;
}

int KbSearch::wordFrequency(const QString &word) const
{
    // A word of two characters is one token; a longer one is in at most as many articles as
    // its rarest bigram.
    const QStringList tokens = m_tokenizer.parseNormalized(word).terms;
    if (tokens.isEmpty())
        return 0;
    const QHash<QString, int> frequency = documentFrequencies(tokens);
    int least = std::numeric_limits<int>::max();
    for (const QString &token : tokens)
        least = std::min(least, frequency.value(token)); // a token no article holds counts 0
    return least;
}

QHash<QString, int> KbSearch::documentFrequencies(const QStringList &terms) const
{
    // How many articles hold each term, kept by the repository beside the index.
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT df FROM kb_term_df WHERE term = ?"));
    QHash<QString, int> frequency;
    for (const QString &term : terms) {
        query.addBindValue(term);
        if (query.exec() && query.next())
            frequency.insert(term, query.value(0).toInt());
    }
    return frequency;
}

const KbTitleVocabulary &KbSearch::vocabulary(const QString &revision) const
{
    if (!m_vocabularyLoaded || revision != m_vocabularyRevision) {
        m_vocabulary = KbTitleVocabulary::load(m_store);
        m_vocabularyRevision = revision;
        m_vocabularyLoaded = true;
    }
    return m_vocabulary;
}

const KbUsagePrior &KbSearch::usage(const QString &articlesRevision) const
{
    // By local id: articles that arrive later are found once the titles' revision moves.
    const QString revision = KbUsagePrior::revision(m_store) + u'/' + articlesRevision;
    if (!m_usageLoaded || revision != m_usageRevision) {
        m_usage = KbUsagePrior::load(m_store);
        m_usageRevision = revision;
        m_usageLoaded = true;
    }
    return m_usage;
}

const KbSynonyms &KbSearch::synonyms() const
{
    const QString revision = KbSynonyms::revision(m_store);
    if (!m_synonymsLoaded || revision != m_synonymsRevision) {
        m_synonyms = KbSynonyms::load(m_store);
        m_synonymsRevision = revision;
        m_synonymsLoaded = true;
    }
    return m_synonyms;
}

QVector<KbHit> KbSearch::search(const QString &text, int limit, const QDate &today) const
{
    return search(text, limit, today, synonyms());
}

QVector<KbHit> KbSearch::search(const QString &text, int limit, const QDate &today, const KbSynonyms &synonyms) const
{
    const KbTokenizer::Query query = m_tokenizer.parseQuery(text);
    if ((query.terms.isEmpty() && query.initials.isEmpty()) || limit <= 0)
        return {};
    // The query in the other wordings of the synonyms it holds: their terms are searched too,
    // with a budget of their own so they never crowd out the caller's words.
    QVector<QStringList> wordings{query.terms};
    QStringList synonymTerms;
    if (!query.singleCharacter && query.initials.isEmpty()) {
        for (const KbSynonyms::Variant &variant : synonyms.variants(query.normalized)) {
            // Not away from a wording the articles use far more: where the caller's own word is
            // the common one (养老金), its synonyms (退休工资) would only bring noise.
            if (callerWordDominance * wordFrequency(variant.replacement) <= wordFrequency(variant.replaced))
                continue;
            // The synonym set apart by spaces: no pairs across its edges (去结, 记民), which are
            // rare and would take the posting budget before the words that matter.
            QString separated = query.normalized;
            separated.replace(variant.replaced, u' ' + variant.replacement + u' ');
            wordings.append(m_tokenizer.parseNormalized(separated).terms);
            // Highlighted: the synonym's own tokens.
            for (const QString &term : m_tokenizer.parseNormalized(variant.replacement).terms)
                if (!query.terms.contains(term) && !synonymTerms.contains(term))
                    synonymTerms.append(term);
        }
    }
    // Read once per search: the vocabulary and the usage prior both follow the articles.
    const QString articlesRevision = KbTitleVocabulary::revision(m_store);
    const KbTitleVocabulary &words = vocabulary(articlesRevision);
    const auto mattersOf = [&](const QStringList &terms) {
        QStringList matters;
        for (const QString &term : terms)
            if (words.role(term) == KbTitleVocabulary::Role::Matter)
                matters.append(term);
        return matters;
    };
    QVector<QStringList> matters; // per wording
    for (const QStringList &wording : std::as_const(wordings))
        matters.append(query.singleCharacter ? QStringList() : mattersOf(wording));
    const qsizetype hanTerms = std::count_if(query.terms.cbegin(), query.terms.cend(), KbTokenizer::isHanRun);
    // A bare matter name: every word of it a matter word (驾驶证, 港澳通行证).
    // Two characters name a field (供暖, 社保) more often than one document; from three on
    // (驾驶证, 港澳通行证) the name is the document's.
    const bool bareName = hanTerms > 0 && query.normalized.size() >= 3 && matters.at(0).size() == query.terms.size();
    QVector<qint64> ids;
    QHash<qint64, double> bm25;
    // Candidates by BM25 for one wording: the caller's, or the query in a synonym's words
    // (each wording gets its own pool, so near duplicates of one cannot crowd out the other).
    // The matter words are read first (candidateQuery); naming them twice to BM25, or requiring
    // them of every candidate, cost the caller set more than it gained (README). For a bare
    // name the title weighs no more than the body: every candidate worth having holds the name
    // in its title, which the re-rank below rewards, so BM25's title weight would only add
    // its preference for the shortest title (at 100,000 articles, a near duplicate's half title)
    // while the body, where the general item speaks of the matter throughout, went unheard.
    const QString weights = bareName ? QStringLiteral("1.0, 2.0, 3.0, 1.0, 8.0") : QStringLiteral("4.0, 2.0, 3.0, 1.0, 8.0");
    const auto gather = [&](qsizetype w, bool withInitials, int pool, int budget, int *read) {
        QStringList parts;
        if (query.singleCharacter) {
            for (const QString &term : std::as_const(wordings.at(w)))
                parts << QStringLiteral("{title questions keywords} : ") + quoted(term);
        } else if (const QString expression = candidateQuery(wordings.at(w), matters.at(w), budget, read);
                   !expression.isEmpty()) {
            parts << u'(' + expression + u')';
        }
        if (withInitials && !query.initials.isEmpty())
            parts << QStringLiteral("initials : ") + quoted(query.initials) + QStringLiteral(" *");
        if (parts.isEmpty())
            return;
        QSqlQuery candidates(m_store.database());
        candidates.prepare(QStringLiteral("SELECT rowid, bm25(kb_fts, %1) AS score FROM kb_fts"
                                          " WHERE kb_fts MATCH ? ORDER BY score LIMIT ?")
                               .arg(weights));
        candidates.addBindValue(parts.join(QStringLiteral(" OR ")));
        candidates.addBindValue(pool);
        if (!candidates.exec())
            return;
        while (candidates.next()) {
            const qint64 id = candidates.value(0).toLongLong();
            const double score = -candidates.value(1).toDouble();
            if (!bm25.contains(id))
                ids.append(id);
            bm25[id] = std::max(bm25.value(id), score);
        }
    };
    gather(0, true, candidatePool, postingBudget, nullptr);
    int synonymBudget = synonymPostingBudget;
    for (qsizetype w = 1; w < std::min<qsizetype>(wordings.size(), 1 + maxSynonymWordings) && synonymBudget > 0; ++w) {
        int read = 0;
        gather(w, false, synonymCandidatePool, synonymBudget, &read);
        synonymBudget -= read;
    }
    // What the floor chose after this very query: searched even where the words miss it, and
    // kept only if published and valid today like any other candidate (below).
    const QString phrasing = KbUsagePrior::phrasingKey(m_tokenizer, text);
    const KbUsagePrior &prior = usage(articlesRevision);
    QHash<qint64, double> learnt;
    for (const auto &[id, bonus] : prior.associations(phrasing)) {
        learnt.insert(id, bonus);
        if (!bm25.contains(id)) {
            ids.append(id);
            bm25.insert(id, 0.0);
        }
    }
    if (ids.isEmpty())
        return {};
    // One query for every candidate's title, keeping only what is current today.
    QStringList placeholders;
    for (qsizetype i = 0; i < ids.size(); ++i)
        placeholders << QStringLiteral("?");
    QSqlQuery details(m_store.database());
    details.prepare(QStringLiteral(
        "SELECT a.id, a.published_version, v.title FROM kb_articles a"
        " JOIN kb_versions v ON v.article_id = a.id AND v.version = a.published_version"
        " WHERE a.id IN (%1) AND a.status = 'published'"
        " AND (a.valid_from IS NULL OR a.valid_from <= ?) AND (a.valid_until IS NULL OR a.valid_until >= ?)")
                        .arg(placeholders.join(u',')));
    for (qint64 id : std::as_const(ids))
        details.addBindValue(id);
    const QString day = today.toString(Qt::ISODate);
    details.addBindValue(day);
    details.addBindValue(day);
    if (!details.exec())
        return {};
    const auto weightOf = [&](qsizetype w, const QString &term) { return matters.at(w).contains(term) ? matterWeight : 1.0; };

    QVector<KbHit> found;
    while (details.next()) {
        KbHit hit;
        hit.articleId = details.value(0).toLongLong();
        hit.version = details.value(1).toInt();
        hit.title = details.value(2).toString();
        double score = bm25.value(hit.articleId);
        // Re-rank by the title itself: the share of the query's words it holds, the whole
        // query inside it, and pinyin initials typed from its start.
        const QString title = KbTokenizer::fold(hit.title);
        if (hanTerms > 0) {
            // The best of the wordings: a title saying 遗失 covers 丢了 almost as well as one
            // saying 丢了 — the caller's own words keep a small lead where both exist.
            // Matter words weigh more than the others; a title holding none of the query's
            // matter words (in any wording) is weak: no title there names what was asked.
            double coverage = 0;
            bool namesTheMatter = false;
            bool anyMatter = false;
            for (qsizetype w = 0; w < wordings.size(); ++w) {
                const QStringList &wording = wordings.at(w);
                double covered = 0, all = 0;
                for (const QString &term : wording) {
                    // A pair no title holds (丢了, or 照要 across two words) is covered by no
                    // title: counted, it only shrinks every title's share against BM25's.
                    if (KbTokenizer::isHanRun(term) && words.titlesHolding(term) == 0)
                        continue;
                    const double weight = weightOf(w, term);
                    all += weight;
                    covered += title.contains(term) ? weight : 0.0;
                }
                for (const QString &term : matters.at(w)) {
                    anyMatter = true;
                    namesTheMatter = namesTheMatter || title.contains(term);
                }
                const double share = all > 0 ? covered / all : 0.0;
                coverage = std::max(coverage, w == 0 ? share : synonymCoverageWeight * share);
            }
            hit.weak = !query.singleCharacter && (anyMatter ? !namesTheMatter : coverage == 0);
            score += 6.0 * coverage;
            if (query.normalized.size() >= 2 && title.contains(query.normalized)) {
                score += 6.0;
                if (bareName)
                    score += bareNameWeight * double(query.normalized.size()) / double(title.size());
            }
        }
        if (!query.initials.isEmpty()) {
            const QString initials = m_tokenizer.initials(hit.title);
            score += initials.startsWith(query.initials) ? 10.0 : (initials.contains(query.initials) ? 5.0 : 0.0);
        }
        score += learnt.value(hit.articleId) + prior.popularityBonus(hit.articleId, phrasing);
        // Several desks answered this very question with it: it is an answer, whatever its title.
        if (learnt.contains(hit.articleId))
            hit.weak = false;
        hit.score = score;
        found.append(std::move(hit));
    }
    std::stable_sort(found.begin(), found.end(), [](const KbHit &a, const KbHit &b) {
        return a.score != b.score ? a.score > b.score : a.articleId < b.articleId;
    });
    if (found.size() > limit)
        found.resize(limit);

    // Answers are long (columns after them live on overflow pages): read them, and the unit
    // stored after them, only for the hits shown.
    QSqlQuery answer(m_store.database());
    answer.prepare(QStringLiteral("SELECT answer, unit FROM kb_versions WHERE article_id = ? AND version = ?"));
    for (KbHit &hit : found) {
        answer.addBindValue(hit.articleId);
        answer.addBindValue(hit.version);
        const bool read = answer.exec() && answer.next();
        const QString text = read ? answer.value(0).toString() : QString();
        hit.unit = read ? answer.value(1).toString() : QString();
        hit.titleHighlights = occurrences(hit.title, query.terms + synonymTerms);
        std::tie(hit.snippet, hit.snippetHighlights) = snippetOf(text, query.terms + synonymTerms);
    }
    return found;
}

} // namespace hotline
