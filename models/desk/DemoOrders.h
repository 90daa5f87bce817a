// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

namespace hotline {

class LocalStore;
class ReferenceIndexes;

// A few work orders so that a new desk shows what it does: a repeat caller with an open
// order, a consultation answered on the call. Uses the catalogue and divisions in the store.
class DemoOrders {
public:
    static Result<int> seed(LocalStore &store, const ReferenceIndexes &indexes);
};

} // namespace hotline
