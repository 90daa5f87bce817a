// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outbox.h"

#include "LocalStore.h"
#include "store/SqlSupport.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace hotline {

namespace {
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

bool Outbox::isSimulated(const QJsonObject &payload)
{
    // An operation carries the event; the event's payload is the filed draft for a Created one.
    return payload.value(QLatin1String("simulation")).toBool(false)
        || payload.value(QLatin1String("payload")).toObject().value(QLatin1String("simulation")).toBool(false);
}

Status Outbox::enqueue(const QString &kind, const QJsonObject &payload)
{
    // Belt and braces behind the repositories, which do not offer it: nothing from a training
    // call, and nothing at all from a simulation store, is ever queued for the centre. It stays
    // in the store it was written to.
    if (m_store.isSimulation() || isSimulated(payload))
        return Status::success();
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO outbox (op_id, kind, payload, created_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.addBindValue(kind);
    query.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    query.addBindValue(now());
    return execSql(query, QT_TRANSLATE_NOOP("LocalStore", "写入待同步队列"));
}

QVector<OutboxEntry> Outbox::select(const QString &where, int limit) const
{
    QVector<OutboxEntry> result;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT seq, op_id, kind, payload, created_at, acked_at, rejected FROM outbox ")
                  + where + QStringLiteral(" ORDER BY seq LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), QUuid::fromString(query.value(1).toString()),
                       query.value(2).toString(),
                       QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object(),
                       QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs),
                       !query.value(5).isNull(), query.value(6).toString()});
    }
    return result;
}

QVector<OutboxEntry> Outbox::pending(int limit) const
{
    return select(QStringLiteral("WHERE acked_at IS NULL"), limit);
}

QVector<OutboxEntry> Outbox::all(int limit) const
{
    return select({}, limit);
}

QVector<OutboxEntry> Outbox::rejected(int limit) const
{
    return select(QStringLiteral("WHERE rejected IS NOT NULL"), limit);
}

int Outbox::pendingCount() const
{
    QSqlQuery query(m_store.database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE acked_at IS NULL")) && query.next())
        return query.value(0).toInt();
    return 0;
}

Status Outbox::acknowledge(const QUuid &opId, qint64 revision)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE outbox SET acked_at = ?, revision = ? WHERE op_id = ?"));
    query.addBindValue(now());
    query.addBindValue(revision);
    query.addBindValue(opId.toString(QUuid::WithoutBraces));
    return execSql(query, QT_TRANSLATE_NOOP("LocalStore", "记录同步结果"));
}

Status Outbox::reject(const QUuid &opId, const QString &reason)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE outbox SET acked_at = ?, rejected = ? WHERE op_id = ?"));
    query.addBindValue(now());
    query.addBindValue(reason.isEmpty() ? QStringLiteral("rejected") : reason);
    query.addBindValue(opId.toString(QUuid::WithoutBraces));
    return execSql(query, QT_TRANSLATE_NOOP("LocalStore", "记录同步结果"));
}

Result<int> Outbox::requeueAcknowledgedAfter(qint64 revision)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE outbox SET acked_at = NULL WHERE acked_at IS NOT NULL AND rejected IS NULL AND revision > ?"));
    query.addBindValue(revision);
    if (Status s = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "重发操作")); !s)
        return Error{s.error()};
    return query.numRowsAffected();
}

} // namespace hotline
