// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrlQuery>

namespace hotline {

// The statuses the centre answers with.
enum class HttpStatus {
    SwitchingProtocols = 101,
    Ok = 200,
    Created = 201,
    PartialContent = 206,
    BadRequest = 400,
    Unauthorized = 401,
    Forbidden = 403,
    NotFound = 404,
    MethodNotAllowed = 405,
    RequestTimeout = 408,
    Conflict = 409,
    PayloadTooLarge = 413,
    UriTooLong = 414,
    UnsupportedMediaType = 415,
    RangeNotSatisfiable = 416,
    UnprocessableContent = 422,
    TooManyRequests = 429,
    HeaderFieldsTooLarge = 431,
    InternalServerError = 500,
    NotImplemented = 501,
    ServiceUnavailable = 503,
    InsufficientStorage = 507,
};
QByteArray reasonPhrase(HttpStatus status);

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One request as the connection read it: bounded in every part before it got here.
struct HttpRequest {
    QByteArray method;   // GET, POST, …
    QString path;        // percent-decoded, without the query
    QUrlQuery query;     // decoded once (http/FormEncoding.h): read it with QUrl::FullyDecoded
    HttpHeaders headers; // names in lower case, in the order sent
    QByteArray body;
    QHostAddress peer;   // the other end of the socket
    QHostAddress client; // the real client: X-Forwarded-For when the peer is a trusted proxy
    bool secure = false; // TLS, the centre's own or a trusted proxy's (X-Forwarded-Proto)
    QStringList arguments; // the <arg> parts of the route's pattern

    // The first header of that name (lower case), or empty.
    QByteArray header(QByteArrayView lowerCaseName) const;
};

struct HttpResponse {
    HttpStatus status = HttpStatus::Ok;
    QByteArray contentType = "application/json";
    QByteArray body;
    HttpHeaders headers;

    HttpResponse() = default;
    HttpResponse(HttpStatus status, QByteArray contentType, QByteArray body)
        : status(status), contentType(std::move(contentType)), body(std::move(body)) {}
    static HttpResponse json(const QJsonObject &body, HttpStatus status = HttpStatus::Ok);
    // Every error the service answers has the same shape: {"error": "...", "status": 400}.
    static HttpResponse error(HttpStatus status, const QString &message);
    HttpResponse &withHeader(QByteArray name, QByteArray value);

    // The bytes on the wire: status line, headers, body.
    QByteArray serialize(bool keepAlive) const;
};

} // namespace hotline
