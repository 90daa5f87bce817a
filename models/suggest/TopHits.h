// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <vector>

namespace hotline {

// The best `limit` entries of an index for one query: every picker scores all its entries
// (a few thousand, well under a millisecond) and keeps the top of the list.
struct Hit {
    int score;
    int entry;
};

// score(i) -> int (0: no match); tieBreak(a, b) orders entries of equal score.
template <typename Score, typename TieBreak>
std::vector<Hit> topHits(int entryCount, int limit, Score score, TieBreak tieBreak)
{
    std::vector<Hit> hits;
    for (int i = 0; i < entryCount; ++i)
        if (const int s = score(i); s > 0)
            hits.push_back({s, i});
    const size_t keep = std::min(hits.size(), size_t(std::max(limit, 0)));
    std::partial_sort(hits.begin(), hits.begin() + std::ptrdiff_t(keep), hits.end(), [&](const Hit &a, const Hit &b) {
        return a.score != b.score ? a.score > b.score : tieBreak(a.entry, b.entry);
    });
    hits.resize(keep);
    return hits;
}

} // namespace hotline
