// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/CentralServer.h"

#include "server/database/CentralDatabase.h"
#include "server/http/FormEncoding.h"
#include "server/http/HttpJson.h"
#include "server/open311/Open311Service.h"
#include "server/orders/AutoUrge.h"
#include "server/agents/AgentRoutes.h"
#include "server/floor/FloorRoutes.h"
#include "server/orders/OrderRoutes.h"
#include "server/quality/QualityRoutes.h"
#include "server/kb/KbUsageRoutes.h"
#include "server/training/TrainingRoutes.h"
#include "server/recordings/RecordingRoutes.h"
#include "server/sync/NumberLeases.h"
#include "server/users/AccountRoutes.h"
#include "sync/ReferenceData.h"
#include "workorder/CallerPrivacy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTimer>

namespace hotline {

namespace {
using Code = HttpStatus;

HttpResponse fromOpen311(const Open311Service::Answer &answer)
{
    return HttpResponse(HttpStatus(answer.status), answer.contentType, answer.body);
}
} // namespace

CentralServer::CentralServer(CentralDatabase &db, const CentralConfig &config, QObject *parent)
    : QObject(parent), m_db(db), m_config(config), m_users(db, UserDirectory::Sessions::Remembered), m_guard(m_users), m_sync(db, m_users), m_pushes(m_sync),
      m_leases(std::make_unique<NumberLeases>(db)), m_open311(std::make_unique<Open311Service>(db, m_sync, m_users)),
      m_http(config.limits, config.trustedProxies), m_started(QDateTime::currentDateTimeUtc())
{
    AccountRoutes::Options accounts;
    accounts.tokenHours = config.tokenHours;
    accounts.throttle = config.signIn;
    accounts.streamPath = QString::fromLatin1(streamPath);
    accounts.epoch = [this] { return m_sync.epoch(); };
    m_accounts = std::make_unique<AccountRoutes>(db, m_users, m_guard, accounts);
    m_orders = std::make_unique<OrderRoutes>(db, m_guard, [this](AuditEntry read, HttpResponse response, HttpReply reply) {
        answerAudited(std::move(read), std::move(response), std::move(reply));
    });
    m_agents = std::make_unique<AgentRoutes>(db, m_guard);
    m_quality = std::make_unique<QualityRoutes>(db, m_guard);
    m_training = std::make_unique<TrainingRoutes>(db, m_guard);
    m_kbUsage = std::make_unique<KbUsageRoutes>(db, m_guard);
    m_floor = std::make_unique<FloorRoutes>(db, m_guard);
    m_recordings = std::make_unique<RecordingRoutes>(db, m_guard, config.recordingsDir, config.recordingRetentionDays,
                                                     [this](AuditEntry read, HttpResponse response, HttpReply reply) {
                                                         answerAudited(std::move(read), std::move(response), std::move(reply));
                                                     });
    // A session that ended takes its stream with it at once.
    connect(m_accounts.get(), &AccountRoutes::sessionsEnded, this, [this] { m_nudges.recheckSessions(); });
    m_autoUrge = std::make_unique<AutoUrge>(db, m_pushes, config.autoUrgeSeconds,
                                            [this](const QVector<OpOutcome> &outcomes) { nudgeFor(QStringLiteral("centre"), outcomes); });
    addRoutes();
}

CentralServer::~CentralServer()
{
    // Pushes read in the last moments are written and answered while the sockets still exist.
    m_pushes.flush();
}

quint16 CentralServer::listen(QString *error)
{
    if (Status epoch = m_sync.beginEpoch(); !epoch) {
        *error = epoch.error();
        return 0;
    }
    if (!m_nudges.start(m_db.url(), m_config.limits.maxWebSocketMessage, error))
        return 0;
    if (m_config.tlsEnabled() && !m_http.useTls(m_config.tlsCertificate, m_config.tlsKey, error))
        return 0;
    return m_http.listen(m_config.address, m_config.port, error);
}

void CentralServer::shutdown(std::function<void()> done)
{
    m_http.stopListening();
    m_nudges.stop();
    // Requests already sent on open connections are still answered for a moment; then the
    // last group of pushes is written, and its answers get a moment to leave before exit.
    QTimer::singleShot(300, this, [this, done = std::move(done)] {
        m_pushes.flush();
        done();
    });
}

HttpResponse CentralServer::health() const
{
    return http::json({{QStringLiteral("status"), QStringLiteral("ok")},
                       {QStringLiteral("since"), m_started.toString(Qt::ISODate)},
                       {QStringLiteral("database"), m_db.dialect() == CentralDatabase::Dialect::Postgres ? QStringLiteral("postgresql")
                                                                                                          : QStringLiteral("sqlite")},
                       {QStringLiteral("revision"), m_sync.latestRevision()},
                       {QStringLiteral("connections"), m_http.connectionCount()},
                       {QStringLiteral("streams"), m_nudges.streamCount()}});
}

void CentralServer::addRoutes()
{
    using Simple = SessionGuard::SimpleHandler;
    using Deferred = SessionGuard::Handler;
    m_http.route("GET", QStringLiteral("/api/v1/health"), HttpServer::SimpleHandler([this](const HttpRequest &) { return health(); }));
    m_accounts->addTo(m_http);
    m_http.route("POST", QStringLiteral("/api/v1/sync/push"),
                 m_guard.guarded(SessionGuard::callTakers,
                                 Deferred([this](const Session &s, HttpRequest &&r, HttpReply reply) { push(s, std::move(r), std::move(reply)); })));
    m_http.route("GET", QStringLiteral("/api/v1/sync/pull"),
                 m_guard.guarded(SessionGuard::readers,
                                 Deferred([this](const Session &s, HttpRequest &&r, HttpReply reply) { pull(s, std::move(r), std::move(reply)); })));
    m_http.route("POST", QStringLiteral("/api/v1/numbers/lease"),
                 m_guard.guarded({Role::Operator, Role::TeamLead}, Simple([this](const Session &s, const HttpRequest &r) { return lease(s, r); })));
    // Knowledge-base editors publish the synonyms from their screen; the other kinds stay the
    // administrator's (publishReference refuses them to an editor).
    m_http.route("PUT", QStringLiteral("/api/v1/reference/<arg>"),
                 m_guard.guarded({Role::Admin, Role::KbEditor}, Simple([this](const Session &s, const HttpRequest &r) { return publishReference(s, r); })));
    m_http.route("GET", QStringLiteral("/api/v1/orders/<arg>"),
                 m_guard.guarded({Role::Operator, Role::TeamLead, Role::Dispatcher, Role::Admin, Role::Department},
                                 Deferred([this](const Session &s, HttpRequest &&r, HttpReply reply) { readOrder(s, std::move(r), std::move(reply)); })));
    m_orders->addTo(m_http);
    m_agents->addTo(m_http);
    m_floor->addTo(m_http);
    m_recordings->addTo(m_http);
    m_quality->addTo(m_http);
    m_training->addTo(m_http);
    m_kbUsage->addTo(m_http);
    m_http.setUpgradeHandler([this](QTcpSocket *socket, const HttpRequest &request) { return openStream(socket, request); });
    addOpen311Routes();
}

std::optional<HttpResponse> CentralServer::openStream(QTcpSocket *socket, const HttpRequest &request)
{
    if (request.path != QLatin1String(streamPath) || request.header("upgrade").compare("websocket", Qt::CaseInsensitive) != 0)
        return http::error(Code::NotFound, QStringLiteral("no stream at %1").arg(request.path));
    // The token in a header, never in the address (which proxies and logs keep).
    std::variant<Session, HttpResponse> caller = m_guard.check(request, SessionGuard::everyone);
    if (const auto *refusal = std::get_if<HttpResponse>(&caller))
        return *refusal;
    socket->setParent(nullptr);
    m_http.countUntilDestroyed(socket, request.peer);
    m_nudges.adopt(socket);
    return std::nullopt;
}

void CentralServer::addOpen311Routes()
{
    // GeoReport v2: public reads, writes with the client's api_key; formats by extension.
    m_http.route("GET", QStringLiteral("/open311/<arg>"), HttpServer::SimpleHandler([this](const HttpRequest &request) {
                     const QString base = (request.secure ? QStringLiteral("https://") : QStringLiteral("http://"))
                         + QString::fromLatin1(request.header("host"));
                     return fromOpen311(m_open311->discovery(request.arguments.value(0), base));
                 }));
    m_http.route("GET", QStringLiteral("/open311/v2/<arg>"), HttpServer::SimpleHandler([this](const HttpRequest &request) {
                     const QString file = request.arguments.value(0);
                     if (file.startsWith(QLatin1String("services.")))
                         return fromOpen311(m_open311->services(file));
                     if (file.startsWith(QLatin1String("servicerequestupdates.")))
                         return fromOpen311(m_open311->updates(file, request.query));
                     return fromOpen311(m_open311->requests(file, request.query));
                 }));
    m_http.route("GET", QStringLiteral("/open311/v2/services/<arg>"), HttpServer::SimpleHandler([this](const HttpRequest &request) {
                     return fromOpen311(m_open311->serviceDefinition(request.arguments.value(0)));
                 }));
    m_http.route("GET", QStringLiteral("/open311/v2/requests/<arg>"), HttpServer::SimpleHandler([this](const HttpRequest &request) {
                     return fromOpen311(m_open311->request(request.arguments.value(0)));
                 }));
    m_http.route("POST", QStringLiteral("/open311/v2/<arg>"), HttpServer::SimpleHandler([this](const HttpRequest &request) {
                     const QString file = request.arguments.value(0);
                     QUrlQuery form;
                     if (request.header("content-type").startsWith("application/json")) {
                         const QJsonDocument json = QJsonDocument::fromJson(request.body);
                         if (!json.isObject())
                             return fromOpen311(m_open311->create(file, QUrlQuery(QStringLiteral("malformed=1"))));
                         const QJsonObject object = json.object();
                         for (auto it = object.begin(); it != object.end(); ++it)
                             http::addLiteralItem(form, it.key(), it.value().isDouble() ? QString::number(it.value().toDouble(), 'g', 12)
                                                                                        : it.value().toString());
                     } else {
                         form = http::formItems(request.body); // application/x-www-form-urlencoded
                     }
                     return fromOpen311(m_open311->create(file, form));
                 }));
}

namespace {
// The operations of a push body, or the 4xx that refuses them all. An operation that can be
// answered on its own (it has an opId) is kept even when it is wrong: refused alone.
std::variant<QVector<SyncOp>, HttpResponse> pushOps(const HttpRequest &request, qsizetype maxBytes)
{
    const auto body = http::objectBody(request, maxBytes, {QStringLiteral("ops")}, {QStringLiteral("ops")});
    if (const auto *problem = std::get_if<http::BodyError>(&body))
        return http::error(problem->status, problem->message);
    const QJsonValue opsValue = std::get<QJsonObject>(body).value(QLatin1String("ops"));
    if (!opsValue.isArray())
        return http::error(Code::BadRequest, QStringLiteral("\"ops\" must be an array"));
    const QJsonArray array = opsValue.toArray();
    if (array.size() > SyncService::maxBatch)
        return http::error(Code::PayloadTooLarge, QStringLiteral("at most %1 operations per batch").arg(SyncService::maxBatch));
    QVector<SyncOp> ops;
    for (qsizetype i = 0; i < array.size(); ++i) {
        Result<SyncOp> op = SyncOp::fromJson(array.at(i));
        if (!op)
            return http::error(Code::BadRequest, QStringLiteral("ops[%1]: %2").arg(i).arg(op.error()));
        ops.append(std::move(op).value());
    }
    return ops;
}
} // namespace

void CentralServer::push(const Session &session, HttpRequest &&request, HttpReply reply)
{
    std::variant<QVector<SyncOp>, HttpResponse> ops = pushOps(request, m_config.limits.maxBodyBytes);
    if (const auto *refusal = std::get_if<HttpResponse>(&ops))
        return reply.send(*refusal);
    // The answer waits for the group commit. The desk may hang up meanwhile: the push is kept
    // either way, and the desk's retry is answered from applied_ops.
    m_pushes.add({session, std::get<QVector<SyncOp>>(std::move(ops))},
                 [this, reply, desk = session.desk](const Result<QVector<OpOutcome>> &outcomes) {
                     if (outcomes)
                         nudgeFor(desk, outcomes.value());
                     // Nothing is acknowledged that was not written: a full disk is a 507, and
                     // the desk keeps the push and sends it again.
                     reply.send(outcomes ? pushAnswer(outcomes.value())
                                         : http::error(CentralDatabase::isOutOfSpace(outcomes.error()) ? Code::InsufficientStorage
                                                                                                         : Code::ServiceUnavailable,
                                                       outcomes.error()));
                 });
}

HttpResponse CentralServer::pushAnswer(const QVector<OpOutcome> &outcomes)
{
    QJsonArray results;
    for (const OpOutcome &outcome : outcomes)
        results.append(outcome.toJson());
    return http::json({{QStringLiteral("results"), results}});
}

void CentralServer::nudgeFor(const QString &pushingDesk, const QVector<OpOutcome> &outcomes)
{
    for (const OpOutcome &outcome : outcomes) {
        if (outcome.kind != OpOutcome::Kind::Applied)
            continue;
        if (outcome.audience != pushingDesk)
            m_nudges.nudge(outcome.audience, outcome.revision);
        else
            m_nudges.written(outcome.revision);
    }
}

void CentralServer::pull(const Session &session, HttpRequest &&request, HttpReply reply)
{
    const QUrlQuery &query = request.query;
    for (const auto &item : query.queryItems())
        if (item.first != QLatin1String("since") && item.first != QLatin1String("limit"))
            return reply.send(http::error(Code::BadRequest, QStringLiteral("unknown parameter \"%1\"").arg(item.first)));
    bool sinceOk = true;
    bool limitOk = true;
    const qint64 since = query.hasQueryItem(QStringLiteral("since")) ? query.queryItemValue(QStringLiteral("since")).toLongLong(&sinceOk) : 0;
    const int limit = query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk) : 500;
    if (!sinceOk || since < 0)
        return reply.send(http::error(Code::BadRequest, QStringLiteral("\"since\" must be a revision (a whole number ≥ 0)")));
    if (!limitOk || limit < 1 || limit > 2000)
        return reply.send(http::error(Code::BadRequest, QStringLiteral("\"limit\" must be between 1 and 2000")));
    Result<SyncService::Page> page = m_sync.pull(session, since, limit);
    if (!page)
        return reply.send(http::error(Code::ServiceUnavailable, page.error()));
    QJsonArray changes;
    for (const Change &change : page.value().changes)
        changes.append(change.toJson());
    const HttpResponse answer = http::json({{QStringLiteral("changes"), changes},
                                            {QStringLiteral("cursor"), page.value().cursor},
                                            {QStringLiteral("more"), page.value().more},
                                            {QStringLiteral("epoch"), page.value().epoch}});
    if (page.value().ordersRead.isEmpty())
        return reply.send(answer);
    // Caller data went out: who read which orders is on record before they get it.
    QStringList orders = page.value().ordersRead;
    const qsizetype count = orders.size();
    if (orders.size() > 50)
        orders = orders.mid(0, 50) << QStringLiteral("…");
    answerAudited({session.user.login, QStringLiteral("pull"), QStringLiteral("desk:") + session.desk,
                   QStringLiteral("%1 orders: %2").arg(count).arg(orders.join(u',')), request.client.toString()},
                  answer, std::move(reply));
}

