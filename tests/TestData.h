// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hotline::test {

inline QString dataFile(const char *name)
{
    return QStringLiteral(HOTLINE_TEST_DATA "/") + QString::fromUtf8(name);
}

inline QString seedFile(const char *name)
{
    return QStringLiteral(HOTLINE_SEED_DATA "/") + QString::fromUtf8(name);
}

} // namespace hotline::test
