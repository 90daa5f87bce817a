// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Classification.h"
#include "divisions/Address.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace hotline {

enum class AppealType { Consultation, Help, Complaint, Report, Suggestion, Praise };
enum class Urgency { Normal, Urgent, Emergency };
enum class Gender { Unknown, Male, Female };
// PendingReview: proposed by the operator, waiting for a dispatcher (派单审核). Reopened: the
// citizen was dissatisfied at the callback and the order waits to be dispatched again.
enum class OrderStatus { Open, Answered, PendingReview, Dispatched, Accepted, Returned, Replied, Closed, Merged, Reopened };

// Stable codes for storage and the wire, and translated names for people.
QString toCode(AppealType value);
QString toCode(Urgency value);
QString toCode(Gender value);
QString toCode(OrderStatus value);
std::optional<AppealType> appealTypeFromCode(const QString &code);
std::optional<Urgency> urgencyFromCode(const QString &code);
std::optional<Gender> genderFromCode(const QString &code);
std::optional<OrderStatus> orderStatusFromCode(const QString &code);
QString displayName(AppealType value);
QString displayName(Urgency value);
QString displayName(Gender value);
QString displayName(OrderStatus value);
const QList<AppealType> &allAppealTypes();
const QList<Urgency> &allUrgencies();
bool isFinal(OrderStatus status);
const QList<OrderStatus> &allOrderStatuses();
// Still needs the hotline or a unit: neither finished, answered on the call nor merged away.
bool isOpen(OrderStatus status);

// What the operator types during a call.
struct WorkOrderDraft {
    QString callerName;
    QString phone;
    Gender gender = Gender::Unknown;
    QString callbackNumber;
    bool wantsReply = true;
    bool confidential = false;  // never leaves the centre to a department or the public
    bool publishable = false;   // the caller agreed it may be listed publicly (Open311), without personal data
    AppealType appealType = AppealType::Consultation;
    Classification classification;
    Address address;
    QString involvedUnit;
    Urgency urgency = Urgency::Normal;
    QString title;
    QString description;
    QString repeatOf; // number of the open work order this call is about; empty: first call
    // Answered on the call: what the operator told the caller, and the knowledge-base
    // article and version it came from (0 when typed freely).
    QString reply;
    qint64 kbArticleId = 0;
    int kbVersion = 0;
    // Filed on a training call (simulation mode): stays on the desk's own store, is never
    // queued for the centre, and the centre refuses it if it arrives anyway.
    bool simulation = false;

    bool isRepeatCall() const { return !repeatOf.isEmpty(); }
    bool isAnsweredOnCall() const { return !reply.trimmed().isEmpty(); }
    QJsonObject toJson() const;
    static WorkOrderDraft fromJson(const QJsonObject &json);
    friend bool operator==(const WorkOrderDraft &, const WorkOrderDraft &) = default;
};

} // namespace hotline
