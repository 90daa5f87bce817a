// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace hotline {

class LocalStore;

// What the words of a query are, learnt from the published titles rather than from a list
// written by hand. A title names a matter and ends with what is done about it (…护照办证进度
// 查询, …证挂失补办, …公证指引): a word that ends most of the titles holding it is an action
// (查询, 补办, 申领, 指引); a word titles hold elsewhere is a matter (护照, 公证, 驾驶); a word no
// title holds (丢了, 咋整, 头一回) is neither — callers' words around the matter.
class KbTitleVocabulary {
public:
    enum class Role { Matter, Action, Other };

    // `titles` folded (KbTokenizer::fold), as the search compares them.
    static KbTitleVocabulary fromTitles(const QStringList &titles);
    // The published titles of `store`.
    static KbTitleVocabulary load(LocalStore &store);
    // Changes whenever an article or a version is added, so a search can keep the vocabulary
    // in memory (a withdrawal leaves it as it was: one title fewer moves no word's role).
    static QString revision(LocalStore &store);

    Role role(const QString &term) const;
    int titlesHolding(const QString &term) const { return m_counts.value(term).holding; }

private:
    struct Counts {
        int holding = 0; // titles holding the term
        int ending = 0;  // … that end with it
    };
    QHash<QString, Counts> m_counts;
};

} // namespace hotline
