// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

namespace hotline {

// Every desk holds a WebSocket and, while it syncs, an HTTP connection: 1,800 desks need some
// 4,000 descriptors, and a process starts with a soft limit of 1,024. The service raises its
// own soft limit towards `wanted` (up to the hard limit the unit's LimitNOFILE= sets).
class OpenFileLimit {
public:
    struct Outcome {
        long long limit = 0;   // the soft limit now in force
        bool reached = false;  // as high as wanted
        long long hard = 0;    // the ceiling it could not pass, when not
    };
    static Result<Outcome> raise(long long wanted);
};

} // namespace hotline
