// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace hotline {

// `hotline-ctl quality form import FILE [--central URL]`: checks a scoring form with the
// desk's and the centre's own parser and prints it; with --central (and a team lead's or
// administrator's token in HOTLINE_TOKEN) publishes it. The exit code: 0 done, 1 refused
// (the message says why), 2 wrong usage.
int runQuality(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace hotline
