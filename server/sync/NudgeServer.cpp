// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/sync/NudgeServer.h"

#include "server/database/CentralDatabase.h"
#include "server/sync/SyncService.h"
#include "server/users/UserDirectory.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <atomic>
#include <memory>

namespace hotline {

namespace {
// A desk that has not answered pings for this long is gone (a pulled cable, a dead laptop):
// its socket would otherwise hold a descriptor until TCP gives up, hours later.
constexpr int pingEveryMs = 30'000;
constexpr qint64 silentForMs = 95'000;
// Expiry is checked in memory this often; the database (other centres' sign-outs) less often.
constexpr int expiryCheckMs = 5'000;
constexpr int recheckEveryMs = 120'000;
// Other centres on the same database (several behind one proxy) write too: their changes are
// looked for this often, so a desk streaming from this centre hears of them within a second
// or so rather than at its next tick. At most this many changes are read a time.
constexpr int watchEveryMs = 1'000;
constexpr int watchBatch = 5'000;
// The team leads' dashboards hear "floor" when orders or agent states changed, at most this
// often: a busy floor changes many times a second, and each one makes them ask for the figures.
constexpr int floorEveryMs = 3'000;

QString bearer(const QWebSocket *socket)
{
    const QByteArray header = socket->request().rawHeader("Authorization");
    return header.startsWith("Bearer ") ? QString::fromLatin1(header.mid(7).trimmed()) : QString();
}
} // namespace

// Everything that runs on the nudge thread: the desks' sockets and the pending news.
class NudgeHub : public QObject {
public:
    NudgeHub()
        : m_server(new QWebSocketServer(QStringLiteral("hotline-central"), QWebSocketServer::NonSecureMode, this)),
          m_timer(new QTimer(this)), m_housekeeping(new QTimer(this)), m_watch(new QTimer(this)), m_floor(new QTimer(this))
    {
        m_floor->setSingleShot(true);
        connect(m_floor, &QTimer::timeout, this, &NudgeHub::sendFloor);
        connect(m_server, &QWebSocketServer::newConnection, this, &NudgeHub::accept);
        m_server->setHandshakeTimeout(10'000);
        m_timer->setSingleShot(true);
        m_timer->setInterval(100);
        connect(m_timer, &QTimer::timeout, this, &NudgeHub::send);
        m_housekeeping->setInterval(expiryCheckMs);
        connect(m_housekeeping, &QTimer::timeout, this, &NudgeHub::housekeeping);
        m_watch->setInterval(watchEveryMs);
        connect(m_watch, &QTimer::timeout, this, &NudgeHub::watchOtherCentres);
    }

    bool start(const QString &databaseUrl, qsizetype maxMessage, QString *error)
    {
        Result<std::unique_ptr<CentralDatabase>> db = CentralDatabase::open(databaseUrl);
        if (!db) {
            *error = db.error();
            return false;
        }
        m_db = std::move(db).value();
        m_users = std::make_unique<UserDirectory>(*m_db);
        m_sync = std::make_unique<SyncService>(*m_db, *m_users);
        m_maxMessage = maxMessage;
        m_watched = m_sync->latestRevision();
        m_housekeeping->start();
        m_watch->start();
        return true;
    }

    void adopt(QTcpSocket *socket)
    {
        socket->setParent(this);
        // The handshake is still unread on it: the WebSocket server reads it from here on.
        m_server->handleConnection(socket);
        Q_EMIT socket->readyRead();
    }

    // A change this centre wrote: its desks are nudged now, and the watch skips it.
    void nudge(const QString &desk, qint64 revision)
    {
        written(revision);
        queue(desk, revision);
    }
    void written(qint64 revision)
    {
        if (revision > m_watched)
            m_own.insert(revision);
        floorChanged();
    }

    void queue(const QString &desk, qint64 revision)
    {
        m_pending.insert(desk);
        m_revision = std::max(m_revision, revision);
        if (!m_timer->isActive())
            m_timer->start();
        floorChanged();
    }

    // Something on the floor changed (any write, this centre's or another's on the database).
    void floorChanged()
    {
        if (m_floor->isActive())
            return; // the one already due carries this change too
        const qint64 since = QDateTime::currentMSecsSinceEpoch() - m_floorSentAt;
        m_floor->start(int(std::clamp<qint64>(floorEveryMs - since, 100, floorEveryMs)));
    }

    void stop()
    {
        m_housekeeping->stop();
        m_watch->stop();
        m_server->close();
        const QList<QWebSocket *> open = m_streams.keys();
        for (QWebSocket *socket : open)
            socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server stopping"));
    }

    void recheck(bool fromDatabase)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QList<QWebSocket *> open = m_streams.keys();
        for (QWebSocket *socket : open) {
            Stream &stream = m_streams[socket];
            if (stream.expiresAt <= now) {
                socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("the session has expired: sign in again"));
            } else if (now - stream.lastHeard > silentForMs) {
                socket->abort();
            } else if (fromDatabase && !m_users->authenticate(stream.token)) {
                socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("the session has ended"));
            }
        }
    }

    int count() const { return m_count.load(); }

