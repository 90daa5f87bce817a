// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/sync/SyncService.h"

#include "server/database/CentralDatabase.h"
#include "server/open311/Open311Service.h"
#include "server/sync/NumberLeases.h"
#include "workorder/CallerPrivacy.h"
#include "workorder/OrderNumber.h"
#include "sync/ReferenceData.h"
#include "workorder/Lifecycle.h"
#include "workorder/WorkOrderValidator.h"
#include "store/SqlSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <tuple>

namespace hotline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hotline::SyncService", text);
}

// SyncOp is a plain struct: its messages carry their own context.
QString opTr(const char *text)
{
    return QCoreApplication::translate("hotline::SyncOp", text);
}

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

const char *outcomeCode(OpOutcome::Kind kind)
{
    switch (kind) {
    case OpOutcome::Kind::Applied: return "applied";
    case OpOutcome::Kind::Duplicate: return "duplicate";
    case OpOutcome::Kind::Rejected: return "rejected";
    }
    return "rejected";
}

// The errors a savepoint'ed operation can end with: a rejection is the desk's problem and is
// answered; anything else (disk full, lost connection) aborts the whole batch.
struct Rejection {
    QString reason;
};

} // namespace

Result<SyncOp> SyncOp::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{opTr("操作应为 JSON 对象")};
    const QJsonObject json = value.toObject();
    SyncOp op;
    op.opId = QUuid::fromString(json.value(QLatin1String("opId")).toString());
    if (op.opId.isNull())
        return Error{opTr("opId 应为 UUID 字符串")};
    // From here on the operation can be answered on its own: what is wrong with it refuses it
    // alone, and the desk's outbox moves on past it.
    for (auto it = json.begin(); it != json.end(); ++it)
        if (it.key() != QLatin1String("opId") && it.key() != QLatin1String("kind") && it.key() != QLatin1String("payload")) {
            op.refused = opTr("操作中有未知字段 “%1”").arg(it.key());
            return op;
        }
    op.kind = json.value(QLatin1String("kind")).toString();
    if (!json.value(QLatin1String("kind")).isString())
        op.refused = opTr("kind 应为字符串");
    else if (op.kind != QLatin1String("workorder.event") && op.kind != QLatin1String("kb.publish"))
        op.refused = opTr("不认识的操作类型 “%1”").arg(op.kind.left(64));
    else if (!json.value(QLatin1String("payload")).isObject())
        op.refused = opTr("payload 应为 JSON 对象");
    if (!op.refused.isEmpty())
        return op;
    op.payload = json.value(QLatin1String("payload")).toObject();
    const qsizetype size = QJsonDocument(op.payload).toJson(QJsonDocument::Compact).size();
    if (size > maxBytes) {
        op.refused = opTr("操作有 %1 字节，超过中心接受的 %2 字节").arg(size).arg(maxBytes);
        op.payload = {};
    }
    return op;
}

