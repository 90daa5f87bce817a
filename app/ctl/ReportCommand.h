// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace hotline {

// `hotline-ctl report --central URL --period P (--unit CODE | --district CODE) [--pdf FILE]
// [--csv FILE]`: a department's or a district's report from the centre's figures, as the desk
// writes it (reports/ReportWriter). Needs a QApplication (main makes one, offscreen).
int runReport(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace hotline
