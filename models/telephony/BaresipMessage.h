// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace hotline {

// One JSON message from baresip's ctrl_tcp (inside a netstring), as baresip 1.0 writes them
// (modules/ctrl_tcp, src/event.c):
//   an answer to a command  {"response":true,"ok":true,"data":"…","token":"7"}
//   an event                {"event":true,"class":"call","type":"CALL_INCOMING",
//                            "accountaor":"sip:8001@10.0.0.5","direction":"incoming",
//                            "peeruri":"sip:13901012345@10.0.0.2","peerdisplayname":"张三",
//                            "id":"<the SIP Call-ID>","param":"…"}
// Fields a message lacks stay empty; what the desk does not use (rtcp_stats, …) is dropped.
struct BaresipMessage {
    Q_DECLARE_TR_FUNCTIONS(hotline::BaresipMessage)
public:
    enum class Kind { Response, Event };
    Kind kind = Kind::Event;

    // A response
    bool ok = false;
    QString data;
    QString token;

    // An event
    QString eventClass; // call, register, application, other, …
    QString type;       // CALL_INCOMING, CALL_ESTABLISHED, CALL_CLOSED, REGISTER_OK, …
    QString callId;     // the SIP Call-ID baresip names the call by (callfind takes it)
    bool outgoing = false;
    QString peerUri;
    QString peerName;
    QString param;

    // A message, or why the bytes are not one: not JSON, not an object, neither an event nor
    // a response, a field of the wrong type.
    static Result<BaresipMessage> parse(const QByteArray &json);
    // A command as ctrl_tcp takes it (framing aside): {"command":…,"params":…,"token":…}.
    static QByteArray command(const QString &name, const QString &params, const QString &token);
};

} // namespace hotline
