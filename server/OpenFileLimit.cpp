// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenFileLimit.h"

#include <QString>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/resource.h>

namespace hotline {

Result<OpenFileLimit::Outcome> OpenFileLimit::raise(long long wanted)
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return Error{QStringLiteral("cannot read the open-file limit: %1").arg(QString::fromLocal8Bit(std::strerror(errno)))};
    const rlim_t target = limit.rlim_max == RLIM_INFINITY ? rlim_t(wanted) : std::min(rlim_t(wanted), limit.rlim_max);
    if (limit.rlim_cur < target) {
        limit.rlim_cur = target;
        if (::setrlimit(RLIMIT_NOFILE, &limit) != 0)
            return Error{QStringLiteral("cannot raise the open-file limit to %1: %2").arg(qulonglong(target)).arg(QString::fromLocal8Bit(std::strerror(errno)))};
    }
    Outcome outcome;
    outcome.limit = (long long)(limit.rlim_cur);
    outcome.reached = outcome.limit >= wanted;
    outcome.hard = limit.rlim_max == RLIM_INFINITY ? -1 : (long long)(limit.rlim_max);
    return outcome;
}

} // namespace hotline
