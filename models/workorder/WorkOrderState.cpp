// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkOrderState.h"

#include <QJsonArray>

namespace hotline {

QJsonObject WorkOrderState::toJson() const
{
    // Empty clocks stay empty strings, so readers can tell "not yet" from a time.
    const auto iso = [](const QDateTime &at) { return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString(); };
    QJsonObject json = draft.toJson();
    json.insert(QStringLiteral("number"), number);
    json.insert(QStringLiteral("status"), toCode(status));
    json.insert(QStringLiteral("createdAt"), iso(createdAt));
    json.insert(QStringLiteral("updatedAt"), iso(updatedAt));
    json.insert(QStringLiteral("createdBy"), createdBy);
    json.insert(QStringLiteral("dispatchedTo"), dispatchedTo);
    json.insert(QStringLiteral("coUnits"), QJsonArray::fromStringList(coUnits));
    json.insert(QStringLiteral("dispatchReason"), dispatchReason);
    json.insert(QStringLiteral("dispatchConfidence"), dispatchConfidence);
    json.insert(QStringLiteral("proposedBy"), proposedBy);
    json.insert(QStringLiteral("reviewNote"), reviewNote);
    json.insert(QStringLiteral("dispatchedAt"), iso(dispatchedAt));
    json.insert(QStringLiteral("signedAt"), iso(signedAt));
    json.insert(QStringLiteral("repliedAt"), iso(repliedAt));
    json.insert(QStringLiteral("closedAt"), iso(closedAt));
    json.insert(QStringLiteral("reply"), reply);
    json.insert(QStringLiteral("returnCount"), returnCount);
    json.insert(QStringLiteral("returnedBy"), QJsonArray::fromStringList(returnedBy));
    json.insert(QStringLiteral("lastReturnReason"), lastReturnReason ? toCode(*lastReturnReason) : QString());
    json.insert(QStringLiteral("lastReturnText"), lastReturnText);
    json.insert(QStringLiteral("extensionPending"), extensionPending);
    json.insert(QStringLiteral("extensionRequestedUntil"), iso(extensionRequestedUntil));
    json.insert(QStringLiteral("extensionReason"), extensionReason);
    json.insert(QStringLiteral("extendedUntil"), iso(extendedUntil));
    json.insert(QStringLiteral("extensions"), extensions);
    json.insert(QStringLiteral("mergedInto"), mergedInto);
    json.insert(QStringLiteral("urgeCount"), urgeCount);
    json.insert(QStringLiteral("lastUrgedAt"), iso(lastUrgedAt));
    json.insert(QStringLiteral("repeatCalls"), repeatCalls);
    json.insert(QStringLiteral("progressInquiries"), progressInquiries);
    json.insert(QStringLiteral("satisfaction"), satisfaction ? toCode(*satisfaction) : QString());
    json.insert(QStringLiteral("unreachableCallbacks"), unreachableCallbacks);
    json.insert(QStringLiteral("reopenCount"), reopenCount);
    return json;
}

WorkOrderState WorkOrderState::fromJson(const QJsonObject &json)
{
    const auto string = [&](const char *key) { return json.value(QLatin1String(key)).toString(); };
    const auto at = [&](const char *key) { return QDateTime::fromString(string(key), Qt::ISODateWithMs); };
    const auto number = [&](const char *key) { return json.value(QLatin1String(key)).toInt(); };
    const auto list = [&](const char *key) {
        QStringList values;
        for (const QJsonValue &value : json.value(QLatin1String(key)).toArray())
            values.append(value.toString());
        return values;
    };
    WorkOrderState s;
    s.number = string("number");
    s.draft = WorkOrderDraft::fromJson(json);
    s.status = orderStatusFromCode(string("status")).value_or(OrderStatus::Open);
    s.createdAt = at("createdAt");
    s.updatedAt = at("updatedAt");
    s.createdBy = string("createdBy");
    s.dispatchedTo = string("dispatchedTo");
    s.coUnits = list("coUnits");
    s.dispatchReason = string("dispatchReason");
    s.dispatchConfidence = json.value(QLatin1String("dispatchConfidence")).toDouble(1.0);
    s.proposedBy = string("proposedBy");
    s.reviewNote = string("reviewNote");
    s.dispatchedAt = at("dispatchedAt");
    s.signedAt = at("signedAt");
    s.repliedAt = at("repliedAt");
    s.closedAt = at("closedAt");
    s.reply = string("reply");
    s.returnCount = number("returnCount");
    s.returnedBy = list("returnedBy");
    s.lastReturnReason = returnReasonFromCode(string("lastReturnReason"));
    s.lastReturnText = string("lastReturnText");
    s.extensionPending = json.value(QLatin1String("extensionPending")).toBool();
    s.extensionRequestedUntil = at("extensionRequestedUntil");
    s.extensionReason = string("extensionReason");
    s.extendedUntil = at("extendedUntil");
    s.extensions = number("extensions");
    s.mergedInto = string("mergedInto");
    s.urgeCount = number("urgeCount");
    s.lastUrgedAt = at("lastUrgedAt");
    s.repeatCalls = number("repeatCalls");
    s.progressInquiries = number("progressInquiries");
    s.satisfaction = callbackResultFromCode(string("satisfaction"));
    s.unreachableCallbacks = number("unreachableCallbacks");
    s.reopenCount = number("reopenCount");
    return s;
}

} // namespace hotline
