// SPDX-License-Identifier: GPL-3.0-or-later
// KbTokenizer on any text, as an article is indexed and as a caller's words are searched.
// Properties: folding is a fixed point; the runs of normalised text are exactly its Han and
// Latin/digit characters, each run of one kind; every index token is a Latin word or one or
// two neighbouring Han characters of a run; a query's terms are all among the tokens of the
// same text indexed (an article always finds itself); the query read from already
// normalised text (the synonym path) is the query read from the raw text; the pinyin
// initials' suffixes are all there.
#include "FuzzSupport.h"

#include "kb/KbTokenizer.h"
#include "pinyin/PinyinTable.h"
#include "text/ChineseConverter.h"
#include "text/TextNormalizer.h"

#include <QSet>

#include <memory>

using namespace hotline;

namespace {

const KbTokenizer &tokenizer()
{
    static const ChineseConverter converter;
    static const std::shared_ptr<const PinyinTable> pinyin = PinyinTable::builtIn();
    static const KbTokenizer made(converter, *pinyin);
    return made;
}

bool kept(char32_t cp)
{
    return TextNormalizer::isHan(cp) || (cp < 0x80 && QChar::isLetterOrNumber(cp));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    tokenizer();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const KbTokenizer &t = tokenizer();
    // What a query reads: the first 200 characters, so index and query see the same text.
    const QString text = QString::fromUtf8(fuzz::bytes(data, size)).left(200);

    const QString folded = KbTokenizer::fold(text);
    FUZZ_CHECK(KbTokenizer::fold(folded) == folded, text);

    const QString normalized = t.normalize(text);
    QString expected;
    for (char32_t cp : normalized.toUcs4())
        if (kept(cp))
            expected += QString::fromUcs4(&cp, 1);
    const QStringList runs = KbTokenizer::runs(normalized);
    FUZZ_CHECK(runs.join(QString()) == expected, QStringLiteral("runs of ") + normalized + QStringLiteral(": ") + runs.join(u'|'));
    for (const QString &run : runs) {
        FUZZ_CHECK(!run.isEmpty(), normalized);
        const bool han = KbTokenizer::isHanRun(run);
        for (char32_t cp : run.toUcs4())
            FUZZ_CHECK(TextNormalizer::isHan(cp) == han, QStringLiteral("a mixed run: ") + run);
    }

    const QStringList tokens = t.indexTokens(text, true).split(u' ', Qt::SkipEmptyParts);
    const QSet<QString> indexed(tokens.cbegin(), tokens.cend());
    for (const QString &token : tokens) {
        bool inRun = false;
        for (const QString &run : runs)
            inRun = inRun || (KbTokenizer::isHanRun(run) ? run.contains(token) && token.toUcs4().size() <= 2 : run == token);
        FUZZ_CHECK(inRun, QStringLiteral("token “%1” is not of the text %2").arg(token, normalized));
    }
    const QStringList bodyTokens = t.indexTokens(text, false).split(u' ', Qt::SkipEmptyParts);
    for (const QString &token : bodyTokens)
        FUZZ_CHECK(indexed.contains(token), QStringLiteral("a body token “%1” missing with unigrams").arg(token));

    const KbTokenizer::Query query = t.parseQuery(text);
    for (const QString &term : query.terms)
        FUZZ_CHECK(indexed.contains(term), QStringLiteral("the query term “%1” of %2 is not indexed for the same text").arg(term, text));
    const KbTokenizer::Query again = t.parseNormalized(normalized);
    FUZZ_CHECK(again.terms == query.terms && again.initials == query.initials && again.singleCharacter == query.singleCharacter,
               QStringLiteral("the normalised path reads %1 otherwise").arg(text));

    const QString initials = t.initials(text);
    const QStringList suffixes = t.initialsTokens(text).split(u' ', Qt::SkipEmptyParts);
    FUZZ_CHECK(suffixes.size() == std::max<qsizetype>(0, initials.size() - 1) && (suffixes.isEmpty() || suffixes.first() == initials),
               QStringLiteral("initials %1, suffixes %2").arg(initials, suffixes.join(u' ')));
    return 0;
}
