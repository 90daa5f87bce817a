// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/CentralServer.h"

#include "server/http/HttpJson.h"
#include "server/database/CentralDatabase.h"
#include "server/sync/NumberLeases.h"
#include "server/open311/Open311Service.h"
#include "sync/ReferenceData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QPointer>
#include <QTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace hotline {

namespace {
using Code = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;

// Roles that take calls and write work orders; trainees practise apart and never write here.
const std::vector<Role> writers = {Role::Operator, Role::TeamLead, Role::KbEditor, Role::Dispatcher, Role::Admin};
const std::vector<Role> readers = {Role::Operator, Role::TeamLead, Role::KbEditor, Role::Dispatcher, Role::Admin, Role::Trainee};
// Every signed-in user, departments included (their own password, signing out).
const std::vector<Role> everyone = {Role::Operator, Role::TeamLead, Role::KbEditor, Role::Dispatcher, Role::Trainee, Role::Department, Role::Admin};
} // namespace

CentralServer::CentralServer(CentralDatabase &db, const CentralConfig &config, QObject *parent)
    : QObject(parent), m_db(db), m_config(config), m_users(db), m_sync(db, m_users), m_pushes(m_sync),
      m_leases(std::make_unique<NumberLeases>(db)), m_open311(std::make_unique<Open311Service>(db, m_sync, m_users))
{
    addRoutes();
}

CentralServer::~CentralServer()
{
    // Pushes read in the last moments are written and answered while the sockets still exist.
    m_pushes.flush();
}

quint16 CentralServer::listen(QString *error)
{
    const quint16 streamPort = m_config.streamPort >= 0 ? quint16(m_config.streamPort) : m_config.port == 0 ? 0 : quint16(m_config.port + 1);
    if (m_nudges.listen(m_db.url(), m_config.address, streamPort, error) == 0)
        return 0;
    const quint16 port = m_http.listen(m_config.address, m_config.port);
    if (port == 0)
        *error = QStringLiteral("the port is taken or not allowed");
    return port;
}

void CentralServer::shutdown(std::function<void()> done)
{
    stopListening();
    // Requests already sent on open connections are still answered for a moment; then the
    // last group of pushes is written, and its answers get a moment to leave before exit.
    QTimer::singleShot(300, this, [this, done = std::move(done)] {
        m_pushes.flush();
        done();
    });
}

quint16 CentralServer::streamPort() const
{
    return m_nudges.port();
}

void CentralServer::stopListening()
{
    for (QTcpServer *server : m_http.servers())
        server->close();
    m_nudges.stop();
}

std::variant<Session, QHttpServerResponse> CentralServer::authorize(const std::vector<Role> &roles, const QHttpServerRequest &request)
{
    const QString token = http::bearerToken(request);
    if (token.isEmpty())
        return http::error(Code::Unauthorized, QStringLiteral("sign in first: Authorization: Bearer TOKEN"));
    std::optional<Session> session = m_users.authenticate(token);
    if (!session)
        return http::error(Code::Unauthorized, QStringLiteral("the token is unknown or has expired: sign in again"));
    if (std::find(roles.begin(), roles.end(), session->user.role) == roles.end())
        return http::error(Code::Forbidden, QStringLiteral("the role %1 may not do this").arg(toCode(session->user.role)));
    return std::move(*session);
}

std::function<QHttpServerResponse(const QHttpServerRequest &)> CentralServer::guarded(std::vector<Role> roles, Handler handler)
{
    return [this, roles = std::move(roles), handler = std::move(handler)](const QHttpServerRequest &request) {
        std::variant<Session, QHttpServerResponse> caller = authorize(roles, request);
        if (auto *refusal = std::get_if<QHttpServerResponse>(&caller))
            return std::move(*refusal);
        return handler(std::get<Session>(caller), request);
    };
}

