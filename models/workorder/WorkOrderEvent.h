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
    Dispatched, // payload: unit, coUnits, reason, confidence, review (wait for a dispatcher)
    Signed,     // the unit accepted the order
    Returned,   // the unit sent it back; payload: reason (a ReturnReason code), text
    Replied,    // the unit reported the result; payload: text (what the citizen will hear)
    Urged,      // the hotline pressed the unit; payload: text, automatic
    CalledBack, // the citizen was called back; payload: result (a CallbackResult code), text
    Merged,     // folded into another order; payload: into
    Closed,     // archived
    RepeatCall, // the citizen called again about it; payload: the new order's number
    Reviewed,   // a dispatcher decided on a proposed dispatch; payload: decision, unit, text
    ExtensionRequested, // the unit asks for more time (延期); payload: until, text
    ExtensionDecided,   // a dispatcher approved or refused it; payload: approved, until, text
    Reopened,           // dissatisfied at the callback: to be dispatched again; payload: text
    ProgressInquiry,    // the citizen asked how far the order is (催问进度); payload: text
};
const QList<EventType> &allEventTypes();

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
