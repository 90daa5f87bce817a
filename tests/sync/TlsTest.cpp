// SPDX-License-Identifier: GPL-3.0-or-later
// Transport security: a desk syncing with the centre over HTTPS and its nudges over WSS (the
// centre terminating TLS with a certificate of the site's own CA); a desk that does not trust
// the certificate, or asks for plain http to another machine, sends nothing; the centre's
// PostgreSQL connection over TLS as sslmode says, with synchronous_commit pinned on.
#include "CentralHarness.h"

#include "store/Outbox.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

using namespace hotline;
using namespace hotline::test;

namespace {

// A CA and a server certificate it signed for 127.0.0.1, made with openssl for this test.
bool makeCertificates(const QString &dir)
{
    const QString script = QStringLiteral(
        "set -e; cd '%1';"
        "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=Hotline-Test-CA -keyout ca.key -out ca.pem;"
        "openssl req -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -keyout central.key -out central.csr;"
        "printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\\n' > san.txt;"
        "openssl x509 -req -in central.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile san.txt -out central.pem;"
        "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=Another-CA -keyout other.key -out other.pem").arg(dir);
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
    return openssl.waitForFinished(60000) && openssl.exitCode() == 0;
}

class TlsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(makeCertificates(dir.path()));
        url = centralDatabaseUrl(QStringLiteral("sqlite"), dir);
        central = std::make_unique<CentralProcess>(url, QStringList{QStringLiteral("--tls-certificate"), dir.filePath(QStringLiteral("central.pem")),
                                                                    QStringLiteral("--tls-key"), dir.filePath(QStringLiteral("central.key"))});
        ASSERT_TRUE(central->addUser(QStringLiteral("op1"), QStringLiteral("operator")));
        ASSERT_TRUE(central->addUser(QStringLiteral("editor1"), QStringLiteral("kb_editor")));
        ASSERT_TRUE(central->start()) << qPrintable(central->log());
        ASSERT_TRUE(central->log().contains(QLatin1String("with TLS")));
        https = central->url();
        https.setScheme(QStringLiteral("https"));
    }

    DeskSiteConfig trusting() const
    {
        DeskSiteConfig site;
        site.caCertificate = dir.filePath(QStringLiteral("ca.pem"));
        return site;
    }
    bool signIn(DeskHarness &desk, const QString &login, QString *problem)
    {
        bool done = false;
        desk.sync->signIn(https, login, QStringLiteral("password-1"), [&](const QString &error) {
            *problem = error;
            done = true;
        });
        return waitUntil([&] { return done; }, 20000) && problem->isEmpty();
    }

    QTemporaryDir dir;
    QString url;
    QUrl https;
    std::unique_ptr<CentralProcess> central;
};

TEST_F(TlsTest, ADeskSyncsOverHttpsAndHearsNudgesOverWss)
{
    DeskHarness editor(dir.filePath(QStringLiteral("editor.sqlite")), trusting());
    DeskHarness desk(dir.filePath(QStringLiteral("desk.sqlite")), trusting());
    QString problem;
    ASSERT_TRUE(signIn(editor, QStringLiteral("editor1"), &problem)) << qPrintable(problem);
    ASSERT_TRUE(signIn(desk, QStringLiteral("op1"), &problem)) << qPrintable(problem);
    ASSERT_FALSE(desk.file(1).isEmpty());
    ASSERT_TRUE(desk.syncUntilIdle()) << qPrintable(desk.sync->lastError());
    EXPECT_EQ(centralCount(url, QStringLiteral("SELECT count(*) FROM work_orders")), 1);

    // The nudge comes over the encrypted stream, not the (now slow) timer.
    desk.sync->start(60000);
    QTest::qWait(500);
    KbDraft draft;
    draft.title = QStringLiteral("加密通道上的知识");
    draft.answer = QStringLiteral("经由 WSS 推送到各坐席。");
    const Result<qint64> id = editor.kb->articles().create(draft, QStringLiteral("editor1"));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(editor.kb->articles().publish(id.value(), QStringLiteral("editor1")).ok());
    EXPECT_TRUE(waitUntil([&] { return !desk.kb->search().search(QStringLiteral("加密通道"), 5).isEmpty(); }, 15000))
        << "nudged over WSS: " << qPrintable(desk.sync->lastError());
}

TEST_F(TlsTest, ADeskThatDoesNotTrustTheCertificateSendsNothing)
{
    DeskSiteConfig other;
    other.caCertificate = dir.filePath(QStringLiteral("other.pem"));
    DeskHarness desk(dir.filePath(QStringLiteral("desk.sqlite")), other);
    QString problem;
    EXPECT_FALSE(signIn(desk, QStringLiteral("op1"), &problem));
    EXPECT_FALSE(problem.isEmpty());
    EXPECT_EQ(centralCount(url, QStringLiteral("SELECT count(*) FROM tokens")), 0) << "no password went out";
    // Plain http to this TLS port is no conversation either.
    EXPECT_NE(http(central->url(), "GET", QStringLiteral("/api/v1/health")).status, 200);
}

