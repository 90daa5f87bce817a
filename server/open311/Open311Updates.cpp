// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/open311/Open311Updates.h"

#include "server/database/CentralDatabase.h"
#include "server/open311/Open311Format.h"
#include "workorder/Lifecycle.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <optional>
#include <vector>

namespace hotline {

namespace {

struct Update {
    QDateTime at;
    qint64 revision = 0;
    QJsonObject item;
};

QJsonObject updateItem(const QString &eventId, const QString &number, bool closed, const QString &description, const QDateTime &at)
{
    return QJsonObject{{QStringLiteral("update_id"), eventId},
                       {QStringLiteral("service_request_id"), number},
                       {QStringLiteral("status"), closed ? QStringLiteral("closed") : QStringLiteral("open")},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("updated_datetime"), open311::iso(at)},
                       {QStringLiteral("media_url"), QString()}};
}

} // namespace

Result<QJsonArray> Open311Updates::between(const QDateTime &start, const QDateTime &end) const
{
    // An order's updated_at is the time of its latest event: one updated before `start` has no
    // event in the period. Its whole history is read all the same, to fold it from the start.
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT e.event_id, e.order_number, e.type, e.at, e.actor, e.payload, e.revision FROM work_order_events e"
                                 " WHERE e.order_number IN (SELECT w.number FROM work_orders w WHERE w.desk = ? AND w.updated_at >= ?"
                                 " AND w.public_listing = 1 AND w.confidential = 0) ORDER BY e.order_number, e.revision"));
    query.addBindValue(QStringLiteral("open311")); // the channel Open311Service::create files under
    query.addBindValue(start.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec())
        return Error{QStringLiteral("the database did not answer")};
    std::vector<Update> updates;
    std::optional<WorkOrderState> state;
    while (query.next()) {
        const QString eventId = query.value(0).toString();
        const QString number = query.value(1).toString();
        const QString code = query.value(2).toString();
        const QDateTime at = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        const qint64 revision = query.value(6).toLongLong();
        if (state && state->number != number)
            state.reset();
        const bool inPeriod = at >= start && at <= end;
        const std::optional<EventType> type = eventTypeFromCode(code);
        if (!type) {
            // Written by a newer centre on the same database: listed by its code, the state unchanged.
            if (state && inPeriod)
                updates.push_back({at, revision, updateItem(eventId, number, open311::isClosed(state->status), code, at)});
            continue;
        }
        const WorkOrderEvent event{QUuid::fromString(eventId), number, *type, at, query.value(4).toString(),
                                   QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object()};
        Result<WorkOrderState> next = Lifecycle::apply(state, event);
        if (!next)
            continue; // the centre stored it because it applied; nothing to say about it here
        const bool replied = state && next.value().reply != state->reply && !next.value().reply.isEmpty();
        const bool changed = state && (replied || next.value().status != state->status);
        if (changed && inPeriod) {
            const WorkOrderState &now = next.value();
            const QString description = replied ? open311::publicText(now.reply, now.draft)
                                                : QStringLiteral("%1：%2").arg(displayName(event.type), displayName(now.status));
            updates.push_back({at, revision, updateItem(eventId, number, open311::isClosed(now.status), description, at)});
        }
        state = std::move(next).value();
    }
    std::stable_sort(updates.begin(), updates.end(),
                     [](const Update &a, const Update &b) { return a.at != b.at ? a.at < b.at : a.revision < b.revision; });
    QJsonArray items;
    for (const Update &update : updates) {
        if (items.size() == maxUpdates)
            break;
        items.append(update.item);
    }
    return items;
}

} // namespace hotline
