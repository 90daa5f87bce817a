// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkOrderRepository.h"

#include "NumberPool.h"
#include "OrderNumber.h"
#include "PhoneNumber.h"
#include "WorkOrderValidator.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"
#include "store/SqlSupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>

namespace hotline {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hotline::WorkOrderRepository", text);
}

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

WorkOrderRepository::WorkOrderRepository(LocalStore &store) : m_store(store) {}

int WorkOrderRepository::workstation() const
{
    return m_store.meta(QStringLiteral("workstation"), QStringLiteral("1")).toInt();
}

Status WorkOrderRepository::setWorkstation(int number)
{
    if (number < 1 || number > 999)
        return Error{tr("工位号应为 1 到 999 之间的整数")};
    return m_store.setMeta(QStringLiteral("workstation"), QString::number(number));
}

Result<int> WorkOrderRepository::nextSequence(const QDate &day)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO number_counters (day, last) VALUES (?, 1)"
                                 " ON CONFLICT (day) DO UPDATE SET last = last + 1 RETURNING last"));
    query.addBindValue(day.toString(Qt::ISODate));
    if (Status status = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "分配工单编号")); !status)
        return Error{status.error()};
    if (!query.next())
        return Error{tr("分配工单编号失败")};
    return query.value(0).toInt();
}

Result<QString> WorkOrderRepository::create(const WorkOrderDraft &input, const QString &actor, const QDateTime &now)
{
    const QList<FieldError> errors = WorkOrderValidator::validate(input);
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const FieldError &error : errors)
            messages.append(error.message);
        return Error{tr("工单未保存：%1").arg(messages.join(tr("；")))};
    }
    WorkOrderDraft draft = input;
    draft.phone = PhoneNumber::normalize(input.phone).value_or(input.phone);
    if (!input.callbackNumber.trimmed().isEmpty())
        draft.callbackNumber = PhoneNumber::normalize(input.callbackNumber).value_or(input.callbackNumber);
    draft.title = input.title.trimmed();
    draft.description = input.description.trimmed();
    draft.reply = input.reply.trimmed();

    // The order the caller rings again about: this desk's own, or another desk's that the
    // centre named (its repeat is queued for the centre, which knows the order).
    const std::optional<WorkOrderState> original = draft.isRepeatCall() ? find(draft.repeatOf) : std::nullopt;
    if (draft.isRepeatCall() && !original && !OrderNumber::isFinal(draft.repeatOf) && !OrderNumber::isProvisional(draft.repeatOf))
        return Error{tr("工单未保存：所关联的工单号 %1 不对").arg(draft.repeatOf)};

    QString number;
    const Status status = m_store.transaction([&]() -> Status {
        // A final number from the centre's lease when the desk holds one, else provisional.
        Result<std::optional<QString>> leased = NumberPool(m_store).takeInTransaction();
        if (!leased)
            return Error{leased.error()};
        if (leased.value()) {
            number = *leased.value();
        } else {
            const QDate day = now.toLocalTime().date();
            Result<int> sequence = nextSequence(day);
            if (!sequence)
                return Error{sequence.error()};
            number = OrderNumber::provisional(day, workstation(), sequence.value());
        }
        const WorkOrderEvent created = WorkOrderEvent::make(number, EventType::Created, actor, now, draft.toJson());
        if (Status s = appendInTransaction(created, std::nullopt); !s)
            return s;
        if (draft.isAnsweredOnCall()) {
            // Answered on the call: the answer and its knowledge source are part of the record.
            QJsonObject answer{{QStringLiteral("text"), draft.reply}};
            if (draft.kbArticleId > 0) {
                answer.insert(QStringLiteral("article"), draft.kbArticleId);
                answer.insert(QStringLiteral("version"), draft.kbVersion);
            }
            const WorkOrderEvent answered = WorkOrderEvent::make(number, EventType::Answered, actor, now, answer);
            if (Status s = appendInTransaction(answered, find(number)); !s)
                return s;
        }
        if (draft.isRepeatCall()) {
            const WorkOrderEvent repeat = WorkOrderEvent::make(
                draft.repeatOf, EventType::RepeatCall, actor, now,
                QJsonObject{{QStringLiteral("newOrder"), number}});
            if (!original && (draft.simulation || m_store.isSimulation()))
                return Status::success(); // a training call never touches a real order
            if (!original)
                return Outbox(m_store).enqueue(QStringLiteral("workorder.event"), repeat.toJson());
            return appendInTransaction(repeat, original);
        }
        return Status::success();
    });
    if (!status)
        return Error{status.error()};
    m_store.notifyWorkOrdersChanged();
    m_store.notifyOutboxChanged();
    return number;
}

