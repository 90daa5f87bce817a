// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkOrder.h"

namespace hotline {

// Proposes a title from where and what: "牛街西里二区社区 · 园林绿化环卫". The operator may
// overwrite it; the form stops proposing once they do.
class TitleSuggester {
public:
    static QString propose(const Classification &classification, const Address &address);
};

} // namespace hotline