private:
    struct Stream {
        QString desk;
        QString token;
        bool floor = false; // a team lead, an administrator or a knowledge-base editor: hears "floor"
        qint64 expiresAt = 0;
        qint64 lastHeard = 0;
    };

    void accept()
    {
        while (QWebSocket *socket = m_server->nextPendingConnection()) {
            socket->setParent(this);
            socket->setMaxAllowedIncomingFrameSize(quint64(m_maxMessage));
            socket->setMaxAllowedIncomingMessageSize(quint64(m_maxMessage));
            // The front checked the token; checked again here, against this thread's connection.
            const QString token = bearer(socket);
            const std::optional<Session> session = m_users->authenticate(token);
            if (socket->requestUrl().path() != QLatin1String("/api/v1/stream") || !session) {
                socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("sign in first"));
                socket->deleteLater();
                continue;
            }
            // One stream per session: a second one (a reconnect, a copied token) replaces the first.
            if (QWebSocket *older = m_byToken.value(token))
                older->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("another stream opened for this session"));
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const Role role = session->user.role;
            m_streams.insert(socket, {session->desk, token, role == Role::TeamLead || role == Role::Admin || role == Role::KbEditor,
                                      session->expiresAt.toMSecsSinceEpoch(), now});
            m_byToken.insert(token, socket);
            m_count.store(int(m_streams.size()));
            connect(socket, &QWebSocket::pong, this, [this, socket] { heard(socket); });
            connect(socket, &QWebSocket::textMessageReceived, this, [this, socket] { heard(socket); });
            connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket] { heard(socket); });
            connect(socket, &QWebSocket::disconnected, this, [this, socket] {
                const auto it = m_streams.find(socket);
                if (it != m_streams.end()) {
                    if (m_byToken.value(it->token) == socket)
                        m_byToken.remove(it->token);
                    m_streams.erase(it);
                }
                m_count.store(int(m_streams.size()));
                socket->deleteLater(); // not inside its own signal
            });
            socket->sendTextMessage(message("hello", m_sync->latestRevision()));
        }
    }

    void heard(QWebSocket *socket)
    {
        const auto it = m_streams.find(socket);
        if (it != m_streams.end())
            it->lastHeard = QDateTime::currentMSecsSinceEpoch();
    }

    void housekeeping()
    {
        m_sinceRecheck += expiryCheckMs;
        const bool fromDatabase = m_sinceRecheck >= recheckEveryMs;
        if (fromDatabase)
            m_sinceRecheck = 0;
        m_sincePing += expiryCheckMs;
        if (m_sincePing >= pingEveryMs) {
            m_sincePing = 0;
            for (auto it = m_streams.cbegin(); it != m_streams.cend(); ++it)
                it.key()->ping();
        }
        recheck(fromDatabase);
    }

    // The changes written since the last look that this centre did not write itself: another
    // centre's. Their desks are nudged as this centre's own are. A change another centre
    // commits after a later one was seen here is not looked for again: its desks pull at their
    // next tick (the pull itself never skips it).
    void watchOtherCentres()
    {
        const PreparedQuery newer = m_db->prepared(QStringLiteral(
            "SELECT revision, audience FROM changes WHERE revision > ? ORDER BY revision LIMIT %1").arg(watchBatch));
        newer->addBindValue(m_watched);
        if (!newer->exec())
            return; // the database is away: the next look finds it all
        qint64 last = m_watched;
        QSet<QString> audiences;
        while (newer->next()) {
            last = newer->value(0).toLongLong();
            if (!m_own.remove(last))
                audiences.insert(newer->value(1).toString());
        }
        newer->finish();
        m_watched = last;
        // What this centre wrote at or below the point seen will not be read again.
        for (auto it = m_own.begin(); it != m_own.end();)
            it = *it <= m_watched ? m_own.erase(it) : std::next(it);
        for (const QString &desk : std::as_const(audiences))
            queue(desk, last);
    }

    void send()
    {
        const QString text = message("changed", m_revision);
        const bool everyone = m_pending.contains(QString());
        for (auto it = m_streams.cbegin(); it != m_streams.cend(); ++it)
            if (everyone || m_pending.contains(it.value().desk))
                it.key()->sendTextMessage(text);
        m_pending.clear();
    }

    void sendFloor()
    {
        m_floorSentAt = QDateTime::currentMSecsSinceEpoch();
        const QString text = message("floor", m_revision);
        for (auto it = m_streams.cbegin(); it != m_streams.cend(); ++it)
            if (it.value().floor)
                it.key()->sendTextMessage(text);
    }

    static QString message(const char *type, qint64 revision)
    {
        return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("type"), QString::fromLatin1(type)},
                                                           {QStringLiteral("revision"), revision}})
                                     .toJson(QJsonDocument::Compact));
    }

    QWebSocketServer *m_server;
    QTimer *m_timer;
    QTimer *m_housekeeping;
    QTimer *m_watch;
    QTimer *m_floor;
    qint64 m_floorSentAt = 0;
    std::unique_ptr<CentralDatabase> m_db;
    std::unique_ptr<UserDirectory> m_users;
    std::unique_ptr<SyncService> m_sync;
    qsizetype m_maxMessage = 64 * 1024;
    QHash<QWebSocket *, Stream> m_streams;
    QHash<QString, QWebSocket *> m_byToken;
    QSet<QString> m_pending; // desks with news; '' is every desk
    qint64 m_revision = 0;
    qint64 m_watched = 0;   // the last change the watch has seen
    QSet<qint64> m_own;     // changes this centre wrote above it
    int m_sinceRecheck = 0;
    int m_sincePing = 0;
    std::atomic<int> m_count{0};
};

