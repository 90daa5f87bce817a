// SPDX-License-Identifier: GPL-3.0-or-later
#include "SentenceCutter.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace hotline {

namespace {

// Marks that end a spoken sentence, and those where a long one may be cut.
bool endsSentence(char32_t c)
{
    return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'…' || c == U'!' || c == U'?' || c == U';' || c == U'\n';
}

bool breaksClause(char32_t c)
{
    return c == U'，' || c == U'、' || c == U',' || c == U'：' || c == U':';
}

bool isPictograph(char32_t c)
{
    // Emoji and pictographs, dingbats, variation selectors and the zero-width joiner: nobody
    // says them, and espeak-ng would spell their names out.
    return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF) || (c >= 0xFE00 && c <= 0xFE0F)
        || c == 0x200D || c == 0x20E3 || (c >= 0xE000 && c <= 0xF8FF);
}

bool isPunctuation(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Symbol_Math:
    case QChar::Symbol_Other:
    case QChar::Symbol_Modifier:
        return true;
    default:
        return false;
    }
}

// Marks kept in the spoken text (they time the pauses); every other mark is dropped.
bool keptMark(char32_t c)
{
    return endsSentence(c) || breaksClause(c) || c == U'%' || c == U'％' || c == U'.' || c == U'-' || c == U'/';
}

qsizetype spokenLength(const QString &sentence)
{
    qsizetype n = 0;
    for (char32_t c : sentence.toUcs4())
        if (!isPunctuation(c) && !QChar::isSpace(c))
            ++n;
    return n;
}

