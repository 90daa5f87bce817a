// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpLimits.h"
#include "HttpMessage.h"

#include <QObject>
#include <QPointer>

#include <http_parser.h>

#include <functional>

class QTcpSocket;

namespace hotline {

// One client connection: reads requests with the http_parser library (the parser Node.js and
// many servers were built on), one at a time, never holding more than a bounded amount of
// what the client sends. A request line over the limit is answered 414, headers over it 431,
// a declared body over it 413 before a byte of the body is read, a malformed request 400; then
// the connection closes. A request is answered before the next one is read, so answers
// keep their order even when a client pipelines, and a client that sends faster than it is
// answered is held back by TCP itself (the socket's read buffer is bounded).
class HttpConnection : public QObject {
    Q_OBJECT
public:
    // `request` is called for each complete request; answer it with respond(sequence, …),
    // at once or later (a push waits for its group commit). `upgrade` is called for a first
    // request asking for a protocol switch: it takes the socket (returns nothing; the request
    // bytes are still unread on it, and the socket is still this connection's child until the
    // taker reparents it) or refuses with a response.
    using RequestHandler = std::function<void(HttpConnection *, quint64 sequence, HttpRequest &&)>;
    using UpgradeHandler = std::function<std::optional<HttpResponse>(HttpConnection *, QTcpSocket *, const HttpRequest &)>;

    HttpConnection(QTcpSocket *socket, const HttpLimits &limits, QHostAddress client, bool trustedPeer, RequestHandler request,
                   UpgradeHandler upgrade, QObject *parent = nullptr);
    ~HttpConnection() override;

    // Answers request `sequence`; ignored when the connection has gone on or closed since.
    void respond(quint64 sequence, const HttpResponse &response);
    // Closes when its deadline passed (a slow or idle client); true when it did.
    bool closeIfExpired(qint64 nowMs);
    void close();
    bool isClosed() const { return m_socket == nullptr; }
    QTcpSocket *socket() const { return m_socket; }
    const QHostAddress &peer() const { return m_peer; }

Q_SIGNALS:
    // The connection is over (closed, refused, or its socket handed over); delete it later.
    void finished(hotline::HttpConnection *connection);

private:
    // Draining: refused, the answer sent, the rest of what the client sends read and dropped
    // for a moment, so that its TCP stack does not reset the connection before it reads why.
    enum class Phase { Waiting, Head, Body, Handling, Draining };

    static const http_parser_settings &parserSettings();
    static int onMessageBegin(http_parser *parser);
    static int onUrl(http_parser *parser, const char *at, size_t length);
    static int onHeaderField(http_parser *parser, const char *at, size_t length);
    static int onHeaderValue(http_parser *parser, const char *at, size_t length);
    static int onHeadersComplete(http_parser *parser);
    static int onBody(http_parser *parser, const char *at, size_t length);
    static int onMessageComplete(http_parser *parser);

    void readMore();
    // Feeds bytes to the parser; false when the connection ended on the way.
    bool feed(const char *data, qsizetype size);
    void dispatch();
    void handleUpgrade();
    void refuse(HttpStatus status, const QString &message);
    void setDeadline(int fromNowMs);
    bool headGrows(qsizetype bytes);
    void finishHeader();
    void detachSocket();
    void drain();

    QTcpSocket *m_socket;
    HttpLimits m_limits;
    QHostAddress m_peer;
    QHostAddress m_client;
    bool m_trustedPeer;
    RequestHandler m_onRequest;
    UpgradeHandler m_onUpgrade;
    http_parser m_parser{};
    Phase m_phase = Phase::Waiting;
    qint64 m_deadline = 0;
    QByteArray m_pending;  // bytes read past the request being answered (pipelining)
    bool m_firstRequest = true;
    bool m_keepAlive = true;
    bool m_drainAfterAnswer = false;
    qint64 m_drained = 0;
    quint64 m_sequence = 0;

    // The request being read.
    HttpRequest m_request;
    QByteArray m_url;
    QByteArray m_field;
    QByteArray m_value;
    bool m_inValue = false;
    qsizetype m_headBytes = 0;
    HttpStatus m_refusal = HttpStatus::Ok;
    QString m_refusalMessage;
};

} // namespace hotline