void CentralServer::addRoutes()
{
    const QDateTime started = QDateTime::currentDateTimeUtc();
    m_http.route(QStringLiteral("/api/v1/health"), Method::Get, [this, started] {
        return http::json({{QStringLiteral("status"), QStringLiteral("ok")},
                           {QStringLiteral("since"), started.toString(Qt::ISODate)},
                           {QStringLiteral("database"), m_db.dialect() == CentralDatabase::Dialect::Postgres
                                                            ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
                           {QStringLiteral("revision"), m_sync.latestRevision()}});
    });
    m_http.route(QStringLiteral("/api/v1/auth/sign-in"), Method::Post,
                 [this](const QHttpServerRequest &request) { return signIn(request); });
    m_http.route(QStringLiteral("/api/v1/auth/sign-out"), Method::Post,
                 guarded(everyone, [this](const Session &session, const QHttpServerRequest &) {
                     if (Status s = m_users.signOut(session.token); !s)
                         return http::error(Code::InternalServerError, s.error());
                     return http::json({{QStringLiteral("signedOut"), true}});
                 }));
    m_http.route(QStringLiteral("/api/v1/sync/push"), Method::Post,
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) { push(request, std::move(responder)); });
    m_http.route(QStringLiteral("/api/v1/sync/pull"), Method::Get,
                 guarded(readers, [this](const Session &s, const QHttpServerRequest &r) { return pull(s, r); }));
    m_http.route(QStringLiteral("/api/v1/numbers/lease"), Method::Post,
                 guarded({Role::Operator, Role::TeamLead, Role::Admin},
                         [this](const Session &s, const QHttpServerRequest &r) { return lease(s, r); }));
    m_http.route(QStringLiteral("/api/v1/users"), Method::Post,
                 guarded({Role::Admin}, [this](const Session &s, const QHttpServerRequest &r) { return createUser(s, r); }));
    m_http.route(QStringLiteral("/api/v1/users"), Method::Get,
                 guarded({Role::Admin}, [this](const Session &, const QHttpServerRequest &) { return listUsers(); }));
    m_http.route(QStringLiteral("/api/v1/users/<arg>"), Method::Patch, [this](const QString &login, const QHttpServerRequest &request) {
        return guarded({Role::Admin}, [this, login](const Session &s, const QHttpServerRequest &r) { return updateUser(s, login, r); })(request);
    });
    m_http.route(QStringLiteral("/api/v1/auth/password"), Method::Post,
                 guarded(everyone, [this](const Session &s, const QHttpServerRequest &r) { return changePassword(s, r); }));
    m_http.route(QStringLiteral("/api/v1/reference/<arg>"), Method::Put, [this](const QString &kind, const QHttpServerRequest &request) {
        return guarded({Role::Admin}, [this, kind](const Session &s, const QHttpServerRequest &r) { return publishReference(s, kind, r); })(request);
    });
    m_http.route(QStringLiteral("/api/v1/orders/<arg>"), Method::Get, [this](const QString &number, const QHttpServerRequest &request) {
        return guarded({Role::Operator, Role::TeamLead, Role::Dispatcher, Role::Admin},
                       [this, number](const Session &s, const QHttpServerRequest &) { return readOrder(s, number); })(request);
    });
    addOpen311Routes();
    // Anything else under the API is a clear 404, not an empty answer.
    m_http.setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        http::error(Code::NotFound, QStringLiteral("no route %1").arg(request.url().path())).write(std::move(responder));
    });
}

namespace {
QHttpServerResponse fromOpen311(const Open311Service::Answer &answer)
{
    return QHttpServerResponse(answer.contentType, answer.body, QHttpServerResponder::StatusCode(answer.status));
}
} // namespace

void CentralServer::addOpen311Routes()
{
    // GeoReport v2: public reads, writes with the client's api_key; formats by extension.
    m_http.route(QStringLiteral("/open311/v2/<arg>"), Method::Get, [this](const QString &file, const QHttpServerRequest &request) {
        if (file.startsWith(QLatin1String("services.")))
            return fromOpen311(m_open311->services(file));
        return fromOpen311(m_open311->requests(file, request.query()));
    });
    m_http.route(QStringLiteral("/open311/v2/services/<arg>"), Method::Get,
                 [this](const QString &file) { return fromOpen311(m_open311->serviceDefinition(file)); });
    m_http.route(QStringLiteral("/open311/v2/requests/<arg>"), Method::Get,
                 [this](const QString &file) { return fromOpen311(m_open311->request(file)); });
    m_http.route(QStringLiteral("/open311/v2/<arg>"), Method::Post, [this](const QString &file, const QHttpServerRequest &request) {
        if (request.body().size() > m_config.limits.maxBodyBytes)
            return http::error(Code::PayloadTooLarge, QStringLiteral("request body over the limit"));
        QUrlQuery form;
        if (request.value("Content-Type").startsWith("application/json")) {
            const QJsonDocument json = QJsonDocument::fromJson(request.body());
            if (!json.isObject())
                return fromOpen311(m_open311->create(file, QUrlQuery(QStringLiteral("malformed=1"))));
            const QJsonObject object = json.object();
            for (auto it = object.begin(); it != object.end(); ++it)
                form.addQueryItem(it.key(), it.value().isDouble() ? QString::number(it.value().toDouble(), 'g', 12) : it.value().toString());
        } else {
            // application/x-www-form-urlencoded, where + is a space.
            QByteArray body = request.body();
            body.replace('+', "%20");
            form.setQuery(QString::fromUtf8(body));
        }
        return fromOpen311(m_open311->create(file, form));
    });
}

