// SPDX-License-Identifier: GPL-3.0-or-later
#include "Classification.h"

namespace hotline {

QString Classification::path() const
{
    if (isEmpty())
        return {};
    return level1 + QStringLiteral(" › ") + level2 + QStringLiteral(" › ") + level3;
}

} // namespace hotline
