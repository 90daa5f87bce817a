// SPDX-License-Identifier: GPL-3.0-or-later
#include "CentralHarness.h"

#include "workorder/WorkOrder.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

#include <csignal>

namespace hotline::test {

QString departmentUnit(const QString &login)
{
    return QStringLiteral("UNIT-") + login.toUpper();
}

namespace {
// A port free at this moment (tests run in parallel: a fixed one may be another test's).
int freePort()
{
    QTcpServer api;
    api.listen(QHostAddress::LocalHost, 0);
    return api.serverPort();
}
} // namespace

QString centralDatabaseUrl(const QString &backend, const QTemporaryDir &dir)
{
    if (backend == QLatin1String("sqlite"))
        return QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("central.sqlite"));
    // A database of its own per test, on the run's shared server.
    const QString name = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QProcess script;
    script.start(QStringLiteral(HOTLINE_PG_SCRIPT),
                 {QStringLiteral("createdb"), QStringLiteral(HOTLINE_PG_DIR), QStringLiteral(HOTLINE_PG_PORT), name});
    script.waitForFinished(60000);
    return QString::fromUtf8(script.readAllStandardOutput()).trimmed();
}

CentralProcess::CentralProcess(QString databaseUrl, QStringList extraArguments)
    : m_databaseUrl(std::move(databaseUrl)), m_extra(std::move(extraArguments))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

CentralProcess::~CentralProcess()
{
    kill();
}

bool CentralProcess::addUser(const QString &login, const QString &role, const QString &password)
{
    QProcess add;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOTLINE_PASSWORD"), password);
    add.setProcessEnvironment(env);
    QStringList arguments{QStringLiteral("--database"), m_databaseUrl, QStringLiteral("--add-user"), login, QStringLiteral("--role"), role};
    if (role == QLatin1String("department"))
        arguments << QStringLiteral("--unit") << departmentUnit(login);
    add.start(QStringLiteral(HOTLINE_CENTRAL_BIN), arguments);
    return add.waitForFinished(30000) && add.exitCode() == 0;
}

bool CentralProcess::start()
{
    if (m_port == 0)
        m_port = freePort(); // kept across restarts: the desks keep their URL
    m_process.start(QStringLiteral(HOTLINE_CENTRAL_BIN),
                    QStringList{QStringLiteral("--database"), m_databaseUrl, QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:%1").arg(m_port)}
                        + m_extra);
    if (!m_process.waitForStarted(10000))
        return false;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(100);
        m_log += QString::fromUtf8(m_process.readAll());
        if (m_log.contains(QLatin1String("listening")))
            return true;
        if (m_process.state() == QProcess::NotRunning)
            return false;
    }
    return false;
}

QString CentralProcess::readLog()
{
    m_log += QString::fromUtf8(m_process.readAll());
    return m_log;
}

qint64 CentralProcess::residentKiB() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

void CentralProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished(10000);
    m_log += QString::fromUtf8(m_process.readAll());
}

int CentralProcess::terminate()
{
    m_process.terminate();
    m_process.waitForFinished(10000);
    m_log += QString::fromUtf8(m_process.readAll());
    return m_process.exitCode();
}

DeskHarness::DeskHarness(const QString &path, DeskSiteConfig site)
{
    store = std::move(LocalStore::open(path)).value();
    // Each desk of a test its own name and workstation number, as on a real floor; kept when
    // the same store is opened again.
    if (store->meta(QStringLiteral("central.desk")).isEmpty()) {
        static int desks = 0;
        const int number = 10 + (++desks % 890);
        (void)store->setMeta(QStringLiteral("central.desk"), QStringLiteral("ws-%1-%2").arg(number).arg(QUuid::createUuid().toString(QUuid::Id128).left(6)));
        (void)store->setMeta(QStringLiteral("workstation"), QString::number(number));
    }
    kb = std::make_unique<KnowledgeBase>(*store, PinyinTable::builtIn());
    orders = std::make_unique<WorkOrderRepository>(*store);
    sync = std::make_unique<SyncEngine>(*store, kb->articles(), std::move(site));
    sync->start(500); // a desk retries on its own (every 3 s there): no test waits on a lost round
}

bool DeskHarness::signIn(const QUrl &url, const QString &login, const QString &password)
{
    QString problem = QStringLiteral("no answer");
    bool done = false;
    sync->signIn(url, login, password, [&](const QString &error) {
        problem = error;
        done = true;
    });
    waitUntil([&] { return done; }, 30000);
    if (!problem.isEmpty())
        qWarning("sign-in failed: %s", qPrintable(problem));
    return problem.isEmpty();
}

