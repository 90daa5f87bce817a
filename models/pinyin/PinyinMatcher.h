// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PinyinTable.h"

#include <QString>
#include <QVector>

#include <cstdint>

namespace hotline {

// A name prepared for pinyin matching: the readings of each of its characters.
// Built once per index entry, so a keystroke only runs the match.
struct PinyinKey {
    QVector<QStringList> readings; // one entry per letter/digit/Han character
    uint32_t letters = 0;          // bit set of every letter occurring in any reading
    uint32_t initials = 0;         // bit set of the first letters of the readings

    static PinyinKey build(const QString &text, const PinyinTable &table);
};

// Matches what an operator types in Latin letters against Chinese text, the way pinyin
// input works: each character may be given by its initial or by any prefix of one of its
// readings, so "bdc", "budongc" and "bdchan" all find 不动产.
class PinyinMatcher {
public:
    struct Match {
        bool matched = false;
        int start = 0; // index of the first character matched
        int span = 0;  // number of characters covered
    };

    // query: lower-case ASCII letters and digits. Finds the earliest, then shortest, match.
    static Match match(const QString &query, const PinyinKey &key);
};

} // namespace hotline
