// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace hotline {

// `hotline-ctl figures --central URL --period P [--by unit|street|top-streets]`; the exit code.
int runFigures(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace hotline
