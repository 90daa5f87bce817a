// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace hotline {

// The work order is the list of these; nothing is ever updated in place.
enum class EventType {
    Created,    // payload: the draft
    Answered,   // answered on the call; payload: reply text, knowledge article reference
    Dispatched, // payload: unit
    Signed,     // the unit accepted the order
    Returned,   // the unit sent it back; payload: reason
    Replied,    // the unit reported the result; payload: reply
    Urged,      // the hotline pressed the unit; payload: note
    CalledBack, // the citizen was called back; payload: satisfaction
    Merged,     // folded into another order; payload: into
    Closed,     // archived
    RepeatCall, // the citizen called again about it; payload: the new order's number
};

QString toCode(EventType type);
std::optional<EventType> eventTypeFromCode(const QString &code);
QString displayName(EventType type);

struct WorkOrderEvent {
    QUuid id;
    QString orderNumber;
    EventType type = EventType::Created;
    QDateTime at;
    QString actor;
    QJsonObject payload;

    static WorkOrderEvent make(const QString &orderNumber, EventType type, const QString &actor,
                               const QDateTime &at, QJsonObject payload = {});
    QJsonObject toJson() const;
    static std::optional<WorkOrderEvent> fromJson(const QJsonObject &json);
};

} // namespace hotline
