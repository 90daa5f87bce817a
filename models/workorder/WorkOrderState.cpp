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

} // namespace hotline
