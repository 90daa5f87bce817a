// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/recordings/ReviewQueue.h"

#include "recordings/WaveformPeaks.h"
#include "server/database/CentralDatabase.h"
#include "server/open311/Open311Service.h"
#include "workorder/CallerPrivacy.h"
#include "workorder/LifecycleCodes.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace hotline {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString dayStart(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs);
}

// A whole number ≥ 0 from the query, or -1 when absent; `ok` false when present and bad.
qint64 wholeNumber(const QUrlQuery &query, const char *key, bool *ok)
{
    const QString text = query.queryItemValue(QString::fromLatin1(key));
    if (text.isEmpty())
        return -1;
    bool parsed = false;
    const qint64 value = text.toLongLong(&parsed);
    if (!parsed || value < 0)
        *ok = false;
    return parsed ? value : -1;
}

QJsonValue nullable(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toLongLong());
}

} // namespace

Result<ReviewFilter> ReviewFilter::fromQuery(const QUrlQuery &query)
{
    ReviewFilter filter;
    const auto text = [&](const char *key) { return query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded).trimmed(); };
    filter.operatorLogin = text("operator");
    filter.item = text("item");
    filter.unit = text("unit");
    filter.satisfaction = text("satisfaction");
    if (!filter.satisfaction.isEmpty() && !callbackResultFromCode(filter.satisfaction))
        return Error{QStringLiteral("\"satisfaction\" must be satisfied, basically_satisfied, dissatisfied or unreachable")};
    for (const auto &[key, day] : {std::pair{"from", &filter.from}, std::pair{"to", &filter.to}}) {
        const QString value = text(key);
        if (value.isEmpty())
            continue;
        *day = QDate::fromString(value, Qt::ISODate);
        if (!day->isValid())
            return Error{QStringLiteral("\"%1\" must be a day, YYYY-MM-DD").arg(QString::fromLatin1(key))};
    }
    bool ok = true;
    filter.minDurationMs = wholeNumber(query, "minDurationMs", &ok);
    filter.maxDurationMs = wholeNumber(query, "maxDurationMs", &ok);
    filter.minSilenceMs = wholeNumber(query, "minSilenceMs", &ok);
    const qint64 limit = wholeNumber(query, "limit", &ok);
    const qint64 offset = wholeNumber(query, "offset", &ok);
    if (!ok)
        return Error{QStringLiteral("durations, silences, limit and offset are whole numbers ≥ 0")};
    if (limit > 1000)
        return Error{QStringLiteral("\"limit\" is at most 1000")};
    filter.limit = limit >= 1 ? int(limit) : filter.limit;
    filter.offset = offset >= 0 ? int(offset) : 0;
    const QString assigned = text("assigned");
    filter.assignedToMe = assigned == QLatin1String("1") || assigned == QLatin1String("true");
    if (const QString week = text("week"); !week.isEmpty()) {
        filter.week = QDate::fromString(week, Qt::ISODate);
        if (!filter.week.isValid())
            return Error{QStringLiteral("\"week\" must be a day of the week, YYYY-MM-DD")};
    }
    const QString flag = text("returned");
    filter.returnedOrReopened = flag == QLatin1String("1") || flag == QLatin1String("true");
    return filter;
}

ReviewQueue::ReviewQueue(CentralDatabase &db, QString directory) : m_db(db), m_directory(std::move(directory)) {}

ReviewQueue::Silences ReviewQueue::measureFile(const QString &file, qint64 durationMs)
{
    const Result<WaveformPeaks> peaks = WaveformPeaks::compute(file, durationMs);
    if (!peaks)
        return {std::nullopt, std::nullopt, peaks.error()};
    qint64 longest = 0;
    for (const SilenceSpan &span : peaks.value().silences(1000))
        longest = std::max(longest, span.lengthMs());
    return {longest, peaks.value().silentMs(silenceCountedMs), QString()};
}

Status ReviewQueue::storeSilences(const QString &id, const Silences &silences)
{
    const auto number = [](const std::optional<qint64> &value) { return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong)); };
    const PreparedQuery update = m_db.prepared(QStringLiteral(
        "UPDATE recordings SET longest_silence_ms = ?, silent_ms = ?, decode_error = ? WHERE id = ?"));
    update->addBindValue(number(silences.longestMs));
    update->addBindValue(number(silences.silentMs));
    // Not QString(): a null string binds as SQL NULL, and the column is NOT NULL.
    update->addBindValue(silences.problem.isEmpty() ? QStringLiteral("") : silences.problem);
    update->addBindValue(id);
    if (!update->exec())
        return Error{update->lastError().text()};
    return Status::success();
}

