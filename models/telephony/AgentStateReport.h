// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "telephony/AgentSession.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUuid>

namespace hotline {

// A transition of an operator's state as it travels from the desk to the centre (operation
// kind agent.state). The same reader checks it on both sides.
struct AgentStateReport {
    Q_DECLARE_TR_FUNCTIONS(hotline::AgentStateReport)
public:
    QUuid id;
    AgentSession::State state = AgentSession::State::Offline;
    AgentSession::State from = AgentSession::State::Offline;
    QString reason;
    QDateTime at;
    qint64 secondsInPrevious = 0;

    static constexpr qsizetype maxReasonLength = 40;

    static AgentStateReport of(const AgentTransition &transition);
    QJsonObject toJson() const;
    // Every field checked: a report that does not read is refused with the reason.
    static Result<AgentStateReport> fromJson(const QJsonObject &json);
};

} // namespace hotline
