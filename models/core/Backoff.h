// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>

namespace hotline {

// How long to wait before trying again (the centre, a softphone): from `first`, doubled after
// every failure, never beyond `ceiling`; back to `first` after a success. What comes back is
// tried within `ceiling`, and a thousand desks do not hammer what is struggling.
class Backoff {
public:
    Backoff(int firstMs, int ceilingMs) : m_first(std::max(1, firstMs)), m_ceiling(std::max(m_first, ceilingMs)), m_next(m_first) {}

    // The wait before the next try; the one after it will be longer.
    int failed()
    {
        const int wait = m_next;
        m_next = m_next > m_ceiling / 2 ? m_ceiling : m_next * 2;
        return wait;
    }
    void succeeded() { m_next = m_first; }
    void setDelays(int firstMs, int ceilingMs) { *this = Backoff(firstMs, ceilingMs); }
    int nextWaitMs() const { return m_next; }

private:
    int m_first;
    int m_ceiling;
    int m_next;
};

} // namespace hotline
