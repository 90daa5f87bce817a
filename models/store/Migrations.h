// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace hotline {

// Forward-only schema migrations. The schema version lives in PRAGMA user_version; each
// migration runs in its own transaction together with the version bump.
class Migrations {
public:
    static int latestVersion();
    // Applies every migration above the file's version, up to `target` (tests use a lower
    // target to fabricate an old file). Refuses a file newer than this program.
    static Status migrate(QSqlDatabase &db, int target = latestVersion());
    static int currentVersion(QSqlDatabase &db);
};

} // namespace hotline
