// SPDX-License-Identifier: GPL-3.0-or-later
#include "KbTokenizer.h"

#include "pinyin/PinyinTable.h"
#include "text/ChineseConverter.h"
#include "text/TextNormalizer.h"

#include <QSet>

namespace hotline {

namespace {
constexpr int maxQueryCharacters = 200; // a caller's sentence; beyond it is pasted text
constexpr int minInitialsSuffix = 2;

// What callers say around the matter itself: greetings, question words and fillers. They
// match articles phrased as questions ("…怎么办理？") rather than the matter asked about.
const QSet<QString> &spokenFillers()
{
    static const QSet<QString> fillers = [] {
        QSet<QString> set;
        for (const char *word :
             {"你好", "您好", "请问", "问一", "一下", "问下", "我想", "想问", "想知", "知道", "我要", "我们", "你们", "他们",
              "这个", "那个", "这里", "那里", "怎么", "怎样", "么办", "么样", "什么", "如何", "哪里", "哪儿", "去哪", "在哪",
              "哪个", "可以", "能不", "不能", "是不", "不是", "需要", "要什", "么材", "有没", "没有", "就是", "然后", "还有",
              "一个", "的话", "了吗", "是否", "应该", "咨询", "反映", "问题", "麻烦", "帮我", "谢谢",
              // Questions of time, amount and manner, asked of any matter alike (…多久能办下来,
              // 什么时候…, 咋办): citizens' message titles hold them, so they would pass for matters.
              "多久", "多长", "长时", "时间", "时候", "啥时", "多少", "为啥", "为什", "咋办", "咋整", "咋弄", "怎办"})
            set.insert(QString::fromUtf8(word));
        return set;
    }();
    return fillers;
}
} // namespace

KbTokenizer::KbTokenizer(const ChineseConverter &converter, const PinyinTable &pinyin)
    : m_converter(converter), m_pinyin(pinyin)
{
}

QString KbTokenizer::normalize(const QString &text) const
{
    return fold(m_converter.toSimplified(text));
}

QString KbTokenizer::fold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar ch : text) {
        char16_t u = ch.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            u = char16_t(u - 0xFEE0);
        out.append(QChar(u).toLower());
    }
    return out;
}

bool KbTokenizer::isHanRun(const QString &run)
{
    return !run.isEmpty() && TextNormalizer::isHan(run.at(0).isHighSurrogate() ? QChar::surrogateToUcs4(run.at(0), run.at(1))
                                                                                  : run.at(0).unicode());
}

QStringList KbTokenizer::runs(const QString &normalized)
{
    QStringList result;
    QString current;
    bool currentHan = false;
    const auto flush = [&] {
        if (!current.isEmpty())
            result.append(current);
        current.clear();
    };
    for (char32_t cp : normalized.toUcs4()) {
        const bool han = TextNormalizer::isHan(cp);
        const bool word = !han && cp < 0x80 && QChar::isLetterOrNumber(cp);
        if (!han && !word) {
            flush();
            continue;
        }
        if (!current.isEmpty() && han != currentHan)
            flush();
        currentHan = han;
        current.append(QString::fromUcs4(&cp, 1));
    }
    flush();
    return result;
}

QString KbTokenizer::indexTokens(const QString &text, bool withUnigrams) const
{
    QString out;
    const auto add = [&out](const QString &token) {
        if (!out.isEmpty())
            out.append(u' ');
        out.append(token);
    };
    for (const QString &run : runs(normalize(text))) {
        if (!isHanRun(run)) {
            add(run);
            continue;
        }
        const QList<uint> chars = run.toUcs4();
        for (qsizetype i = 0; i < chars.size(); ++i) {
            const char32_t here = chars.at(i);
            if (withUnigrams || chars.size() == 1)
                add(QString::fromUcs4(&here, 1));
            if (i + 1 < chars.size()) {
                const char32_t pair[2] = {here, chars.at(i + 1)};
                add(QString::fromUcs4(pair, 2));
            }
        }
    }
    return out;
}

QString KbTokenizer::initials(const QString &title) const
{
    return m_pinyin.initials(normalize(title));
}

QString KbTokenizer::initialsTokens(const QString &title) const
{
    const QString all = initials(title);
    QStringList suffixes;
    for (qsizetype i = 0; i + minInitialsSuffix <= all.size(); ++i)
        suffixes.append(all.mid(i));
    return suffixes.join(u' ');
}

KbTokenizer::Query KbTokenizer::parseQuery(const QString &raw) const
{
    return parseNormalized(normalize(raw.left(maxQueryCharacters)));
}

KbTokenizer::Query KbTokenizer::parseNormalized(const QString &normalized) const
{
    Query query;
    query.normalized = normalized;
    const QStringList parts = runs(query.normalized);
    QSet<QString> seen;
    const auto add = [&](const QString &term) {
        if (!seen.contains(term)) {
            seen.insert(term);
            query.terms.append(term);
        }
    };
    int hanCharacters = 0;
    for (const QString &run : parts) {
        if (!isHanRun(run)) {
            add(run);
            continue;
        }
        const QList<uint> chars = run.toUcs4();
        hanCharacters += int(chars.size());
        if (chars.size() == 1) {
            const char32_t one = chars.first();
            add(QString::fromUcs4(&one, 1));
        }
        for (qsizetype i = 0; i + 1 < chars.size(); ++i) {
            const char32_t pair[2] = {chars.at(i), chars.at(i + 1)};
            add(QString::fromUcs4(pair, 2));
        }
    }
    query.singleCharacter = hanCharacters == 1 && parts.size() == 1;
    QStringList meaningful;
    for (const QString &term : std::as_const(query.terms))
        if (!spokenFillers().contains(term))
            meaningful.append(term);
    if (!meaningful.isEmpty())
        query.terms = meaningful;
    // Letters alone may be pinyin initials of a title ("bdcqz").
    if (parts.size() == 1 && !isHanRun(parts.first()) && parts.first().size() >= minInitialsSuffix) {
        bool letters = true;
        for (QChar ch : parts.first())
            letters = letters && ch >= u'a' && ch <= u'z';
        if (letters)
            query.initials = parts.first();
    }
    return query;
}

} // namespace hotline
