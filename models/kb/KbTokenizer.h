// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace hotline {

class ChineseConverter;
class PinyinTable;

// Chinese has no spaces, so the index is built from characters: every character (unigram)
// and every pair of neighbours (bigram) of a run of Han characters, and whole words for
// Latin letters and digits. Text is first made simplified (OpenCC), half-width and lower
// case, so 補辦 and 补办, ＩＤ and id are the same words. The tokens are written space-
// separated into SQLite FTS5 columns, whose unicode61 tokenizer keeps each one whole.
class KbTokenizer {
public:
    KbTokenizer(const ChineseConverter &converter, const PinyinTable &pinyin);

    QString normalize(const QString &text) const;
    // Half-width and lower case only: for text already known to be simplified (titles being
    // re-ranked), where running OpenCC again per candidate would cost more than the search.
    static QString fold(const QString &text);

    // Tokens for an index column. Unigrams only where short queries must hit (titles,
    // question variants, keywords); long bodies get bigrams and words.
    QString indexTokens(const QString &text, bool withUnigrams) const;
    // "bdcqzbl bdcqz …": the pinyin initials of a title and each of its suffixes, so that a
    // prefix query finds initials typed from any word of the title.
    QString initialsTokens(const QString &title) const;
    // "bdcqzbl": the pinyin initials of a whole title.
    QString initials(const QString &title) const;

    struct Query {
        QStringList terms;     // bigrams, words, and unigrams for single characters
        QString initials;      // letters typed as pinyin initials; empty if not such a query
        QString normalized;    // the whole query, normalised
        bool singleCharacter = false;
    };
    Query parseQuery(const QString &query) const;
    // The same for text already normalised (a query rewritten with a synonym): OpenCC is the
    // dearest step, and running it again per rewriting doubled the search time.
    Query parseNormalized(const QString &normalized) const;

    // Splits normalised text into runs: Han runs and Latin/digit words; drops the rest.
    static QStringList runs(const QString &normalized);
    static bool isHanRun(const QString &run);

private:
    const ChineseConverter &m_converter;
    const PinyinTable &m_pinyin;
};

} // namespace hotline
