// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/database/CentralDatabase.h"
#include "kb/KnowledgeBase.h"
#include "pinyin/PinyinTable.h"
#include "store/LocalStore.h"
#include "sync/SyncEngine.h"
#include "workorder/WorkOrderRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

#include <functional>
#include <initializer_list>
#include <memory>
#include <utility>

namespace hotline::test {

// The database a test's centre runs on: a fresh SQLite file, or a fresh database on the
// PostgreSQL server the test run started (scripts/pg-test-server.sh, a ctest fixture).
QString centralDatabaseUrl(const QString &backend, const QTemporaryDir &dir);

// The unit code the harness gives a department user (UNIT-DEPT1 for dept1).
QString departmentUnit(const QString &login);

// The real hotline-central binary on a loopback port.
class CentralProcess {
public:
    CentralProcess(QString databaseUrl, QStringList extraArguments = {});
    ~CentralProcess();
    bool addUser(const QString &login, const QString &role, const QString &password = QStringLiteral("password-1"));
    bool start();
    void kill();      // SIGKILL: no chance to finish anything
    int terminate();  // SIGTERM: the graceful way; returns the exit code
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    QString databaseUrl() const { return m_databaseUrl; }
    QString log() const { return m_log; }
    // What the centre has said so far (its log is read as it goes).
    QString readLog();
    qint64 pid() const { return m_process.processId(); }
    // The centre's resident memory now, from /proc.
    qint64 residentKiB() const;

private:
    QString m_databaseUrl;
    QStringList m_extra;
    QProcess m_process;
    int m_port = 0;
    QString m_log;
};

// A valid work order of caller 139xxxxxxxx + index about item `level3` (城乡建设 › 市政设施 › …)
// in Xicheng, for tests to change what they are about.
WorkOrderDraft reportDraft(int index, const QString &level3 = QStringLiteral("市政设施"));

// A desk as the desk binary composes it, minus the windows: store, knowledge base, sync.
struct DeskHarness {
    // The site configuration is empty unless given: no /etc/hotline/desk.ini of the machine.
    explicit DeskHarness(const QString &path, DeskSiteConfig site = {});
    bool signIn(const QUrl &url, const QString &login, const QString &password = QStringLiteral("password-1"));
    // Files a valid work order (answered on the call when `answered`); returns its number.
    QString file(int index, bool answered = false);
    bool syncUntilIdle(int timeoutMs = 30000);

    std::unique_ptr<LocalStore> store;
    std::unique_ptr<KnowledgeBase> kb;
    std::unique_ptr<WorkOrderRepository> orders;
    std::unique_ptr<SyncEngine> sync;
};

// A synchronous HTTP call: status, body and its type, as a client that is not a desk sees it.
struct RawAnswer {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};
RawAnswer rawHttp(const QUrl &base, const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QString &token = {}, const QByteArray &contentType = "application/json");
// The same for the JSON API: status and the JSON object answered.
struct HttpAnswer {
    int status = 0;
    QJsonObject body;
};
HttpAnswer http(const QUrl &base, const QByteArray &method, const QString &path, const QByteArray &body = {},
                const QString &token = {});
QString signInToken(const QUrl &base, const QString &login, const QString &password = QStringLiteral("password-1"));

// One keep-alive HTTP/1.1 connection with one request in flight, answered asynchronously:
// for tests that need many requests at the centre at the same moment.
class HttpLane {
public:
    using Done = std::function<void(int status, const QByteArray &body)>;
    explicit HttpLane(const QUrl &base);
    ~HttpLane();
    HttpLane(const HttpLane &) = delete;
    HttpLane &operator=(const HttpLane &) = delete;
    bool isConnected() const;
    // `done` is called from the event loop with the status and body (0 and nothing if the
    // connection broke).
    void send(const QByteArray &method, const QString &path, const QByteArray &body, const QString &token, Done done);
    bool busy() const { return bool(m_done); }

private:
    void read();
    QUrl m_base;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
    Done m_done;
};

// Counts in the centre's database, read over a connection of the test's own.
qint64 centralCount(const QString &databaseUrl, const QString &sql);

bool waitUntil(const std::function<bool()> &condition, int timeoutMs);

// A centre of the test's own, on the parameter's database ("sqlite" or "postgresql").
class CentralTest : public ::testing::TestWithParam<const char *> {
protected:
    // Creates these users (login, role; the harness's password) and starts the centre.
    void startCentral(std::initializer_list<std::pair<const char *, const char *>> users)
    {
        url = centralDatabaseUrl(QString::fromLatin1(GetParam()), dir);
        ASSERT_FALSE(url.isEmpty()) << "no database for " << GetParam();
        central = std::make_unique<CentralProcess>(url);
        for (const auto &[login, role] : users)
            ASSERT_TRUE(central->addUser(QString::fromLatin1(login), QString::fromLatin1(role)));
        ASSERT_TRUE(central->start()) << qPrintable(central->log());
    }
    qint64 count(const char *sql) const { return centralCount(url, QString::fromLatin1(sql)); }

    QTemporaryDir dir;
    QString url;
    std::unique_ptr<CentralProcess> central;
};

} // namespace hotline::test