QHttpServerResponse CentralServer::signIn(const QHttpServerRequest &request)
{
    const auto body = http::objectBody(request, 64 * 1024, {QStringLiteral("login"), QStringLiteral("password"), QStringLiteral("desk")},
                                       {QStringLiteral("login"), QStringLiteral("password"), QStringLiteral("desk")});
    if (const auto *problem = std::get_if<http::BodyError>(&body))
        return http::error(problem->status, problem->message);
    const QJsonObject &json = std::get<QJsonObject>(body);
    QString problem;
    const auto login = http::stringField(json, "login", 64, &problem);
    const auto password = http::stringField(json, "password", 256, &problem);
    const auto desk = http::stringField(json, "desk", 64, &problem);
    if (!login || !password || !desk)
        return http::error(Code::BadRequest, problem);
    Result<Session> session = m_users.signIn(*login, *password, *desk, m_config.tokenHours);
    if (!session)
        return http::error(Code::Unauthorized, session.error());
    (void)m_users.audit(*login, QStringLiteral("sign-in"), QStringLiteral("desk:") + *desk);
    return http::json({{QStringLiteral("token"), session.value().token},
                       {QStringLiteral("expiresAt"), session.value().expiresAt.toString(Qt::ISODate)},
                       {QStringLiteral("role"), toCode(session.value().user.role)},
                       {QStringLiteral("streamPort"), int(streamPort())},
                       {QStringLiteral("displayName"), session.value().user.displayName}});
}

namespace {
// The operations of a push body, checked strictly, or the 4xx that refuses them all.
std::variant<QVector<SyncOp>, QHttpServerResponse> pushOps(const QHttpServerRequest &request, qsizetype maxBytes)
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

void CentralServer::push(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    std::variant<Session, QHttpServerResponse> caller = authorize(writers, request);
    if (auto *refusal = std::get_if<QHttpServerResponse>(&caller))
        return refusal->write(std::move(responder));
    std::variant<QVector<SyncOp>, QHttpServerResponse> ops = pushOps(request, m_config.limits.maxBodyBytes);
    if (auto *refusal = std::get_if<QHttpServerResponse>(&ops))
        return refusal->write(std::move(responder));
    // The answer waits for the group commit. The desk may hang up meanwhile: Qt then deletes
    // the socket, and the request with it, so the answer is written only while the socket
    // lives (the push is kept either way; the desk's retry is answered from applied_ops).
    const QPointer<QTcpSocket> socket = responder.socket();
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    const Session &session = std::get<Session>(caller);
    m_pushes.add({session, std::get<QVector<SyncOp>>(std::move(ops))},
                 [this, socket, held, desk = session.desk](const Result<QVector<OpOutcome>> &outcomes) {
                     if (outcomes)
                         nudgeFor(desk, outcomes.value());
                     if (!socket)
                         return;
                     const QHttpServerResponse answer = outcomes ? pushAnswer(outcomes.value())
                                                                 : http::error(Code::ServiceUnavailable, outcomes.error());
                     answer.write(std::move(*held));
                 });
}

QHttpServerResponse CentralServer::pushAnswer(const QVector<OpOutcome> &outcomes)
{
    QJsonArray results;
    for (const OpOutcome &outcome : outcomes)
        results.append(outcome.toJson());
    return http::json({{QStringLiteral("results"), results}});
}

void CentralServer::nudgeFor(const QString &pushingDesk, const QVector<OpOutcome> &outcomes)
{
    for (const OpOutcome &outcome : outcomes)
        if (outcome.kind == OpOutcome::Kind::Applied && outcome.audience != pushingDesk)
            m_nudges.nudge(outcome.audience, outcome.revision);
}

QHttpServerResponse CentralServer::pull(const Session &session, const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    for (const auto &item : query.queryItems())
        if (item.first != QLatin1String("since") && item.first != QLatin1String("limit"))
            return http::error(Code::BadRequest, QStringLiteral("unknown parameter \"%1\"").arg(item.first));
    bool sinceOk = true;
    bool limitOk = true;
    const qint64 since = query.hasQueryItem(QStringLiteral("since")) ? query.queryItemValue(QStringLiteral("since")).toLongLong(&sinceOk) : 0;
    const int limit = query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk) : 500;
    if (!sinceOk || since < 0)
        return http::error(Code::BadRequest, QStringLiteral("\"since\" must be a revision (a whole number ≥ 0)"));
    if (!limitOk || limit < 1 || limit > 2000)
        return http::error(Code::BadRequest, QStringLiteral("\"limit\" must be between 1 and 2000"));
    Result<SyncService::Page> page = m_sync.pull(session, since, limit);
    if (!page)
        return http::error(Code::ServiceUnavailable, page.error());
    QJsonArray changes;
    for (const Change &change : page.value().changes)
        changes.append(change.toJson());
    return http::json({{QStringLiteral("changes"), changes},
                       {QStringLiteral("cursor"), page.value().cursor},
                       {QStringLiteral("more"), page.value().more}});
}

