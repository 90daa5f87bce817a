// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/orders/OrderRoutes.h"

#include "server/database/CentralDatabase.h"
#include "server/http/HttpJson.h"
#include "figures/Figures.h"
#include "server/orders/FigureQuery.h"
#include "geo/GeoPoint.h"
#include "server/open311/Open311Service.h"
#include "server/orders/PublishedReference.h"
#include "server/orders/TrainingExport.h"
#include "timelimits/Deadlines.h"
#include "workorder/CallerPrivacy.h"
#include "workorder/Lifecycle.h"
#include "workorder/PhoneNumber.h"
#include "workorder/WorkQueue.h"

#include <QJsonDocument>
#include <QSqlRecord>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace hotline {

namespace {
using Code = HttpStatus;
constexpr int listLimit = 500;
constexpr int historyLimit = 50;

QString iso(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

OrderRoutes::OrderRoutes(const CentralDatabase &db, const SessionGuard &guard, Audited audited)
    : m_db(db), m_guard(guard), m_audited(std::move(audited)), m_limits(db), m_reports(db.url(), QStringLiteral("month-figures"))
{
}

void OrderRoutes::addTo(HttpServer &http)
{
    using Deferred = SessionGuard::Handler;
    http.route("GET", QStringLiteral("/api/v1/queues/<arg>"),
               m_guard.guarded({Role::Operator, Role::TeamLead, Role::Dispatcher, Role::Department, Role::Admin},
                               Deferred([this](const Session &s, HttpRequest &&r, HttpReply reply) { queue(s, std::move(r), std::move(reply)); })));
    http.route("GET", QStringLiteral("/api/v1/orders"),
               m_guard.guarded({Role::Operator, Role::TeamLead, Role::Dispatcher},
                               Deferred([this](const Session &s, HttpRequest &&r, HttpReply reply) { callerHistory(s, std::move(r), std::move(reply)); })));
    http.route("GET", QStringLiteral("/api/v1/training"),
               m_guard.guarded({Role::TeamLead, Role::Admin},
                               Deferred([this](const Session &s, HttpRequest &&r, HttpReply reply) { training(s, std::move(r), std::move(reply)); })));
    // Counts only, no caller data: nothing to put on record.
    http.route("GET", QStringLiteral("/api/v1/figures"),
               m_guard.guarded({Role::TeamLead, Role::Dispatcher, Role::Admin},
                               Deferred([this](const Session &, HttpRequest &&r, HttpReply reply) { figures(r, std::move(reply)); })));
    // The orders behind a figure carry citizens' data: leads and administrators, on record.
    http.route("GET", QStringLiteral("/api/v1/figures/orders"),
               m_guard.guarded({Role::TeamLead, Role::Admin},
                               Deferred([this](const Session &s, HttpRequest &&r, HttpReply reply) { figureOrders(s, std::move(r), std::move(reply)); })));
}

void OrderRoutes::training(const Session &session, HttpRequest &&request, HttpReply reply)
{
    for (const auto &item : request.query.queryItems())
        if (item.first != QLatin1String("period"))
            return reply.send(http::error(Code::BadRequest, QStringLiteral("unknown parameter \"%1\": period").arg(item.first)));
    const Result<std::pair<QDate, QDate>> period = Figures::period(request.query.queryItemValue(QStringLiteral("period")));
    if (!period)
        return reply.send(http::error(Code::BadRequest, period.error()));
    int rows = 0;
    Result<QByteArray> csv = trainingCsv(m_db, period.value().first, period.value().second, &rows);
    if (!csv)
        return reply.send(http::error(Code::ServiceUnavailable, csv.error()));
    // Descriptions leave the centre: who took which period's is on record first.
    m_audited({session.user.login, QStringLiteral("export"), QStringLiteral("training:") + request.query.queryItemValue(QStringLiteral("period")),
               QStringLiteral("%1 orders").arg(rows), request.client.toString()},
              HttpResponse(Code::Ok, "text/csv; charset=utf-8", std::move(csv).value()), std::move(reply));
}

void OrderRoutes::figures(const HttpRequest &request, HttpReply reply)
{
    static const QStringList known{QStringLiteral("period"), QStringLiteral("by"), QStringLiteral("format"), QStringLiteral("unit"),
                                   QStringLiteral("district"), QStringLiteral("months")};
    for (const auto &item : request.query.queryItems())
        if (!known.contains(item.first))
            return reply.send(http::error(Code::BadRequest, QStringLiteral("unknown parameter \"%1\": %2").arg(item.first, known.join(QStringLiteral(", ")))));
    const Result<std::pair<QDate, QDate>> period = Figures::period(request.query.queryItemValue(QStringLiteral("period")));
    if (!period)
        return reply.send(http::error(Code::BadRequest, period.error()));
    const QString format = request.query.queryItemValue(QStringLiteral("format"));
    if (format != QLatin1String("json"))
        return reply.send(figuresTsv(request, period.value()));
    const FigureQuery::Scope scope{request.query.queryItemValue(QStringLiteral("unit")), request.query.queryItemValue(QStringLiteral("district"))};
    if (!scope.unit.isEmpty() && !scope.district.isEmpty())
        return reply.send(http::error(Code::BadRequest, QStringLiteral("a report is of a unit or of a district, not both")));
    bool numeric = true;
    const QString monthsText = request.query.queryItemValue(QStringLiteral("months"));
    const int months = monthsText.isEmpty() ? 6 : monthsText.toInt(&numeric);
    if (!numeric || months < 1 || months > 24)
        return reply.send(http::error(Code::BadRequest, QStringLiteral("\"months\" must be 1 to 24")));
    const QString periodText = request.query.queryItemValue(QStringLiteral("period"));
    auto report = std::make_shared<Result<FigureReport>>(Error{QString()});
    m_reports.run(
        [this, report, periodText, scope, months](CentralDatabase &db) {
            if (!m_reportLimits)
                m_reportLimits = std::make_unique<CentreLimits>(db);
            const Deadlines deadlines(m_reportLimits->current());
            *report = FigureQuery(db, deadlines, QDateTime::currentDateTimeUtc()).report(periodText, scope, months);
        },
        [reply, report] {
            reply.send(*report ? http::json(report->value().toJson()) : http::error(Code::ServiceUnavailable, report->error()));
        },
        [reply](const QString &error) { reply.send(http::error(Code::ServiceUnavailable, QStringLiteral("the database did not answer: ") + error)); });
}

HttpResponse OrderRoutes::figuresTsv(const HttpRequest &request, const std::pair<QDate, QDate> &period)
{
    const QString format = request.query.queryItemValue(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("tsv"))
        return http::error(Code::BadRequest, QStringLiteral("\"format\" must be tsv or json"));
    const QString by = request.query.queryItemValue(QStringLiteral("by"));
    if (by != QLatin1String("unit") && by != QLatin1String("street") && by != QLatin1String("top-streets"))
        return http::error(Code::BadRequest, QStringLiteral("\"by\" must be unit, street or top-streets"));
    // The period's Beijing days as UTC bounds of created_at (stored as UTC ISO text).
    const QTimeZone beijing(QByteArrayLiteral("Asia/Shanghai"));
    const auto bound = [&](QDate day) { return QDateTime(day, QTime(0, 0), beijing).toUTC().toString(Qt::ISODateWithMs); };
    const PreparedQuery query = m_db.prepared(QStringLiteral("SELECT state_json FROM work_orders WHERE created_at >= ? AND created_at < ?"));
    query->addBindValue(bound(period.first));
    query->addBindValue(bound(period.second.addDays(1)));
    if (!query->exec())
        return http::error(Code::ServiceUnavailable, QStringLiteral("the database did not answer"));
    const Deadlines deadlines(m_limits.current());
    Figures figures(deadlines, period.first, period.second, QDateTime::currentDateTimeUtc());
    while (query->next())
        figures.add(WorkOrderState::fromJson(QJsonDocument::fromJson(query->value(0).toString().toUtf8()).object()));
    QString tsv;
    if (by == QLatin1String("top-streets")) {
        tsv = Figures::tsv(figures.topStreets());
    } else if (by == QLatin1String("street")) {
        tsv = Figures::tsv(figures.lines(Figures::By::Street));
    } else {
        // Units by the names the published directory gives them (codes it lacks stay as they are).
        QVector<FigureLine> lines = figures.lines(Figures::By::Unit);
        const QHash<QString, QString> names = publishedUnitNames(m_db);
        for (FigureLine &line : lines)
            line.name = names.value(line.key, line.name);
        tsv = Figures::tsv(lines);
    }
    return HttpResponse(Code::Ok, "text/tab-separated-values; charset=utf-8", tsv.toUtf8());
}

void OrderRoutes::figureOrders(const Session &session, HttpRequest &&request, HttpReply reply)
{
    static const QStringList known{QStringLiteral("period"), QStringLiteral("by"),       QStringLiteral("key"),     QStringLiteral("measure"),
                                   QStringLiteral("category"), QStringLiteral("unit"), QStringLiteral("district")};
    for (const auto &item : request.query.queryItems())
        if (!known.contains(item.first))
            return reply.send(http::error(Code::BadRequest, QStringLiteral("unknown parameter \"%1\": %2").arg(item.first, known.join(QStringLiteral(", ")))));
    const QString periodText = request.query.queryItemValue(QStringLiteral("period"));
    const Result<std::pair<QDate, QDate>> period = Figures::period(periodText);
    if (!period)
        return reply.send(http::error(Code::BadRequest, period.error()));
    const std::optional<Figures::By> by = Figures::by(request.query.queryItemValue(QStringLiteral("by")));
    const std::optional<Figures::Measure> measure = Figures::measure(request.query.queryItemValue(QStringLiteral("measure")));
    const QString key = request.query.queryItemValue(QStringLiteral("key"));
    if (!by || !measure)
        return reply.send(http::error(Code::BadRequest, QStringLiteral("\"by\" must be unit, street or all; \"measure\" orders, response, callbacks, returns or overdue")));
    if (*by != Figures::By::All && key.isEmpty())
        return reply.send(http::error(Code::BadRequest, QStringLiteral("\"key\" (the unit's or the street's code) is missing")));
    const FigureQuery::Scope scope{request.query.queryItemValue(QStringLiteral("unit")), request.query.queryItemValue(QStringLiteral("district"))};
    const Figures::Drill drill{*by, key, *measure, request.query.queryItemValue(QStringLiteral("category"))};
    const Deadlines deadlines(m_limits.current());
    const Result<QJsonArray> found = FigureQuery(m_db, deadlines, QDateTime::currentDateTimeUtc()).orders(periodText, scope, drill);
    if (!found)
        return reply.send(http::error(Code::ServiceUnavailable, found.error()));
    const bool details = CallerPrivacy::seesCallerDetails(session.user.role);
    QJsonArray orders;
    QStringList numbers;
    for (const QJsonValue &value : found.value()) {
        QJsonObject order = value.toObject();
        numbers.append(order.value(QLatin1String("number")).toString());
        orders.append(details ? order : CallerPrivacy::masked(order));
    }
    const QString what = QStringLiteral("figure:%1:%2:%3:%4").arg(periodText, request.query.queryItemValue(QStringLiteral("by")), key,
                                                                 request.query.queryItemValue(QStringLiteral("measure")));
    answer(session, what, orders, numbers, request, std::move(reply));
}

void OrderRoutes::queue(const Session &session, HttpRequest &&request, HttpReply reply)
{
    const QString name = request.arguments.value(0);
    const Role role = session.user.role;
    const QString columns = QStringLiteral("SELECT state_json, revision, queue FROM work_orders WHERE ");
    QString sql;
    QVariantList binds;
    if (name == QLatin1String("dispatcher")) {
        if (role != Role::Dispatcher && role != Role::TeamLead && role != Role::Admin)
            return reply.send(http::error(Code::Forbidden, QStringLiteral("the dispatcher's queue is for dispatchers and team leads")));
        QStringList marks;
        for (WorkQueue queue : dispatcherQueues()) {
            marks.append(QStringLiteral("?"));
            binds.append(toCode(queue));
        }
        sql = columns + QStringLiteral("queue IN (%1) ORDER BY updated_at LIMIT %2").arg(marks.join(u',')).arg(listLimit);
    } else if (name == QLatin1String("callback") || name == QLatin1String("sent_back")) {
        if (role != Role::Operator && role != Role::TeamLead)
            return reply.send(http::error(Code::Forbidden, QStringLiteral("the %1 list is for operators and team leads").arg(name)));
        sql = columns + QStringLiteral("queue = ? ORDER BY updated_at LIMIT %1").arg(listLimit);
        binds.append(toCode(name == QLatin1String("callback") ? WorkQueue::Callback : WorkQueue::SentBack));
    } else if (name == QLatin1String("department")) {
        if (role != Role::Department || session.user.unit.isEmpty())
            return reply.send(http::error(Code::Forbidden, QStringLiteral("the department list is for a department's users")));
        // Never a confidential order: it stays at the hotline.
        sql = columns + QStringLiteral("unit_code = ? AND status IN ('dispatched', 'accepted') AND confidential = 0 ORDER BY updated_at LIMIT %1").arg(listLimit);
        binds.append(session.user.unit);
    } else {
        return reply.send(http::error(Code::NotFound, QStringLiteral("no queue \"%1\": dispatcher, callback, department, sent_back").arg(name)));
    }
    QStringList numbers;
    Result<QJsonArray> orders = rows(session, sql, binds, &numbers);
    if (!orders)
        return reply.send(http::error(Code::ServiceUnavailable, orders.error()));
    // Reports merged into a replied order: each caller is called back with the main order's reply.
    if (name == QLatin1String("callback")) {
        Result<QJsonArray> merged = rows(session,
                                         QStringLiteral("SELECT child.state_json, child.revision, child.queue, main.state_json FROM work_orders child"
                                                        " JOIN work_orders main ON main.number = child.merged_into"
                                                        " WHERE child.status = 'merged' AND main.status IN ('replied', 'closed')"
                                                        " ORDER BY main.updated_at LIMIT %1").arg(listLimit),
                                         {}, &numbers);
        if (!merged)
            return reply.send(http::error(Code::ServiceUnavailable, merged.error()));
        for (const QJsonValue &order : merged.value())
            orders.value().append(order);
    }
    // The operator's own sent-back orders only.
    if (name == QLatin1String("sent_back")) {
        QJsonArray own;
        QStringList ownNumbers;
        for (const QJsonValue &order : orders.value())
            if (order.toObject().value(QLatin1String("proposedBy")).toString() == session.user.login
                || order.toObject().value(QLatin1String("createdBy")).toString() == session.user.login) {
                own.append(order);
                ownNumbers.append(order.toObject().value(QLatin1String("number")).toString());
            }
        return answer(session, QStringLiteral("queue:") + name, own, ownNumbers, request, std::move(reply));
    }
    answer(session, QStringLiteral("queue:") + name, orders.value(), numbers, request, std::move(reply));
}

void OrderRoutes::callerHistory(const Session &session, HttpRequest &&request, HttpReply reply)
{
    if (request.query.hasQueryItem(QStringLiteral("near")))
        return nearby(session, std::move(request), std::move(reply));
    for (const auto &item : request.query.queryItems())
        if (item.first != QLatin1String("phone"))
            return reply.send(http::error(Code::BadRequest, QStringLiteral("unknown parameter \"%1\": phone, or near with radius, days, item").arg(item.first)));
    const std::optional<QString> normalized = PhoneNumber::normalize(request.query.queryItemValue(QStringLiteral("phone")));
    if (!normalized)
        return reply.send(http::error(Code::BadRequest, QStringLiteral("\"phone\" must be a telephone number")));
    QStringList numbers;
    Result<QJsonArray> orders = rows(session,
                                     QStringLiteral("SELECT state_json, revision, queue FROM work_orders WHERE phone = ?"
                                                    " ORDER BY created_at DESC LIMIT %1").arg(historyLimit),
                                     {*normalized}, &numbers);
    if (!orders)
        return reply.send(http::error(Code::ServiceUnavailable, orders.error()));
    // Open orders first (the caller is most likely ringing about one), newest first within.
    QJsonArray open;
    QJsonArray done;
    for (const QJsonValue &order : orders.value()) {
        const auto status = orderStatusFromCode(order.toObject().value(QLatin1String("status")).toString());
        (status && isOpen(*status) ? open : done).append(order);
    }
    for (const QJsonValue &order : done)
        open.append(order);
    answer(session, QStringLiteral("caller:") + CallerPrivacy::maskPhone(*normalized), open, numbers, request, std::move(reply));
}

void OrderRoutes::nearby(const Session &session, HttpRequest &&request, HttpReply reply)
{
    const QUrlQuery &query = request.query;
    for (const auto &item : query.queryItems())
        if (item.first != QLatin1String("near") && item.first != QLatin1String("radius") && item.first != QLatin1String("days")
            && item.first != QLatin1String("item"))
            return reply.send(http::error(Code::BadRequest, QStringLiteral("unknown parameter \"%1\": near, radius, days, item").arg(item.first)));
    const QStringList near = query.queryItemValue(QStringLiteral("near")).split(u',');
    bool lngOk = false;
    bool latOk = false;
    const GeoPoint point{near.value(0).toDouble(&lngOk), near.size() == 2 ? near.value(1).toDouble(&latOk) : 0};
    if (!lngOk || !latOk || point.lng < 73 || point.lng > 136 || point.lat < 3 || point.lat > 54)
        return reply.send(http::error(Code::BadRequest, QStringLiteral("\"near\" must be LNG,LAT of a point in China (WGS84)")));
    bool radiusOk = true;
    bool daysOk = true;
    const int radius = query.hasQueryItem(QStringLiteral("radius")) ? query.queryItemValue(QStringLiteral("radius")).toInt(&radiusOk) : 500;
    const int days = query.hasQueryItem(QStringLiteral("days")) ? query.queryItemValue(QStringLiteral("days")).toInt(&daysOk) : 7;
    if (!radiusOk || radius < 10 || radius > 5000)
        return reply.send(http::error(Code::BadRequest, QStringLiteral("\"radius\" must be 10 to 5000 metres")));
    if (!daysOk || days < 1 || days > 90)
        return reply.send(http::error(Code::BadRequest, QStringLiteral("\"days\" must be 1 to 90")));
    // The item as the catalogue path the desk shows (level1 › level2 › level3), or its service code.
    QString service = query.queryItemValue(QStringLiteral("item"));
    if (const QStringList levels = service.split(QStringLiteral(" › ")); levels.size() == 3)
        service = Open311Service::serviceCode(levels.at(0), levels.at(1), levels.at(2));
    // A box around the point, one range of the (lng, lat) index; the circle is cut in here.
    const double dLat = radius / 111320.0;
    const double dLng = radius / (111320.0 * std::cos(point.lat * M_PI / 180));
    const QString since = QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODateWithMs);
    QString sql = QStringLiteral("SELECT state_json, revision, queue FROM work_orders WHERE lng BETWEEN ? AND ? AND lat BETWEEN ? AND ?"
                                 " AND created_at >= ? AND status NOT IN ('closed', 'merged', 'answered')");
    QVariantList binds{point.lng - dLng, point.lng + dLng, point.lat - dLat, point.lat + dLat, since};
    if (!service.isEmpty()) {
        sql += QStringLiteral(" AND service_code = ?");
        binds.append(service);
    }
    sql += QStringLiteral(" LIMIT %1").arg(listLimit);
    QStringList numbers;
    Result<QJsonArray> found = rows(session, sql, binds, &numbers);
    if (!found)
        return reply.send(http::error(Code::ServiceUnavailable, found.error()));
    QVector<std::pair<double, QJsonObject>> close;
    for (const QJsonValue &value : found.value()) {
        const QJsonObject place = value.toObject().value(QLatin1String("address")).toObject().value(QLatin1String("location")).toObject();
        const GeoPoint at{place.value(QLatin1String("lng")).toDouble(), place.value(QLatin1String("lat")).toDouble()};
        if (const double meters = distanceMeters(point, at); meters <= radius) {
            QJsonObject order = value.toObject();
            order.insert(QStringLiteral("meters"), std::round(meters));
            close.append({meters, order});
        }
    }
    std::sort(close.begin(), close.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QJsonArray orders;
    QStringList listed;
    for (const auto &[meters, order] : close) {
        orders.append(order);
        listed.append(order.value(QLatin1String("number")).toString());
    }
    answer(session, QStringLiteral("near:%1,%2").arg(point.lng, 0, 'f', 4).arg(point.lat, 0, 'f', 4), orders, listed, request, std::move(reply));
}

Result<QJsonArray> OrderRoutes::rows(const Session &session, const QString &sql, const QVariantList &binds, QStringList *numbers)
{
    const PreparedQuery query = m_db.prepared(sql);
    for (const QVariant &bind : binds)
        query->addBindValue(bind);
    if (!query->exec())
        return Error{QStringLiteral("the database did not answer")};
    const bool details = CallerPrivacy::seesCallerDetails(session.user.role);
    const Deadlines deadlines(m_limits.current());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray orders;
    while (query->next()) {
        QJsonObject order = QJsonDocument::fromJson(query->value(0).toString().toUtf8()).object();
        order.insert(QStringLiteral("revision"), query->value(1).toLongLong());
        order.insert(QStringLiteral("queue"), query->value(2).toString());
        if (const std::optional<RunningClock> clock = deadlines.running(WorkOrderState::fromJson(order))) {
            order.insert(QStringLiteral("clock"), QJsonObject{{QStringLiteral("stage"), toCode(clock->stage)},
                                                             {QStringLiteral("due"), iso(clock->due)},
                                                             {QStringLiteral("secondsLeft"), double(clock->secondsLeftAt(now))},
                                                             {QStringLiteral("overdue"), clock->overdueAt(now)}});
        }
        if (query->record().count() > 3) {
            // A merged report: to be called back with its main order's reply, once.
            const QJsonObject main = QJsonDocument::fromJson(query->value(3).toString().toUtf8()).object();
            if (!order.value(QLatin1String("satisfaction")).toString().isEmpty() || main.value(QLatin1String("reply")).toString().isEmpty())
                continue;
            order.insert(QStringLiteral("reply"), main.value(QLatin1String("reply")));
        }
        numbers->append(order.value(QLatin1String("number")).toString());
        orders.append(details ? order : CallerPrivacy::masked(order));
    }
    return orders;
}

void OrderRoutes::answer(const Session &session, const QString &what, const QJsonArray &orders, const QStringList &numbers,
                         const HttpRequest &request, HttpReply reply)
{
    const HttpResponse response = http::json({{QStringLiteral("orders"), orders}, {QStringLiteral("count"), orders.size()}});
    if (numbers.isEmpty())
        return reply.send(response);
    QStringList listed = numbers;
    if (listed.size() > 50)
        listed = listed.mid(0, 50) << QStringLiteral("…");
    m_audited({session.user.login, QStringLiteral("list"), what, QStringLiteral("%1 orders: %2").arg(numbers.size()).arg(listed.join(u',')),
               request.client.toString()},
              response, std::move(reply));
}

} // namespace hotline