// A sentence too long for a breath: clauses joined up to `maxChars`, a clause still longer
// cut where it must.
QStringList cutLong(const QString &sentence, int maxChars)
{
    QStringList clauses;
    QString clause;
    for (char32_t c : sentence.toUcs4()) {
        clause += QString::fromUcs4(&c, 1);
        if (breaksClause(c)) {
            clauses.append(clause);
            clause.clear();
        }
    }
    if (!clause.isEmpty())
        clauses.append(clause);
    QStringList out;
    QString current;
    for (QString part : std::as_const(clauses)) {
        if (!current.isEmpty() && current.size() + part.size() > maxChars) {
            out.append(current);
            current.clear();
        }
        while (part.size() > maxChars) {
            // Never split a surrogate pair or a number.
            qsizetype at = maxChars;
            while (at > 1 && (part.at(at).isLowSurrogate() || (part.at(at).isDigit() && part.at(at - 1).isDigit())))
                --at;
            out.append(part.left(at));
            part = part.mid(at);
        }
        current += part;
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

} // namespace

QString SentenceCutter::speakable(const QString &text)
{
    static const QRegularExpression links(QStringLiteral(R"((?:https?://|ftp://|www\.)[^\s\x{4e00}-\x{9fff}，。！？]+)"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression mails(QStringLiteral(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})"));
    QString plain = text;
    plain.replace(links, QString());
    plain.replace(mails, QString());
    QString out;
    out.reserve(plain.size());
    char32_t previousMark = 0;
    for (char32_t c : plain.toUcs4()) {
        if (isPictograph(c))
            continue;
        if (c == U'\r' || c == U'\t' || c == U'\n' || QChar::isSpace(c)) {
            // A line break ends a thought like a full stop; other spaces separate words only
            // between Latin letters and digits.
            if (c == U'\n' && !out.isEmpty() && !previousMark) {
                out += QStringLiteral("。");
                previousMark = U'。';
            } else if (!out.isEmpty() && !previousMark && !out.endsWith(u' '))
                out += u' ';
            continue;
        }
        if (isPunctuation(c)) {
            // "...", "。。。" and "……" are one pause; "！？" one mark; decoration dropped.
            const bool kept = keptMark(c) && !(c == U'.' && (out.isEmpty() || !out.back().isDigit()));
            const char32_t mark = c == U'.' && !kept ? U'…' : c;
            if (!keptMark(mark)) {
                continue;
            }
            if (previousMark) {
                // Keep the stronger mark of a run: an end of sentence over a comma.
                if (endsSentence(mark) && !endsSentence(previousMark)) {
                    out.chop(1);
                    out += QString::fromUcs4(&mark, 1);
                    previousMark = mark;
                }
                continue;
            }
            if (out.isEmpty() || out.endsWith(u' ')) {
                if (out.endsWith(u' ') && !out.isEmpty())
                    out.chop(1);
                if (out.isEmpty())
                    continue;
            }
            out += QString::fromUcs4(&mark, 1);
            // Marks inside numbers (3.5, 2019-05, 1/2) do not end anything.
            previousMark = (mark == U'.' || mark == U'-' || mark == U'/' || mark == U'%' || mark == U'％') ? 0 : mark;
            continue;
        }
        if (out.endsWith(u' ')) {
            // Keep a space only between two Latin words or numbers.
            const QString before = out.chopped(1);
            const QChar last = before.isEmpty() ? QChar() : before.back();
            if (!(last.unicode() < 0x80 && last.isLetterOrNumber() && c < 0x80 && QChar::isLetterOrNumber(c)))
                out.chop(1);
        }
        out += QString::fromUcs4(&c, 1);
        previousMark = 0;
    }
    // A dangling "-" or "/" at a word's end is not said either.
    while (out.endsWith(u' ') || out.endsWith(u'-') || out.endsWith(u'/'))
        out.chop(1);
    return out;
}

QStringList SentenceCutter::cut(const QString &text, int maxChars)
{
    const QString clean = speakable(text);
    QStringList sentences;
    QString current;
    const auto flush = [&] {
        const QString sentence = current.trimmed();
        current.clear();
        if (spokenLength(sentence) == 0)
            return;
        if (sentence.size() <= maxChars)
            sentences.append(sentence);
        else
            sentences.append(cutLong(sentence, maxChars));
    };
    for (char32_t c : clean.toUcs4()) {
        current += QString::fromUcs4(&c, 1);
        if (endsSentence(c))
            flush();
    }
    flush();
    // A sentence of one or two characters ("好。") joins the one before when it fits.
    QStringList joined;
    for (const QString &sentence : std::as_const(sentences)) {
        if (!joined.isEmpty() && spokenLength(sentence) <= 2 && joined.back().size() + sentence.size() <= maxChars)
            joined.back() += sentence;
        else
            joined.append(sentence);
    }
    return joined;
}

qint64 SentenceCutter::spokenMs(const QString &sentence, double charsPerSecond)
{
    if (charsPerSecond <= 0)
        charsPerSecond = kCharsPerSecond;
    return std::max<qint64>(300, qint64(std::llround(double(spokenLength(sentence)) * 1000.0 / charsPerSecond)));
}

QList<TranscriptSentence> SentenceCutter::timed(const QStringList &sentences, const QList<qint64> &durationsMs, qint64 pauseMs, qint64 startMs)
{
    if (sentences.size() != durationsMs.size())
        return {};
    QList<TranscriptSentence> out;
    qint64 at = std::max<qint64>(0, startMs);
    for (qsizetype i = 0; i < sentences.size(); ++i) {
        if (durationsMs.at(i) < 0)
            return {};
        out.append(TranscriptSentence{sentences.at(i), at, at + durationsMs.at(i), true});
        at += durationsMs.at(i) + std::max<qint64>(0, pauseMs);
    }
    return out;
}

QList<TranscriptSentence> SentenceCutter::timedAtRate(const QStringList &sentences, double charsPerSecond, qint64 pauseMs, qint64 startMs)
{
    QList<qint64> durations;
    for (const QString &sentence : sentences)
        durations.append(spokenMs(sentence, charsPerSecond));
    return timed(sentences, durations, pauseMs, startMs);
}

} // namespace hotline