WorkOrderDraft reportDraft(int index, const QString &level3)
{
    WorkOrderDraft draft;
    draft.phone = QStringLiteral("139%1").arg(10000000 + index);
    draft.callerName = QStringLiteral("来电人%1").arg(index);
    draft.appealType = AppealType::Help;
    draft.classification = {QStringLiteral("城乡建设"), QStringLiteral("城市建设和市政管理"), level3};
    draft.address.districtCode = QStringLiteral("110102");
    draft.address.districtName = QStringLiteral("西城区");
    draft.title = level3;
    draft.description = QStringLiteral("%1的问题（%2）").arg(level3).arg(index);
    return draft;
}

QString DeskHarness::file(int index, bool answered)
{
    WorkOrderDraft draft = reportDraft(index);
    draft.title = QStringLiteral("第 %1 号：井盖丢失'; DROP TABLE work_orders; --").arg(index);
    draft.description = QStringLiteral("路口井盖丢了，请尽快处理（%1）").arg(index);
    if (answered)
        draft.reply = QStringLiteral("已告知来电人");
    Result<QString> number = orders->create(draft, QStringLiteral("op"));
    return number ? number.value() : QString();
}

bool DeskHarness::syncUntilIdle(int timeoutMs)
{
    // A whole round from now: a round already finished says nothing about changes since.
    int rounds = 0;
    const QMetaObject::Connection counting = QObject::connect(sync.get(), &SyncEngine::synced, [&rounds] { ++rounds; });
    sync->syncNow();
    const bool idle = waitUntil([&] {
        return rounds > 0 && sync->state() == SyncEngine::State::Online && Outbox(*store).pendingCount() == 0;
    }, timeoutMs);
    QObject::disconnect(counting);
    return idle;
}

RawAnswer rawHttp(const QUrl &base, const QByteArray &method, const QString &path, const QByteArray &body, const QString &token,
                  const QByteArray &contentType)
{
    QNetworkAccessManager network;
    QUrl url = base;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Content-Type", contentType);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    RawAnswer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                     reply->header(QNetworkRequest::ContentTypeHeader).toByteArray()};
    reply->deleteLater();
    return answer;
}

HttpAnswer http(const QUrl &base, const QByteArray &method, const QString &path, const QByteArray &body, const QString &token)
{
    const RawAnswer answer = rawHttp(base, method, path, body, token);
    return {answer.status, QJsonDocument::fromJson(answer.body).object()};
}

QString signInToken(const QUrl &base, const QString &login, const QString &password)
{
    // One test workstation for every raw client: the same name with the same key.
    const QJsonObject body{{QStringLiteral("login"), login}, {QStringLiteral("password"), password}, {QStringLiteral("desk"), QStringLiteral("ws-test")},
                           {QStringLiteral("deskKey"), QStringLiteral("key-of-the-raw-test-workstation")}};
    return http(base, "POST", QStringLiteral("/api/v1/auth/sign-in"), QJsonDocument(body).toJson()).body.value(QLatin1String("token")).toString();
}

HttpLane::HttpLane(const QUrl &base) : m_base(base), m_socket(std::make_unique<QTcpSocket>())
{
    QObject::connect(m_socket.get(), &QTcpSocket::readyRead, [this] { read(); });
    QObject::connect(m_socket.get(), &QTcpSocket::disconnected, [this] {
        if (Done done = std::exchange(m_done, {}))
            done(0, {});
    });
    m_socket->connectToHost(QHostAddress::LocalHost, quint16(base.port()));
    m_socket->waitForConnected(5000);
}

HttpLane::~HttpLane()
{
    m_socket->disconnect();
}

bool HttpLane::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpLane::send(const QByteArray &method, const QString &path, const QByteArray &body, const QString &token, Done done)
{
    m_done = std::move(done);
    m_buffer.clear();
    QByteArray request = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_base.port()) + "\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token.toLatin1() + "\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    m_socket->write(request + "\r\n" + body);
}

void HttpLane::read()
{
    m_buffer += m_socket->readAll();
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QByteArray head = m_buffer.left(headerEnd).toLower();
    const qsizetype at = head.indexOf("content-length:");
    const qsizetype length = at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
    if (m_buffer.size() < headerEnd + 4 + length)
        return;
    const int status = head.mid(9, 3).toInt(); // "http/1.1 200 ok"
    const QByteArray body = m_buffer.mid(headerEnd + 4, length);
    m_buffer.clear();
    if (Done done = std::exchange(m_done, {}))
        done(status, body);
}

qint64 centralCount(const QString &databaseUrl, const QString &sql)
{
    Result<std::unique_ptr<CentralDatabase>> db = CentralDatabase::open(databaseUrl);
    if (!db)
        return -1;
    QSqlQuery query(db.value()->database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(5);
    }
    return true;
}

} // namespace hotline::test
