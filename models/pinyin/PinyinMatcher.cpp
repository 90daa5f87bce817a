// SPDX-License-Identifier: GPL-3.0-or-later
#include "PinyinMatcher.h"

#include <vector>

namespace hotline {

namespace {
uint32_t letterBit(QChar ch)
{
    const char16_t u = ch.unicode();
    if (u >= u'a' && u <= u'z')
        return 1u << (u - u'a');
    return 0;
}
} // namespace

PinyinKey PinyinKey::build(const QString &text, const PinyinTable &table)
{
    PinyinKey key;
    for (char32_t cp : text.toUcs4()) {
        QStringList readings = table.readings(cp);
        if (readings.isEmpty()) {
            if (!(QChar::isLetterOrNumber(cp) && cp < 0x80))
                continue; // punctuation and unknown symbols are not typed
            readings = {QString(QChar(char16_t(cp))).toLower()};
        }
        for (const QString &reading : std::as_const(readings)) {
            key.initials |= letterBit(reading.at(0));
            for (QChar ch : reading)
                key.letters |= letterBit(ch);
        }
        key.readings.append(readings);
    }
    return key;
}

PinyinMatcher::Match PinyinMatcher::match(const QString &query, const PinyinKey &key)
{
    Match result;
    const int n = int(key.readings.size());
    const int q = int(query.size());
    if (q == 0 || n == 0)
        return result;
    uint32_t needed = 0;
    for (QChar ch : query)
        needed |= letterBit(ch);
    // Cheap rejection: most entries never reach the search below.
    const uint32_t first = letterBit(query.at(0));
    if ((needed & key.letters) != needed || (first != 0 && !(first & key.initials)))
        return result;

    // reach[i][p]: query position p can be reached at the start of character i.
    // Characters are consumed one after another; each consumes a non-empty prefix of one of
    // its readings. Work row by row, recording where the earliest match started.
    std::vector<int> startAt(size_t(q + 1), -1);
    for (int begin = 0; begin < n; ++begin) {
        // Depth-first over characters from `begin`, tracking reachable query positions.
        std::vector<char> current(size_t(q + 1), 0);
        current[0] = 1;
        for (int i = begin; i < n; ++i) {
            std::vector<char> next(size_t(q + 1), 0);
            bool any = false;
            for (int p = 0; p < q; ++p) {
                if (!current[size_t(p)])
                    continue;
                for (const QString &reading : key.readings[i]) {
                    int k = 0;
                    while (k < reading.size() && p + k < q && reading.at(k) == query.at(p + k)) {
                        ++k;
                        next[size_t(p + k)] = 1;
                        any = true;
                    }
                }
            }
            if (next[size_t(q)]) {
                result.matched = true;
                result.start = begin;
                result.span = i - begin + 1;
                return result;
            }
            if (!any)
                break;
            current.swap(next);
        }
    }
    return result;
}

} // namespace hotline
