// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QStringList>

namespace hotline {

class KbRepository;
class LocalStore;

struct KbImportReport {
    QString format;      // which of the known layouts the header matched
    int rows = 0;        // data rows read
    int written = 0;     // articles created or given a new version
    int unchanged = 0;   // already there with the same content
    QStringList skipped; // "第 N 行：…" for rows left out (only with skipBadRows)
};

// Imports a knowledge corpus from CSV, recognising the layout from its header: a government
// service item catalogue (TASK_CODE, matter_name, …: one article per item, the answer built
// from department, place, hours, time limits, phones, materials and conditions) or citizen
// message → official reply pairs (msg_id, title, detail, reply, …). Articles are published at
// once and re-importing updates them in place. A bad row fails the whole import, naming its
// line, unless the caller asks to skip bad rows; nothing is written on failure.
class KbImporter {
public:
    static Result<KbImportReport> importCsv(LocalStore &store, KbRepository &articles, const QString &path,
                                            bool skipBadRows);
};

} // namespace hotline