Result<QJsonArray> ReviewQueue::list(const ReviewFilter &filter, bool showCallerNumber, QVector<Unmeasured> *unmeasured)
{
    QStringList where{QStringLiteral("r.complete = 1"), QStringLiteral("r.purged_at IS NULL")};
    QVariantList binds;
    if (!filter.operatorLogin.isEmpty()) {
        where << QStringLiteral("r.uploader = ?");
        binds << filter.operatorLogin;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("r.started_at >= ?");
        binds << dayStart(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("r.started_at < ?");
        binds << dayStart(filter.to.addDays(1));
    }
    if (filter.minDurationMs >= 0) {
        where << QStringLiteral("r.duration_ms >= ?");
        binds << filter.minDurationMs;
    }
    if (filter.maxDurationMs >= 0) {
        where << QStringLiteral("r.duration_ms <= ?");
        binds << filter.maxDurationMs;
    }
    if (filter.minSilenceMs >= 0) {
        where << QStringLiteral("r.longest_silence_ms >= ?");
        binds << filter.minSilenceMs;
    }
    if (filter.onlyIds) {
        if (filter.onlyIds->isEmpty())
            return QJsonArray();
        where << QStringLiteral("r.id IN (%1)").arg(QStringList(filter.onlyIds->size(), QStringLiteral("?")).join(u','));
        for (const QString &id : *filter.onlyIds)
            binds << id;
    }
    // The order conditions hold for one and the same linked order.
    QStringList order;
    if (!filter.item.isEmpty()) {
        const QStringList levels = filter.item.split(u'/');
        order << QStringLiteral("o.service_code = ?");
        binds << (levels.size() == 3 ? Open311Service::serviceCode(levels[0], levels[1], levels[2]) : filter.item);
    }
    if (!filter.unit.isEmpty()) {
        order << QStringLiteral("o.unit_code = ?");
        binds << filter.unit;
    }
    if (!filter.satisfaction.isEmpty()) {
        // The order's state as the centre stores it (compact JSON): its last callback's result.
        order << QStringLiteral("o.state_json LIKE ?");
        binds << QStringLiteral("%\"satisfaction\":\"%1\"%").arg(filter.satisfaction);
    }
    if (filter.returnedOrReopened)
        order << QStringLiteral("EXISTS (SELECT 1 FROM work_order_events e WHERE e.order_number = o.number AND e.type IN ('returned', 'reopened'))");
    if (!order.isEmpty())
        where << QStringLiteral("EXISTS (SELECT 1 FROM recording_orders l JOIN work_orders o ON o.number = l.order_number"
                                " WHERE l.recording_id = r.id AND %1)").arg(order.join(QStringLiteral(" AND ")));

    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT r.id, r.desk, r.uploader, r.call_id, r.caller_number, r.started_at, r.ended_at, r.duration_ms,"
                                 " r.bytes, r.longest_silence_ms, r.silent_ms, r.decode_error, r.path,"
                                 " (SELECT count(*) FROM recording_comments c WHERE c.recording_id = r.id)"
                                 " FROM recordings r WHERE %1 ORDER BY r.started_at DESC, r.id LIMIT %2 OFFSET %3")
                      .arg(where.join(QStringLiteral(" AND ")))
                      .arg(filter.limit)
                      .arg(filter.offset));
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return Error{query.lastError().text()};
    QJsonArray recordings;
    while (query.next()) {
        const QString caller = query.value(4).toString();
        if (unmeasured && query.value(9).isNull() && query.value(11).toString().isEmpty())
            unmeasured->append({query.value(0).toString(), QDir(m_directory).filePath(query.value(12).toString()), query.value(7).toLongLong()});
        recordings.append(QJsonObject{{QStringLiteral("id"), query.value(0).toString()},
                                      {QStringLiteral("desk"), query.value(1).toString()},
                                      {QStringLiteral("operator"), query.value(2).toString()},
                                      {QStringLiteral("callId"), query.value(3).toString()},
                                      {QStringLiteral("callerNumber"), showCallerNumber ? caller : CallerPrivacy::maskPhone(caller)},
                                      {QStringLiteral("startedAt"), query.value(5).toString()},
                                      {QStringLiteral("endedAt"), query.value(6).toString()},
                                      {QStringLiteral("durationMs"), query.value(7).toLongLong()},
                                      {QStringLiteral("bytes"), query.value(8).toLongLong()},
                                      {QStringLiteral("longestSilenceMs"), nullable(query.value(9))},
                                      {QStringLiteral("silentMs"), nullable(query.value(10))},
                                      {QStringLiteral("problem"), query.value(11).toString()},
                                      {QStringLiteral("comments"), query.value(13).toLongLong()}});
    }
    query.finish();
    for (qsizetype i = 0; i < recordings.size(); ++i) {
        QJsonObject recording = recordings.at(i).toObject();
        Result<QJsonArray> orders = ordersOf(recording.value(QLatin1String("id")).toString(), false);
        if (!orders)
            return Error{orders.error()};
        recording.insert(QStringLiteral("orders"), orders.value());
        recordings.replace(i, recording);
    }
    return recordings;
}

