// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpMessage.h"

#include <QJsonDocument>

namespace hotline {

QByteArray reasonPhrase(HttpStatus status)
{
    switch (status) {
    case HttpStatus::SwitchingProtocols: return "Switching Protocols";
    case HttpStatus::Ok: return "OK";
    case HttpStatus::Created: return "Created";
    case HttpStatus::PartialContent: return "Partial Content";
    case HttpStatus::BadRequest: return "Bad Request";
    case HttpStatus::Unauthorized: return "Unauthorized";
    case HttpStatus::Forbidden: return "Forbidden";
    case HttpStatus::NotFound: return "Not Found";
    case HttpStatus::MethodNotAllowed: return "Method Not Allowed";
    case HttpStatus::RequestTimeout: return "Request Timeout";
    case HttpStatus::Conflict: return "Conflict";
    case HttpStatus::PayloadTooLarge: return "Payload Too Large";
    case HttpStatus::UriTooLong: return "URI Too Long";
    case HttpStatus::UnsupportedMediaType: return "Unsupported Media Type";
    case HttpStatus::RangeNotSatisfiable: return "Range Not Satisfiable";
    case HttpStatus::UnprocessableContent: return "Unprocessable Content";
    case HttpStatus::TooManyRequests: return "Too Many Requests";
    case HttpStatus::HeaderFieldsTooLarge: return "Request Header Fields Too Large";
    case HttpStatus::InternalServerError: return "Internal Server Error";
    case HttpStatus::NotImplemented: return "Not Implemented";
    case HttpStatus::ServiceUnavailable: return "Service Unavailable";
    case HttpStatus::InsufficientStorage: return "Insufficient Storage";
    }
    return "Unknown";
}

QByteArray HttpRequest::header(QByteArrayView lowerCaseName) const
{
    for (const auto &[name, value] : headers)
        if (name == lowerCaseName)
            return value;
    return {};
}

HttpResponse HttpResponse::json(const QJsonObject &body, HttpStatus status)
{
    return HttpResponse(status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::error(HttpStatus status, const QString &message)
{
    return json({{QStringLiteral("error"), message}, {QStringLiteral("status"), int(status)}}, status);
}

HttpResponse &HttpResponse::withHeader(QByteArray name, QByteArray value)
{
    headers.append({std::move(name), std::move(value)});
    return *this;
}

QByteArray HttpResponse::serialize(bool keepAlive) const
{
    QByteArray wire;
    wire.reserve(body.size() + 160);
    wire += "HTTP/1.1 " + QByteArray::number(int(status)) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        wire += "Content-Type: " + contentType + "\r\n";
    wire += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    wire += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    // Caller data must not sit in a proxy's or a browser's cache.
    wire += "Cache-Control: no-store\r\n";
    for (const auto &[name, value] : headers)
        wire += name + ": " + value + "\r\n";
    wire += "\r\n";
    wire += body;
    return wire;
}

} // namespace hotline
