// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/sync/SyncWrites.h"

#include "server/database/CentralDatabase.h"
#include "server/open311/Open311Service.h"
#include "kb/KbUsageEvent.h"
#include "telephony/AgentStateReport.h"
#include "workorder/CallerPrivacy.h"
#include "workorder/WorkQueue.h"

#include <QJsonDocument>

namespace hotline {

namespace {

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

constexpr int orderDeskColumn = 1;

// Column types for PostgreSQL's arrays, "double" for double precision.
QStringList columns(const char *types)
{
    QStringList list = QString::fromLatin1(types).split(u' ');
    for (QString &type : list)
        if (type == QLatin1String("double"))
            type = QStringLiteral("double precision");
    return list;
}

} // namespace

SyncWrites::SyncWrites(CentralDatabase &db)
    : m_db(db),
      m_events(QStringLiteral("INSERT INTO work_order_events (event_id, order_number, type, at, actor, payload, revision)"), columns("text text text text text text bigint")),
      m_orders(QStringLiteral("INSERT INTO work_orders (number, desk, created_at, updated_at, status, phone, title, district_code,"
                              " service_code, lng, lat, state_json, revision, confidential, public_listing, unit_code, queue, merged_into)"),
               columns("text text text text text text text text text double double text bigint integer integer text text text"),
               // The order stays with the desk that filed it: an update keeps the row's desk,
               // and RETURNING hands it back for the change feed (no look-up first).
               QStringLiteral(" ON CONFLICT (number) DO UPDATE SET updated_at = excluded.updated_at, status = excluded.status,"
                              " state_json = excluded.state_json, revision = excluded.revision, unit_code = excluded.unit_code,"
                              " queue = excluded.queue, merged_into = excluded.merged_into"
                              " RETURNING number, desk")),
      m_articles(QStringLiteral("INSERT INTO kb_articles (article_key, status, payload, revision)"), columns("text text text bigint"),
                 QStringLiteral(" ON CONFLICT (article_key) DO UPDATE SET status = excluded.status, payload = excluded.payload,"
                                " revision = excluded.revision")),
      m_changes(QStringLiteral("INSERT INTO changes (revision, kind, item_key, audience, payload)"), columns("bigint text text text text")),
      m_audit(QStringLiteral("INSERT INTO audit_log (at, login, action, target, detail, address)"), columns("text text text text text text")),
      m_outcomes(QStringLiteral("INSERT INTO applied_ops (op_id, desk, status, revision, error, applied_at)"), columns("text text text bigint text text")),
      // Sent again under another operation id, a transition is still kept once.
      m_agentStates(QStringLiteral("INSERT INTO agent_states (transition_id, login, desk, state, from_state, reason, at, seconds, received_at)"),
                    columns("text text text text text text text bigint text"), QStringLiteral(" ON CONFLICT (transition_id) DO NOTHING")),
      // The same for a knowledge-base usage event: once by its id, whatever operation brings it.
      m_kbUsage(QStringLiteral("INSERT INTO kb_usage (event_id, desk, login, at, query, article_key, action, received_at)"),
                columns("text text text text text text text text"), QStringLiteral(" ON CONFLICT (event_id) DO NOTHING"))
{
}

int SyncWrites::revisionsFor(const WorkOrderState &state)
{
    return !state.dispatchedTo.isEmpty() && !state.draft.confidential ? 2 : 1;
}

void SyncWrites::addEvent(const WorkOrderEvent &event, const WorkOrderState &state, const QString &originDesk,
                          const QString &login, qint64 revision)
{
    m_events.add({event.id.toString(QUuid::WithoutBraces), event.orderNumber, toCode(event.type), iso(event.at), text(event.actor),
                  compact(event.payload), revision});
    const std::optional<GeoPoint> &location = state.draft.address.location;
    const Classification &item = state.draft.classification;
    QVariantList order{state.number,
                       originDesk,
                       iso(state.createdAt),
                       iso(state.updatedAt),
                       toCode(state.status),
                       text(state.draft.phone),
                       text(state.draft.title),
                       state.draft.address.districtCode,
                       item.isEmpty() ? QStringLiteral("") : Open311Service::serviceCode(item.level1, item.level2, item.level3),
                       location ? QVariant(location->lng) : QVariant(QMetaType(QMetaType::Double)),
                       location ? QVariant(location->lat) : QVariant(QMetaType(QMetaType::Double)),
                       compact(state.toJson()),
                       revision,
                       state.draft.confidential ? 1 : 0,
                       // Listed publicly (Open311): what came in through Open311, or what the caller agreed to.
                       !state.draft.confidential && (state.draft.publishable || originDesk == QLatin1String("open311")) ? 1 : 0,
                       text(state.dispatchedTo),
                       text(toCode(queueOf(state))),
                       text(state.mergedInto)};
    if (const auto known = m_orderRows.constFind(state.number); known != m_orderRows.cend()) {
        order[orderDeskColumn] = m_orders.row(known.value()).at(orderDeskColumn); // whoever wrote first filed it
        m_orders.row(known.value()) = std::move(order);
    } else {
        m_orderRows.insert(state.number, m_orders.size());
        m_orders.add(std::move(order));
    }
    m_eventChanges.push_back({revision, event.orderNumber, compact(event.toJson())});
    // The unit the order is with hears of it as it stands now, with the caller's details masked.
    if (revisionsFor(state) == 2)
        m_changes.add({revision + 1, QStringLiteral("workorder.state"), event.orderNumber, QString(QStringLiteral("unit:") + state.dispatchedTo),
                       compact(CallerPrivacy::masked(state.toJson()))});
    addAudit({login, QStringLiteral("write"), QString(QStringLiteral("workorder:") + event.orderNumber), toCode(event.type), QString()});
}

void SyncWrites::addArticle(const QString &key, const QString &status, const QJsonObject &payload, const QString &login, qint64 revision)
{
    QVariantList article{key, status, compact(payload), revision};
    if (const auto known = m_articleRows.constFind(key); known != m_articleRows.cend()) {
        m_articles.row(known.value()) = std::move(article);
    } else {
        m_articleRows.insert(key, m_articles.size());
        m_articles.add(std::move(article));
    }
    m_changes.add({revision, QStringLiteral("kb.article"), key, QStringLiteral(""), compact(payload)});
    addAudit({login, QStringLiteral("publish"), QStringLiteral("kb:") + key, status, QString()});
}

void SyncWrites::addOutcome(const QString &desk, const OpOutcome &outcome)
{
    m_outcomes.add({outcome.opId.toString(QUuid::WithoutBraces), desk, QString::fromLatin1(OpOutcome::code(outcome.kind)),
                    outcome.revision > 0 ? QVariant(outcome.revision) : QVariant(QMetaType(QMetaType::LongLong)), text(outcome.error),
                    iso(QDateTime::currentDateTimeUtc())});
}

void SyncWrites::addAudit(const AuditEntry &entry)
{
    m_audit.add({iso(QDateTime::currentDateTimeUtc()), entry.login, entry.action, entry.target, text(entry.detail), text(entry.address)});
}

void SyncWrites::addAgentState(const AgentStateReport &report, const QString &login, const QString &desk)
{
    m_agentStates.add({report.id.toString(QUuid::WithoutBraces), login, desk, AgentSession::code(report.state), AgentSession::code(report.from),
                       text(report.reason), iso(report.at), report.secondsInPrevious, iso(QDateTime::currentDateTimeUtc())});
}

void SyncWrites::addKbUsage(const KbUsageEvent &event, const QString &login, const QString &desk)
{
    m_kbUsage.add({event.id.toString(QUuid::WithoutBraces), desk, login, iso(event.at), text(event.query), text(event.articleKey),
                   KbUsageEvent::code(event.action), iso(QDateTime::currentDateTimeUtc())});
}

Status SyncWrites::write()
{
    if (Status s = m_events.write(m_db, QT_TRANSLATE_NOOP("LocalStore", "保存工单事件")); !s)
        return s;
    if (Status s = m_orders.write(m_db, QT_TRANSLATE_NOOP("LocalStore", "保存工单"),
                                  [this](const QSqlQuery &row) { m_desks.insert(row.value(0).toString(), row.value(1).toString()); });
        !s)
        return s;
    for (const EventChange &change : m_eventChanges)
        m_changes.add({change.revision, QStringLiteral("workorder.event"), change.number, m_desks.value(change.number), change.payload});
    m_eventChanges.clear();
    if (Status s = m_articles.write(m_db, QT_TRANSLATE_NOOP("LocalStore", "保存知识")); !s)
        return s;
    if (Status s = m_changes.write(m_db, QT_TRANSLATE_NOOP("LocalStore", "记录变更")); !s)
        return s;
    if (Status s = m_audit.write(m_db, QT_TRANSLATE_NOOP("LocalStore", "写审计日志")); !s)
        return s;
    if (Status s = m_agentStates.write(m_db, QT_TRANSLATE_NOOP("LocalStore", "记录坐席状态")); !s)
        return s;
    if (Status s = m_kbUsage.write(m_db, QT_TRANSLATE_NOOP("LocalStore", "记录知识库使用")); !s)
        return s;
    return m_outcomes.write(m_db, QT_TRANSLATE_NOOP("LocalStore", "记录操作结果"));
}

} // namespace hotline
