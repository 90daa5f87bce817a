// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QIODevice>
#include <QString>

#include <memory>

namespace hotline {

// Hanzi to pinyin with tone digits ("你好" -> "ni3 hao3") for espeak-ng's cmn-latn-pinyin voice,
// which reads pinyin and needs the tones. PinyinTable keeps toneless readings (it matches what
// operators type); this reads the same Unihan resource for kMandarin with its tone marks and
// keeps the first (mainland) reading: a polyphone gets its most common reading.
class TonePinyin {
public:
    // Parses Unihan_Readings lines ("U+4F60\tkMandarin\tnǐ"); other fields are skipped.
    static std::shared_ptr<const TonePinyin> fromUnihan(QIODevice &input);
    // The readings compiled into the models library (the resource PinyinTable reads).
    static std::shared_ptr<const TonePinyin> builtIn();

    // "nǐ" -> "ni3", "lǜ" -> "lv4", "le" -> "le5".
    static QString withToneDigit(const QString &marked);
    // Digits as a Chinese caller says them: "2019" before 年 digit by digit (二零一九), long
    // numbers (telephone, ID) digit by digit, others as a quantity (40 -> 四十, 105 -> 一百零五),
    // "3.5" -> 三点五, "30%" -> 百分之三十.
    static QString numbersInWords(const QString &text);

    // The reading of one Han character with its tone digit, empty when unknown.
    QString reading(char32_t codePoint) const { return m_readings.value(codePoint); }
    // A sentence as syllables for the voice: numbers read in words first, Han characters by
    // their reading, Latin letters spelt as Chinese say them (B -> bi4), pauses for ，。！？；
    // as ", " and ". "; everything else dropped.
    QString toPinyin(const QString &sentence) const;
    qsizetype size() const { return m_readings.size(); }

private:
    QHash<char32_t, QString> m_readings;
};

} // namespace hotline
