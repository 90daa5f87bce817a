// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace hotline {

class LocalStore;

// How a seat's states behave, set per centre (`hotline-ctl config agent …`) and kept in the
// store: the reasons an operator may give for not ready, how long after-call work may last
// before the seat is ready again, and what the phone does with a call while not ready.
struct AgentSettings {
    Q_DECLARE_TR_FUNCTIONS(hotline::AgentSettings)
public:
    // Break, meal, training, decompression (Baoding's 减压室), meeting.
    QStringList notReadyReasons = defaultReasons();
    // 0: after-call work lasts until the order is filed or the operator is ready.
    int afterCallSeconds = 60;
    // Where calls go while not ready: empty refuses them (the queue tries another seat).
    QString divertTo;

    static QStringList defaultReasons();
    // Checks every value; nothing is kept from a refused one.
    static Result<AgentSettings> parse(const QString &reasons, const QString &afterCallSeconds, const QString &divertTo);
    static AgentSettings load(const LocalStore &store);
    Status save(LocalStore &store) const;
};

} // namespace hotline
