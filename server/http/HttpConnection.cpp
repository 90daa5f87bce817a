// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpConnection.h"

#include "FormEncoding.h"

#include <QDateTime>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace hotline {

namespace {

// What is read from the socket at a time, and what the socket may hold unread: the bound on
// the memory one client can make the centre spend before a limit is checked.
constexpr qint64 readChunk = 64 * 1024;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

HttpConnection *self(http_parser *parser)
{
    return static_cast<HttpConnection *>(parser->data);
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpLimits &limits, QHostAddress client, bool trustedPeer,
                               RequestHandler request, UpgradeHandler upgrade, QObject *parent)
    : QObject(parent), m_socket(socket), m_limits(limits), m_peer(socket->peerAddress()), m_client(std::move(client)),
      m_trustedPeer(trustedPeer), m_onRequest(std::move(request)), m_onUpgrade(std::move(upgrade))
{
    http_parser_init(&m_parser, HTTP_REQUEST);
    m_parser.data = this;
    m_socket->setParent(this);
    m_socket->setReadBufferSize(std::max<qint64>(readChunk, m_limits.maxHeaderBytes + readChunk / 4));
    // The first request is read inside a transaction, so that a WebSocket upgrade can give the
    // socket away with the handshake still unread on it.
    m_socket->startTransaction();
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readMore);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::close);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        // A client that stops reading its answers holds them in our memory: not for long.
        if (m_socket && m_socket->bytesToWrite() > m_limits.maxUnsentBytes)
            close();
    });
    // Connection open, nothing asked yet: the head must come within the header timeout.
    setDeadline(m_limits.headerTimeoutMs);
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::readMore);
}

HttpConnection::~HttpConnection() = default;

const http_parser_settings &HttpConnection::parserSettings()
{
    static const http_parser_settings settings = [] {
        http_parser_settings s;
        http_parser_settings_init(&s);
        s.on_message_begin = &HttpConnection::onMessageBegin;
        s.on_url = &HttpConnection::onUrl;
        s.on_header_field = &HttpConnection::onHeaderField;
        s.on_header_value = &HttpConnection::onHeaderValue;
        s.on_headers_complete = &HttpConnection::onHeadersComplete;
        s.on_body = &HttpConnection::onBody;
        s.on_message_complete = &HttpConnection::onMessageComplete;
        return s;
    }();
    return settings;
}

void HttpConnection::setDeadline(int fromNowMs)
{
    m_deadline = nowMs() + fromNowMs;
}

bool HttpConnection::closeIfExpired(qint64 now)
{
    if (!m_socket || m_phase == Phase::Handling || now < m_deadline)
        return false;
    if (m_phase == Phase::Draining) {
        close();
        return true;
    }
    // A request that is half in gets an answer saying why; an idle connection just ends.
    if (m_phase == Phase::Head || m_phase == Phase::Body)
        refuse(HttpStatus::RequestTimeout, QStringLiteral("the request did not arrive in time"));
    else
        close();
    return true;
}

void HttpConnection::close()
{
    if (!m_socket)
        return;
    QTcpSocket *socket = m_socket;
    detachSocket();
    socket->abort();
    socket->deleteLater();
    Q_EMIT finished(this);
}

void HttpConnection::detachSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket = nullptr;
    m_phase = Phase::Waiting;
}

void HttpConnection::drain()
{
    // Bounded: a client still sending after its refusal is cut off after a few megabytes.
    constexpr qint64 drainAtMost = 8 * 1024 * 1024;
    char sink[16 * 1024];
    while (m_socket && m_socket->bytesAvailable() > 0) {
        const qint64 got = m_socket->read(sink, sizeof sink);
        if (got <= 0)
            break;
        m_drained += got;
        if (m_drained > drainAtMost) {
            close();
            return;
        }
    }
}

void HttpConnection::readMore()
{
    if (m_phase == Phase::Draining) {
        drain();
        return;
    }
    // One request at a time: while one is being answered, the rest waits in the socket (and
    // behind it, TCP's window).
    while (m_socket && m_phase != Phase::Handling) {
        if (!m_pending.isEmpty()) {
            const QByteArray pending = std::exchange(m_pending, {});
            if (!feed(pending.constData(), pending.size()))
                return;
            continue;
        }
        if (m_socket->bytesAvailable() <= 0)
            return;
        char buffer[16 * 1024];
        const qint64 got = m_socket->read(buffer, sizeof buffer);
        if (got <= 0)
            return;
        if (!feed(buffer, got))
            return;
    }
}

