// SPDX-License-Identifier: GPL-3.0-or-later
// A desk's push as the centre reads it: the body's operations through SyncOp::fromJson, each
// work-order event through WorkOrderEvent::fromJson, the role check and the lifecycle, with
// the orders' states kept across the operations of the input as the centre keeps them.
// Properties: an operation is refused, never half-read; an event that is accepted is stored
// and read back as the same event (its time too); the state built step by step is the fold of
// the events accepted; a closed or merged order takes nothing more; a department only acts on
// an order dispatched to it; what the projection row holds reads back.
#include "FuzzSupport.h"

#include "server/sync/SyncService.h"
#include "workorder/Lifecycle.h"
#include "workorder/OrderNumber.h"
#include "workorder/WorkOrderValidator.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace hotline;

namespace {

bool sameEvent(const WorkOrderEvent &a, const WorkOrderEvent &b)
{
    return a.id == b.id && a.orderNumber == b.orderNumber && a.type == b.type && a.at == b.at && a.actor == b.actor
        && a.payload == b.payload;
}

bool sameState(const WorkOrderState &a, const WorkOrderState &b)
{
    return a.number == b.number && a.draft == b.draft && a.status == b.status && a.createdAt == b.createdAt
        && a.updatedAt == b.updatedAt && a.createdBy == b.createdBy && a.dispatchedTo == b.dispatchedTo && a.reply == b.reply
        && a.mergedInto == b.mergedInto && a.urgeCount == b.urgeCount && a.repeatCalls == b.repeatCalls
        && a.eventCount == b.eventCount;
}

// What a projection row or an export reads: the times as the centre writes them.
void checkStateJson(const WorkOrderState &state)
{
    const QJsonObject json = state.toJson();
    for (const char *key : {"createdAt", "updatedAt"}) {
        const QString text = json.value(QLatin1String(key)).toString();
        const QDateTime read = QDateTime::fromString(text, Qt::ISODateWithMs);
        const QDateTime &held = key[0] == 'c' ? state.createdAt : state.updatedAt;
        FUZZ_CHECK(read.isValid() && read == held,
                   QStringLiteral("%1 of %2 written as \"%3\"").arg(QLatin1String(key), state.number, text));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    const QJsonArray ops = document.isArray() ? document.array() : document.object().value(QLatin1String("ops")).toArray();
    if (ops.size() > SyncService::maxBatch)
        return 0;

    static const Role roles[] = {Role::Operator, Role::TeamLead, Role::Dispatcher, Role::Department, Role::Trainee, Role::KbEditor, Role::Admin};
    QHash<QString, WorkOrderState> states;
    QHash<QString, QVector<WorkOrderEvent>> histories;
    for (const QJsonValue &value : ops) {
        const Result<SyncOp> op = SyncOp::fromJson(value);
        if (!op) {
            FUZZ_CHECK(QUuid::fromString(value.toObject().value(QLatin1String("opId")).toString()).isNull(),
                       QStringLiteral("an operation with an opId refused as a whole: ") + op.error());
            continue;
        }
        FUZZ_CHECK(!op.value().opId.isNull(), QStringLiteral("an operation without an opId taken"));
        if (!op.value().refused.isEmpty())
            continue;
        FUZZ_CHECK(op.value().kind == QLatin1String("workorder.event") || op.value().kind == QLatin1String("kb.publish"), op.value().kind);
        FUZZ_CHECK(QJsonDocument(op.value().payload).toJson(QJsonDocument::Compact).size() <= SyncOp::maxBytes,
                   QStringLiteral("an operation over the size limit taken"));
        if (op.value().kind != QLatin1String("workorder.event"))
            continue;

        std::optional<WorkOrderEvent> event = WorkOrderEvent::fromJson(op.value().payload);
        if (!event)
            continue;
        const std::optional<WorkOrderEvent> stored = WorkOrderEvent::fromJson(event->toJson());
        FUZZ_CHECK(stored && sameEvent(*stored, *event),
                   QStringLiteral("event %1 at \"%2\" does not read back as written: \"%3\"")
                       .arg(event->id.toString(), op.value().payload.value(QLatin1String("at")).toString(),
                            event->toJson().value(QLatin1String("at")).toString()));
        (void)OrderNumber::spoken(event->orderNumber);

        const Role role = roles[op.value().opId.data4[7] % std::size(roles)];
        const QString unit = event->actor;
        if (event->type == EventType::Created && !WorkOrderValidator::validate(WorkOrderDraft::fromJson(event->payload)).isEmpty())
            continue;
        const auto known = states.constFind(event->orderNumber);
        const std::optional<WorkOrderState> current = known == states.cend() ? std::nullopt : std::optional<WorkOrderState>(*known);
        const Status allowed = Lifecycle::mayProduce(role, unit, current, *event);
        if (allowed && role == Role::Department)
            FUZZ_CHECK(current && !unit.isEmpty() && current->dispatchedTo == unit,
                       QStringLiteral("a department acts on an order not dispatched to it"));
        const Result<WorkOrderState> next = Lifecycle::apply(current, *event);
        if (current && isFinal(current->status))
            FUZZ_CHECK(!next.ok(), QStringLiteral("order %1 is %2 and took %3").arg(current->number, toCode(current->status), toCode(event->type)));
        if (!next) {
            FUZZ_CHECK(!next.error().isEmpty(), QStringLiteral("a refusal without a reason"));
            continue;
        }
        if (!allowed)
            continue; // the centre refuses it before the lifecycle: nothing is kept
        QVector<WorkOrderEvent> &history = histories[event->orderNumber];
        history.append(*event);
        states.insert(event->orderNumber, next.value());
        FUZZ_CHECK(next.value().number == event->orderNumber && next.value().eventCount == history.size(),
                   QStringLiteral("%1 events counted as %2").arg(history.size()).arg(next.value().eventCount));
        const Result<WorkOrderState> folded = Lifecycle::fold(history);
        FUZZ_CHECK(folded.ok() && sameState(folded.value(), next.value()),
                   QStringLiteral("order %1: the fold of its events is not the state built step by step").arg(event->orderNumber));
        checkStateJson(next.value());
    }
    return 0;
}