QHttpServerResponse CentralServer::lease(const Session &session, const QHttpServerRequest &request)
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

QHttpServerResponse CentralServer::readOrder(const Session &session, const QString &number)
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT state_json, revision FROM work_orders WHERE number = ?"));
    query.addBindValue(number);
    if (!query.exec())
        return http::error(Code::ServiceUnavailable, QStringLiteral("the database did not answer"));
    if (!query.next())
        return http::error(Code::NotFound, QStringLiteral("no work order %1").arg(number));
    QJsonObject order = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    order.insert(QStringLiteral("revision"), query.value(1).toLongLong());
    // Who looked at a caller's data is on record.
    (void)m_users.audit(session.user.login, QStringLiteral("read"), QStringLiteral("workorder:") + number);
    return http::json(order);
}

QHttpServerResponse CentralServer::createUser(const Session &session, const QHttpServerRequest &request)
{
    const QStringList fields{QStringLiteral("login"), QStringLiteral("displayName"), QStringLiteral("role"), QStringLiteral("password")};
    const auto body = http::objectBody(request, 64 * 1024, fields, {QStringLiteral("login"), QStringLiteral("role"), QStringLiteral("password")});
    if (const auto *problem = std::get_if<http::BodyError>(&body))
        return http::error(problem->status, problem->message);
    const QJsonObject &json = std::get<QJsonObject>(body);
    QString problem;
    const auto login = http::stringField(json, "login", 64, &problem);
    const auto roleName = http::stringField(json, "role", 32, &problem);
    const auto password = http::stringField(json, "password", 256, &problem);
    const auto name = json.contains(QLatin1String("displayName")) ? http::stringField(json, "displayName", 100, &problem)
                                                                  : std::optional<QString>(QString());
    if (!login || !roleName || !password || !name)
        return http::error(Code::BadRequest, problem);
    const std::optional<Role> role = roleFromCode(*roleName);
    if (!role)
        return http::error(Code::BadRequest, QStringLiteral("unknown role \"%1\"").arg(*roleName));
    Result<CentralUser> user = m_users.create(*login, *name, *role, *password);
    if (!user)
        return http::error(Code::BadRequest, user.error());
    (void)m_users.audit(session.user.login, QStringLiteral("create-user"), QStringLiteral("user:") + *login, *roleName);
    return http::json({{QStringLiteral("id"), user.value().id}, {QStringLiteral("login"), *login}}, Code::Created);
}

namespace {
QJsonObject accountJson(const UserAccount &account)
{
    return {{QStringLiteral("login"), account.user.login},
            {QStringLiteral("displayName"), account.user.displayName},
            {QStringLiteral("role"), toCode(account.user.role)},
            {QStringLiteral("disabled"), account.disabled},
            {QStringLiteral("createdAt"), account.createdAt.toString(Qt::ISODate)}};
}
} // namespace

