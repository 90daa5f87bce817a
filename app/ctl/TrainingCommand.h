// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace hotline {

// `hotline-ctl training generate --messages FILE [--format gov|complaint] --out DIR [--audio]
// [--limit N] [--catalog FILE]`: trainee scenarios from labelled messages, one JSON per
// accepted message (DIR/<id>.json, with --audio DIR/<id>.wav) and DIR/refusals.tsv with the
// reason for each refused one. Needs no store. The exit code: 0 done, 1 refused (the message
// says why), 2 wrong usage.
int runTraining(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace hotline
