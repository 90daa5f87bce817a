// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/sync/SyncService.h"

#include "server/database/CentralDatabase.h"
#include "server/sync/NumberLeases.h"
#include "server/sync/PushGroup.h"
#include "server/sync/SyncWrites.h"
#include "workorder/CallerPrivacy.h"
#include "sync/ReferenceData.h"
#include "workorder/Lifecycle.h"
#include "store/SqlSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <tuple>

namespace hotline {

namespace {

// SyncOp is a plain struct: its messages carry their own context.
QString opTr(const char *text)
{
    return QCoreApplication::translate("hotline::SyncOp", text);
}

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

// One row of central_meta into the epoch as desks see it.
void addToEpoch(QJsonObject &epoch, const QString &name, const QString &value)
{
    if (name == QLatin1String("epoch_revision"))
        epoch.insert(QStringLiteral("revision"), value.toLongLong());
    else if (name == QLatin1String("epoch"))
        epoch.insert(QStringLiteral("id"), value);
    else if (name == QLatin1String("database_id"))
        epoch.insert(QStringLiteral("database"), value);
}

} // namespace

const char *OpOutcome::code(Kind kind)
{
    switch (kind) {
    case OpOutcome::Kind::Applied: return "applied";
    case OpOutcome::Kind::Duplicate: return "duplicate";
    case OpOutcome::Kind::Rejected: return "rejected";
    }
    return "rejected";
}

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
    else if (op.kind != QLatin1String("workorder.event") && op.kind != QLatin1String("kb.publish")
             && op.kind != QLatin1String("agent.state") && op.kind != QLatin1String("kb.usage"))
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
                     {QStringLiteral("status"), QString::fromLatin1(code(kind))}};
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
        // The group looks rows up by lists of keys (= ANY of an array). PostgreSQL would keep
        // the plan it made for such a statement while the tables were small — a sequential
        // scan — until autovacuum next analyses them: on a new centre, a minute of reading all
        // of applied_ops for every group. Planned for the tables as they are, each time.
        if (m_db.dialect() == CentralDatabase::Dialect::Postgres)
            if (Status s = m_db.command(QStringLiteral("SET LOCAL plan_cache_mode = force_custom_plan")); !s)
                return s;
        if (!reads.isEmpty()) {
            SyncWrites audits(m_db);
            for (const AuditEntry &read : reads)
                audits.addAudit(read);
            if (Status s = audits.write(); !s)
                return s;
        }
        PushGroup group(m_db, *m_leases);
        if (pushes.size() > 1) {
            // The whole group in a few statements; should the database fail it (another centre
            // on the same database wrote one of its events meanwhile, say), each push is tried
            // again alone, so that one push's trouble is answered to it alone.
            if (Status s = m_db.command(QStringLiteral("SAVEPOINT pushes")); !s)
                return s;
            Result<QVector<Result<QVector<OpOutcome>>>> together = group.apply(pushes);
            if (together) {
                answers = std::move(together).value();
                return m_db.command(QStringLiteral("RELEASE SAVEPOINT pushes"));
            }
            if (CentralDatabase::isOutOfSpace(together.error()))
                return Error{together.error()}; // every push would fail the same way
            if (Status s = m_db.command(QStringLiteral("ROLLBACK TO SAVEPOINT pushes")); !s)
                return s;
        }
        for (qsizetype i = 0; i < pushes.size(); ++i) {
            if (Status s = m_db.command(QStringLiteral("SAVEPOINT push")); !s)
                return s;
            Result<QVector<Result<QVector<OpOutcome>>>> alone = group.apply({pushes.at(i)});
            answers[i] = alone ? alone.value().front() : Result<QVector<OpOutcome>>(Error{alone.error()});
            // A push the database failed is undone alone; the others still commit.
            if (!alone && !m_db.command(QStringLiteral("ROLLBACK TO SAVEPOINT push")))
                return Error{alone.error()};
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

Result<qint64> SyncService::record(const WorkOrderEvent &event, const WorkOrderState &state, const QString &originDesk,
                                   const QString &login, QString *audience)
{
    const int count = SyncWrites::revisionsFor(state);
    Result<qint64> last = m_db.nextValue(QStringLiteral("revision"), count);
    if (!last)
        return Error{last.error()};
    const qint64 revision = last.value() - count + 1;
    SyncWrites writes(m_db);
    writes.addEvent(event, state, originDesk, login, revision);
    if (Status s = writes.write(); !s)
        return Error{s.error()};
    *audience = writes.deskOf(event.orderNumber);
    return revision;
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
    // What concerns the caller: everyone's news, and a desk's own orders — or, for a
    // department, the orders with its unit. Nobody names the audience: the session does.
    const QString audience = session.user.role == Role::Department ? QStringLiteral("unit:") + session.user.unit : session.desk;
    // Up to the counter: every revision up to its committed value is committed (they are
    // handed out under the counter's row lock), so reading up to it can skip nothing, even
    // with many writers committing out of order. One statement reads one snapshot, so the
    // counter, the changes and the epoch (with which a desk notices a centre restored from a
    // backup) come in one round trip; the counter and the epoch come as rows -2 and -1.
    // Everyone's news and the caller's are read apart, each along the (audience, revision)
    // index: with "audience = '' OR audience = ?" the planner walked every revision since the
    // cursor, everybody's, to keep a few.
    const PreparedQuery query = m_db.prepared(QStringLiteral(
        "SELECT revision, kind, item_key, payload FROM (SELECT revision, kind, item_key, payload FROM changes"
        " WHERE audience = '' AND revision > ? AND revision <= (SELECT value FROM counters WHERE name = 'revision')"
        " ORDER BY revision LIMIT ?) AS everyone"
        " UNION ALL SELECT revision, kind, item_key, payload FROM (SELECT revision, kind, item_key, payload FROM changes"
        " WHERE audience = ? AND revision > ? AND revision <= (SELECT value FROM counters WHERE name = 'revision')"
        " ORDER BY revision LIMIT ?) AS own"
        " UNION ALL SELECT -2, 'revision', CAST(value AS TEXT), '' FROM counters WHERE name = 'revision'"
        " UNION ALL SELECT -1, name, value, '' FROM central_meta ORDER BY 1"));
    query->addBindValue(since);
    query->addBindValue(limit + 1);
    query->addBindValue(audience);
    query->addBindValue(since);
    query->addBindValue(limit + 1);
    if (!query->exec())
        return Error{query->lastError().text()};
    qint64 latest = 0;
    const bool masked = !CallerPrivacy::seesCallerDetails(session.user.role);
    while (query->next()) {
        const qint64 revision = query->value(0).toLongLong();
        if (revision == -2) {
            latest = query->value(2).toString().toLongLong();
            continue;
        }
        if (revision == -1) {
            addToEpoch(page.epoch, query->value(1).toString(), query->value(2).toString());
            continue;
        }
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
        while (query->next())
            addToEpoch(json, query->value(0).toString(), query->value(1).toString());
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
