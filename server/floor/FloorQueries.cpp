// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/floor/FloorQueries.h"

#include "server/database/CentralDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace hotline {

namespace {

// As the centre stores times: UTC ISO text with milliseconds, compared as text.
QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// Read everything again now and then, whatever changed: a guard against anything missed.
constexpr qint64 reloadMs = 10 * 60 * 1000;

} // namespace

bool FloorQueries::readOrders(const QString &where, const QVariantList &binds, const Deadlines &deadlines, const QDateTime &keepFrom)
{
    const PreparedQuery query = m_db.prepared(QStringLiteral("SELECT state_json, desk, service_code, revision FROM work_orders WHERE ") + where);
    for (const QVariant &bind : binds)
        query->addBindValue(bind);
    if (!query->exec())
        return false;
    while (query->next()) {
        const WorkOrderState state = WorkOrderState::fromJson(QJsonDocument::fromJson(query->value(0).toString().toUtf8()).object());
        FloorOrder order = FloorOrder::from(state, query->value(1).toString(), query->value(2).toString(), deadlines);
        m_revision = std::max(m_revision, query->value(3).toLongLong());
        if (order.createdAt >= keepFrom || order.due.isValid())
            m_orders.insert(order.number, std::move(order));
        else
            m_orders.remove(state.number);
    }
    return true;
}

bool FloorQueries::refreshOrders(const QDateTime &now)
{
    const TimeLimits &limits = m_limits.current();
    const Deadlines deadlines(limits);
    const QDateTime keepFrom = now.addSecs(-25 * 3600);
    if (m_revision < 0 || &limits != m_limitsUsed || !m_loaded.isValid() || m_loaded.elapsed() > reloadMs) {
        // The highest revision first: whatever is written while the rest is read comes again next time.
        QSqlQuery top(m_db.database());
        if (!top.exec(QStringLiteral("SELECT max(revision) FROM work_orders")) || !top.next())
            return false;
        const qint64 revision = top.value(0).toLongLong();
        m_orders.clear();
        m_revision = -1;
        if (!readOrders(QStringLiteral("created_at >= ?"), {iso(keepFrom)}, deadlines, keepFrom)
            || !readOrders(QStringLiteral("status IN ('dispatched', 'accepted')"), {}, deadlines, keepFrom))
            return false;
        m_revision = revision;
        m_limitsUsed = &limits;
        m_loaded.start();
    } else if (!readOrders(QStringLiteral("revision > ?"), {m_revision}, deadlines, keepFrom)) {
        return false;
    }
    for (auto it = m_orders.begin(); it != m_orders.end();)
        it = it->createdAt < keepFrom && !it->due.isValid() ? m_orders.erase(it) : std::next(it);
    return true;
}

