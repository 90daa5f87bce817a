// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include "HttpMessage.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <variant>

namespace hotline::http {

// Every error the service answers has the same shape: {"error": "...", "status": 400}.
HttpResponse error(HttpStatus status, const QString &message);
HttpResponse json(const QJsonObject &body, HttpStatus status = HttpStatus::Ok);

// The request body as a JSON object, refused when larger than `maxBytes`, not JSON, or not an
// object; then checked against the fields the route knows (unknown ones are refused, so a
// typo never silently drops a value) and the ones it needs.
struct BodyError {
    HttpStatus status;
    QString message;
};
std::variant<QJsonObject, BodyError> objectBody(const HttpRequest &request, qsizetype maxBytes,
                                                const QStringList &known, const QStringList &required);
// A string field of a checked body, refused when it has another type or is too long.
std::optional<QString> stringField(const QJsonObject &body, const char *name, qsizetype maxLength, QString *problem);

QString bearerToken(const HttpRequest &request);

} // namespace hotline::http
