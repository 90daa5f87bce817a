// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input at every route of the real central service: each gets a clear 4xx, nothing is
// stored, and the server keeps answering.
#include "CentralHarness.h"

#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QUuid>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

struct BadRequest {
    const char *label;
    const char *method;
    const char *path;
    QByteArray body;
    const char *as; // login whose token is sent; "" none, "forged", "expired"
    int status;
};

class CentralApiTest : public ::testing::TestWithParam<const char *> {
protected:
    void SetUp() override
    {
        url = centralDatabaseUrl(QString::fromLatin1(GetParam()), dir);
        central = std::make_unique<CentralProcess>(url, QStringList{QStringLiteral("--max-body"), QStringLiteral("65536")});
        for (const auto &[login, role] : {std::pair{"op1", "operator"}, std::pair{"trainee1", "trainee"},
                                          std::pair{"admin1", "admin"}, std::pair{"dept1", "department"}})
            ASSERT_TRUE(central->addUser(QString::fromLatin1(login), QString::fromLatin1(role)));
        ASSERT_TRUE(central->start()) << qPrintable(central->log());
        for (const char *login : {"op1", "trainee1", "admin1", "dept1"})
            tokens.insert(QString::fromLatin1(login), signInToken(central->url(), QString::fromLatin1(login)));
        // A token that was real but has run out.
        Result<std::unique_ptr<CentralDatabase>> db = CentralDatabase::open(url);
        ASSERT_TRUE(db.ok());
        QSqlQuery expire(db.value()->database());
        ASSERT_TRUE(expire.exec(QStringLiteral("UPDATE tokens SET expires_at = '2000-01-01T00:00:00.000Z' WHERE user_id ="
                                               " (SELECT id FROM users WHERE login = 'dept1')")));
        tokens.insert(QStringLiteral("expired"), tokens.value(QStringLiteral("dept1")));
        tokens.insert(QStringLiteral("forged"), QStringLiteral("aGVsbG8td29ybGQtdGhpcy1pcy1ub3QtYS10b2tlbg"));
    }

    QTemporaryDir dir;
    QString url;
    std::unique_ptr<CentralProcess> central;
    QHash<QString, QString> tokens;
};

QByteArray event(const char *opId, const char *type, const char *order)
{
    const QJsonObject payload{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                              {QStringLiteral("order"), QString::fromLatin1(order)},
                              {QStringLiteral("type"), QString::fromLatin1(type)},
                              {QStringLiteral("at"), QStringLiteral("2026-11-23T01:00:00.000Z")},
                              {QStringLiteral("actor"), QStringLiteral("op1")},
                              {QStringLiteral("payload"), QJsonObject{{QStringLiteral("phone"), QStringLiteral("13900001111")}}}};
    const QJsonObject op{{QStringLiteral("opId"), QString::fromLatin1(opId)}, {QStringLiteral("kind"), QStringLiteral("workorder.event")},
                         {QStringLiteral("payload"), payload}};
    return QJsonDocument(QJsonObject{{QStringLiteral("ops"), QJsonArray{op}}}).toJson();
}