Result<QJsonArray> ReviewQueue::ordersOf(const QString &recording, bool withEvents) const
{
    QJsonArray orders;
    {
        const PreparedQuery query = m_db.prepared(QStringLiteral(
            "SELECT l.order_number, o.state_json, o.unit_code FROM recording_orders l LEFT JOIN work_orders o ON o.number = l.order_number"
            " WHERE l.recording_id = ? ORDER BY l.order_number"));
        query->addBindValue(recording);
        if (!query->exec())
            return Error{query->lastError().text()};
        while (query->next()) {
            const QJsonObject state = QJsonDocument::fromJson(query->value(1).toString().toUtf8()).object();
            const QJsonObject item = state.value(QLatin1String("classification")).toObject();
            orders.append(QJsonObject{{QStringLiteral("number"), query->value(0).toString()},
                                      {QStringLiteral("title"), state.value(QLatin1String("title")).toString()},
                                      {QStringLiteral("item"), item.value(QLatin1String("level3")).toString()},
                                      {QStringLiteral("unit"), query->value(2).toString()},
                                      {QStringLiteral("status"), state.value(QLatin1String("status")).toString()},
                                      {QStringLiteral("satisfaction"), state.value(QLatin1String("satisfaction")).toString()},
                                      {QStringLiteral("returnCount"), state.value(QLatin1String("returnCount")).toInt()},
                                      {QStringLiteral("reopenCount"), state.value(QLatin1String("reopenCount")).toInt()}});
        }
    }
    if (!withEvents)
        return orders;
    for (qsizetype i = 0; i < orders.size(); ++i) {
        QJsonObject order = orders.at(i).toObject();
        const PreparedQuery events = m_db.prepared(QStringLiteral(
            "SELECT type, at, actor, payload FROM work_order_events WHERE order_number = ? ORDER BY revision, at"));
        events->addBindValue(order.value(QLatin1String("number")).toString());
        if (!events->exec())
            return Error{events->lastError().text()};
        QJsonArray list;
        while (events->next())
            list.append(QJsonObject{{QStringLiteral("type"), events->value(0).toString()},
                                    {QStringLiteral("at"), events->value(1).toString()},
                                    {QStringLiteral("actor"), events->value(2).toString()},
                                    {QStringLiteral("payload"), QJsonDocument::fromJson(events->value(3).toString().toUtf8()).object()}});
        order.insert(QStringLiteral("events"), list);
        orders.replace(i, order);
    }
    return orders;
}

Result<QJsonArray> ReviewQueue::comments(const QString &recording) const
{
    const PreparedQuery query = m_db.prepared(QStringLiteral(
        "SELECT id, offset_ms, text, author, created_at FROM recording_comments WHERE recording_id = ? ORDER BY offset_ms, id"));
    query->addBindValue(recording);
    if (!query->exec())
        return Error{query->lastError().text()};
    QJsonArray list;
    while (query->next())
        list.append(QJsonObject{{QStringLiteral("id"), query->value(0).toLongLong()},
                                {QStringLiteral("offsetMs"), query->value(1).toLongLong()},
                                {QStringLiteral("text"), query->value(2).toString()},
                                {QStringLiteral("author"), query->value(3).toString()},
                                {QStringLiteral("createdAt"), query->value(4).toString()}});
    return list;
}

