// SPDX-License-Identifier: GPL-3.0-or-later
#include "HashedNgrams.h"

#include <QChar>

#include <algorithm>
#include <array>

namespace hotline {

namespace {

// splitmix64's finaliser: a cheap hash whose every output bit depends on every input bit.
uint64_t mix(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

enum class Kind { Break, Letter, Latin, Digit };

Kind kindOf(char32_t cp)
{
    if (cp < 0x80) {
        if (cp >= 'a' && cp <= 'z')
            return Kind::Latin;
        if (cp >= '0' && cp <= '9')
            return Kind::Digit;
        return Kind::Break;
    }
    if (QChar::isDigit(cp))
        return Kind::Digit;
    return QChar::isLetter(cp) ? Kind::Letter : Kind::Break;
}

char32_t fold(char32_t cp)
{
    if (cp >= 0xFF01 && cp <= 0xFF5E) // full-width ASCII
        cp -= 0xFEE0;
    return QChar::toLower(cp);
}

constexpr uint64_t digitsUnit = 0x5EEDD161757ULL;

} // namespace

std::vector<std::pair<uint32_t, int>> HashedNgrams::count(QStringView text) const
{
    std::vector<uint32_t> buckets;
    buckets.reserve(size_t(text.size()) * size_t(m_maxN));
    // The last maxN units of the current run, newest at [count - 1].
    std::array<uint64_t, 8> window{};
    int inRun = 0;
    const int maxN = std::clamp(m_maxN, 1, int(window.size()));
    const auto emitEndingAt = [&] {
        for (int n = 1; n <= std::min(inRun, maxN); ++n) {
            uint64_t h = mix(uint64_t(n));
            for (int i = inRun - n; i < inRun; ++i)
                h = mix(h ^ window[size_t(i % maxN)]);
            buckets.push_back(uint32_t(h >> (64 - m_bits)));
        }
    };
    const auto pushUnit = [&](uint64_t unit) {
        window[size_t(inRun % maxN)] = unit;
        ++inRun;
        // Keep the index bounded while preserving its residue, so the ring stays in order.
        if (inRun >= 2 * maxN * 1000)
            inRun -= maxN * 1000;
        emitEndingAt();
    };

    Kind pending = Kind::Break; // a Latin word or digit run being read
    uint64_t word = 0;
    const auto flush = [&] {
        if (pending == Kind::Latin)
            pushUnit(word);
        else if (pending == Kind::Digit)
            pushUnit(digitsUnit);
        pending = Kind::Break;
        word = 0;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t cp = text.at(i).unicode();
        if (QChar::isHighSurrogate(cp) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text.at(i).unicode(), text.at(i + 1).unicode());
            ++i;
        }
        cp = fold(cp);
        const Kind kind = kindOf(cp);
        if (kind != pending)
            flush();
        switch (kind) {
        case Kind::Break:
            inRun = 0;
            break;
        case Kind::Letter:
            pushUnit(mix(uint64_t(cp) << 8));
            break;
        case Kind::Latin:
        case Kind::Digit:
            pending = kind;
            word = mix(word ^ cp);
            break;
        }
    }
    flush();

    std::sort(buckets.begin(), buckets.end());
    std::vector<std::pair<uint32_t, int>> counts;
    for (uint32_t bucket : buckets) {
        if (!counts.empty() && counts.back().first == bucket)
            ++counts.back().second;
        else
            counts.emplace_back(bucket, 1);
    }
    return counts;
}

} // namespace hotline
