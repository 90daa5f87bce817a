// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/sync/NudgeServer.h"

#include "server/database/CentralDatabase.h"
#include "server/sync/SyncService.h"
#include "server/users/UserDirectory.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMultiHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

namespace hotline {

// Everything that runs on the nudge thread: the server, the desks' sockets, the pending news.
class NudgeHub : public QObject {
public:
    NudgeHub()
        : m_server(new QWebSocketServer(QStringLiteral("hotline-central"), QWebSocketServer::NonSecureMode, this)),
          m_timer(new QTimer(this))
    {
        connect(m_server, &QWebSocketServer::newConnection, this, &NudgeHub::accept);
        m_timer->setSingleShot(true);
        m_timer->setInterval(100);
        connect(m_timer, &QTimer::timeout, this, &NudgeHub::send);
    }

    quint16 listen(const QString &databaseUrl, const QHostAddress &address, quint16 port, QString *error)
    {
        Result<std::unique_ptr<CentralDatabase>> db = CentralDatabase::open(databaseUrl);
        if (!db) {
            *error = db.error();
            return 0;
        }
        m_db = std::move(db).value();
        m_users = std::make_unique<UserDirectory>(*m_db);
        m_sync = std::make_unique<SyncService>(*m_db, *m_users);
        if (!m_server->listen(address, port)) {
            *error = m_server->errorString();
            return 0;
        }
        return m_server->serverPort();
    }

    void nudge(const QString &desk, qint64 revision)
    {
        m_pending.insert(desk);
        m_revision = std::max(m_revision, revision);
        if (!m_timer->isActive())
            m_timer->start();
    }

    void stop()
    {
        m_server->close();
        // Closing one drops it from m_desks at once (its disconnected signal): walk a copy.
        const QList<QPointer<QWebSocket>> open(m_desks.keyBegin(), m_desks.keyEnd());
        for (const QPointer<QWebSocket> &socket : open)
            if (socket)
                socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server stopping"));
    }

private:
    void accept()
    {
        while (QWebSocket *socket = m_server->nextPendingConnection()) {
            socket->setParent(this);
            const QUrl url = socket->requestUrl();
            const std::optional<Session> session = m_users->authenticate(QUrlQuery(url).queryItemValue(QStringLiteral("token")));
            if (url.path() != QLatin1String("/api/v1/stream") || !session) {
                socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("sign in first"));
                socket->deleteLater();
                continue;
            }
            m_desks.insert(socket, session->desk);
            connect(socket, &QWebSocket::disconnected, this, [this, socket] {
                m_desks.remove(socket);
                socket->deleteLater(); // not inside its own signal
            });
            socket->sendTextMessage(message("hello", m_sync->latestRevision()));
        }
    }

    void send()
    {
        const QString text = message("changed", m_revision);
        const bool everyone = m_pending.contains(QString());
        for (auto it = m_desks.cbegin(); it != m_desks.cend(); ++it)
            if (everyone || m_pending.contains(it.value()))
                it.key()->sendTextMessage(text);
        m_pending.clear();
    }

    static QString message(const char *type, qint64 revision)
    {
        return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("type"), QString::fromLatin1(type)},
                                                           {QStringLiteral("revision"), revision}})
                                     .toJson(QJsonDocument::Compact));
    }

    QWebSocketServer *m_server;
    QTimer *m_timer;
    std::unique_ptr<CentralDatabase> m_db;
    std::unique_ptr<UserDirectory> m_users;
    std::unique_ptr<SyncService> m_sync;
    QHash<QWebSocket *, QString> m_desks; // socket → desk
    QSet<QString> m_pending;               // desks with news; '' is every desk
    qint64 m_revision = 0;
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

quint16 NudgeServer::listen(const QString &databaseUrl, const QHostAddress &address, quint16 port, QString *error)
{
    QMetaObject::invokeMethod(
        m_hub, [&] { m_port = m_hub->listen(databaseUrl, address, port, error); }, Qt::BlockingQueuedConnection);
    return m_port;
}

void NudgeServer::nudge(const QString &desk, qint64 revision)
{
    QMetaObject::invokeMethod(m_hub, [hub = m_hub, desk, revision] { hub->nudge(desk, revision); }, Qt::QueuedConnection);
}

void NudgeServer::stop()
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_hub, [hub = m_hub] { hub->stop(); }, Qt::BlockingQueuedConnection);
}

} // namespace hotline
