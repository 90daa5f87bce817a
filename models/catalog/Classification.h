// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hotline {

// A leaf of the three-level item catalogue, kept as text so that a later catalogue import
// never changes what an old work order says.
struct Classification {
    QString level1, level2, level3;
    bool isEmpty() const { return level3.isEmpty(); }
    QString path() const; // "城乡建设 › 城市建设和市政管理 › 园林绿化环卫"
    friend bool operator==(const Classification &, const Classification &) = default;
};

} // namespace hotline