Result<QJsonObject> ReviewQueue::addComment(const QString &recording, qint64 offsetMs, const QString &text, const QString &author)
{
    qint64 duration = -1;
    {
        const PreparedQuery query = m_db.prepared(QStringLiteral(
            "SELECT duration_ms FROM recordings WHERE id = ? AND complete = 1 AND purged_at IS NULL"));
        query->addBindValue(recording);
        if (!query->exec())
            return Error{query->lastError().text()};
        if (query->next())
            duration = query->value(0).toLongLong();
    }
    if (duration < 0)
        return Error{QStringLiteral("no complete recording %1").arg(recording)};
    // The last Opus frame may run a little past the duration the desk measured.
    if (offsetMs < 0 || offsetMs > duration + 1000)
        return Error{QStringLiteral("\"offsetMs\" must be within the call: 0 to %1").arg(duration)};
    const QString at = now();
    const PreparedQuery insert = m_db.prepared(QStringLiteral(
        "INSERT INTO recording_comments (recording_id, offset_ms, text, author, created_at) VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(recording), QVariant(offsetMs), QVariant(text), QVariant(author), QVariant(at)})
        insert->addBindValue(value);
    if (!insert->exec())
        return Error{insert->lastError().text()};
    return QJsonObject{{QStringLiteral("recording"), recording}, {QStringLiteral("offsetMs"), offsetMs}, {QStringLiteral("text"), text},
                       {QStringLiteral("author"), author}, {QStringLiteral("createdAt"), at}};
}

Result<QJsonObject> ReviewQueue::review(const QString &recording, bool showCallerNumber) const
{
    QJsonObject answer;
    {
        const PreparedQuery query = m_db.prepared(QStringLiteral(
            "SELECT uploader, call_id, caller_number, started_at, ended_at, duration_ms, bytes, longest_silence_ms, silent_ms, decode_error"
            " FROM recordings WHERE id = ? AND complete = 1 AND purged_at IS NULL"));
        query->addBindValue(recording);
        if (!query->exec())
            return Error{query->lastError().text()};
        if (!query->next())
            return Error{QStringLiteral("no complete recording %1 (or past its retention)").arg(recording)};
        const QString caller = query->value(2).toString();
        answer = QJsonObject{{QStringLiteral("id"), recording},
                             {QStringLiteral("operator"), query->value(0).toString()},
                             {QStringLiteral("callId"), query->value(1).toString()},
                             {QStringLiteral("callerNumber"), showCallerNumber ? caller : CallerPrivacy::maskPhone(caller)},
                             {QStringLiteral("startedAt"), query->value(3).toString()},
                             {QStringLiteral("endedAt"), query->value(4).toString()},
                             {QStringLiteral("durationMs"), query->value(5).toLongLong()},
                             {QStringLiteral("bytes"), query->value(6).toLongLong()},
                             {QStringLiteral("longestSilenceMs"), nullable(query->value(7))},
                             {QStringLiteral("silentMs"), nullable(query->value(8))},
                             {QStringLiteral("problem"), query->value(9).toString()}};
    }
    Result<QJsonArray> notes = comments(recording);
    if (!notes)
        return Error{notes.error()};
    answer.insert(QStringLiteral("comments"), notes.value());
    Result<QJsonArray> orders = ordersOf(recording, true);
    if (!orders)
        return Error{orders.error()};
    answer.insert(QStringLiteral("orders"), orders.value());
    return answer;
}

Result<QVector<ReviewQuota>> ReviewQueue::quotas() const
{
    const PreparedQuery query = m_db.prepared(QStringLiteral("SELECT reviewer, calls, share, minimum FROM review_quotas ORDER BY reviewer"));
    if (!query->exec())
        return Error{query->lastError().text()};
    QVector<ReviewQuota> list;
    while (query->next())
        list.append({query->value(0).toString(), query->value(1).toInt(), query->value(2).toDouble(), query->value(3).toInt()});
    return list;
}

Status ReviewQueue::setQuotas(const QVector<ReviewQuota> &quotas, const QString &by)
{
    return m_db.transaction([&]() -> Status {
        const PreparedQuery clear = m_db.prepared(QStringLiteral("DELETE FROM review_quotas"));
        if (!clear->exec())
            return Error{clear->lastError().text()};
        for (const ReviewQuota &quota : quotas) {
            const PreparedQuery insert = m_db.prepared(QStringLiteral(
                "INSERT INTO review_quotas (reviewer, calls, share, minimum, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?)"));
            for (const QVariant &value : {QVariant(quota.reviewer), QVariant(quota.count), QVariant(quota.share), QVariant(quota.minimum),
                                          QVariant(by), QVariant(now())})
                insert->addBindValue(value);
            if (!insert->exec())
                return Error{insert->lastError().text()};
        }
        return Status::success();
    });
}

Result<QJsonArray> ReviewQueue::assignment(const QDate &monday, const QString &reviewer) const
{
    const Result<QVector<ReviewQuota>> plan = quotas();
    if (!plan)
        return Error{plan.error()};
    QVector<SampledCall> calls;
    {
        const PreparedQuery query = m_db.prepared(QStringLiteral(
            "SELECT id, uploader, started_at FROM recordings WHERE complete = 1 AND purged_at IS NULL AND started_at >= ? AND started_at < ?"));
        query->addBindValue(dayStart(monday));
        query->addBindValue(dayStart(monday.addDays(7)));
        if (!query->exec())
            return Error{query->lastError().text()};
        while (query->next())
            calls.append({query->value(0).toString(), query->value(1).toString(),
                          QDateTime::fromString(query->value(2).toString(), Qt::ISODateWithMs)});
    }
    // Seeded by the week: every reviewer asking about it gets their part of the same plan.
    const QVector<SampleAssignment> assigned = SamplingPlan::assign(calls, plan.value(), quint64(monday.toJulianDay()));
    QJsonArray mine;
    for (const SampleAssignment &a : assigned)
        if (a.reviewer == reviewer)
            mine.append(QJsonObject{{QStringLiteral("recording"), a.recording}, {QStringLiteral("operator"), a.operatorLogin}});
    return mine;
}

} // namespace hotline
