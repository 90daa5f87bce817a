// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hotline {

// What an operator types and what the data holds differ in width, case and spacing;
// every index compares the normalised forms.
class TextNormalizer {
public:
    // Full-width ASCII to half-width, ideographic space to nothing, lower case, no blanks.
    static QString forSearch(const QString &text);
    // True for CJK ideographs (BMP and the supplementary planes).
    static bool isHan(char32_t codePoint);
    static bool containsHan(const QString &text);
};

} // namespace hotline