NudgeServer::NudgeServer() : m_hub(new NudgeHub)
{
    m_thread.setObjectName(QStringLiteral("nudges"));
    m_hub->moveToThread(&m_thread);
    // Deleted on its own thread as it finishes, so its database connection closes there.
    QObject::connect(&m_thread, &QThread::finished, m_hub, &QObject::deleteLater);
    m_thread.start();
}

NudgeServer::~NudgeServer()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

bool NudgeServer::start(const QString &databaseUrl, qsizetype maxMessage, QString *error)
{
    bool started = false;
    QMetaObject::invokeMethod(
        m_hub, [&] { started = m_hub->start(databaseUrl, maxMessage, error); }, Qt::BlockingQueuedConnection);
    return started;
}

void NudgeServer::adopt(QTcpSocket *socket)
{
    socket->moveToThread(&m_thread);
    QMetaObject::invokeMethod(m_hub, [hub = m_hub, socket] { hub->adopt(socket); }, Qt::QueuedConnection);
}

void NudgeServer::nudge(const QString &desk, qint64 revision)
{
    QMetaObject::invokeMethod(m_hub, [hub = m_hub, desk, revision] { hub->nudge(desk, revision); }, Qt::QueuedConnection);
}

void NudgeServer::written(qint64 revision)
{
    QMetaObject::invokeMethod(m_hub, [hub = m_hub, revision] { hub->written(revision); }, Qt::QueuedConnection);
}

void NudgeServer::recheckSessions()
{
    QMetaObject::invokeMethod(m_hub, [hub = m_hub] { hub->recheck(true); }, Qt::QueuedConnection);
}

void NudgeServer::stop()
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_hub, [hub = m_hub] { hub->stop(); }, Qt::BlockingQueuedConnection);
}

int NudgeServer::streamCount() const
{
    return m_hub->count();
}

} // namespace hotline
