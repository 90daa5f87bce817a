// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallerPrivacy.h"

#include "WorkOrder.h"

namespace hotline {

bool CallerPrivacy::seesCallerDetails(Role role)
{
    return role == Role::Operator || role == Role::Dispatcher || role == Role::TeamLead;
}

QString CallerPrivacy::maskPhone(const QString &phone)
{
    // Keep the first three digits (the carrier or the area code) and the last four, the way
    // Chinese services print a number; what is shorter keeps only its last two.
    qsizetype digits = 0;
    for (QChar c : phone)
        digits += c.isDigit() ? 1 : 0;
    if (digits == 0)
        return phone;
    const qsizetype keepHead = digits >= 11 ? 3 : 0;
    const qsizetype keepTail = digits >= 8 ? 4 : 2;
    QString out;
    qsizetype seen = 0;
    for (QChar c : phone) {
        if (!c.isDigit()) {
            out += c;
            continue;
        }
        const bool shown = seen < keepHead || seen >= digits - keepTail;
        out += shown ? c : QChar(u'*');
        ++seen;
    }
    return out;
}

QString CallerPrivacy::maskName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    // The family name stays (张*), the rest goes; one star per character hidden.
    return trimmed.left(1) + QString(trimmed.size() - 1, u'*');
}

void CallerPrivacy::mask(WorkOrderDraft &draft)
{
    draft.callerName = maskName(draft.callerName);
    draft.phone = maskPhone(draft.phone);
    draft.callbackNumber = maskPhone(draft.callbackNumber);
}

QJsonObject CallerPrivacy::masked(QJsonObject json)
{
    if (json.contains(QLatin1String("callerName")))
        json.insert(QStringLiteral("callerName"), maskName(json.value(QLatin1String("callerName")).toString()));
    for (const char *key : {"phone", "callbackNumber"})
        if (json.contains(QLatin1String(key)))
            json.insert(QString::fromLatin1(key), maskPhone(json.value(QLatin1String(key)).toString()));
    return json;
}

} // namespace hotline
