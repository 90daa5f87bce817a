// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QIODevice>
#include <QStringList>

#include <memory>

namespace hotline {

// Toneless pinyin readings of Han characters, read from Unihan (kMandarin first, then the
// other readings of kXHC1983 so that polyphones such as 行 háng/xíng match both ways).
// The build extracts those fields from Debian's unicode-data into a resource.
class PinyinTable {
public:
    // Parses Unihan_Readings lines ("U+884C\tkMandarin\txíng").
    static std::shared_ptr<const PinyinTable> fromUnihan(QIODevice &input);
    // The table compiled into the models library.
    static std::shared_ptr<const PinyinTable> builtIn();

    // Readings in preference order, lower case ASCII, ü written as v. Empty for non-Han.
    QStringList readings(char32_t codePoint) const { return m_readings.value(codePoint); }
    // "bdc" for 不动产: the first letter of the preferred reading of each Han character;
    // other characters (digits, letters) are kept as they are, lower-cased.
    QString initials(const QString &text) const;
    qsizetype size() const { return m_readings.size(); }

    // "xíng" -> "xing", "lǜ" -> "lv".
    static QString toneless(const QString &syllable);

private:
    QHash<char32_t, QStringList> m_readings;
};

} // namespace hotline
