// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DispatchRule.h"
#include "core/Result.h"

#include <QVector>

namespace hotline {

class LocalStore;

// The dispatch rules as imported, replaced whole (a centre edits one file).
class DispatchRuleRepository {
public:
    explicit DispatchRuleRepository(LocalStore &store) : m_store(store) {}

    Status replaceAll(const QVector<DispatchRule> &rules);
    QVector<DispatchRule> all() const;

private:
    LocalStore &m_store;
};

} // namespace hotline
