// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountRoutes.h"

#include "server/database/CentralDatabase.h"
#include "server/http/HttpJson.h"

#include <QJsonArray>

#include <algorithm>

namespace hotline {

namespace {
using Code = HttpStatus;
// Hashes in flight or queued at once; a flood beyond it is told to come back.
constexpr int maxInFlight = 16;

QJsonObject accountJson(const UserAccount &account)
{
    QJsonObject json{{QStringLiteral("login"), account.user.login},
                     {QStringLiteral("displayName"), account.user.displayName},
                     {QStringLiteral("role"), toCode(account.user.role)},
                     {QStringLiteral("disabled"), account.disabled},
                     {QStringLiteral("createdAt"), account.createdAt.toString(Qt::ISODate)}};
    if (!account.user.unit.isEmpty())
        json.insert(QStringLiteral("unit"), account.user.unit);
    return json;
}

HttpResponse busy()
{
    return http::error(Code::ServiceUnavailable, QStringLiteral("too many sign-ins at once: try again in a moment")).withHeader("Retry-After", "1");
}
} // namespace

AccountRoutes::AccountRoutes(CentralDatabase &db, UserDirectory &users, const SessionGuard &guard, Options options, QObject *parent)
    : QObject(parent), m_db(db), m_users(users), m_guard(guard), m_options(std::move(options)), m_throttle(db, m_options.throttle),
      m_throttledAudits(db, 250), m_desks(db)
{
    // One core for hashing at most: the other stays with the desks' pushes and pulls.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() / 2));
    m_pool.setObjectName(QStringLiteral("password-hashing"));
    m_pool.start([] { UserDirectory::prepareDecoy(); });
}

AccountRoutes::~AccountRoutes()
{
    // Nothing posts back to a deleted object: the hashes in flight finish first.
    m_pool.waitForDone();
}

bool AccountRoutes::offLoop(std::function<void()> work, std::function<void()> then)
{
    if (m_inFlight >= maxInFlight)
        return false;
    ++m_inFlight;
    m_pool.start([this, work = std::move(work), then = std::move(then)]() mutable {
        work();
        // Queued to this object: dropped if it is gone (the destructor waits for the pool).
        QMetaObject::invokeMethod(this, [this, then = std::move(then)] {
            --m_inFlight;
            then();
        }, Qt::QueuedConnection);
    });
    return true;
}

void AccountRoutes::addTo(HttpServer &http)
{
    http.route("POST", QStringLiteral("/api/v1/auth/sign-in"), [this](HttpRequest &&r, HttpReply reply) { signIn(std::move(r), std::move(reply)); });
    http.route("POST", QStringLiteral("/api/v1/auth/sign-out"),
               m_guard.guarded(SessionGuard::everyone, SessionGuard::SimpleHandler([this](const Session &s, const HttpRequest &r) { return signOut(s, r); })));
    http.route("POST", QStringLiteral("/api/v1/auth/password"),
               m_guard.guarded(SessionGuard::everyone, SessionGuard::Handler([this](const Session &s, HttpRequest &&r, HttpReply reply) {
                   changePassword(s, std::move(r), std::move(reply));
               })));
    http.route("POST", QStringLiteral("/api/v1/users"),
               m_guard.guarded({Role::Admin}, SessionGuard::Handler([this](const Session &s, HttpRequest &&r, HttpReply reply) {
                   createUser(s, std::move(r), std::move(reply));
               })));
    http.route("GET", QStringLiteral("/api/v1/users"),
               m_guard.guarded({Role::Admin}, SessionGuard::SimpleHandler([this](const Session &, const HttpRequest &) { return listUsers(); })));
    http.route("PATCH", QStringLiteral("/api/v1/users/<arg>"),
               m_guard.guarded({Role::Admin}, SessionGuard::Handler([this](const Session &s, HttpRequest &&r, HttpReply reply) {
                   updateUser(s, std::move(r), std::move(reply));
               })));
}

void AccountRoutes::signIn(HttpRequest &&request, HttpReply reply)
{
    const QStringList fields{QStringLiteral("login"), QStringLiteral("password"), QStringLiteral("desk"), QStringLiteral("deskKey")};
    const auto body = http::objectBody(request, 64 * 1024, fields, fields);
    if (const auto *problem = std::get_if<http::BodyError>(&body))
        return reply.send(http::error(problem->status, problem->message));
    const QJsonObject &json = std::get<QJsonObject>(body);
    QString problem;
    const auto login = http::stringField(json, "login", 64, &problem);
    const auto password = http::stringField(json, "password", 256, &problem);
    const auto desk = http::stringField(json, "desk", 64, &problem);
    const auto deskKey = http::stringField(json, "deskKey", 200, &problem);
    if (!login || !password || !desk || !deskKey)
        return reply.send(http::error(Code::BadRequest, problem));
    const QString address = request.client.toString();
    Result<int> wait = m_throttle.retryAfter(*login, address, QDateTime::currentDateTimeUtc());
    if (!wait)
        return reply.send(http::error(Code::ServiceUnavailable, QStringLiteral("the database did not answer: %1").arg(wait.error())));
    if (wait.value() > 0) {
        // Refused without looking at the password: guessing gets no further, and costs no hash.
        m_throttledAudits.add(*login, QStringLiteral("sign-in-throttled"), QStringLiteral("desk:") + *desk, address);
        return reply.send(http::error(Code::TooManyRequests,
                                      QStringLiteral("too many failed sign-ins: try again in %1 s").arg(wait.value()))
                              .withHeader("Retry-After", QByteArray::number(wait.value())));
    }
    // An unknown login is checked against a decoy hash: it takes as long as a wrong password.
    auto stored = std::make_shared<StoredCredentials>(m_users.credentials(*login));
    auto ok = std::make_shared<bool>(false);
    const bool started = offLoop([stored, ok, password = *password] { *ok = UserDirectory::verifyPassword(stored->hash, password); },
                                 [this, stored, ok, login = *login, desk = *desk, deskKey = *deskKey, address, reply] {
                                     finishSignIn(*stored, *ok, login, desk, deskKey, address, reply);
                                 });
    if (!started)
        reply.send(busy());
}

void AccountRoutes::finishSignIn(const StoredCredentials &stored, bool passwordOk, const QString &login, const QString &desk,
                                 const QString &deskKey, const QString &address, const HttpReply &reply)
{
    const QString target = QStringLiteral("desk:") + desk;
    if (!stored.user || stored.disabled || !passwordOk) {
        (void)m_users.audit(login, QStringLiteral("sign-in-failed"), target, QString(), address);
        return reply.send(http::error(Code::Unauthorized, tr("登录名或密码不对")));
    }
    if (Status claimed = m_desks.claim(desk, deskKey, login); !claimed) {
        (void)m_users.audit(login, QStringLiteral("sign-in-refused"), target, claimed.error(), address);
        return reply.send(http::error(Code::Forbidden, claimed.error()));
    }
    Result<Session> session = m_users.openSession(*stored.user, desk, m_options.tokenHours);
    if (!session)
        return reply.send(http::error(Code::ServiceUnavailable, session.error()));
    (void)m_users.audit(login, QStringLiteral("sign-in"), target, QString(), address);
    QJsonObject answer{{QStringLiteral("token"), session.value().token},
                       {QStringLiteral("expiresAt"), session.value().expiresAt.toString(Qt::ISODate)},
                       {QStringLiteral("role"), toCode(session.value().user.role)},
                       {QStringLiteral("displayName"), session.value().user.displayName},
                       {QStringLiteral("stream"), m_options.streamPath}};
    if (!session.value().user.unit.isEmpty())
        answer.insert(QStringLiteral("unit"), session.value().user.unit);
    if (m_options.epoch)
        answer.insert(QStringLiteral("epoch"), m_options.epoch());
    reply.send(http::json(answer));
}

HttpResponse AccountRoutes::signOut(const Session &session, const HttpRequest &request)
{
    if (Status s = m_users.signOut(session.token); !s)
        return http::error(Code::ServiceUnavailable, s.error());
    (void)m_users.audit(session.user.login, QStringLiteral("sign-out"), QStringLiteral("desk:") + session.desk, QString(),
                        request.client.toString());
    Q_EMIT sessionsEnded();
    return http::json({{QStringLiteral("signedOut"), true}});
}

void AccountRoutes::createUser(const Session &session, HttpRequest &&request, HttpReply reply)
{
    const QStringList fields{QStringLiteral("login"), QStringLiteral("displayName"), QStringLiteral("role"), QStringLiteral("password"),
                             QStringLiteral("unit")};
    const auto body = http::objectBody(request, 64 * 1024, fields, {QStringLiteral("login"), QStringLiteral("role"), QStringLiteral("password")});
    if (const auto *problem = std::get_if<http::BodyError>(&body))
        return reply.send(http::error(problem->status, problem->message));
    const QJsonObject &json = std::get<QJsonObject>(body);
    QString problem;
    const auto login = http::stringField(json, "login", 64, &problem);
    const auto roleName = http::stringField(json, "role", 32, &problem);
    const auto password = http::stringField(json, "password", 256, &problem);
    const auto name = json.contains(QLatin1String("displayName")) ? http::stringField(json, "displayName", 100, &problem)
                                                                  : std::optional<QString>(QString());
    const auto unit = json.contains(QLatin1String("unit")) ? http::stringField(json, "unit", 32, &problem) : std::optional<QString>(QString());
    if (!login || !roleName || !password || !name || !unit)
        return reply.send(http::error(Code::BadRequest, problem));
    const std::optional<Role> role = roleFromCode(*roleName);
    if (!role)
        return reply.send(http::error(Code::BadRequest, QStringLiteral("unknown role \"%1\"").arg(*roleName)));
    auto hash = std::make_shared<Result<PasswordHash>>(Error{QString()});
    const bool started = offLoop([hash, password = *password] { *hash = UserDirectory::hashPassword(password); },
                                 [this, hash, session, login = *login, name = *name, role = *role, roleName = *roleName, unit = *unit,
                                  address = request.client.toString(), reply] {
                                     if (!*hash)
                                         return reply.send(http::error(Code::BadRequest, hash->error()));
                                     Result<CentralUser> user = m_users.create(login, name, role, hash->value(), unit);
                                     if (!user)
                                         return reply.send(http::error(Code::BadRequest, user.error()));
                                     (void)m_users.audit(session.user.login, QStringLiteral("create-user"), QStringLiteral("user:") + login,
                                                         roleName, address);
                                     reply.send(http::json({{QStringLiteral("id"), user.value().id}, {QStringLiteral("login"), login}},
                                                           Code::Created));
                                 });
    if (!started)
        reply.send(busy());
}

HttpResponse AccountRoutes::listUsers()
{
    Result<QVector<UserAccount>> accounts = m_users.list();
    if (!accounts)
        return http::error(Code::ServiceUnavailable, accounts.error());
    QJsonArray users;
    for (const UserAccount &account : accounts.value())
        users.append(accountJson(account));
    return http::json({{QStringLiteral("users"), users}});
}

void AccountRoutes::updateUser(const Session &session, HttpRequest &&request, HttpReply reply)
{
    const QString login = request.arguments.value(0);
    const QStringList fields{QStringLiteral("role"), QStringLiteral("displayName"), QStringLiteral("disabled"), QStringLiteral("password"),
                             QStringLiteral("unit")};
    const auto body = http::objectBody(request, 64 * 1024, fields, {});
    if (const auto *problem = std::get_if<http::BodyError>(&body))
        return reply.send(http::error(problem->status, problem->message));
    const QJsonObject &json = std::get<QJsonObject>(body);
    UserChange change;
    QString problem;
    if (json.contains(QLatin1String("role"))) {
        const auto code = http::stringField(json, "role", 32, &problem);
        if (!code)
            return reply.send(http::error(Code::BadRequest, problem));
        change.role = roleFromCode(*code);
        if (!change.role)
            return reply.send(http::error(Code::BadRequest, QStringLiteral("unknown role \"%1\"").arg(*code)));
    }
    if (json.contains(QLatin1String("displayName"))) {
        change.displayName = http::stringField(json, "displayName", 100, &problem);
        if (!change.displayName)
            return reply.send(http::error(Code::BadRequest, problem));
    }
    if (json.contains(QLatin1String("unit"))) {
        change.unit = http::stringField(json, "unit", 32, &problem);
        if (!change.unit)
            return reply.send(http::error(Code::BadRequest, problem));
    }
    std::optional<QString> password;
    if (json.contains(QLatin1String("password"))) {
        password = http::stringField(json, "password", 256, &problem);
        if (!password)
            return reply.send(http::error(Code::BadRequest, problem));
    }
    if (json.contains(QLatin1String("disabled"))) {
        if (!json.value(QLatin1String("disabled")).isBool())
            return reply.send(http::error(Code::BadRequest, QStringLiteral("\"disabled\" must be true or false")));
        change.disabled = json.value(QLatin1String("disabled")).toBool();
    }
    if (!m_users.find(login))
        return reply.send(http::error(Code::NotFound, QStringLiteral("no user \"%1\"").arg(login)));
    const QString keys = QStringList(json.keys()).join(u',');
    const QString address = request.client.toString();
    auto apply = [this, session, login, keys, address, reply](UserChange change) {
        Result<UserAccount> updated = m_users.update(login, change);
        if (!updated)
            return reply.send(http::error(Code::BadRequest, updated.error()));
        (void)m_users.audit(session.user.login, QStringLiteral("update-user"), QStringLiteral("user:") + login, keys, address);
        Q_EMIT sessionsEnded();
        reply.send(http::json(accountJson(updated.value())));
    };
    if (!password)
        return apply(change);
    auto hash = std::make_shared<Result<PasswordHash>>(Error{QString()});
    const bool started = offLoop([hash, password = *password] { *hash = UserDirectory::hashPassword(password); },
                                 [hash, change, apply, reply]() mutable {
                                     if (!*hash)
                                         return reply.send(http::error(Code::BadRequest, hash->error()));
                                     change.password = hash->value();
                                     apply(change);
                                 });
    if (!started)
        reply.send(busy());
}

void AccountRoutes::changePassword(const Session &session, HttpRequest &&request, HttpReply reply)
{
    const auto body = http::objectBody(request, 4096, {QStringLiteral("current"), QStringLiteral("new")},
                                       {QStringLiteral("current"), QStringLiteral("new")});
    if (const auto *problem = std::get_if<http::BodyError>(&body))
        return reply.send(http::error(problem->status, problem->message));
    QString problem;
    const auto current = http::stringField(std::get<QJsonObject>(body), "current", 256, &problem);
    const auto next = http::stringField(std::get<QJsonObject>(body), "new", 256, &problem);
    if (!current || !next)
        return reply.send(http::error(Code::BadRequest, problem));
    if (*next == *current)
        return reply.send(http::error(Code::BadRequest, tr("新密码不能与当前密码相同")));
    // Both slow steps away from the loop: the current password checked, the new one hashed.
    auto stored = m_users.passwordHashOf(session.user.id);
    auto ok = std::make_shared<bool>(false);
    auto hash = std::make_shared<Result<PasswordHash>>(Error{QString()});
    const bool started = offLoop(
        [stored, ok, hash, current = *current, next = *next] {
            *ok = UserDirectory::verifyPassword(stored, current);
            if (*ok)
                *hash = UserDirectory::hashPassword(next);
        },
        [this, session, ok, hash, address = request.client.toString(), reply] {
            if (!*ok) {
                (void)m_users.audit(session.user.login, QStringLiteral("change-password-failed"), QStringLiteral("user:") + session.user.login,
                                    QString(), address);
                return reply.send(http::error(Code::BadRequest, tr("当前密码不对")));
            }
            if (!*hash)
                return reply.send(http::error(Code::BadRequest, hash->error()));
            if (Status changed = m_users.setOwnPassword(session, hash->value()); !changed)
                return reply.send(http::error(Code::ServiceUnavailable, changed.error()));
            (void)m_users.audit(session.user.login, QStringLiteral("change-password"), QStringLiteral("user:") + session.user.login,
                                QString(), address);
            Q_EMIT sessionsEnded();
            reply.send(http::json({{QStringLiteral("changed"), true}}));
        });
    if (!started)
        reply.send(busy());
}

} // namespace hotline