TEST(PlainHttp, ToAnotherMachineIsRefusedUnlessTheAdministratorAllowsIt)
{
    QTemporaryDir dir;
    DeskHarness desk(dir.filePath(QStringLiteral("desk.sqlite")), DeskSiteConfig{});
    QString problem = QStringLiteral("no answer");
    desk.sync->signIn(QUrl(QStringLiteral("http://192.0.2.10:8345")), QStringLiteral("op1"), QStringLiteral("password-1"),
                      [&](const QString &error) { problem = error; });
    EXPECT_TRUE(problem.contains(QLatin1String("https://"))) << qPrintable(problem) << ": refused at once, nothing sent";
    EXPECT_EQ(desk.sync->state(), SyncEngine::State::NotConfigured);
    DeskSiteConfig allowing;
    allowing.allowPlainHttp = true;
    EXPECT_TRUE(allowing.refusalFor(QUrl(QStringLiteral("http://192.0.2.10:8345"))).isEmpty());
    EXPECT_TRUE(DeskSiteConfig{}.refusalFor(QUrl(QStringLiteral("http://127.0.0.1:8345"))).isEmpty()) << "loopback is fine";
    EXPECT_TRUE(DeskSiteConfig{}.refusalFor(QUrl(QStringLiteral("https://central.example:8345"))).isEmpty());
    EXPECT_FALSE(DeskSiteConfig{}.refusalFor(QUrl(QStringLiteral("ftp://central.example"))).isEmpty());
}

TEST(PlainHttp, TheSiteConfigurationIsReadFromDeskIni)
{
    QTemporaryDir dir;
    QFile ini(dir.filePath(QStringLiteral("desk.ini")));
    ASSERT_TRUE(ini.open(QIODevice::WriteOnly));
    ini.write("[centre]\n# url=https://commented.example\nurl=https://central.example.gov.cn:8345\nallow-plain-http=true\n"
              "ca-certificate=/etc/hotline/centre-ca.pem\n");
    ini.close();
    const DeskSiteConfig site = DeskSiteConfig::load(ini.fileName());
    EXPECT_EQ(site.centre, QUrl(QStringLiteral("https://central.example.gov.cn:8345")));
    EXPECT_TRUE(site.allowPlainHttp);
    EXPECT_EQ(site.caCertificate, QStringLiteral("/etc/hotline/centre-ca.pem"));
    // The desk offers it at sign-in without anyone typing it.
    DeskHarness desk(dir.filePath(QStringLiteral("desk.sqlite")), site);
    EXPECT_EQ(desk.sync->centreUrl(), site.centre);
}

TEST(PostgresTls, TheCentresConnectionHonoursSslmodeAndPinsSynchronousCommit)
{
    const QString host = QStringLiteral("postgresql://hotline@127.0.0.1:%1/hotline").arg(QStringLiteral(HOTLINE_PG_PORT));
    Result<std::unique_ptr<CentralDatabase>> db = CentralDatabase::open(host + QStringLiteral("?sslmode=require"));
    ASSERT_TRUE(db.ok()) << qPrintable(db.error());
    QSqlQuery query(db.value()->database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) && query.next());
    EXPECT_TRUE(query.value(0).toBool()) << "encrypted";
    ASSERT_TRUE(query.exec(QStringLiteral("SHOW synchronous_commit")) && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("on"));
    // Verified against the server's own certificate: fine; against a CA that did not sign it: refused.
    const QString own = QStringLiteral(HOTLINE_PG_DIR "/data/server.crt");
    EXPECT_TRUE(CentralDatabase::open(host + QStringLiteral("?sslmode=verify-full&sslrootcert=") + own).ok());
    QTemporaryDir dir;
    ASSERT_TRUE(makeCertificates(dir.path()));
    const auto wrong = CentralDatabase::open(host + QStringLiteral("?sslmode=verify-full&sslrootcert=") + dir.filePath(QStringLiteral("ca.pem")));
    EXPECT_FALSE(wrong.ok());
    // Without TLS when the URL says so, and a clear message for what the URL should not say.
    EXPECT_TRUE(CentralDatabase::open(host + QStringLiteral("?sslmode=disable")).ok());
    const auto bad = CentralDatabase::open(host + QStringLiteral("?sslmode=sometimes"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().contains(QLatin1String("sslmode")));
    EXPECT_FALSE(CentralDatabase::open(host + QStringLiteral("?options=-c%20fsync%3Doff")).ok()) << "no way to turn durability off";
}

} // namespace
