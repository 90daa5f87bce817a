// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaresipMessage.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hotline {

namespace {

// baresip writes "event": true; its own documentation shows "event": "true". Both mean yes.
bool flag(const QJsonValue &value)
{
    return value.isBool() ? value.toBool() : value.toString() == QLatin1String("true");
}

} // namespace

Result<BaresipMessage> BaresipMessage::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{tr("不是 JSON（第 %1 字符：%2）").arg(parseError.offset).arg(parseError.errorString())};
    if (!document.isObject())
        return Error{tr("不是 JSON 对象")};
    const QJsonObject object = document.object();
    const QStringList texts{QStringLiteral("data"),        QStringLiteral("token"),   QStringLiteral("class"),
                            QStringLiteral("type"),        QStringLiteral("id"),      QStringLiteral("direction"),
                            QStringLiteral("peeruri"),     QStringLiteral("peerdisplayname"), QStringLiteral("param")};
    for (const QString &key : texts)
        if (object.contains(key) && !object.value(key).isString())
            return Error{tr("字段“%1”应是字符串").arg(key)};

    BaresipMessage message;
    if (flag(object.value(QStringLiteral("response")))) {
        if (!object.value(QStringLiteral("ok")).isBool())
            return Error{tr("应答缺少布尔字段“ok”")};
        message.kind = Kind::Response;
        message.ok = object.value(QStringLiteral("ok")).toBool();
        message.data = object.value(QStringLiteral("data")).toString();
        message.token = object.value(QStringLiteral("token")).toString();
        return message;
    }
    if (!flag(object.value(QStringLiteral("event"))))
        return Error{tr("既不是应答也不是事件")};
    message.kind = Kind::Event;
    message.eventClass = object.value(QStringLiteral("class")).toString();
    message.type = object.value(QStringLiteral("type")).toString();
    if (message.type.isEmpty())
        return Error{tr("事件缺少类型“type”")};
    message.callId = object.value(QStringLiteral("id")).toString();
    message.outgoing = object.value(QStringLiteral("direction")).toString() == QLatin1String("outgoing");
    message.peerUri = object.value(QStringLiteral("peeruri")).toString();
    message.peerName = object.value(QStringLiteral("peerdisplayname")).toString();
    message.param = object.value(QStringLiteral("param")).toString();
    return message;
}

QByteArray BaresipMessage::command(const QString &name, const QString &params, const QString &token)
{
    QJsonObject object{{QStringLiteral("command"), name}, {QStringLiteral("token"), token}};
    if (!params.isEmpty())
        object.insert(QStringLiteral("params"), params);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace hotline
