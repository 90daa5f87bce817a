// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpServer.h"

#include "HttpConnection.h"

#include <QDateTime>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

namespace hotline {

// Accepts sockets itself, so that a TLS socket is made before its first byte and every
// connection is counted and checked before anything reads from it.
class HttpListener : public QTcpServer {
public:
    explicit HttpListener(HttpServer *server) : QTcpServer(server), m_server(server) {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket *socket = m_server->m_tls ? new QSslSocket : new QTcpSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        m_server->accept(socket);
    }

private:
    HttpServer *m_server;
};

namespace {
// IPv4 clients of a dual-stack socket arrive as ::ffff:a.b.c.d; count them as a.b.c.d.
QHostAddress plain(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}
} // namespace

HttpReply::HttpReply(HttpConnection *connection, quint64 sequence) : m_connection(connection), m_sequence(sequence) {}

void HttpReply::send(const HttpResponse &response) const
{
    if (m_connection)
        m_connection->respond(m_sequence, response);
}

bool HttpReply::isWaiting() const
{
    return m_connection && !m_connection->isClosed();
}

HttpServer::HttpServer(HttpLimits limits, QList<QHostAddress> trustedProxies, QObject *parent)
    : QObject(parent), m_limits(limits), m_sweeper(new QTimer(this))
{
    for (const QHostAddress &proxy : trustedProxies)
        m_trustedProxies.append(plain(proxy));
    m_sweeper->setInterval(500);
    connect(m_sweeper, &QTimer::timeout, this, &HttpServer::sweep);
    m_sweeper->start();
}

HttpServer::~HttpServer()
{
    // Connections go with this object (their parent); nothing of theirs is called back.
    for (HttpConnection *connection : std::as_const(m_connections))
        connection->disconnect(this);
}

bool HttpServer::useTls(const QString &certificateFile, const QString &keyFile, QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("this Qt has no TLS backend (OpenSSL)");
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("no PEM certificate in %1").arg(certificateFile);
        return false;
    }
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(keyFile);
        return false;
    }
    const QByteArray pem = keyIn.readAll();
    QSslKey key(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        *error = QStringLiteral("no PEM private key (RSA or EC) in %1").arg(keyFile);
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // desks prove who they are by signing in
    m_tls = tls;
    return true;
}

quint16 HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    delete m_listener;
    m_listener = new HttpListener(this);
    // A floor of desks reconnecting at once (the centre restarted) must not overflow the
    // kernel's queue of connections not yet accepted: its SYNs would wait out TCP's back-off.
    m_listener->setListenBacklogSize(4096);
    if (!m_listener->listen(address, port)) {
        *error = m_listener->errorString();
        return 0;
    }
    return m_listener->serverPort();
}

void HttpServer::stopListening()
{
    if (m_listener)
        m_listener->close();
}

bool HttpServer::isTrusted(const QHostAddress &peer) const
{
    return m_trustedProxies.contains(peer);
}

void HttpServer::accept(QTcpSocket *socket)
{
    const QHostAddress peer = plain(socket->peerAddress());
    const bool trusted = isTrusted(peer);
    const bool full = m_total >= m_limits.maxConnections;
    const bool addressFull = !trusted && m_perAddress.value(peer) >= m_limits.maxConnectionsPerAddress;
    if (full || addressFull) {
        // Said plainly on a plain socket; a TLS one is closed before its handshake costs us.
        if (!m_tls)
            socket->write(HttpResponse::error(HttpStatus::ServiceUnavailable,
                                              full ? QStringLiteral("the centre has no room for another connection")
                                                   : QStringLiteral("too many connections from %1").arg(peer.toString()))
                              .withHeader("Retry-After", "5")
                              .serialize(false));
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
        QTimer::singleShot(2000, socket, &QTcpSocket::abort);
        return;
    }
    ++m_total;
    ++m_perAddress[peer];
    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        tls->setSslConfiguration(*m_tls);
        tls->startServerEncryption();
    }
    auto *connection = new HttpConnection(
        socket, m_limits, peer, trusted,
        [this](HttpConnection *c, quint64 sequence, HttpRequest &&request) { handle(c, sequence, std::move(request)); },
        [this](HttpConnection *, QTcpSocket *s, const HttpRequest &request) -> std::optional<HttpResponse> {
            if (!m_upgrade)
                return HttpResponse::error(HttpStatus::NotFound, QStringLiteral("no protocol switch here"));
            return m_upgrade(s, request);
        },
        this);
    m_connections.append(connection);
    connect(connection, &HttpConnection::finished, this, [this, peer](HttpConnection *done) {
        m_connections.removeOne(done);
        // A socket handed over is counted by countUntilDestroyed() from now on.
        release(peer);
        done->deleteLater();
    });
}

void HttpServer::countUntilDestroyed(QObject *socket, const QHostAddress &peer)
{
    const QHostAddress key = plain(peer);
    ++m_total;
    ++m_perAddress[key];
    // The socket may live on another thread: the count comes back here, queued.
    connect(socket, &QObject::destroyed, this, [this, key] { release(key); }, Qt::QueuedConnection);
}

void HttpServer::release(const QHostAddress &peer)
{
    --m_total;
    auto it = m_perAddress.find(peer);
    if (it != m_perAddress.end() && --it.value() <= 0)
        m_perAddress.erase(it);
}

void HttpServer::sweep()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // closeIfExpired may finish a connection, which takes it out of the list: walk a copy.
    const QList<HttpConnection *> open = m_connections;
    for (HttpConnection *connection : open)
        connection->closeIfExpired(now);
}

void HttpServer::route(QByteArray method, const QString &pattern, Handler handler)
{
    m_routes.push_back({std::move(method), pattern.split(u'/', Qt::SkipEmptyParts), std::move(handler)});
}

void HttpServer::route(QByteArray method, const QString &pattern, SimpleHandler handler)
{
    route(std::move(method), pattern, Handler([handler = std::move(handler)](HttpRequest &&request, HttpReply reply) {
              reply.send(handler(request));
          }));
}

void HttpServer::handle(HttpConnection *connection, quint64 sequence, HttpRequest &&request)
{
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    bool pathKnown = false;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QStringList arguments;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            if (route.segments.at(i) == QLatin1String("<arg>"))
                arguments.append(segments.at(i));
            else
                matches = route.segments.at(i) == segments.at(i);
        }
        if (!matches)
            continue;
        pathKnown = true;
        if (route.method != request.method)
            continue;
        request.arguments = std::move(arguments);
        route.handler(std::move(request), HttpReply(connection, sequence));
        return;
    }
    HttpReply(connection, sequence)
        .send(pathKnown ? HttpResponse::error(HttpStatus::MethodNotAllowed, QStringLiteral("%1 is not allowed on %2")
                                                                             .arg(QString::fromLatin1(request.method), request.path))
                        : HttpResponse::error(HttpStatus::NotFound, QStringLiteral("no route %1").arg(request.path)));
}

} // namespace hotline
