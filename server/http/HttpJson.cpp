// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/HttpJson.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace hotline::http {

HttpResponse error(HttpStatus status, const QString &message)
{
    return HttpResponse::error(status, message);
}

HttpResponse json(const QJsonObject &body, HttpStatus status)
{
    return HttpResponse::json(body, status);
}

std::variant<QJsonObject, BodyError> objectBody(const HttpRequest &request, qsizetype maxBytes,
                                                const QStringList &known, const QStringList &required)
{
    using Code = HttpStatus;
    const QByteArray &body = request.body;
    if (body.size() > maxBytes)
        return BodyError{Code::PayloadTooLarge, QStringLiteral("request body of %1 bytes is over the limit of %2").arg(body.size()).arg(maxBytes)};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return BodyError{Code::BadRequest, QStringLiteral("malformed JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString())};
    if (!document.isObject())
        return BodyError{Code::BadRequest, QStringLiteral("the body must be a JSON object")};
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!known.contains(it.key()))
            return BodyError{Code::BadRequest, QStringLiteral("unknown field \"%1\"").arg(it.key())};
    for (const QString &field : required)
        if (!object.contains(field))
            return BodyError{Code::BadRequest, QStringLiteral("missing field \"%1\"").arg(field)};
    return object;
}

std::optional<QString> stringField(const QJsonObject &body, const char *name, qsizetype maxLength, QString *problem)
{
    const QJsonValue value = body.value(QLatin1String(name));
    if (!value.isString()) {
        *problem = QStringLiteral("\"%1\" must be a string").arg(QLatin1String(name));
        return std::nullopt;
    }
    if (value.toString().size() > maxLength) {
        *problem = QStringLiteral("\"%1\" is longer than %2 characters").arg(QLatin1String(name)).arg(maxLength);
        return std::nullopt;
    }
    return value.toString();
}

QString bearerToken(const HttpRequest &request)
{
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Bearer "))
        return {};
    return QString::fromLatin1(header.mid(7).trimmed());
}

} // namespace hotline::http
