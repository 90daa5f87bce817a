// SPDX-License-Identifier: GPL-3.0-or-later
#include "TonePinyin.h"

#include "pinyin/PinyinTable.h"

#include <QFile>

namespace hotline {

namespace {

const char16_t *const kDigits[] = {u"零", u"一", u"二", u"三", u"四", u"五", u"六", u"七", u"八", u"九"};

QString digitByDigit(QStringView digits)
{
    QString out;
    for (QChar d : digits)
        out += QString::fromUtf16(kDigits[d.unicode() - u'0']);
    return out;
}

// 0 … 99999999 as a quantity: 四十, 一百零五, 两千零一十, 三万五千.
QString quantity(qint64 value)
{
    if (value == 0)
        return QStringLiteral("零");
    const auto under10000 = [](int n, bool leading) {
        static const char16_t *const units[] = {u"千", u"百", u"十", u""};
        const int parts[] = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
        QString out;
        bool zero = false;
        bool started = false;
        for (int i = 0; i < 4; ++i) {
            if (parts[i] == 0) {
                zero = started;
                continue;
            }
            if (zero)
                out += QStringLiteral("零");
            zero = false;
            // 十五 rather than 一十五 at the start of a number; 两 before 千 and 百.
            if (!(i == 2 && parts[i] == 1 && !started && leading))
                out += (parts[i] == 2 && i < 2) ? QStringLiteral("两") : QString::fromUtf16(kDigits[parts[i]]);
            out += QString::fromUtf16(units[i]);
            started = true;
        }
        return out;
    };
    if (value < 10000)
        return under10000(int(value), true);
    const int high = int(value / 10000);
    const int low = int(value % 10000);
    QString out = under10000(high, true) + QStringLiteral("万");
    if (low > 0)
        out += (low < 1000 ? QStringLiteral("零") : QString()) + under10000(low, false);
    return out;
}

const char *letterReading(char32_t c)
{
    static const char *const letters[] = {"ei1",    "bi4",   "xi1",   "di4",   "yi4",      "ai4 fu5", "ji4",   "ai4 qi1",  "ai4",
                                          "jie1",   "kai1",  "ai4 le5", "ai4 mu5", "en1", "ou1",     "pi4",   "qiu1",     "a4",
                                          "ai4 si1", "ti4",  "you1",  "wei1",  "da2 bu5 liu3", "ai4 ke4 si1", "wai1", "zei4"};
    if (c >= U'a' && c <= U'z')
        return letters[c - U'a'];
    if (c >= U'A' && c <= U'Z')
        return letters[c - U'A'];
    return nullptr;
}

} // namespace

QString TonePinyin::withToneDigit(const QString &marked)
{
    const QString decomposed = marked.normalized(QString::NormalizationForm_D);
    int tone = 5;
    for (QChar ch : decomposed) {
        switch (ch.unicode()) {
        case 0x0304: tone = 1; break;
        case 0x0301: tone = 2; break;
        case 0x030C: tone = 3; break;
        case 0x0300: tone = 4; break;
        default: break;
        }
    }
    const QString plain = PinyinTable::toneless(marked);
    return plain.isEmpty() ? QString() : plain + QString::number(tone);
}

QString TonePinyin::numbersInWords(const QString &text)
{
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text.at(i).isDigit() || text.at(i).unicode() > 0x7f) {
            out += text.at(i++);
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text.at(end).unicode() < 0x80 && text.at(end).isDigit())
            ++end;
        const QStringView digits = QStringView(text).mid(i, end - i);
        const QChar after = end < text.size() ? text.at(end) : QChar();
        QString words;
        if ((after == u'年' && (digits.size() == 4 || digits.size() == 2)) || digits.size() > 8 || (digits.size() > 1 && digits.front() == u'0')
            || (digits.size() >= 5 && after != u'元'))
            words = digitByDigit(digits);
        else
            words = quantity(digits.toLongLong());
        // 3.5: the decimals digit by digit.
        if (after == u'.' && end + 1 < text.size() && text.at(end + 1).isDigit()) {
            qsizetype decimalsEnd = end + 1;
            while (decimalsEnd < text.size() && text.at(decimalsEnd).unicode() < 0x80 && text.at(decimalsEnd).isDigit())
                ++decimalsEnd;
            words += QStringLiteral("点") + digitByDigit(QStringView(text).mid(end + 1, decimalsEnd - end - 1));
            end = decimalsEnd;
        }
        if (end < text.size() && (text.at(end) == u'%' || text.at(end) == u'％')) {
            words = QStringLiteral("百分之") + words;
            ++end;
        }
        out += words;
        i = end;
    }
    return out;
}

std::shared_ptr<const TonePinyin> TonePinyin::fromUnihan(QIODevice &input)
{
    auto table = std::make_shared<TonePinyin>();
    while (!input.atEnd()) {
        const QByteArray line = input.readLine().trimmed();
        if (!line.startsWith("U+"))
            continue;
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() < 3 || parts.at(1) != "kMandarin")
            continue;
        bool ok = false;
        const char32_t cp = parts.at(0).mid(2).toUInt(&ok, 16);
        const QString first = QString::fromUtf8(parts.at(2)).section(u' ', 0, 0, QString::SectionSkipEmpty);
        if (ok && !first.isEmpty())
            table->m_readings.insert(cp, withToneDigit(first));
    }
    return table;
}

std::shared_ptr<const TonePinyin> TonePinyin::builtIn()
{
    QFile file(QStringLiteral(":/hotline/pinyin/unihan_readings.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return std::make_shared<TonePinyin>();
    return fromUnihan(file);
}

QString TonePinyin::toPinyin(const QString &sentence) const
{
    QStringList words;
    const auto pause = [&words](const char *mark) {
        if (!words.isEmpty() && !words.back().endsWith(u',') && !words.back().endsWith(u'.'))
            words.back() += QLatin1String(mark);
    };
    for (char32_t c : numbersInWords(sentence).toUcs4()) {
        if (const QString reading = m_readings.value(c); !reading.isEmpty()) {
            words.append(reading);
        } else if (const char *letter = letterReading(c)) {
            words.append(QString::fromLatin1(letter));
        } else if (c == U'，' || c == U'、' || c == U',' || c == U'：' || c == U':') {
            pause(",");
        } else if (c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'…' || c == U'!' || c == U'?' || c == U';') {
            pause(".");
        }
    }
    return words.join(u' ');
}

} // namespace hotline