bool HttpConnection::feed(const char *data, qsizetype size)
{
    const size_t parsed = http_parser_execute(&m_parser, &parserSettings(), data, size_t(size));
    if (!m_socket)
        return false;
    const http_errno error = HTTP_PARSER_ERRNO(&m_parser);
    if (m_refusal != HttpStatus::Ok) {
        refuse(m_refusal, m_refusalMessage);
        return false;
    }
    if (m_parser.upgrade) {
        handleUpgrade();
        return false;
    }
    if (error == HPE_PAUSED) {
        // A whole request: keep what came after it for when it has been answered.
        m_pending = QByteArray(data + parsed, size - qsizetype(parsed));
        dispatch();
        return m_socket != nullptr;
    }
    if (error != HPE_OK) {
        refuse(HttpStatus::BadRequest, QStringLiteral("malformed request: %1").arg(QLatin1String(http_errno_description(error))));
        return false;
    }
    return true;
}

bool HttpConnection::headGrows(qsizetype bytes)
{
    m_headBytes += bytes;
    if (m_headBytes > m_limits.maxHeaderBytes) {
        m_refusal = HttpStatus::HeaderFieldsTooLarge;
        m_refusalMessage = QStringLiteral("request headers over the limit of %1 bytes").arg(m_limits.maxHeaderBytes);
        return false;
    }
    return true;
}

void HttpConnection::finishHeader()
{
    if (!m_field.isEmpty() || !m_value.isEmpty())
        m_request.headers.append({m_field.toLower(), m_value.trimmed()});
    m_field.clear();
    m_value.clear();
    m_inValue = false;
}

int HttpConnection::onMessageBegin(http_parser *parser)
{
    HttpConnection *c = self(parser);
    c->m_request = HttpRequest();
    c->m_url.clear();
    c->m_field.clear();
    c->m_value.clear();
    c->m_inValue = false;
    c->m_headBytes = 0;
    // The head has the header timeout from its first byte (a kept-alive connection had the
    // idle one until now).
    if (c->m_phase == Phase::Waiting && !c->m_firstRequest)
        c->setDeadline(c->m_limits.headerTimeoutMs);
    c->m_phase = Phase::Head;
    return 0;
}

int HttpConnection::onUrl(http_parser *parser, const char *at, size_t length)
{
    HttpConnection *c = self(parser);
    c->m_url.append(at, qsizetype(length));
    if (c->m_url.size() > c->m_limits.maxRequestLine) {
        c->m_refusal = HttpStatus::UriTooLong;
        c->m_refusalMessage = QStringLiteral("request line over the limit of %1 bytes").arg(c->m_limits.maxRequestLine);
        return 1;
    }
    return c->headGrows(qsizetype(length)) ? 0 : 1;
}

int HttpConnection::onHeaderField(http_parser *parser, const char *at, size_t length)
{
    HttpConnection *c = self(parser);
    if (c->m_inValue) {
        c->finishHeader();
        if (c->m_request.headers.size() >= c->m_limits.maxHeaderCount) {
            c->m_refusal = HttpStatus::HeaderFieldsTooLarge;
            c->m_refusalMessage = QStringLiteral("more than %1 request headers").arg(c->m_limits.maxHeaderCount);
            return 1;
        }
    }
    c->m_field.append(at, qsizetype(length));
    // Every header line costs at least its separators, even an empty one.
    return c->headGrows(qsizetype(length) + 4) ? 0 : 1;
}

int HttpConnection::onHeaderValue(http_parser *parser, const char *at, size_t length)
{
    HttpConnection *c = self(parser);
    c->m_inValue = true;
    c->m_value.append(at, qsizetype(length));
    return c->headGrows(qsizetype(length)) ? 0 : 1;
}

