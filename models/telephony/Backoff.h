// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>

namespace hotline {

// Delays between attempts that double from `first` up to `max`, and start again from `first`
// after a success: a softphone that is down is tried often at first, then without hammering.
class Backoff {
public:
    Backoff(int firstMs, int maxMs) : m_first(firstMs), m_max(std::max(firstMs, maxMs)), m_next(firstMs) {}

    // The delay before the next attempt; the one after it is twice as long.
    int next()
    {
        const int delay = m_next;
        m_next = std::min(m_max, m_next * 2);
        return delay;
    }
    void reset() { m_next = m_first; }
    void setDelays(int firstMs, int maxMs)
    {
        m_first = firstMs;
        m_max = std::max(firstMs, maxMs);
        m_next = firstMs;
    }

private:
    int m_first;
    int m_max;
    int m_next;
};

} // namespace hotline