Status WorkOrderRepository::append(const WorkOrderEvent &event)
{
    const Status status = m_store.transaction([&]() -> Status {
        // Read the current state inside the transaction: another writer may have changed it.
        return appendInTransaction(event, find(event.orderNumber));
    });
    if (status) {
        m_store.notifyWorkOrdersChanged();
        m_store.notifyOutboxChanged();
    }
    return status;
}

Result<bool> WorkOrderRepository::applyRemote(const WorkOrderEvent &event)
{
    bool added = false;
    QString leftOut;
    const Status status = m_store.transaction([&]() -> Status {
        QSqlQuery known(m_store.database());
        known.prepare(QStringLiteral("SELECT 1 FROM work_order_events WHERE event_id = ?"));
        known.addBindValue(event.id.toString(QUuid::WithoutBraces));
        if (!known.exec())
            return Error{tr("无法读取工单事件")};
        if (known.next())
            return Status::success();
        known.finish();
        // The centre checked the event with this same lifecycle; one this desk's copy of the
        // order cannot take (a store reset since) is left out, not retried: it would block
        // every later change. Only a failing store is an error — the pull keeps its cursor.
        const std::optional<WorkOrderState> current = find(event.orderNumber);
        if (Result<WorkOrderState> fits = Lifecycle::apply(current, event); !fits) {
            leftOut = fits.error();
            return Status::success();
        }
        added = true;
        return appendInTransaction(event, current, false);
    });
    if (!status)
        return Error{status.error()};
    if (!leftOut.isEmpty())
        qWarning("sync: work order event %s of %s left out: %s", qPrintable(event.id.toString(QUuid::WithoutBraces)),
                 qPrintable(event.orderNumber), qPrintable(leftOut));
    if (added)
        m_store.notifyWorkOrdersChanged();
    return added;
}

Status WorkOrderRepository::appendInTransaction(const WorkOrderEvent &event, const std::optional<WorkOrderState> &current,
                                                bool enqueue)
{
    Result<WorkOrderState> next = Lifecycle::apply(current, event);
    if (!next)
        return Error{next.error()};
    const WorkOrderState &state = next.value();
    QSqlDatabase db = m_store.database();

    QSqlQuery projection(db);
    projection.prepare(QStringLiteral(
        "INSERT INTO work_orders (number, created_at, updated_at, status, phone, caller_name, title,"
        " district_code, street_code, community_code, involved_unit, state_json, lng, lat, classification)"
        " VALUES (:number, :created, :updated, :status, :phone, :name, :title, :district, :street,"
        " :community, :unit, :state, :lng, :lat, :classification)"
        " ON CONFLICT (number) DO UPDATE SET updated_at = excluded.updated_at, status = excluded.status,"
        " state_json = excluded.state_json"));
    projection.bindValue(QStringLiteral(":number"), state.number);
    projection.bindValue(QStringLiteral(":created"), isoUtc(state.createdAt));
    projection.bindValue(QStringLiteral(":updated"), isoUtc(state.updatedAt));
    projection.bindValue(QStringLiteral(":status"), toCode(state.status));
    projection.bindValue(QStringLiteral(":phone"), sqlText(state.draft.phone));
    projection.bindValue(QStringLiteral(":name"), sqlText(state.draft.callerName));
    projection.bindValue(QStringLiteral(":title"), sqlText(state.draft.title));
    projection.bindValue(QStringLiteral(":district"), state.draft.address.districtCode);
    projection.bindValue(QStringLiteral(":street"), state.draft.address.streetCode);
    projection.bindValue(QStringLiteral(":community"), state.draft.address.communityCode);
    projection.bindValue(QStringLiteral(":unit"), sqlText(state.draft.involvedUnit));
    projection.bindValue(QStringLiteral(":state"), compactJson(state.toJson()));
    const std::optional<GeoPoint> &location = state.draft.address.location;
    projection.bindValue(QStringLiteral(":lng"), location ? QVariant(location->lng) : QVariant());
    projection.bindValue(QStringLiteral(":lat"), location ? QVariant(location->lat) : QVariant());
    projection.bindValue(QStringLiteral(":classification"), sqlText(state.draft.classification.path()));
    if (Status s = execSql(projection, QT_TRANSLATE_NOOP("LocalStore", "保存工单")); !s)
        return s;
    if (!current && location) {
        QSqlQuery place(db);
        place.prepare(QStringLiteral("INSERT INTO work_order_locations (min_lng, max_lng, min_lat, max_lat, number)"
                                     " VALUES (?, ?, ?, ?, ?)"));
        for (const double value : {location->lng, location->lng, location->lat, location->lat})
            place.addBindValue(value);
        place.addBindValue(state.number);
        if (Status s = execSql(place, QT_TRANSLATE_NOOP("LocalStore", "保存工单位置")); !s)
            return s;
    }

    QSqlQuery insertEvent(db);
    insertEvent.prepare(QStringLiteral("INSERT INTO work_order_events (event_id, order_number, type, at, actor, payload)"
                                       " VALUES (?, ?, ?, ?, ?, ?)"));
    insertEvent.addBindValue(event.id.toString(QUuid::WithoutBraces));
    insertEvent.addBindValue(event.orderNumber);
    insertEvent.addBindValue(toCode(event.type));
    insertEvent.addBindValue(isoUtc(event.at));
    insertEvent.addBindValue(sqlText(event.actor));
    insertEvent.addBindValue(compactJson(event.payload));
    if (Status s = execSql(insertEvent, QT_TRANSLATE_NOOP("LocalStore", "保存工单事件")); !s)
        return s;

    if (!enqueue)
        return Status::success(); // the event came from the centre: nothing to send back
    // A training call's order, and everything in a simulation store, stays on this desk: the
    // centre never hears of it (and refuses it if it ever did).
    if (state.draft.simulation || m_store.isSimulation())
        return Status::success();
    return Outbox(m_store).enqueue(QStringLiteral("workorder.event"), event.toJson());
}

