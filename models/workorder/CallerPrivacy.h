// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Role.h"

#include <QJsonObject>
#include <QString>

namespace hotline {

struct WorkOrderDraft;

// Who sees a caller's details — name, phone, callback number — in full: the people who talk
// to the citizen (operators, dispatchers who call back, team leads who review the call).
// Everyone else (departments, knowledge editors, trainees, administrators) sees them masked,
// 138****5678 and 张*, wherever they are shown, sent or logged.
class CallerPrivacy {
public:
    static bool seesCallerDetails(Role role);
    static QString maskPhone(const QString &phone);
    static QString maskName(const QString &name);
    static void mask(WorkOrderDraft &draft);
    // The same on a draft's or an order's JSON (the wire form): the keys it has are masked.
    static QJsonObject masked(QJsonObject json);
};

} // namespace hotline
