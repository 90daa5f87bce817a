// SPDX-License-Identifier: GPL-3.0-or-later
// Password guessing against the real centre: after the allowed failures a login, and then an
// address, get 429 with Retry-After without a password being checked; every attempt is in the
// audit log with the client's address; an unknown login is answered like a wrong password.
#include "CentralHarness.h"

#include <QJsonArray>

using namespace hotline;
using namespace hotline::test;

namespace {

class SignInThrottleTest : public CentralTest {
protected:
    void SetUp() override { startCentral({{"op1", "operator"}, {"op2", "operator"}}); }

    RawAnswer attempt(const QString &login, const QString &password)
    {
        const QJsonObject body{{QStringLiteral("login"), login}, {QStringLiteral("password"), password},
                               {QStringLiteral("desk"), QStringLiteral("ws-guess")},
                               {QStringLiteral("deskKey"), QStringLiteral("key-of-the-guessing-machine")}};
        return rawHttp(central->url(), "POST", QStringLiteral("/api/v1/auth/sign-in"), QJsonDocument(body).toJson());
    }
};

TEST_P(SignInThrottleTest, FiftyWrongPasswordsAreThrottledAndAudited)
{
    int refused = 0;
    int throttled = 0;
    QByteArray retryAfter;
    for (int i = 0; i < 50; ++i) {
        const RawAnswer answer = attempt(QStringLiteral("op1"), QStringLiteral("guess-%1").arg(i));
        if (answer.status == 401)
            ++refused;
        if (answer.status == 429) {
            ++throttled;
            EXPECT_TRUE(QJsonDocument::fromJson(answer.body).object().value(QLatin1String("error")).toString().contains(QLatin1String("try again")));
        }
    }
    EXPECT_EQ(refused, 10) << "the default allows ten failures per login in five minutes";
    EXPECT_EQ(throttled, 40);
    // Throttled, the right password does not get in either: the guesser cannot tell.
    EXPECT_EQ(attempt(QStringLiteral("op1"), QStringLiteral("password-1")).status, 429);
    // Every failure, and every throttled attempt, audited with the address.
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'sign-in-failed' AND login = 'op1' AND address = '127.0.0.1'"), 10);
    // Throttled attempts are written in batches a quarter of a second apart.
    const char *throttledRows = "SELECT count(*) FROM audit_log WHERE action = 'sign-in-throttled' AND login = 'op1' AND address = '127.0.0.1'";
    waitUntil([&] { return count(throttledRows) >= 41; }, 5000);
    EXPECT_EQ(count(throttledRows), 41);
    // Another login from the same address is not blocked by op1's failures alone…
    EXPECT_FALSE(signInToken(central->url(), QStringLiteral("op2")).isEmpty());
    // …but unknown logins pile up on the address: 30 failures from it, then 429 for everyone.
    int unknownRefused = 0;
    for (int i = 0; i < 25; ++i)
        unknownRefused += attempt(QStringLiteral("nobody-%1").arg(i), QStringLiteral("whatever-1")).status == 401 ? 1 : 0;
    EXPECT_EQ(unknownRefused, 20) << "10 + 20 = the 30 failures an address may have";
    EXPECT_EQ(attempt(QStringLiteral("op2"), QStringLiteral("password-1")).status, 429);
}

TEST_P(SignInThrottleTest, AnUnknownLoginIsAnsweredLikeAWrongPassword)
{
    // Same status, same words (the time is the same too: both are checked against an argon2id
    // hash, a decoy for the unknown login — sign_in_flood_bench prints both).
    const RawAnswer unknown = attempt(QStringLiteral("nobody"), QStringLiteral("x-1"));
    const RawAnswer wrong = attempt(QStringLiteral("op2"), QStringLiteral("x-1"));
    EXPECT_EQ(unknown.status, 401);
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(unknown.body, wrong.body);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'sign-in-failed' AND login = 'nobody'"), 1);
}

INSTANTIATE_TEST_SUITE_P(Central, SignInThrottleTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &info) { return std::string(info.param); });

} // namespace
