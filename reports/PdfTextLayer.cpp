// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfTextLayer.h"

#include <QHash>
#include <QString>

#include <utility>

namespace hotline {

namespace {
// CJK Radicals Supplement → the unified ideograph each one looks like (Unicode's
// EquivalentUnifiedIdeograph.txt, the pairs whose ideograph is in the BMP). The Kangxi radicals
// (U+2F00–U+2FD5) need no table: their compatibility decomposition is their ideograph.
constexpr std::pair<char16_t, char16_t> supplement[] = {
    {0x2E81, 0x5382}, {0x2E82, 0x4E5B}, {0x2E83, 0x4E5A}, {0x2E84, 0x4E59}, {0x2E85, 0x4EBB}, {0x2E86, 0x5182},
    {0x2E88, 0x5200}, {0x2E89, 0x5202}, {0x2E8A, 0x535C}, {0x2E8B, 0x353E}, {0x2E8C, 0x5C0F}, {0x2E8D, 0x5C0F},
    {0x2E8E, 0x5140}, {0x2E8F, 0x5C23}, {0x2E90, 0x5C22}, {0x2E92, 0x5DF3}, {0x2E93, 0x5E7A}, {0x2E94, 0x5F51},
    {0x2E96, 0x5FC4}, {0x2E97, 0x5FC3}, {0x2E98, 0x624C}, {0x2E99, 0x6535}, {0x2E9B, 0x65E1}, {0x2E9C, 0x65E5},
    {0x2E9D, 0x6708}, {0x2E9E, 0x6B7A}, {0x2E9F, 0x6BCD}, {0x2EA0, 0x6C11}, {0x2EA1, 0x6C35}, {0x2EA2, 0x6C3A},
    {0x2EA3, 0x706C}, {0x2EA4, 0x722B}, {0x2EA5, 0x722B}, {0x2EA6, 0x4E2C}, {0x2EA7, 0x725B}, {0x2EA8, 0x72AD},
    {0x2EA9, 0x738B}, {0x2EAB, 0x76EE}, {0x2EAC, 0x793A}, {0x2EAD, 0x793B}, {0x2EAF, 0x7CF9}, {0x2EB0, 0x7E9F},
    {0x2EB1, 0x7F53}, {0x2EB2, 0x7F52}, {0x2EB3, 0x34C1}, {0x2EB4, 0x5197}, {0x2EB6, 0x7F8A}, {0x2EB9, 0x8002},
    {0x2EBA, 0x8080}, {0x2EBB, 0x807F}, {0x2EBC, 0x8089}, {0x2EBE, 0x8279}, {0x2EBF, 0x8279}, {0x2EC0, 0x8279},
    {0x2EC1, 0x864E}, {0x2EC2, 0x8864}, {0x2EC3, 0x8980}, {0x2EC4, 0x897F}, {0x2EC5, 0x89C1}, {0x2EC6, 0x89D2},
    {0x2EC8, 0x8BA0}, {0x2EC9, 0x8D1D}, {0x2ECB, 0x8F66}, {0x2ECC, 0x8FB6}, {0x2ECD, 0x8FB6}, {0x2ECE, 0x8FB6},
    {0x2ECF, 0x9091}, {0x2ED0, 0x9485}, {0x2ED1, 0x9577}, {0x2ED2, 0x9578}, {0x2ED3, 0x957F}, {0x2ED4, 0x95E8},
    {0x2ED6, 0x961D}, {0x2ED7, 0x96E8}, {0x2ED8, 0x9752}, {0x2ED9, 0x97E6}, {0x2EDA, 0x9875}, {0x2EDB, 0x98CE},
    {0x2EDC, 0x98DE}, {0x2EDD, 0x98DF}, {0x2EDF, 0x98E0}, {0x2EE0, 0x9963}, {0x2EE2, 0x9A6C}, {0x2EE3, 0x9AA8},
    {0x2EE4, 0x9B3C}, {0x2EE5, 0x9C7C}, {0x2EE6, 0x9E1F}, {0x2EE7, 0x5364}, {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4},
    {0x2EEA, 0x9EFE}, {0x2EEB, 0x6589}, {0x2EEC, 0x9F50}, {0x2EED, 0x6B6F}, {0x2EEE, 0x9F7F}, {0x2EEF, 0x7ADC},
    {0x2EF0, 0x9F99}, {0x2EF1, 0x9F9C}, {0x2EF2, 0x4E80}, {0x2EF3, 0x9F9F},
};

char16_t unified(char16_t c)
{
    if (c >= 0x2F00 && c <= 0x2FDF) {
        const QString ideograph = QString(QChar(c)).normalized(QString::NormalizationForm_KC);
        return ideograph.size() == 1 ? ideograph.at(0).unicode() : c;
    }
    if (c >= 0x2E80 && c <= 0x2EFF) {
        static const QHash<char16_t, char16_t> table = [] {
            QHash<char16_t, char16_t> out;
            for (const auto &[radical, ideograph] : supplement)
                out.insert(radical, ideograph);
            return out;
        }();
        return table.value(c, c);
    }
    return c;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Rewrites, in place, the destination of every "<XXXX>" from `from` on (to the end of the line).
void unifyLine(QByteArray &pdf, qsizetype from, qsizetype end)
{
    for (qsizetype i = pdf.indexOf('<', from); i >= 0 && i + 5 < end; i = pdf.indexOf('<', i + 1)) {
        if (pdf.at(i + 5) != '>')
            continue;
        int code = 0;
        for (int d = 1; d <= 4 && code >= 0; ++d)
            code = hexDigit(pdf.at(i + d)) < 0 ? -1 : code * 16 + hexDigit(pdf.at(i + d));
        if (code < 0)
            continue;
        const char16_t to = unified(char16_t(code));
        if (to == code)
            continue;
        const QByteArray hex = QByteArray::number(int(to), 16).toUpper().rightJustified(4, '0');
        pdf.replace(i + 1, 4, hex); // same length: no offset of the file moves
    }
}
} // namespace

QByteArray PdfTextLayer::unifyIdeographs(QByteArray pdf)
{
    // Qt writes each font's ToUnicode CMap as plain text: ranges "<first> <last> [<u> <u> …]"
    // or "<first> <last> <u>", single codes "<code> <u>". Only destinations are touched: the
    // glyph codes of the subset stay as they are.
    for (qsizetype at = pdf.indexOf("beginbf"); at >= 0; at = pdf.indexOf("beginbf", at + 1)) {
        const bool ranges = pdf.mid(at, 12) == "beginbfrange";
        const qsizetype stop = pdf.indexOf(ranges ? "endbfrange" : "endbfchar", at);
        if (stop < 0)
            break;
        for (qsizetype line = pdf.indexOf('\n', at) + 1; line > 0 && line < stop;) {
            qsizetype end = pdf.indexOf('\n', line);
            if (end < 0 || end > stop)
                end = stop;
            // Skip the source codes: two in a range, one in a single mapping.
            qsizetype from = line;
            for (int skip = ranges ? 2 : 1; skip > 0 && from >= 0 && from < end; --skip)
                from = pdf.indexOf('>', from) + 1;
            if (from > 0 && from < end)
                unifyLine(pdf, from, end);
            line = end + 1;
        }
        at = stop;
    }
    return pdf;
}

} // namespace hotline