QJsonObject OpOutcome::toJson() const
{
    QJsonObject json{{QStringLiteral("opId"), opId.toString(QUuid::WithoutBraces)},
                     {QStringLiteral("status"), QString::fromLatin1(outcomeCode(kind))}};
    if (revision > 0)
        json.insert(QStringLiteral("revision"), revision);
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

QJsonObject Change::toJson() const
{
    return {{QStringLiteral("revision"), revision}, {QStringLiteral("kind"), kind}, {QStringLiteral("key"), key},
            {QStringLiteral("payload"), payload}};
}

SyncService::SyncService(CentralDatabase &db, UserDirectory &users)
    : m_db(db), m_users(users), m_leases(std::make_unique<NumberLeases>(db))
{
}

SyncService::~SyncService() = default;

Result<QVector<OpOutcome>> SyncService::push(const Session &session, const QVector<SyncOp> &ops)
{
    return pushTogether({PushRequest{session, ops}}).front();
}

QVector<Result<QVector<OpOutcome>>> SyncService::pushTogether(const QVector<PushRequest> &pushes, const QVector<AuditEntry> &reads,
                                                                     Status *committed)
{
    QVector<Result<QVector<OpOutcome>>> answers(pushes.size(), Error{QString()});
    const Status status = m_db.transaction([&]() -> Status {
        for (const AuditEntry &read : reads)
            if (Status s = m_users.audit(read.login, read.action, read.target, read.detail, read.address); !s)
                return s;
        for (qsizetype i = 0; i < pushes.size(); ++i) {
            if (Status s = m_db.command(QStringLiteral("SAVEPOINT push")); !s)
                return s;
            answers[i] = applyPush(pushes.at(i).session, pushes.at(i).ops);
            // A push the database failed is undone alone; the others still commit.
            if (!answers.at(i) && !m_db.command(QStringLiteral("ROLLBACK TO SAVEPOINT push")))
                return Error{answers.at(i).error()};
            if (Status s = m_db.command(QStringLiteral("RELEASE SAVEPOINT push")); !s)
                return s;
        }
        return Status::success();
    });
    if (!status)
        answers.fill(Error{status.error()});
    if (committed)
        *committed = status;
    return answers;
}

Result<QVector<OpOutcome>> SyncService::applyPush(const Session &session, const QVector<SyncOp> &ops)
{
    if (ops.size() > maxBatch)
        return Error{tr("一批最多 %1 个操作，收到 %2 个").arg(maxBatch).arg(ops.size())};
    QVector<OpOutcome> outcomes;
    for (const SyncOp &op : ops) {
        OpOutcome outcome;
        outcome.opId = op.opId;
        {
            const PreparedQuery seen = m_db.prepared(QStringLiteral("SELECT status, revision, error FROM applied_ops WHERE op_id = ?"));
            seen->addBindValue(op.opId.toString(QUuid::WithoutBraces));
            if (!seen->exec())
                return Error{seen->lastError().text()};
            if (seen->next()) {
                // Sent before (a lost answer, a retried batch): the same answer, nothing applied.
                const bool rejected = seen->value(0).toString() == QLatin1String("rejected");
                outcome.kind = rejected ? OpOutcome::Kind::Rejected : OpOutcome::Kind::Duplicate;
                outcome.revision = seen->value(1).toLongLong();
                outcome.error = seen->value(2).toString();
                outcomes.append(outcome);
                continue;
            }
        }
        // A rejection is decided before anything is written, so it needs no savepoint of its
        // own (two round trips per operation on PostgreSQL); a failed write fails the whole
        // push, which pushTogether undoes with the push's savepoint.
        QString rejected = op.refused;
        Result<qint64> applied = !rejected.isEmpty() ? Result<qint64>(Error{rejected})
            : op.kind == QLatin1String("workorder.event")
            ? applyEvent(session, op.payload, &rejected, &outcome.audience)
            : applyKb(session, op.payload, &rejected, &outcome.audience);
        if (!applied && rejected.isEmpty())
            return Error{applied.error()};
        if (rejected.isEmpty()) {
            outcome.revision = applied.value();
        } else {
            outcome.kind = OpOutcome::Kind::Rejected;
            outcome.error = rejected;
        }
        if (Status s = recordOutcome(session, outcome); !s)
            return Error{s.error()};
        outcomes.append(outcome);
    }
    return outcomes;
}

Status SyncService::recordOutcome(const Session &session, const OpOutcome &outcome)
{
    const PreparedQuery query = m_db.prepared(
        QStringLiteral("INSERT INTO applied_ops (op_id, desk, status, revision, error, applied_at) VALUES (?, ?, ?, ?, ?, ?)"));
    query->addBindValue(outcome.opId.toString(QUuid::WithoutBraces));
    query->addBindValue(session.desk);
    query->addBindValue(QString::fromLatin1(outcomeCode(outcome.kind)));
    query->addBindValue(outcome.revision > 0 ? QVariant(outcome.revision) : QVariant(QMetaType(QMetaType::LongLong)));
    query->addBindValue(sqlText(outcome.error));
    query->addBindValue(iso(QDateTime::currentDateTimeUtc()));
    return execSql(*query, QT_TRANSLATE_NOOP("LocalStore", "记录操作结果"));
}

Result<qint64> SyncService::applyEvent(const Session &session, const QJsonObject &payload, QString *rejected, QString *audience)
{
    const auto reject = [rejected](const QString &why) {
        *rejected = why;
        return Error{why};
    };
    std::optional<WorkOrderEvent> event = WorkOrderEvent::fromJson(payload);
    if (!event || event->orderNumber.isEmpty() || event->id.isNull() || !event->at.isValid())
        return reject(tr("工单事件格式不对：需要 id、order、type、at、actor、payload"));
    if (event->orderNumber.size() > 40 || event->actor.size() > 100)
        return reject(tr("工单编号或受理人过长"));
    {
        // An event is kept once, whatever order a desk sends it with: found here, it is refused
        // with a reason rather than failing the write (which would fail the push for good).
        const PreparedQuery known = m_db.prepared(QStringLiteral("SELECT order_number FROM work_order_events WHERE event_id = ?"));
        known->addBindValue(event->id.toString(QUuid::WithoutBraces));
        if (!known->exec())
            return Error{known->lastError().text()};
        if (known->next())
            return reject(tr("事件 %1 已在中心（工单 %2；用不同的操作号重发）")
                              .arg(event->id.toString(QUuid::WithoutBraces), known->value(0).toString()));
    }
    // Who did it is who signed in, whatever the desk wrote.
    event->actor = session.user.login;
    if (event->type == EventType::Created) {
        // The desk checked the draft; the centre checks it again with the same rules.
        const QList<FieldError> problems = WorkOrderValidator::validate(WorkOrderDraft::fromJson(event->payload));
        if (!problems.isEmpty())
            return reject(tr("工单内容不完整：%1").arg(problems.first().message));
        // A final number only from a block this desk was leased; a provisional one in its form.
        if (OrderNumber::isFinal(event->orderNumber)) {
            Result<bool> held = m_leases->holds(session.desk, event->orderNumber.toLongLong());
            if (!held)
                return Error{held.error()};
            if (!held.value())
                return reject(tr("工单号 %1 不在坐席 %2 领用的号段内").arg(event->orderNumber, session.desk));
        } else if (!OrderNumber::isProvisional(event->orderNumber)) {
            return reject(tr("工单号 %1 既不是正式号也不是临时号").arg(event->orderNumber));
        }
    }
    // The order as the centre knows it: its events in the order they were applied.
    QVector<WorkOrderEvent> events;
    {
        const PreparedQuery history = m_db.prepared(QStringLiteral(
            "SELECT event_id, type, at, actor, payload FROM work_order_events WHERE order_number = ? ORDER BY revision"));
        history->addBindValue(event->orderNumber);
        if (!history->exec())
            return Error{history->lastError().text()};
        while (history->next()) {
            WorkOrderEvent e;
            e.id = QUuid::fromString(history->value(0).toString());
            e.orderNumber = event->orderNumber;
            e.type = eventTypeFromCode(history->value(1).toString()).value_or(EventType::Created);
            e.at = QDateTime::fromString(history->value(2).toString(), Qt::ISODateWithMs);
            e.actor = history->value(3).toString();
            e.payload = QJsonDocument::fromJson(history->value(4).toString().toUtf8()).object();
            events.append(e);
        }
    }
    std::optional<WorkOrderState> current;
    if (!events.isEmpty()) {
        Result<WorkOrderState> folded = Lifecycle::fold(events);
        if (!folded)
            return Error{folded.error()};
        current = std::move(folded).value();
    }
    if (Status allowed = Lifecycle::mayProduce(session.user.role, session.user.unit, current, *event); !allowed)
        return reject(allowed.error());
    Result<WorkOrderState> next = Lifecycle::apply(current, *event);
    if (!next)
        return reject(next.error());
    const WorkOrderState &state = next.value();

    return record(*event, state, session.desk, session.user.login, audience);
}

Result<qint64> SyncService::record(const WorkOrderEvent &event, const WorkOrderState &state, const QString &originDesk,
                                   const QString &login, QString *audience)
{
    Result<qint64> revision = m_db.nextValue(QStringLiteral("revision"));
    if (!revision)
        return Error{revision.error()};
    {
        const PreparedQuery insert = m_db.prepared(QStringLiteral(
            "INSERT INTO work_order_events (event_id, order_number, type, at, actor, payload, revision) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        insert->addBindValue(event.id.toString(QUuid::WithoutBraces));
        insert->addBindValue(event.orderNumber);
        insert->addBindValue(toCode(event.type));
        insert->addBindValue(iso(event.at));
        insert->addBindValue(sqlText(event.actor));
        insert->addBindValue(compact(event.payload));
        insert->addBindValue(revision.value());
        if (Status s = execSql(*insert, QT_TRANSLATE_NOOP("LocalStore", "保存工单事件")); !s)
            return Error{s.error()};
    }
    // The order stays with the desk that filed it: an update keeps the row's desk, and
    // RETURNING hands it back for the change feed (one statement, not a look-up first).
    QString desk = originDesk;
    {
        const std::optional<GeoPoint> &location = state.draft.address.location;
        const PreparedQuery projection = m_db.prepared(QStringLiteral(
            "INSERT INTO work_orders (number, desk, created_at, updated_at, status, phone, title, district_code, service_code,"
            " lng, lat, state_json, revision, confidential, public_listing, unit_code)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (number) DO UPDATE SET updated_at = excluded.updated_at, status = excluded.status,"
            " state_json = excluded.state_json, revision = excluded.revision, unit_code = excluded.unit_code RETURNING desk"));
        projection->addBindValue(state.number);
        projection->addBindValue(desk);
        projection->addBindValue(iso(state.createdAt));
        projection->addBindValue(iso(state.updatedAt));
        projection->addBindValue(toCode(state.status));
        projection->addBindValue(sqlText(state.draft.phone));
        projection->addBindValue(sqlText(state.draft.title));
        projection->addBindValue(state.draft.address.districtCode);
        const Classification &item = state.draft.classification;
        projection->addBindValue(item.isEmpty() ? QString(QStringLiteral(""))
                                                : Open311Service::serviceCode(item.level1, item.level2, item.level3));
        projection->addBindValue(location ? QVariant(location->lng) : QVariant(QMetaType(QMetaType::Double)));
        projection->addBindValue(location ? QVariant(location->lat) : QVariant(QMetaType(QMetaType::Double)));
        projection->addBindValue(compact(state.toJson()));
        projection->addBindValue(revision.value());
        projection->addBindValue(state.draft.confidential ? 1 : 0);
        // Listed publicly (Open311): what came in through Open311, or what the caller agreed to.
        projection->addBindValue(!state.draft.confidential && (state.draft.publishable || originDesk == QLatin1String("open311")) ? 1 : 0);
        projection->addBindValue(sqlText(state.dispatchedTo));
        if (Status s = execSql(*projection, QT_TRANSLATE_NOOP("LocalStore", "保存工单")); !s)
            return Error{s.error()};
        if (projection->next())
            desk = projection->value(0).toString();
    }
    *audience = desk;
    if (Status s = recordChange(revision.value(), QStringLiteral("workorder.event"), event.orderNumber, desk, compact(event.toJson())); !s)
        return Error{s.error()};
    // The unit the order is with hears of it as it stands now, with the caller's details
    // masked; a confidential order never reaches a department.
    if (!state.dispatchedTo.isEmpty() && !state.draft.confidential) {
        Result<qint64> unitRevision = m_db.nextValue(QStringLiteral("revision"));
        if (!unitRevision)
            return Error{unitRevision.error()};
        if (Status s = recordChange(unitRevision.value(), QStringLiteral("workorder.state"), event.orderNumber,
                                    QStringLiteral("unit:") + state.dispatchedTo, compact(CallerPrivacy::masked(state.toJson())));
            !s)
            return Error{s.error()};
    }
    if (Status s = m_users.audit(login, QStringLiteral("write"), QStringLiteral("workorder:") + event.orderNumber,
                                 toCode(event.type));
        !s)
        return Error{s.error()};
    return revision.value();
}

Result<qint64> SyncService::applyKb(const Session &session, const QJsonObject &payload, QString *rejected, QString *audience)
{
    const auto reject = [rejected](const QString &why) {
        *rejected = why;
        return Error{why};
    };
    if (session.user.role != Role::KbEditor && session.user.role != Role::Admin)
        return reject(tr("只有知识库编辑可以发布知识（%1 的角色是 %2）").arg(session.user.login, toCode(session.user.role)));
    const QString key = payload.value(QLatin1String("key")).toString();
    if (key.isEmpty() || key.size() > 200 || payload.value(QLatin1String("title")).toString().trimmed().isEmpty())
        return reject(tr("知识条目需要 key 和 title"));
    const QString status = payload.value(QLatin1String("status")).toString(QStringLiteral("published"));
    if (status != QLatin1String("published") && status != QLatin1String("withdrawn"))
        return reject(tr("知识条目的 status 应为 published 或 withdrawn"));
    // Every check is above this line: a rejected operation has written nothing (applyPush
    // relies on it and keeps no savepoint per operation).
    Result<qint64> revision = m_db.nextValue(QStringLiteral("revision"));
    if (!revision)
        return Error{revision.error()};
    {
        const PreparedQuery upsert = m_db.prepared(QStringLiteral(
            "INSERT INTO kb_articles (article_key, status, payload, revision) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (article_key) DO UPDATE SET status = excluded.status, payload = excluded.payload, revision = excluded.revision"));
        upsert->addBindValue(key);
        upsert->addBindValue(status);
        upsert->addBindValue(compact(payload));
        upsert->addBindValue(revision.value());
        if (Status s = execSql(*upsert, QT_TRANSLATE_NOOP("LocalStore", "保存知识")); !s)
            return Error{s.error()};
    }
    if (Status s = recordChange(revision.value(), QStringLiteral("kb.article"), key, QString(), compact(payload)); !s)
        return Error{s.error()};
    if (Status s = m_users.audit(session.user.login, QStringLiteral("publish"), QStringLiteral("kb:") + key, status); !s)
        return Error{s.error()};
    audience->clear(); // every desk
    return revision.value();
}

Result<qint64> SyncService::publishReference(const Session &session, const QString &kind, const QByteArray &csv, int *rows)
{
    Result<int> checked = ReferenceData::check(kind, csv);
    if (!checked)
        return Error{checked.error()};
    *rows = checked.value();
    qint64 revision = 0;
    const Status status = m_db.transaction([&]() -> Status {
        Result<qint64> next = m_db.nextValue(QStringLiteral("revision"));
        if (!next)
            return Error{next.error()};
        revision = next.value();
        if (Status s = recordChange(revision, QStringLiteral("reference.") + kind, kind, QString(),
                                    compact(QJsonObject{{QStringLiteral("csv"), QString::fromUtf8(csv)}}));
            !s)
            return s;
        return m_users.audit(session.user.login, QStringLiteral("publish"), QStringLiteral("reference:") + kind,
                             QString::number(*rows));
    });
    if (!status)
        return Error{status.error()};
    return revision;
}

Result<SyncService::Page> SyncService::pull(const Session &session, qint64 since, int limit) const
{
    Page page;
    page.cursor = since;
    // The counter first: every revision up to its committed value is committed (they are
    // handed out under the counter's row lock), so reading up to it can skip nothing, even
    // with many writers committing out of order.
    const qint64 latest = latestRevision();
    // What concerns the caller: everyone's news, and a desk's own orders — or, for a
    // department, the orders with its unit. Nobody names the audience: the session does.
    const QString audience = session.user.role == Role::Department ? QStringLiteral("unit:") + session.user.unit : session.desk;
    const PreparedQuery query = m_db.prepared(QStringLiteral(
        "SELECT revision, kind, item_key, payload FROM changes WHERE revision > ? AND revision <= ?"
        " AND (audience = '' OR audience = ?) ORDER BY revision LIMIT ?"));
    query->addBindValue(since);
    query->addBindValue(latest);
    query->addBindValue(audience);
    query->addBindValue(limit + 1);
    if (!query->exec())
        return Error{query->lastError().text()};
    const bool masked = !CallerPrivacy::seesCallerDetails(session.user.role);
    while (query->next()) {
        if (page.changes.size() == limit) {
            page.more = true;
            break;
        }
        Change change{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                      QJsonDocument::fromJson(query->value(3).toString().toUtf8()).object()};
        if (change.kind.startsWith(QLatin1String("workorder."))) {
            if (!page.ordersRead.contains(change.key))
                page.ordersRead.append(change.key);
            if (masked && change.kind == QLatin1String("workorder.event"))
                change.payload.insert(QStringLiteral("payload"), CallerPrivacy::masked(change.payload.value(QLatin1String("payload")).toObject()));
        }
        page.cursor = change.revision;
        page.changes.append(std::move(change));
    }
    // Everything for this caller up to `latest` was read: the cursor moves on past the others'.
    if (!page.more)
        page.cursor = std::max(page.cursor, latest);
    return page;
}

Status SyncService::beginEpoch()
{
    return m_db.transaction([&]() -> Status {
        const qint64 revision = latestRevision();
        const QString epoch = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString database = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (const auto &[name, value, replace] : {std::tuple{QStringLiteral("database_id"), database, false},
                                                    std::tuple{QStringLiteral("epoch"), epoch, true},
                                                    std::tuple{QStringLiteral("epoch_revision"), QString::number(revision), true}}) {
            QSqlQuery upsert(m_db.database());
            upsert.prepare(replace ? QStringLiteral("INSERT INTO central_meta (name, value) VALUES (?, ?)"
                                                    " ON CONFLICT (name) DO UPDATE SET value = excluded.value")
                                   : QStringLiteral("INSERT INTO central_meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"));
            upsert.addBindValue(name);
            upsert.addBindValue(value);
            if (Status s = execSql(upsert, QT_TRANSLATE_NOOP("LocalStore", "记录纪元")); !s)
                return s;
        }
        return Status::success();
    });
}

QJsonObject SyncService::epoch() const
{
    // Read every time, not kept: several centres share one database, and any of them may
    // have begun a new epoch since.
    const PreparedQuery query = m_db.prepared(QStringLiteral("SELECT name, value FROM central_meta"));
    QJsonObject json;
    if (query->exec())
        while (query->next()) {
            const QString name = query->value(0).toString();
            if (name == QLatin1String("epoch_revision"))
                json.insert(QStringLiteral("revision"), query->value(1).toString().toLongLong());
            else if (name == QLatin1String("epoch"))
                json.insert(QStringLiteral("id"), query->value(1).toString());
            else if (name == QLatin1String("database_id"))
                json.insert(QStringLiteral("database"), query->value(1).toString());
        }
    return json;
}

qint64 SyncService::latestRevision() const
{
    const PreparedQuery query = m_db.prepared(QStringLiteral("SELECT value FROM counters WHERE name = 'revision'"));
    if (query->exec() && query->next())
        return query->value(0).toLongLong();
    return 0;
}

Status SyncService::recordChange(qint64 revision, const QString &kind, const QString &key, const QString &audience,
                                 const QString &payload)
{
    const PreparedQuery change = m_db.prepared(
        QStringLiteral("INSERT INTO changes (revision, kind, item_key, audience, payload) VALUES (?, ?, ?, ?, ?)"));
    change->addBindValue(revision);
    change->addBindValue(kind);
    change->addBindValue(key);
    change->addBindValue(audience.isNull() ? QString(QStringLiteral("")) : audience);
    change->addBindValue(payload);
    return execSql(*change, QT_TRANSLATE_NOOP("LocalStore", "记录变更"));
}

} // namespace hotline
