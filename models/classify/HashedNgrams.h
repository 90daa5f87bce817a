// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <cstdint>
#include <utility>
#include <vector>

namespace hotline {

// The features of a description: every n-gram (n = 1 … maxN) of its characters, hashed into
// 2^bits buckets, with how often each occurs. Chinese has no spaces, so a character is a unit;
// a run of Latin letters is one unit (ONU, radius, 4g) and a run of digits another, all runs
// of digits the same one (a phone number or a date says little about the kind of appeal and
// would otherwise fill the vocabulary). Spaces and punctuation end a run of units: no n-gram
// spans them. Full-width forms fold to half-width and letters to lower case first.
// Hashing needs no vocabulary, so a text is turned into features without any look-up or
// allocation per n-gram: 300 characters take a few microseconds, on every keystroke.
class HashedNgrams {
public:
    HashedNgrams(int maxN, int bits) : m_maxN(maxN), m_bits(bits) {}

    // (bucket, count) pairs in increasing bucket order.
    std::vector<std::pair<uint32_t, int>> count(QStringView text) const;

private:
    int m_maxN;
    int m_bits;
};

} // namespace hotline
