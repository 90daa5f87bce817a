// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>
#include <QUrlQuery>

#include <optional>

namespace hotline {

// GET `path` of the centre at `central` with the bearer token: the body of a 200 answer, or
// nothing after saying on `err` (prefixed with `command`) what the centre or the network said.
std::optional<QByteArray> askCentre(const QString &central, const QString &path, const QUrlQuery &query, const QByteArray &token, QTextStream &err,
                                    const char *command);

// `hotline-ctl figures --central URL --period P [--by unit|street|top-streets]`; the exit code.
int runFigures(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace hotline
