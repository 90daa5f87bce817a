// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/CentralConfig.h"

namespace hotline {

// hotline-central from a checked configuration to its exit code: opens the database, does
// an administration task or serves until SIGTERM — stop taking connections, answer what was
// read, write the last group of pushes, exit 0. Needs a QCoreApplication.
class CentralService {
public:
    static int run(const CentralConfig &config);
};

} // namespace hotline
