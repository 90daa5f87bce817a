// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace hotline {

// The text layer of a PDF that QPdfWriter wrote, put right for Chinese. Qt names each glyph in
// a font's ToUnicode table by the lowest code point the font maps to it, and Noto Sans CJK draws
// a radical and the ideograph it looks like with one glyph (⽣ U+2F63 and 生 U+751F): the page
// shows 生, but copying or searching the file gives ⽣. Our reports hold no radicals, so each
// radical there is rewritten as its ideograph, in place (the same number of bytes: the file's
// cross-reference offsets stay true).
class PdfTextLayer {
public:
    static QByteArray unifyIdeographs(QByteArray pdf);
};

} // namespace hotline
