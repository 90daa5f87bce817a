// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DispatchRule.h"
#include "core/Result.h"
#include "importing/CsvReader.h"

#include <QCoreApplication>
#include <QVector>

namespace hotline {

// The rules file, `item,context,district,lead,co_units` (`*` or empty: any; lead alternatives
// joined by `|`, co-units by `;`): checked whole, or the first bad line named. It must end in a
// rule that matches every order, so no order is left without a unit to propose.
class DispatchRulesCsv {
    Q_DECLARE_TR_FUNCTIONS(hotline::DispatchRulesCsv)
public:
    static Result<QVector<DispatchRule>> parse(const QVector<CsvRecord> &records);
    static QStringList header();
    static QStringList toFields(const DispatchRule &rule);
};

} // namespace hotline
