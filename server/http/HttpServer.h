// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpLimits.h"
#include "HttpMessage.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <optional>
#include <vector>

class QTcpSocket;
class QTimer;

namespace hotline {

class HttpConnection;
class HttpListener;

// How a handler answers: now or later (a push answers after its group commit). A reply for a
// client that has hung up meanwhile goes nowhere; the handler need not care.
class HttpReply {
public:
    HttpReply() = default;
    HttpReply(HttpConnection *connection, quint64 sequence);
    void send(const HttpResponse &response) const;
    // Whether anyone is still waiting for it.
    bool isWaiting() const;

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_sequence = 0;
};

// The centre's HTTP/1.1 front: plain or TLS (QSslSocket, the certificate from the config),
// every client bounded by HttpLimits — in what it may send (HttpConnection), in how long it
// may take (a sweep over the deadlines twice a second), in how many connections it may hold
// (per address, trusted proxies apart, and in all; a WebSocket handed over still counts) —
// and requests routed by method and path.
class HttpServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<void(HttpRequest &&, HttpReply)>;
    using SimpleHandler = std::function<HttpResponse(const HttpRequest &)>;
    // Takes the socket of a protocol switch (reparents it) or refuses with a response.
    using UpgradeHandler = std::function<std::optional<HttpResponse>(QTcpSocket *, const HttpRequest &)>;

    HttpServer(HttpLimits limits, QList<QHostAddress> trustedProxies, QObject *parent = nullptr);
    ~HttpServer() override;

    // TLS for every connection from now on (a PEM certificate chain and its key); false with
    // `error` when they cannot be used.
    bool useTls(const QString &certificateFile, const QString &keyFile, QString *error);
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);
    // Stops taking connections; those open are answered.
    void stopListening();

    // `pattern` is a path; "<arg>" in it matches one segment, handed over in request.arguments.
    void route(QByteArray method, const QString &pattern, Handler handler);
    void route(QByteArray method, const QString &pattern, SimpleHandler handler);
    void setUpgradeHandler(UpgradeHandler handler) { m_upgrade = std::move(handler); }

    // A socket handed over by an upgrade still holds a descriptor: counted until it is gone.
    void countUntilDestroyed(QObject *socket, const QHostAddress &peer);
    int connectionCount() const { return m_total; }
    const HttpLimits &limits() const { return m_limits; }

private:
    friend class HttpListener;
    struct Route {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };
    void accept(QTcpSocket *socket);
    void handle(HttpConnection *connection, quint64 sequence, HttpRequest &&request);
    void release(const QHostAddress &peer);
    bool isTrusted(const QHostAddress &peer) const;
    void sweep();

    HttpLimits m_limits;
    QList<QHostAddress> m_trustedProxies;
    std::optional<QSslConfiguration> m_tls;
    HttpListener *m_listener = nullptr;
    std::vector<Route> m_routes;
    UpgradeHandler m_upgrade;
    QList<HttpConnection *> m_connections;
    QHash<QHostAddress, int> m_perAddress;
    int m_total = 0;
    QTimer *m_sweeper;
};

} // namespace hotline
