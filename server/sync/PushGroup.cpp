// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/sync/PushGroup.h"

#include "server/database/CentralDatabase.h"
#include "server/database/RowBatch.h"
#include "server/sync/NumberLeases.h"
#include "server/sync/SyncWrites.h"
#include "kb/KbUsageEvent.h"
#include "telephony/AgentStateReport.h"
#include "workorder/Lifecycle.h"
#include "workorder/OrderNumber.h"
#include "workorder/WorkOrderValidator.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace hotline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hotline::SyncService", text);
}

QString uuid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// An answer given before, read from applied_ops.
struct Answered {
    bool rejected = false;
    qint64 revision = 0;
    QString error;
};

// What one operation of the group comes to.
struct Decision {
    qsizetype push = 0;
    OpOutcome outcome;
    bool answeredBefore = false; // from applied_ops or an earlier operation of the group: nothing written
    int revisions = 0;           // taken from the counter: the first is the outcome's
    std::optional<WorkOrderEvent> event;
    std::optional<WorkOrderState> state; // after the event
    QJsonObject article;                 // a knowledge article to publish
    std::optional<AgentStateReport> agentState; // an operator's change of state
    std::optional<KbUsageEvent> kbUsage;        // what an operator did with the knowledge base
};

// What the group needs to know of the database before deciding anything.
struct Known {
    QHash<QString, Answered> answered;          // op id → its answer
    QHash<QString, QString> events;             // event id → order number
    QHash<QString, QVector<WorkOrderEvent>> histories; // order number → its events, in revision order
};

class Decider {
public:
    Decider(NumberLeases &leases, Known &known) : m_leases(leases), m_known(known) {}

    // Result: the database failed (a lease look-up, an order's history that does not fold).
    Status decide(const Session &session, const SyncOp &op, Decision &decision)
    {
        const QString id = uuid(op.opId);
        if (const auto before = m_known.answered.constFind(id); before != m_known.answered.cend()) {
            // Sent before (a lost answer, a retried batch): the same answer, nothing applied.
            decision.answeredBefore = true;
            decision.outcome.kind = before->rejected ? OpOutcome::Kind::Rejected : OpOutcome::Kind::Duplicate;
            decision.outcome.revision = before->revision;
            decision.outcome.error = before->error;
            return Status::success();
        }
        QString rejected = op.refused;
        if (rejected.isEmpty()) {
            Result<QString> why = op.kind == QLatin1String("workorder.event") ? decideEvent(session, op.payload, decision)
                                : op.kind == QLatin1String("agent.state")     ? decideAgentState(session, op.payload, decision)
                                : op.kind == QLatin1String("kb.usage")        ? decideKbUsage(session, op.payload, decision)
                                                                              : decideArticle(session, op.payload, decision);
            if (!why)
                return Error{why.error()};
            rejected = why.value();
        }
        if (!rejected.isEmpty()) {
            decision.outcome.kind = OpOutcome::Kind::Rejected;
            decision.outcome.error = rejected;
            decision.revisions = 0;
        }
        // The same operation again later in the group is answered as a retry of this one.
        m_known.answered.insert(id, {!rejected.isEmpty(), 0, rejected});
        m_firstOfId.insert(id, m_decided);
        return Status::success();
    }