int HttpConnection::onHeadersComplete(http_parser *parser)
{
    HttpConnection *c = self(parser);
    c->finishHeader();
    HttpRequest &request = c->m_request;
    request.method = http_method_str(http_method(parser->method));
    // The query is decoded once, as HTTP libraries encode it (http/FormEncoding.h), from the
    // bytes sent: QUrl would take every '%' of the whole target literally after one malformed one.
    const qsizetype mark = c->m_url.indexOf('?');
    request.path = QUrl::fromEncoded(mark < 0 ? c->m_url : c->m_url.first(mark)).path();
    if (mark >= 0) {
        const QByteArrayView query = QByteArrayView(c->m_url).sliced(mark + 1);
        const qsizetype fragment = query.indexOf('#');
        request.query = http::formItems(fragment < 0 ? query : query.first(fragment));
    }
    request.peer = c->m_peer;
    request.client = c->m_client;
    request.secure = qobject_cast<QSslSocket *>(c->m_socket) != nullptr;
    if (c->m_trustedPeer) {
        // Behind our own proxy: the client is the last address it appended.
        const QByteArray forwarded = request.header("x-forwarded-for");
        if (!forwarded.isEmpty()) {
            const QHostAddress client(QString::fromLatin1(forwarded.split(',').last().trimmed()));
            if (!client.isNull())
                request.client = client;
        }
        if (request.header("x-forwarded-proto") == "https")
            request.secure = true;
    }
    const bool upgrade = !request.header("upgrade").isEmpty();
    if (c->m_firstRequest && !upgrade)
        c->m_socket->commitTransaction();
    if (!upgrade && (parser->flags & F_CONTENTLENGTH) && parser->content_length > quint64(c->m_limits.maxBodyBytes)) {
        c->m_refusal = HttpStatus::PayloadTooLarge;
        c->m_refusalMessage = QStringLiteral("a body of %1 bytes is over the limit of %2").arg(parser->content_length).arg(c->m_limits.maxBodyBytes);
        return 1;
    }
    if (request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0)
        c->m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    c->m_phase = Phase::Body;
    c->setDeadline(c->m_limits.bodyTimeoutMs);
    return 0;
}

int HttpConnection::onBody(http_parser *parser, const char *at, size_t length)
{
    HttpConnection *c = self(parser);
    if (c->m_request.body.size() + qsizetype(length) > c->m_limits.maxBodyBytes) {
        c->m_refusal = HttpStatus::PayloadTooLarge;
        c->m_refusalMessage = QStringLiteral("the body is over the limit of %1 bytes").arg(c->m_limits.maxBodyBytes);
        return 1;
    }
    c->m_request.body.append(at, qsizetype(length));
    return 0;
}

int HttpConnection::onMessageComplete(http_parser *parser)
{
    HttpConnection *c = self(parser);
    c->m_keepAlive = http_should_keep_alive(parser) != 0;
    c->m_phase = Phase::Handling;
    // Stop here: the rest of the buffer is the next request, read once this one is answered.
    if (!parser->upgrade)
        http_parser_pause(parser, 1);
    return 0;
}

void HttpConnection::dispatch()
{
    if (m_firstRequest && m_socket->isTransactionStarted())
        m_socket->commitTransaction(); // an Upgrade header without "Connection: upgrade"
    m_firstRequest = false;
    ++m_sequence;
    m_onRequest(this, m_sequence, std::move(m_request));
}

void HttpConnection::respond(quint64 sequence, const HttpResponse &response)
{
    if (!m_socket || sequence != m_sequence || m_phase != Phase::Handling)
        return;
    m_socket->write(response.serialize(m_keepAlive));
    if (m_drainAfterAnswer) {
        // Said why; the connection ends after a moment of reading what still comes.
        m_drainAfterAnswer = false;
        m_phase = Phase::Draining;
        m_pending.clear();
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        setDeadline(2000);
        m_socket->flush();
        drain();
        return;
    }
    if (!m_keepAlive) {
        QTcpSocket *socket = m_socket;
        detachSocket();
        // Gone once the answer has left; no longer this connection's child, which goes now.
        socket->setParent(nullptr);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(5000, socket, [socket] { socket->abort(); socket->deleteLater(); });
        socket->disconnectFromHost();
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
        Q_EMIT finished(this);
        return;
    }
    m_phase = Phase::Waiting;
    setDeadline(m_limits.idleTimeoutMs);
    http_parser_pause(&m_parser, 0);
    QTimer::singleShot(0, this, &HttpConnection::readMore);
}

void HttpConnection::handleUpgrade()
{
    if (!m_firstRequest || !m_onUpgrade) {
        refuse(HttpStatus::BadRequest, QStringLiteral("a protocol switch only as the first request of a connection"));
        return;
    }
    m_socket->rollbackTransaction();
    QTcpSocket *socket = m_socket;
    m_socket->disconnect(this);
    std::optional<HttpResponse> refusal = m_onUpgrade(this, socket, m_request);
    if (refusal) {
        // Not taken: answer on the socket as it is and end.
        connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::close);
        m_keepAlive = false;
        m_phase = Phase::Handling;
        respond(m_sequence, *refusal);
        return;
    }
    // Taken: the socket is someone else's now (no longer our child).
    m_socket = nullptr;
    Q_EMIT finished(this);
}

void HttpConnection::refuse(HttpStatus status, const QString &message)
{
    if (!m_socket)
        return;
    m_keepAlive = false;
    m_drainAfterAnswer = true;
    m_phase = Phase::Handling;
    m_pending.clear();
    respond(m_sequence, HttpResponse::error(status, message));
}

} // namespace hotline