void CentralServer::answerAudited(AuditEntry read, HttpResponse response, HttpReply reply)
{
    m_pushes.addRead(std::move(read), [response = std::move(response), reply](const Status &written) {
        reply.send(written ? response : http::error(Code::ServiceUnavailable, QStringLiteral("the read could not be put on record: %1").arg(written.error())));
    });
}

HttpResponse CentralServer::lease(const Session &session, const HttpRequest &request)
{
    const auto body = http::objectBody(request, 4096, {QStringLiteral("count")}, {QStringLiteral("count")});
    if (const auto *problem = std::get_if<http::BodyError>(&body))
        return http::error(problem->status, problem->message);
    const QJsonValue count = std::get<QJsonObject>(body).value(QLatin1String("count"));
    if (!count.isDouble() || count.toDouble() != double(count.toInt()))
        return http::error(Code::BadRequest, QStringLiteral("\"count\" must be a whole number"));
    Result<NumberLease> lease = m_leases->lease(session.desk, count.toInt(), QDate::currentDate().year());
    if (!lease)
        return http::error(Code::BadRequest, lease.error());
    return http::json({{QStringLiteral("first"), lease.value().first}, {QStringLiteral("last"), lease.value().last}});
}

void CentralServer::readOrder(const Session &session, HttpRequest &&request, HttpReply reply)
{
    const QString number = request.arguments.value(0);
    const PreparedQuery query = m_db.prepared(QStringLiteral("SELECT state_json, revision, confidential, unit_code FROM work_orders WHERE number = ?"));
    query->addBindValue(number);
    if (!query->exec())
        return reply.send(http::error(Code::ServiceUnavailable, QStringLiteral("the database did not answer")));
    // A department reads only what is with its unit, and never a confidential order: to it,
    // any other order does not exist.
    const bool department = session.user.role == Role::Department;
    if (!query->next() || (department && (query->value(2).toInt() != 0 || query->value(3).toString() != session.user.unit)))
        return reply.send(http::error(Code::NotFound, QStringLiteral("no work order %1").arg(number)));
    QJsonObject order = QJsonDocument::fromJson(query->value(0).toString().toUtf8()).object();
    order.insert(QStringLiteral("revision"), query->value(1).toLongLong());
    if (!CallerPrivacy::seesCallerDetails(session.user.role))
        order = CallerPrivacy::masked(order);
    // Who looked at a caller's data is on record.
    answerAudited({session.user.login, QStringLiteral("read"), QStringLiteral("workorder:") + number, QString(), request.client.toString()},
                  http::json(order), std::move(reply));
}

HttpResponse CentralServer::publishReference(const Session &session, const HttpRequest &request)
{
    const QString kind = request.arguments.value(0);
    if (!ReferenceData::isKind(kind))
        return http::error(Code::NotFound, QStringLiteral("no reference data \"%1\": %2").arg(kind, ReferenceData::kinds()));
    if (session.user.role != Role::Admin && kind != QLatin1String("synonyms"))
        return http::error(Code::Forbidden, QStringLiteral("the role %1 may publish only the synonyms").arg(toCode(session.user.role)));
    int rows = 0;
    Result<qint64> revision = m_sync.publishReference(session, kind, request.body, &rows);
    if (!revision)
        return http::error(Code::BadRequest, revision.error());
    m_nudges.nudge(QString(), revision.value());
    return http::json({{QStringLiteral("kind"), kind}, {QStringLiteral("rows"), rows}, {QStringLiteral("revision"), revision.value()}});
}

} // namespace hotline