    // Where an operation answered before in this group was first decided (-1: before the group).
    qsizetype firstOf(const QUuid &opId) const { return m_firstOfId.value(uuid(opId), -1); }
    void next() { ++m_decided; }

private:
    // Why the event is refused ('' when it is accepted), or the database failed.
    Result<QString> decideEvent(const Session &session, const QJsonObject &payload, Decision &decision)
    {
        std::optional<WorkOrderEvent> event = WorkOrderEvent::fromJson(payload);
        if (!event || event->orderNumber.isEmpty() || event->id.isNull() || !event->at.isValid())
            return tr("工单事件格式不对：需要 id、order、type、at、actor、payload");
        if (event->orderNumber.size() > 40 || event->actor.size() > 100)
            return tr("工单编号或受理人过长");
        // A training call's order is practice: whoever pushes it (an operator's desk gone wrong,
        // a store copied by hand), it never becomes a real order, reaches a department or counts
        // in the figures. Refused before anything else is looked at, so nothing of it is kept.
        if (payload.value(QLatin1String("simulation")).toBool(false) || event->payload.value(QLatin1String("simulation")).toBool(false))
            return tr("模拟工单不进入中心（工单 %1 是培训中填写的）").arg(event->orderNumber);
        // An event is kept once, whatever operation a desk sends it with: refused with a
        // reason rather than failing the write (which would fail the push for good).
        if (const auto known = m_known.events.constFind(uuid(event->id)); known != m_known.events.cend())
            return tr("事件 %1 已在中心（工单 %2；用不同的操作号重发）").arg(uuid(event->id), known.value());
        // Who did it is who signed in, whatever the desk wrote.
        event->actor = session.user.login;
        if (event->type == EventType::Created) {
            // The desk checked the draft; the centre checks it again with the same rules.
            const QList<FieldError> problems = WorkOrderValidator::validate(WorkOrderDraft::fromJson(event->payload));
            if (!problems.isEmpty())
                return tr("工单内容不完整：%1").arg(problems.first().message);
            // A final number only from a block this desk was leased; a provisional one in its form.
            if (OrderNumber::isFinal(event->orderNumber)) {
                Result<bool> held = m_leases.holds(session.desk, event->orderNumber.toLongLong());
                if (!held)
                    return Error{held.error()};
                if (!held.value())
                    return tr("工单号 %1 不在坐席 %2 领用的号段内").arg(event->orderNumber, session.desk);
            } else if (!OrderNumber::isProvisional(event->orderNumber)) {
                return tr("工单号 %1 既不是正式号也不是临时号").arg(event->orderNumber);
            }
        }
        // The order as the centre knows it, with what this group did to it already.
        Result<std::optional<WorkOrderState>> current = stateOf(event->orderNumber);
        if (!current)
            return Error{current.error()};
        if (Status allowed = Lifecycle::mayProduce(session.user.role, session.user.unit, current.value(), *event); !allowed)
            return allowed.error();
        Result<WorkOrderState> next = Lifecycle::apply(current.value(), *event);
        if (!next)
            return next.error();
        m_states.insert(event->orderNumber, next.value());
        m_known.events.insert(uuid(event->id), event->orderNumber);
        decision.revisions = SyncWrites::revisionsFor(next.value());
        decision.state = std::move(next).value();
        decision.event = std::move(event);
        return QString();
    }

    Result<QString> decideArticle(const Session &session, const QJsonObject &payload, Decision &decision)
    {
        if (session.user.role != Role::KbEditor && session.user.role != Role::Admin)
            return tr("只有知识库编辑可以发布知识（%1 的角色是 %2）").arg(session.user.login, toCode(session.user.role));
        const QString key = payload.value(QLatin1String("key")).toString();
        if (key.isEmpty() || key.size() > 200 || payload.value(QLatin1String("title")).toString().trimmed().isEmpty())
            return tr("知识条目需要 key 和 title");
        const QString status = payload.value(QLatin1String("status")).toString(QStringLiteral("published"));
        if (status != QLatin1String("published") && status != QLatin1String("withdrawn"))
            return tr("知识条目的 status 应为 published 或 withdrawn");
        decision.article = payload;
        decision.revisions = 1;
        return QString();
    }

    // An operator's state is theirs: kept as sent, once (by its id), for the wallboard. It takes
    // no revision: no desk pulls another's state.
    Result<QString> decideAgentState(const Session &session, const QJsonObject &payload, Decision &decision)
    {
        // Departments answer orders, not calls; a trainee's seat never reaches the centre.
        if (session.user.role == Role::Department || session.user.role == Role::Trainee)
            return tr("只有接听热线的坐席报告坐席状态（%1 的角色是 %2）").arg(session.user.login, toCode(session.user.role));
        Result<AgentStateReport> report = AgentStateReport::fromJson(payload);
        if (!report)
            return report.error();
        // A desk's clock may be off a little; a state from the future is not a state.
        if (report.value().at > QDateTime::currentDateTimeUtc().addSecs(300))
            return tr("坐席状态的时间 %1 在未来").arg(report.value().at.toString(Qt::ISODateWithMs));
        decision.agentState = std::move(report).value();
        return QString();
    }