QVector<WorkOrderEvent> WorkOrderRepository::events(const QString &number) const
{
    QVector<WorkOrderEvent> result;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT event_id, type, at, actor, payload FROM work_order_events"
                                 " WHERE order_number = ? ORDER BY seq"));
    query.addBindValue(number);
    if (!query.exec())
        return result;
    while (query.next()) {
        WorkOrderEvent event;
        event.id = QUuid::fromString(query.value(0).toString());
        event.orderNumber = number;
        event.type = eventTypeFromCode(query.value(1).toString()).value_or(EventType::Created);
        event.at = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        event.actor = query.value(3).toString();
        event.payload = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        result.append(event);
    }
    return result;
}

std::optional<WorkOrderState> WorkOrderRepository::find(const QString &number) const
{
    const QVector<WorkOrderEvent> all = events(number);
    if (all.isEmpty())
        return std::nullopt;
    Result<WorkOrderState> state = Lifecycle::fold(all);
    if (!state)
        return std::nullopt;
    return std::move(state).value();
}

QVector<WorkOrderSummary> WorkOrderRepository::summaries(const QString &where, const QVariantList &bindings, int limit) const
{
    QVector<WorkOrderSummary> result;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT number, created_at, status, phone, caller_name, title FROM work_orders ")
                  + where + QStringLiteral(" ORDER BY created_at DESC, number DESC LIMIT ?"));
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    query.addBindValue(limit);
    if (!query.exec())
        return result;
    while (query.next()) {
        result.append({query.value(0).toString(),
                       QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs),
                       orderStatusFromCode(query.value(2).toString()).value_or(OrderStatus::Open),
                       query.value(3).toString(), query.value(4).toString(), query.value(5).toString(), {}});
    }
    return result;
}

QVector<WorkOrderSummary> WorkOrderRepository::recent(int limit) const
{
    return summaries({}, {}, limit);
}

QVector<WorkOrderSummary> WorkOrderRepository::byPhone(const QString &phone, bool openOnly) const
{
    const std::optional<QString> canonical = PhoneNumber::normalize(phone);
    if (!canonical)
        return {};
    QString where = QStringLiteral("WHERE phone = ?");
    if (openOnly)
        where += QStringLiteral(" AND status NOT IN ('closed', 'merged', 'answered')");
    return summaries(where, {*canonical}, 100);
}

int WorkOrderRepository::pendingOutboxCount() const
{
    return Outbox(m_store).pendingCount();
}

QVector<OutboxEntry> WorkOrderRepository::outbox(int limit) const
{
    return Outbox(m_store).all(limit);
}

} // namespace hotline
