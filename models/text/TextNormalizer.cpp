// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextNormalizer.h"

#include <QList>

namespace hotline {

QString TextNormalizer::forSearch(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar ch : text) {
        char16_t u = ch.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII block
            u = char16_t(u - 0xFEE0);
        const QChar c(u);
        if (c.isSpace() || u == 0x3000)
            continue;
        out.append(c.toLower());
    }
    return out;
}

bool TextNormalizer::isHan(char32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3134F);
}

bool TextNormalizer::containsHan(const QString &text)
{
    for (char32_t cp : text.toUcs4())
        if (isHan(cp))
            return true;
    return false;
}

} // namespace hotline