    // What an operator did with the knowledge base: kept once (by its id) for the usage model
    // every desk reads and the editors' list of misses. It takes no revision: desks read the
    // model it feeds, never the events.
    Result<QString> decideKbUsage(const Session &session, const QJsonObject &payload, Decision &decision)
    {
        // Only the desks that answer calls: a trainee's practice is not the floor's evidence.
        if (session.user.role != Role::Operator && session.user.role != Role::TeamLead)
            return tr("只有接听热线的坐席记录知识库的使用（%1 的角色是 %2）").arg(session.user.login, toCode(session.user.role));
        Result<KbUsageEvent> event = KbUsageEvent::fromJson(payload);
        if (!event)
            return event.error();
        if (event.value().at > QDateTime::currentDateTimeUtc().addSecs(300))
            return tr("知识库使用记录的时间 %1 在未来").arg(event.value().at.toString(Qt::ISODateWithMs));
        decision.kbUsage = std::move(event).value();
        return QString();
    }

    Result<std::optional<WorkOrderState>> stateOf(const QString &number)
    {
        if (const auto known = m_states.constFind(number); known != m_states.cend())
            return known.value();
        const QVector<WorkOrderEvent> history = m_known.histories.value(number);
        std::optional<WorkOrderState> state;
        if (!history.isEmpty()) {
            Result<WorkOrderState> folded = Lifecycle::fold(history);
            if (!folded)
                return Error{folded.error()};
            state = std::move(folded).value();
        }
        m_states.insert(number, state);
        return state;
    }

    NumberLeases &m_leases;
    Known &m_known;
    QHash<QString, std::optional<WorkOrderState>> m_states;
    QHash<QString, qsizetype> m_firstOfId;
    qsizetype m_decided = 0;
};

// Reads what the group must know, in two statements: the operations answered before, and the
// events of every order concerned together with any event already held under its id.
Status readKnown(const CentralDatabase &db, const QVector<SyncService::PushRequest> &pushes, Known &known)
{
    QStringList opIds;
    QSet<QString> orderNumbers;
    QStringList eventKeys;
    for (const SyncService::PushRequest &push : pushes)
        for (const SyncOp &op : push.ops) {
            opIds.append(uuid(op.opId));
            if (!op.refused.isEmpty() || op.kind != QLatin1String("workorder.event"))
                continue;
            const QString number = op.payload.value(QLatin1String("order")).toString();
            const QUuid event = QUuid::fromString(op.payload.value(QLatin1String("id")).toString());
            if (!number.isEmpty() && number.size() <= 40 && !orderNumbers.contains(number)) {
                orderNumbers.insert(number);
                eventKeys.append(number);
            }
            if (!event.isNull())
                eventKeys.append(uuid(event));
        }
    opIds.removeDuplicates();
    if (Status s = selectWhereIn(db, QStringLiteral("SELECT op_id, status, revision, error FROM applied_ops WHERE op_id {{in}}"), opIds,
                                 [&](const QSqlQuery &row) {
                                     known.answered.insert(row.value(0).toString(),
                                                           {row.value(1).toString() == QLatin1String("rejected"),
                                                            row.value(2).toLongLong(), row.value(3).toString()});
                                 });
        !s)
        return s;
    // Order numbers and event ids never look alike (an order's number is not a UUID), so one
    // list serves both columns; every row found is an event held, and, for an order of the
    // group, a step of its history.
    eventKeys.removeDuplicates();
    return selectWhereIn(db,
                         QStringLiteral("SELECT event_id, order_number, type, at, actor, payload FROM work_order_events"
                                        " WHERE order_number {{in}} OR event_id {{in}} ORDER BY revision"),
                         eventKeys, [&](const QSqlQuery &row) {
                             WorkOrderEvent e;
                             e.id = QUuid::fromString(row.value(0).toString());
                             e.orderNumber = row.value(1).toString();
                             known.events.insert(uuid(e.id), e.orderNumber);
                             if (!orderNumbers.contains(e.orderNumber))
                                 return;
                             e.type = eventTypeFromCode(row.value(2).toString()).value_or(EventType::Created);
                             e.at = QDateTime::fromString(row.value(3).toString(), Qt::ISODateWithMs);
                             e.actor = row.value(4).toString();
                             e.payload = QJsonDocument::fromJson(row.value(5).toString().toUtf8()).object();
                             known.histories[e.orderNumber].append(std::move(e));
                         });
}

} // namespace

