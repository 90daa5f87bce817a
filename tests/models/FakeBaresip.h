// SPDX-License-Identifier: GPL-3.0-or-later
// A stand-in for baresip's ctrl_tcp on 127.0.0.1, for the phone adapter's tests: it records the
// commands it gets, answers them as baresip 1.0's menu does (or as told: refused, never), and
// sends the events a test scripts, in baresip's own JSON. It can also misbehave: send bytes
// that are not its protocol, drop the connection, stop listening.
#pragma once

#include "telephony/NetstringCodec.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <functional>

namespace hotline::test {

// Runs the event loop until `done` holds or a generous deadline passes (a deadline so that a
// broken adapter fails the test instead of hanging it, not a timing assertion).
inline bool waitFor(const std::function<bool()> &done, int ms = 10000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    return true;
}

class FakeBaresip : public QObject {
public:
    FakeBaresip()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }
    bool listen(quint16 port) { return m_server.listen(QHostAddress::LocalHost, port); }
    void stopListening() { m_server.close(); }
    bool isConnected() const { return m_socket && m_socket->state() == QAbstractSocket::ConnectedState; }
    int connections() const { return m_connections; }

    // Answers: a command named here is refused with the text; one in `unanswered` gets nothing.
    QHash<QString, QString> refuse;
    QSet<QString> unanswered;
    int activeCalls = 0;
    bool registered = false; // what reginfo says

    // The commands received since the last call ("name params"), waiting for at least `count`.
    QStringList next(int count)
    {
        waitFor([&] { return m_commands.size() - m_read >= count; });
        const QStringList commands = m_commands.mid(m_read);
        m_read = m_commands.size();
        return commands;
    }
    // Forgets the commands received so far (after letting those on the way arrive).
    void drain()
    {
        waitFor([] { return false; }, 50);
        m_read = m_commands.size();
    }
    // Whether no command arrived since the last look, after letting the phone run a moment.
    bool quiet()
    {
        waitFor([] { return false; }, 100);
        return m_commands.size() == m_read;
    }

    void send(const QJsonObject &message) { sendRaw(NetstringCodec::encode(QJsonDocument(message).toJson(QJsonDocument::Compact))); }
    void sendRaw(const QByteArray &bytes)
    {
        if (m_socket)
            m_socket->write(bytes);
    }
    // A call event as baresip writes it.
    void call(const QString &type, const QString &id, const QString &peer, bool outgoing = false, const QString &param = {},
              const QString &name = {})
    {
        QJsonObject event{{QStringLiteral("event"), true},
                          {QStringLiteral("type"), type},
                          {QStringLiteral("class"), QStringLiteral("call")},
                          {QStringLiteral("accountaor"), QStringLiteral("sip:8001@10.0.0.5")},
                          {QStringLiteral("direction"), outgoing ? QStringLiteral("outgoing") : QStringLiteral("incoming")},
                          {QStringLiteral("peeruri"), peer},
                          {QStringLiteral("id"), id}};
        if (!name.isEmpty())
            event.insert(QStringLiteral("peerdisplayname"), name);
        event.insert(QStringLiteral("param"), param.isEmpty() ? peer : param);
        send(event);
    }
    void event(const QString &type, const QString &eventClass, const QString &param = {})
    {
        send({{QStringLiteral("event"), true},
              {QStringLiteral("type"), type},
              {QStringLiteral("class"), eventClass},
              {QStringLiteral("param"), param}});
    }
    void dropConnection()
    {
        if (m_socket)
            m_socket->abort();
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            // ctrl_tcp takes one connection: a new one replaces the old.
            if (m_socket)
                m_socket->abort();
            m_socket = socket;
            m_codec.reset();
            ++m_connections;
            QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        }
    }

    void read(QTcpSocket *socket)
    {
        if (socket != m_socket)
            return;
        const NetstringCodec::Decoded decoded = m_codec.feed(socket->readAll());
        for (const QByteArray &bytes : decoded.messages) {
            const QJsonObject command = QJsonDocument::fromJson(bytes).object();
            const QString name = command.value(QStringLiteral("command")).toString();
            const QString params = command.value(QStringLiteral("params")).toString();
            m_commands.append(params.isEmpty() ? name : name + QLatin1Char(' ') + params);
            if (unanswered.contains(name))
                continue;
            bool ok = true;
            QString data;
            if (refuse.contains(name)) {
                ok = false;
                data = refuse.value(name);
            } else if (name == QLatin1String("callfind")) {
                data = QStringLiteral("setting current call: %1\n").arg(params);
            } else if (name == QLatin1String("listcalls")) {
                data = QStringLiteral("\n--- Active calls (%1) ---\n\n").arg(activeCalls);
            } else if (name == QLatin1String("mute")) {
                m_muted = !m_muted;
                data = m_muted ? QStringLiteral("\ncall muted\n") : QStringLiteral("\ncall un-muted\n");
            } else if (name == QLatin1String("reginfo")) {
                data = QStringLiteral("\n--- User Agents (1) ---\n> sip:8001@pbx                 %1 sip:pbx Expires 300s\n\n")
                           .arg(registered ? QStringLiteral("\x1b[32mOK \x1b[;m") : QStringLiteral("\x1b[33mzzz\x1b[;m"));
            }
            send({{QStringLiteral("response"), true},
                  {QStringLiteral("ok"), ok},
                  {QStringLiteral("data"), data},
                  {QStringLiteral("token"), command.value(QStringLiteral("token"))}});
        }
    }

    QTcpServer m_server;
    QPointer<QTcpSocket> m_socket;
    NetstringCodec m_codec;
    QStringList m_commands;
    qsizetype m_read = 0;
    int m_connections = 0;
    bool m_muted = false;
};

} // namespace hotline::test
