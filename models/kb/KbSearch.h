// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KbSynonyms.h"
#include "KbTitleVocabulary.h"
#include "KbUsagePrior.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

#include <utility>

namespace hotline {

class KbTokenizer;
class LocalStore;

using TextRanges = QVector<std::pair<int, int>>; // [start, length) in a display string

struct KbHit {
    qint64 articleId = 0;
    int version = 0;
    QString title;
    QString unit;
    QString snippet; // a window of the answer around the words that matched
    TextRanges titleHighlights;
    TextRanges snippetHighlights;
    double score = 0;
    // Nothing in the article holds the matter the caller named: shown only as a near miss, so
    // the panel can say the base has no answer rather than offer it as one.
    bool weak = false;

    // The text with its ranges in <b>, everything else HTML-escaped.
    static QString highlighted(const QString &text, const TextRanges &ranges);
};

// Search as you type over the published, currently valid articles. SQLite FTS5 over
// character unigrams and bigrams finds candidates ranked by BM25 with the title weighted
// above question variants, keywords and the body (4 : 2 : 3 : 1; measured on the relevance
// set at 2k and 30k articles); the best of them are re-ranked by how much of the query
// the title itself covers. The words of a query are not alike (KbTitleVocabulary): the matter
// the caller names (护照, 公证) weighs three times the action and the words around it (补办,
// 丢了) in the title re-rank, in the caller's wording and in a synonym's; a bare matter name
// puts the title that is little more than the name, the general item, first.
// When no title holds the matter, the hits are marked weak: the base has no answer.
// A query holding a synonym (KbSynonyms) is also searched with the
// other terms of its group, and a title covering the query in either wording ranks alike.
// Usage (KbUsagePrior): an article several desks chose after this very query gains up to
// what a title match earns, and is searched even where the words miss it; for a short query
// the articles the floor takes most gain a little. Both only among published, valid articles.
// Any string is a valid query: terms are quoted, never parsed as FTS syntax.
class KbSearch {
public:
    KbSearch(LocalStore &store, const KbTokenizer &tokenizer);

    QVector<KbHit> search(const QString &query, int limit = 10,
                          const QDate &today = QDate::currentDate()) const;
    // The same search with other synonym groups than the store's: an editor's preview of
    // what a change to the groups would do, before it is published.
    QVector<KbHit> search(const QString &query, int limit, const QDate &today, const KbSynonyms &synonyms) const;

private:
    // The FTS5 expression finding a wording's candidates within `budget` postings, the matter
    // words read first; `read` (if given) gets the postings it will score, at most `budget`.
    QString candidateQuery(const QStringList &terms, const QStringList &matters, int budget, int *read) const;
    // How many published articles hold each term (terms no article holds are missing).
    QHash<QString, int> documentFrequencies(const QStringList &terms) const;
    // How many published articles hold `word` (an upper bound for words over two characters).
    int wordFrequency(const QString &word) const;
    // The store's synonyms, read again only when an import changed them.
    const KbSynonyms &synonyms() const;
    // What the words of the published titles are, read again when articles were added.
    // `revision`: KbTitleVocabulary::revision of the store now.
    const KbTitleVocabulary &vocabulary(const QString &revision) const;
    // The floor's usage evidence, read again when the centre's model or the articles changed.
    const KbUsagePrior &usage(const QString &articlesRevision) const;

    LocalStore &m_store;
    const KbTokenizer &m_tokenizer;
    mutable KbSynonyms m_synonyms;
    mutable QString m_synonymsRevision;
    mutable bool m_synonymsLoaded = false;
    mutable KbTitleVocabulary m_vocabulary;
    mutable QString m_vocabularyRevision;
    mutable bool m_vocabularyLoaded = false;
    mutable KbUsagePrior m_usage;
    mutable QString m_usageRevision;
    mutable bool m_usageLoaded = false;
};

} // namespace hotline