Result<QVector<Result<QVector<OpOutcome>>>> PushGroup::apply(const QVector<SyncService::PushRequest> &pushes)
{
    QVector<Result<QVector<OpOutcome>>> answers;
    QVector<SyncService::PushRequest> taken; // the pushes decided (a push over the limit is not)
    QVector<qsizetype> answerOf;
    for (const SyncService::PushRequest &push : pushes) {
        if (push.ops.size() > SyncService::maxBatch) {
            answers.append(Error{tr("一批最多 %1 个操作，收到 %2 个").arg(SyncService::maxBatch).arg(push.ops.size())});
            continue;
        }
        answerOf.append(answers.size());
        answers.append(QVector<OpOutcome>{});
        taken.append(push);
    }
    Known known;
    if (Status s = readKnown(m_db, taken, known); !s)
        return Error{s.error()};

    std::vector<Decision> decisions;
    Decider decider(m_leases, known);
    int revisions = 0;
    for (qsizetype p = 0; p < taken.size(); ++p)
        for (const SyncOp &op : taken.at(p).ops) {
            Decision decision;
            decision.push = p;
            decision.outcome.opId = op.opId;
            if (Status s = decider.decide(taken.at(p).session, op, decision); !s)
                return Error{s.error()};
            revisions += decision.revisions;
            decisions.push_back(std::move(decision));
            decider.next();
        }

    // Revisions for the whole group in one step: the counter's row stays locked until commit,
    // so revisions are handed out in commit order (the change feed relies on it).
    qint64 revision = 0;
    if (revisions > 0) {
        Result<qint64> last = m_db.nextValue(QStringLiteral("revision"), revisions);
        if (!last)
            return Error{last.error()};
        revision = last.value() - revisions + 1;
    }
    SyncWrites writes(m_db);
    for (Decision &decision : decisions) {
        const Session &session = taken.at(decision.push).session;
        if (decision.answeredBefore)
            continue;
        if (decision.agentState && decision.outcome.kind != OpOutcome::Kind::Rejected)
            writes.addAgentState(*decision.agentState, session.user.login, session.desk);
        if (decision.kbUsage && decision.outcome.kind != OpOutcome::Kind::Rejected)
            writes.addKbUsage(*decision.kbUsage, session.user.login, session.desk);
        if (decision.revisions > 0) {
            decision.outcome.revision = revision;
            if (decision.event)
                writes.addEvent(*decision.event, *decision.state, session.desk, session.user.login, revision);
            else
                writes.addArticle(decision.article.value(QLatin1String("key")).toString(),
                                  decision.article.value(QLatin1String("status")).toString(QStringLiteral("published")),
                                  decision.article, session.user.login, revision);
            revision += decision.revisions;
        }
        writes.addOutcome(session.desk, decision.outcome);
    }
    if (Status s = writes.write(); !s)
        return Error{s.error()};

    for (qsizetype i = 0; i < qsizetype(decisions.size()); ++i) {
        Decision &decision = decisions[size_t(i)];
        if (decision.event)
            decision.outcome.audience = writes.deskOf(decision.event->orderNumber); // '' for articles: every desk
        // A retry within the group is answered as the first one was.
        if (decision.answeredBefore)
            if (const qsizetype first = decider.firstOf(decision.outcome.opId); first >= 0 && first < i) {
                const OpOutcome &earlier = decisions[size_t(first)].outcome;
                decision.outcome.kind = earlier.kind == OpOutcome::Kind::Rejected ? OpOutcome::Kind::Rejected : OpOutcome::Kind::Duplicate;
                decision.outcome.revision = earlier.revision;
                decision.outcome.error = earlier.error;
            }
        answers[answerOf.at(decision.push)].value().append(decision.outcome);
    }
    return answers;
}

} // namespace hotline