std::optional<QJsonObject> FloorQueries::figures(const QDateTime &now)
{
    if (!refreshOrders(now))
        return std::nullopt;
    FloorFigures figures(now, m_weeks, m_rule);
    int overdue = 0;
    for (const FloorOrder &order : std::as_const(m_orders)) {
        if (order.createdAt >= figures.dayStart())
            figures.addOrder(order);
        if (order.due.isValid() && now > order.due)
            ++overdue;
    }
    // The usual level: the same hours of each previous week, one range of (created_at, item,
    // district) and one of (state, at) each.
    {
        const PreparedQuery orders = m_db.prepared(QStringLiteral(
            "SELECT substr(created_at, 1, 13), service_code, district_code, count(*) FROM work_orders"
            " WHERE created_at >= ? AND created_at < ? GROUP BY substr(created_at, 1, 13), service_code, district_code"));
        for (int week = 1; week <= m_weeks; ++week) {
            orders->addBindValue(iso(figures.dayStart().addDays(-7 * week)));
            orders->addBindValue(iso(now.addDays(-7 * week)));
            if (!orders->exec())
                return std::nullopt;
            while (orders->next())
                figures.addUsualOrders(week, FloorFigures::hourOf(orders->value(0).toString()), orders->value(1).toString(),
                                       orders->value(2).toString(), orders->value(3).toInt());
        }
    }
    {
        const PreparedQuery calls = m_db.prepared(QStringLiteral(
            "SELECT substr(at, 1, 13), count(*) FROM agent_states WHERE state = 'in_call' AND at >= ? AND at < ? GROUP BY substr(at, 1, 13)"));
        for (int week = 0; week <= m_weeks; ++week) {
            calls->addBindValue(iso(figures.dayStart().addDays(-7 * week)));
            calls->addBindValue(iso(now.addDays(-7 * week)));
            if (!calls->exec())
                return std::nullopt;
            while (calls->next())
                figures.addCalls(week, FloorFigures::hourOf(calls->value(0).toString()), calls->value(1).toInt());
        }
    }
    QJsonObject answer = figures.toJson();

    // Agents by state now: each operator's latest state over the sliding day (as /api/v1/agents).
    QJsonObject states{{QStringLiteral("ready"), 0}, {QStringLiteral("not_ready"), 0}, {QStringLiteral("in_call"), 0},
                       {QStringLiteral("after_call"), 0}, {QStringLiteral("offline"), 0}};
    qint64 longestAfterCall = 0;
    {
        const PreparedQuery agents = m_db.prepared(QStringLiteral(
            "SELECT state, at FROM ("
            " SELECT state, at, ROW_NUMBER() OVER (PARTITION BY login ORDER BY at DESC, received_at DESC) AS latest"
            " FROM agent_states WHERE at >= ?) recent WHERE latest = 1"));
        agents->addBindValue(iso(figures.dayStart()));
        if (!agents->exec())
            return std::nullopt;
        while (agents->next()) {
            const QString state = agents->value(0).toString();
            states.insert(state, states.value(state).toInt() + 1);
            if (state == QLatin1String("after_call"))
                longestAfterCall = std::max(longestAfterCall, QDateTime::fromString(agents->value(1).toString(), Qt::ISODateWithMs).secsTo(now));
        }
    }
    answer.insert(QStringLiteral("agents"), states);
    answer.insert(QStringLiteral("longestAfterCallSeconds"), longestAfterCall);

    // After-call work done: each transition out of after_call carries the seconds spent in it.
    {
        const PreparedQuery wrapUp = m_db.prepared(QStringLiteral(
            "SELECT sum(CASE WHEN at >= ? THEN 1 ELSE 0 END), sum(CASE WHEN at >= ? THEN seconds ELSE 0 END), count(*), sum(seconds)"
            " FROM agent_states WHERE from_state = 'after_call' AND at >= ? AND at <= ?"));
        wrapUp->addBindValue(iso(figures.midnight()));
        wrapUp->addBindValue(iso(figures.midnight()));
        wrapUp->addBindValue(iso(figures.dayStart()));
        wrapUp->addBindValue(iso(now));
        if (!wrapUp->exec() || !wrapUp->next())
            return std::nullopt;
        for (const auto &[key, count, seconds] : {std::tuple{"today", 0, 1}, std::tuple{"day", 2, 3}}) {
            QJsonObject window = answer.value(QLatin1String(key)).toObject();
            const qint64 n = wrapUp->value(count).toLongLong();
            window.insert(QStringLiteral("afterCalls"), n);
            window.insert(QStringLiteral("afterCallMeanSeconds"), n ? double(wrapUp->value(seconds).toLongLong()) / double(n) : 0.0);
            answer.insert(QLatin1String(key), window);
        }
    }
    {
        const PreparedQuery review = m_db.prepared(QStringLiteral("SELECT count(*) FROM work_orders WHERE status = 'pending_review'"));
        if (!review->exec() || !review->next())
            return std::nullopt;
        answer.insert(QStringLiteral("pendingReview"), review->value(0).toInt());
    }
    answer.insert(QStringLiteral("overdue"), overdue);
    return answer;
}

} // namespace hotline
