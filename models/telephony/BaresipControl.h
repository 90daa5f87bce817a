// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Backoff.h"
#include "BaresipMessage.h"
#include "NetstringCodec.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QTcpSocket;
class QTimer;

namespace hotline {

// A command for baresip's ctrl_tcp (a menu command and its parameters), and what to do with
// its answer.
struct BaresipCommand {
    QString name;
    QString params;
    std::function<void(const BaresipMessage &answer)> answered;
};

// The connection to baresip's ctrl_tcp: netstring-framed JSON both ways, commands answered in
// order, events in between. It connects, and connects again after every loss, until close().
//
// Commands go in batches, each batch in one write, and a batch is sent only when the one before
// is fully answered. One write, because baresip acts on the *current* call: "callfind <id>"
// and the command after it must reach baresip together, with no SIP event (a new call that
// would become current) between them. One batch at a time, because baresip 1.0 mishandles a
// second frame that arrives cut in two, and waiting for the answers keeps that from happening.
class BaresipControl : public QObject {
    Q_OBJECT
public:
    explicit BaresipControl(QObject *parent = nullptr);

    void open(const QString &host, quint16 port);
    // Disconnects and stops reconnecting; unanswered commands are dropped.
    void close();
    bool isOpen() const { return m_open; }
    bool isConnected() const;
    QString address() const;

    // Queued while not connected; dropped at a loss of the connection (whoever sent them
    // learns of the loss from `lost`).
    void send(QList<BaresipCommand> batch);

    void setRetryDelays(int firstMs, int maxMs) { m_backoff.setDelays(firstMs, maxMs); }
    // How long baresip may take to answer a command before the connection counts as dead.
    void setResponseTimeout(int ms) { m_responseTimeoutMs = ms; }

Q_SIGNALS:
    void connected();
    // The connection was refused, broke, or was dropped because baresip sent what is not its
    // protocol or stopped answering: the reason for a person. `wasConnected` tells a loss from
    // a failed attempt. Another attempt is scheduled.
    void lost(const QString &reason, bool wasConnected);
    void event(const hotline::BaresipMessage &message);

private:
    void attempt();
    void onConnected();
    void onReadyRead();
    void drop(const QString &reason);
    void sendNext();
    void handle(const BaresipMessage &message);

    QTcpSocket *m_socket = nullptr;
    QTimer *m_retry;
    QTimer *m_answerTimer;
    NetstringCodec m_codec;
    Backoff m_backoff{250, 10000};
    QString m_host;
    quint16 m_port = 0;
    bool m_open = false;
    bool m_connected = false;
    int m_responseTimeoutMs = 5000;
    quint64 m_token = 0;
    // Bumped at every new socket, so a handler that dropped the connection while messages of
    // the old one were being handled stops handling them.
    quint64 m_generation = 0;

    struct InFlight {
        QString token;
        QString name;
        std::function<void(const BaresipMessage &)> answered;
    };
    QList<InFlight> m_inFlight;
    QList<QList<BaresipCommand>> m_queue;
};

} // namespace hotline
