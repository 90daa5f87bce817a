// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pinyin/PinyinMatcher.h"

#include <QString>

namespace hotline {

// A name prepared once for matching, in normalised characters and in pinyin.
struct MatchableName {
    QString normalized;
    PinyinKey pinyin;

    static MatchableName prepare(const QString &name, const PinyinTable &table);
};

// A query prepared once per keystroke.
struct NameQuery {
    QString text;
    bool han = false; // Chinese characters: match characters; otherwise pinyin letters

    static NameQuery prepare(const QString &typed);
    bool isEmpty() const { return text.isEmpty(); }
};

// The shared ranking of every picker: exact name, then prefix, then inside the name, then
// pinyin from the first character, then pinyin inside. 0 means no match.
class NameMatcher {
public:
    static constexpr int exact = 1000;
    static constexpr int prefix = 800;
    static constexpr int inside = 600;
    static constexpr int pinyinPrefix = 450;
    static constexpr int pinyinInside = 350;

    static int score(const NameQuery &query, const MatchableName &name);
};

} // namespace hotline