QByteArray manyOps(int n)
{
    QJsonArray ops;
    for (int i = 0; i < n; ++i)
        ops.append(QJsonObject{{QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                               {QStringLiteral("kind"), QStringLiteral("workorder.event")}, {QStringLiteral("payload"), QJsonObject{}}});
    return QJsonDocument(QJsonObject{{QStringLiteral("ops"), ops}}).toJson();
}

const BadRequest badRequests[] = {
    {"sign-in: malformed JSON", "POST", "/api/v1/auth/sign-in", R"({"login": "op1", "password": )", "", 400},
    {"sign-in: a number for the login", "POST", "/api/v1/auth/sign-in", R"({"login": 5, "password": "x", "desk": "d"})", "", 400},
    {"sign-in: missing desk", "POST", "/api/v1/auth/sign-in", R"({"login": "op1", "password": "password-1"})", "", 400},
    {"sign-in: unknown field", "POST", "/api/v1/auth/sign-in", R"({"login": "op1", "password": "password-1", "desk": "d", "admin": true})", "", 400},
    {"sign-in: wrong password", "POST", "/api/v1/auth/sign-in", R"({"login": "op1", "password": "nope", "desk": "d", "deskKey": "0123456789abcdef0123"})", "", 401},
    {"sign-in: SQL in the login", "POST", "/api/v1/auth/sign-in", R"({"login": "' OR '1'='1' --", "password": "' OR '1'='1", "desk": "d", "deskKey": "0123456789abcdef0123"})", "", 401},
    {"sign-in: an array body", "POST", "/api/v1/auth/sign-in", R"(["op1", "password-1"])", "", 400},
    {"push: no token", "POST", "/api/v1/sync/push", R"({"ops": []})", "", 401},
    {"push: forged token", "POST", "/api/v1/sync/push", R"({"ops": []})", "forged", 401},
    {"push: expired token", "POST", "/api/v1/sync/push", R"({"ops": []})", "expired", 401},
    {"push: a trainee writes", "POST", "/api/v1/sync/push", R"({"ops": []})", "trainee1", 403},
    {"push: malformed JSON", "POST", "/api/v1/sync/push", R"({"ops": [)", "op1", 400},
    {"push: ops is a string", "POST", "/api/v1/sync/push", R"({"ops": "all of them"})", "op1", 400},
    {"push: unknown field", "POST", "/api/v1/sync/push", R"({"ops": [], "force": true})", "op1", 400},
    {"push: missing ops", "POST", "/api/v1/sync/push", R"({})", "op1", 400},
    {"push: op without uuid", "POST", "/api/v1/sync/push", R"({"ops": [{"opId": "1; DROP TABLE changes", "kind": "workorder.event", "payload": {}}]})", "op1", 400},
    {"push: huge body", "POST", "/api/v1/sync/push", QByteArray(R"({"ops": [], "pad": ")") + QByteArray(100000, 'x') + "\"}", "op1", 413},
    {"push: too many ops", "POST", "/api/v1/sync/push", manyOps(501), "op1", 413},
    {"pull: revision not a number", "GET", "/api/v1/sync/pull?since=abc", {}, "op1", 400},
    {"pull: negative revision", "GET", "/api/v1/sync/pull?since=-5", {}, "op1", 400},
    {"pull: limit zero", "GET", "/api/v1/sync/pull?limit=0", {}, "op1", 400},
    {"pull: unknown parameter", "GET", "/api/v1/sync/pull?since=0&desk=ws-99", {}, "op1", 400},
    {"pull: a department pulls", "GET", "/api/v1/sync/pull", {}, "dept1", 401},
    {"lease: count as text", "POST", "/api/v1/numbers/lease", R"({"count": "ten"})", "op1", 400},
    {"lease: count too large", "POST", "/api/v1/numbers/lease", R"({"count": 5000})", "op1", 400},
    {"lease: count fractional", "POST", "/api/v1/numbers/lease", R"({"count": 2.5})", "op1", 400},
    {"lease: a trainee", "POST", "/api/v1/numbers/lease", R"({"count": 10})", "trainee1", 403},
    {"users: an operator creates", "POST", "/api/v1/users", R"({"login": "eve", "role": "admin", "password": "password-1"})", "op1", 403},
    {"users: unknown role", "POST", "/api/v1/users", R"({"login": "eve", "role": "boss", "password": "password-1"})", "admin1", 400},
    {"users: SQL in the login", "POST", "/api/v1/users", R"({"login": "eve'); DROP TABLE users; --", "role": "operator", "password": "password-1"})", "admin1", 400},
    {"users: short password", "POST", "/api/v1/users", R"({"login": "eve", "role": "operator", "password": "123"})", "admin1", 400},
    {"users: role as a number", "POST", "/api/v1/users", R"({"login": "eve", "role": 7, "password": "password-1"})", "admin1", 400},
    {"users: an operator lists them", "GET", "/api/v1/users", {}, "op1", 403},
    {"users: an operator disables one", "PATCH", "/api/v1/users/admin1", R"({"disabled": true})", "op1", 403},
    {"users: no such user", "PATCH", "/api/v1/users/nobody", R"({"disabled": true})", "admin1", 404},
    {"users: nothing to change", "PATCH", "/api/v1/users/op1", R"({})", "admin1", 400},
    {"users: disabled as text", "PATCH", "/api/v1/users/op1", R"({"disabled": "yes"})", "admin1", 400},
    {"users: unknown field", "PATCH", "/api/v1/users/op1", R"({"salary": 1})", "admin1", 400},
    {"users: short new password", "PATCH", "/api/v1/users/op1", R"({"password": "1234567"})", "admin1", 400},
    {"users: unknown role on change", "PATCH", "/api/v1/users/op1", R"({"role": "root"})", "admin1", 400},
    {"users: the last admin disables himself", "PATCH", "/api/v1/users/admin1", R"({"disabled": true})", "admin1", 400},
    {"users: the last admin steps down", "PATCH", "/api/v1/users/admin1", R"({"role": "operator"})", "admin1", 400},
    {"password: wrong current", "POST", "/api/v1/auth/password", R"({"current": "guess-guess", "new": "password-2"})", "op1", 400},
    {"password: missing new", "POST", "/api/v1/auth/password", R"({"current": "password-1"})", "op1", 400},
    {"password: too short", "POST", "/api/v1/auth/password", R"({"current": "password-1", "new": "short"})", "op1", 400},
    {"password: no token", "POST", "/api/v1/auth/password", R"({"current": "password-1", "new": "password-2"})", "", 401},
    {"orders: unknown order", "GET", "/api/v1/orders/' OR 1=1 --", {}, "op1", 404},
    {"orders: a trainee reads caller data", "GET", "/api/v1/orders/2600000001", {}, "trainee1", 403},
    {"no such route", "GET", "/api/v1/secrets", {}, "op1", 404},
    {"wrong method", "DELETE", "/api/v1/sync/push", {}, "op1", 405},
};

} // namespace

TEST_P(CentralApiTest, EveryBadRequestGetsAClear4xxAndChangesNothing)
{
    const qint64 usersBefore = centralCount(url, QStringLiteral("SELECT count(*) FROM users"));
    const qint64 tokensBefore = centralCount(url, QStringLiteral("SELECT count(*) FROM tokens"));
    const QString usersAsTheyWere = QStringLiteral("SELECT count(*) FROM users WHERE disabled = 0 AND"
                                                   " ((login = 'admin1' AND role = 'admin') OR (login = 'op1' AND role = 'operator'))");
    for (const BadRequest &bad : badRequests) {
        const QString token = QString::fromLatin1(bad.as).isEmpty() ? QString() : tokens.value(QString::fromLatin1(bad.as));
        const HttpAnswer answer = http(central->url(), bad.method, QString::fromUtf8(bad.path), bad.body, token);
        EXPECT_EQ(answer.status, bad.status) << bad.label;
        if (answer.status >= 400 && answer.status < 500) {
            EXPECT_FALSE(answer.body.value(QLatin1String("error")).toString().isEmpty()) << bad.label << ": a message says why";
        }
    }
    // Nothing stored by any of them, and the server is still there.
    EXPECT_EQ(centralCount(url, QStringLiteral("SELECT count(*) FROM work_orders")), 0);
    EXPECT_EQ(centralCount(url, QStringLiteral("SELECT count(*) FROM applied_ops")), 0);
    EXPECT_EQ(centralCount(url, QStringLiteral("SELECT count(*) FROM changes")), 0);
    EXPECT_EQ(centralCount(url, QStringLiteral("SELECT count(*) FROM users")), usersBefore);
    EXPECT_EQ(centralCount(url, usersAsTheyWere), 2);
    EXPECT_EQ(centralCount(url, QStringLiteral("SELECT count(*) FROM tokens")), tokensBefore);
    EXPECT_FALSE(signInToken(central->url(), QStringLiteral("op1")).isEmpty()) << "op1's password is unchanged";
    EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/health")).status, 200);
}

TEST_P(CentralApiTest, InvalidWorkOrderEventsAreRefusedOneByOneWithTheReason)
{
    // Well-formed requests whose operations the lifecycle refuses: answered per operation.
    const QString token = tokens.value(QStringLiteral("op1"));
    const HttpAnswer dispatched = http(central->url(), "POST", QStringLiteral("/api/v1/sync/push"),
                                       event("0b7c9f1e-3a8e-4bb0-9a77-000000000001", "dispatched", "2600000999"), token);
    ASSERT_EQ(dispatched.status, 200);
    const QJsonObject result = dispatched.body.value(QLatin1String("results")).toArray().at(0).toObject();
    EXPECT_EQ(result.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
    EXPECT_FALSE(result.value(QLatin1String("error")).toString().isEmpty());
    const HttpAnswer incomplete = http(central->url(), "POST", QStringLiteral("/api/v1/sync/push"),
                                       event("0b7c9f1e-3a8e-4bb0-9a77-000000000002", "created", "2600000998"), token);
    EXPECT_EQ(incomplete.body.value(QLatin1String("results")).toArray().at(0).toObject().value(QLatin1String("status")).toString(),
              QStringLiteral("rejected"))
        << "a draft without title or classification fails the same validation as on the desk";
    EXPECT_EQ(centralCount(url, QStringLiteral("SELECT count(*) FROM work_orders")), 0);
    EXPECT_EQ(centralCount(url, QStringLiteral("SELECT count(*) FROM changes")), 0);
}

TEST_P(CentralApiTest, AnAdminCreatesUsersWhoseNamesAreStoredAsText)
{
    const QByteArray body = R"({"login": "robert", "displayName": "Robert'); DROP TABLE users; --", "role": "team_lead", "password": "password-1"})";
    const HttpAnswer created = http(central->url(), "POST", QStringLiteral("/api/v1/users"), body, tokens.value(QStringLiteral("admin1")));
    ASSERT_EQ(created.status, 201);
    EXPECT_EQ(centralCount(url, QStringLiteral("SELECT count(*) FROM users WHERE display_name LIKE '%DROP TABLE%'")), 1);
    EXPECT_FALSE(signInToken(central->url(), QStringLiteral("robert")).isEmpty());
    EXPECT_EQ(http(central->url(), "POST", QStringLiteral("/api/v1/users"), body, tokens.value(QStringLiteral("admin1"))).status, 400)
        << "the same login twice";
}

TEST_P(CentralApiTest, AnAdminDisablesAUserWhoIsOutAtOnceAndResetsAPassword)
{
    const QString admin = tokens.value(QStringLiteral("admin1"));
    const QString op = tokens.value(QStringLiteral("op1"));
    const HttpAnswer listed = http(central->url(), "GET", QStringLiteral("/api/v1/users"), {}, admin);
    ASSERT_EQ(listed.status, 200);
    QStringList logins;
    for (const QJsonValue &user : listed.body.value(QLatin1String("users")).toArray())
        logins.append(user.toObject().value(QLatin1String("login")).toString());
    EXPECT_EQ(logins, (QStringList{QStringLiteral("admin1"), QStringLiteral("dept1"), QStringLiteral("op1"), QStringLiteral("trainee1")}));

    // Disabled: the desk's token stops working on the next request, and sign-in is refused.
    ASSERT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/sync/pull"), {}, op).status, 200);
    const HttpAnswer disabled = http(central->url(), "PATCH", QStringLiteral("/api/v1/users/op1"), R"({"disabled": true})", admin);
    ASSERT_EQ(disabled.status, 200);
    EXPECT_TRUE(disabled.body.value(QLatin1String("disabled")).toBool());
    EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/sync/pull"), {}, op).status, 401);
    EXPECT_TRUE(signInToken(central->url(), QStringLiteral("op1")).isEmpty());

    // Enabled again with a new password: the old one no longer opens it.
    const HttpAnswer reset = http(central->url(), "PATCH", QStringLiteral("/api/v1/users/op1"),
                                  R"({"disabled": false, "password": "new-password-9", "role": "team_lead", "displayName": "王芳"})", admin);
    ASSERT_EQ(reset.status, 200);
    EXPECT_EQ(reset.body.value(QLatin1String("role")).toString(), QStringLiteral("team_lead"));
    EXPECT_EQ(reset.body.value(QLatin1String("displayName")).toString(), QStringLiteral("王芳"));
    EXPECT_TRUE(signInToken(central->url(), QStringLiteral("op1")).isEmpty());
    EXPECT_FALSE(signInToken(central->url(), QStringLiteral("op1"), QStringLiteral("new-password-9")).isEmpty());
    EXPECT_EQ(centralCount(url, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'update-user' AND target = 'user:op1'")), 2);

    // With a second admin, the first may step down.
    ASSERT_EQ(http(central->url(), "PATCH", QStringLiteral("/api/v1/users/op1"), R"({"role": "admin"})", admin).status, 200);
    EXPECT_EQ(http(central->url(), "PATCH", QStringLiteral("/api/v1/users/admin1"), R"({"role": "operator"})", admin).status, 200);
}

TEST_P(CentralApiTest, AUserChangesTheirOwnPasswordAndTheirOtherSessionsEnd)
{
    const QString here = tokens.value(QStringLiteral("op1"));
    const QString elsewhere = signInToken(central->url(), QStringLiteral("op1"));
    ASSERT_FALSE(elsewhere.isEmpty());
    const HttpAnswer changed = http(central->url(), "POST", QStringLiteral("/api/v1/auth/password"),
                                    R"({"current": "password-1", "new": "密码也可以是中文的"})", here);
    ASSERT_EQ(changed.status, 200);
    EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/sync/pull"), {}, here).status, 200) << "this session goes on";
    EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/sync/pull"), {}, elsewhere).status, 401) << "the other one ends";
    EXPECT_TRUE(signInToken(central->url(), QStringLiteral("op1")).isEmpty());
    EXPECT_FALSE(signInToken(central->url(), QStringLiteral("op1"), QStringLiteral("密码也可以是中文的")).isEmpty());
}

namespace {
// hotline-central run by hand on the same database, as an administrator on the machine does.
std::pair<int, QString> centralCommand(const QString &url, const QStringList &arguments, const QString &password = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOTLINE_PASSWORD"), password);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HOTLINE_CENTRAL_BIN), QStringList{QStringLiteral("--database"), url} + arguments);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}
} // namespace

TEST_P(CentralApiTest, ALockedOutAdministratorGetsBackInFromTheMachine)
{
    // The sessions are in use, so the running centre remembers them: a change made on the machine
    // (another process) reaches it within UserDirectory::sessionMemoryMs, a change through the
    // API at once (CentralApiTest's other tests).
    const QString adminToken = tokens.value(QStringLiteral("admin1"));
    ASSERT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/users"), {}, adminToken).status, 200);
    ASSERT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/sync/pull"), {}, tokens.value(QStringLiteral("op1"))).status, 200);
    // Waited for, not timed: the machine is shared (the window is 2 s; 10 s is plenty).
    const auto waitForTheEnd = [&](const QString &route, const QString &token) {
        waitUntil([&] { return http(central->url(), "GET", route, {}, token).status == 401; }, 10000);
    };
    const auto reset = centralCommand(url, {QStringLiteral("--set-password"), QStringLiteral("admin1")}, QStringLiteral("machine-room-9"));
    ASSERT_EQ(reset.first, 0) << qPrintable(reset.second);
    waitForTheEnd(QStringLiteral("/api/v1/users"), adminToken);
    EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/users"), {}, adminToken).status, 401)
        << "the old session ended with the old password";
    EXPECT_TRUE(signInToken(central->url(), QStringLiteral("admin1")).isEmpty());
    EXPECT_FALSE(signInToken(central->url(), QStringLiteral("admin1"), QStringLiteral("machine-room-9")).isEmpty());

    ASSERT_EQ(centralCommand(url, {QStringLiteral("--disable-user"), QStringLiteral("op1")}).first, 0);
    waitForTheEnd(QStringLiteral("/api/v1/sync/pull"), tokens.value(QStringLiteral("op1")));
    EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/sync/pull"), {}, tokens.value(QStringLiteral("op1"))).status, 401);
    EXPECT_TRUE(signInToken(central->url(), QStringLiteral("op1")).isEmpty());
    ASSERT_EQ(centralCommand(url, {QStringLiteral("--enable-user"), QStringLiteral("op1")}).first, 0);
    EXPECT_FALSE(signInToken(central->url(), QStringLiteral("op1")).isEmpty());

    const auto nobody = centralCommand(url, {QStringLiteral("--set-password"), QStringLiteral("nobody")}, QStringLiteral("password-2"));
    EXPECT_EQ(nobody.first, 1);
    EXPECT_TRUE(nobody.second.contains(QStringLiteral("no user nobody"))) << qPrintable(nobody.second);
    const auto weak = centralCommand(url, {QStringLiteral("--set-password"), QStringLiteral("op1")}, QStringLiteral("short"));
    EXPECT_EQ(weak.first, 1);
    EXPECT_FALSE(signInToken(central->url(), QStringLiteral("op1")).isEmpty()) << "a refused change changes nothing";
    EXPECT_EQ(centralCount(url, QStringLiteral("SELECT count(*) FROM audit_log WHERE login = 'hotline-central' AND action = 'update-user'")), 3);
}

TEST_P(CentralApiTest, SigtermFinishesAndExitsCleanly)
{
    EXPECT_EQ(http(central->url(), "GET", QStringLiteral("/api/v1/health")).status, 200);
    EXPECT_EQ(central->terminate(), 0) << qPrintable(central->log());
    EXPECT_TRUE(central->log().contains(QLatin1String("stopping")));
}

INSTANTIATE_TEST_SUITE_P(Central, CentralApiTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &info) { return std::string(info.param); });
