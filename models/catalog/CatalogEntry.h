// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Classification.h"

#include <QStringList>

namespace hotline {

// A leaf of the catalogue as the picker knows it: the item, and the words callers and
// operators use for it (灯不亮, 路灯坏了 for 路灯). Only the item goes on a work order.
struct CatalogEntry {
    Classification item;
    QStringList keywords;
    friend bool operator==(const CatalogEntry &, const CatalogEntry &) = default;
};

} // namespace hotline