QHttpServerResponse CentralServer::listUsers()
{
    Result<QVector<UserAccount>> accounts = m_users.list();
    if (!accounts)
        return http::error(Code::ServiceUnavailable, accounts.error());
    QJsonArray users;
    for (const UserAccount &account : accounts.value())
        users.append(accountJson(account));
    return http::json({{QStringLiteral("users"), users}});
}

QHttpServerResponse CentralServer::updateUser(const Session &session, const QString &login, const QHttpServerRequest &request)
{
    const QStringList fields{QStringLiteral("role"), QStringLiteral("displayName"), QStringLiteral("disabled"), QStringLiteral("password")};
    const auto body = http::objectBody(request, 64 * 1024, fields, {});
    if (const auto *problem = std::get_if<http::BodyError>(&body))
        return http::error(problem->status, problem->message);
    const QJsonObject &json = std::get<QJsonObject>(body);
    UserChange change;
    QString problem;
    if (json.contains(QLatin1String("role"))) {
        const auto code = http::stringField(json, "role", 32, &problem);
        if (!code)
            return http::error(Code::BadRequest, problem);
        change.role = roleFromCode(*code);
        if (!change.role)
            return http::error(Code::BadRequest, QStringLiteral("unknown role \"%1\"").arg(*code));
    }
    if (json.contains(QLatin1String("displayName"))) {
        change.displayName = http::stringField(json, "displayName", 100, &problem);
        if (!change.displayName)
            return http::error(Code::BadRequest, problem);
    }
    if (json.contains(QLatin1String("password"))) {
        change.password = http::stringField(json, "password", 256, &problem);
        if (!change.password)
            return http::error(Code::BadRequest, problem);
    }
    if (json.contains(QLatin1String("disabled"))) {
        if (!json.value(QLatin1String("disabled")).isBool())
            return http::error(Code::BadRequest, QStringLiteral("\"disabled\" must be true or false"));
        change.disabled = json.value(QLatin1String("disabled")).toBool();
    }
    if (!m_users.find(login))
        return http::error(Code::NotFound, QStringLiteral("no user \"%1\"").arg(login));
    Result<UserAccount> updated = m_users.update(login, change);
    if (!updated)
        return http::error(Code::BadRequest, updated.error());
    (void)m_users.audit(session.user.login, QStringLiteral("update-user"), QStringLiteral("user:") + login,
                        QStringList(json.keys()).join(u','));
    return http::json(accountJson(updated.value()));
}

QHttpServerResponse CentralServer::changePassword(const Session &session, const QHttpServerRequest &request)
{
    const auto body = http::objectBody(request, 4096, {QStringLiteral("current"), QStringLiteral("new")},
                                       {QStringLiteral("current"), QStringLiteral("new")});
    if (const auto *problem = std::get_if<http::BodyError>(&body))
        return http::error(problem->status, problem->message);
    QString problem;
    const auto current = http::stringField(std::get<QJsonObject>(body), "current", 256, &problem);
    const auto next = http::stringField(std::get<QJsonObject>(body), "new", 256, &problem);
    if (!current || !next)
        return http::error(Code::BadRequest, problem);
    if (Status changed = m_users.changePassword(session, *current, *next); !changed)
        return http::error(Code::BadRequest, changed.error());
    (void)m_users.audit(session.user.login, QStringLiteral("change-password"), QStringLiteral("user:") + session.user.login);
    return http::json({{QStringLiteral("changed"), true}});
}

QHttpServerResponse CentralServer::publishReference(const Session &session, const QString &kind, const QHttpServerRequest &request)
{
    if (!ReferenceData::isKind(kind))
        return http::error(Code::NotFound, QStringLiteral("no reference data \"%1\": %2").arg(kind, ReferenceData::kinds()));
    if (request.body().size() > m_config.limits.maxBodyBytes)
        return http::error(Code::PayloadTooLarge, QStringLiteral("the file is over the limit of %1 bytes").arg(m_config.limits.maxBodyBytes));
    int rows = 0;
    Result<qint64> revision = m_sync.publishReference(session, kind, request.body(), &rows);
    if (!revision)
        return http::error(Code::BadRequest, revision.error());
    m_nudges.nudge(QString(), revision.value());
    return http::json({{QStringLiteral("kind"), kind}, {QStringLiteral("rows"), rows}, {QStringLiteral("revision"), revision.value()}});
}

} // namespace hotline
