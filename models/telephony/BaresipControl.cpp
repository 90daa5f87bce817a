// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaresipControl.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace hotline {

BaresipControl::BaresipControl(QObject *parent)
    : QObject(parent), m_retry(new QTimer(this)), m_answerTimer(new QTimer(this))
{
    m_retry->setSingleShot(true);
    m_answerTimer->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &BaresipControl::attempt);
    connect(m_answerTimer, &QTimer::timeout, this, [this] {
        const QString command = m_inFlight.isEmpty() ? QString() : m_inFlight.first().name;
        drop(tr("baresip 在 %1 秒内没有应答命令“%2”").arg(m_responseTimeoutMs / 1000.0).arg(command));
    });
}

QString BaresipControl::address() const
{
    return QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

bool BaresipControl::isConnected() const
{
    return m_connected;
}

void BaresipControl::open(const QString &host, quint16 port)
{
    close();
    m_host = host;
    m_port = port;
    m_open = true;
    m_backoff.succeeded();
    attempt();
}

void BaresipControl::close()
{
    m_open = false;
    m_retry->stop();
    m_answerTimer->stop();
    m_inFlight.clear();
    m_queue.clear();
    m_connected = false;
    ++m_generation;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void BaresipControl::attempt()
{
    if (!m_open)
        return;
    ++m_generation;
    m_codec.reset();
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &BaresipControl::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &BaresipControl::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        drop(error == QAbstractSocket::RemoteHostClosedError
                 ? tr("baresip 关闭了控制连接 %1").arg(address())
                 : tr("无法连接 baresip 控制端口 %1：%2").arg(address(), m_socket->errorString()));
    });
    m_socket->connectToHost(m_host, m_port);
}

void BaresipControl::onConnected()
{
    m_connected = true;
    m_backoff.succeeded();
    Q_EMIT connected();
    sendNext();
}

void BaresipControl::drop(const QString &reason)
{
    if (!m_socket)
        return;
    const bool wasConnected = m_connected;
    m_connected = false;
    m_answerTimer->stop();
    m_inFlight.clear();
    m_queue.clear();
    ++m_generation;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
    if (m_open)
        m_retry->start(m_backoff.failed());
    Q_EMIT lost(reason, wasConnected);
}

void BaresipControl::onReadyRead()
{
    const quint64 generation = m_generation;
    const NetstringCodec::Decoded decoded = m_codec.feed(m_socket->readAll());
    for (const QByteArray &bytes : decoded.messages) {
        const Result<BaresipMessage> message = BaresipMessage::parse(bytes);
        if (!message) {
            drop(tr("baresip 控制端口 %1 发来无法解析的消息（%2），已断开重连").arg(address(), message.error()));
            return;
        }
        handle(message.value());
        if (generation != m_generation)
            return; // a handler closed or dropped the connection
    }
    if (!decoded.error.isEmpty())
        drop(tr("baresip 控制端口 %1 发来的数据不合协议（%2），已断开重连").arg(address(), decoded.error));
}

void BaresipControl::handle(const BaresipMessage &message)
{
    if (message.kind == BaresipMessage::Kind::Event) {
        Q_EMIT event(message);
        return;
    }
    // baresip answers in order; the token only confirms it. An answer to nothing we sent is
    // not worth dropping the line for.
    const auto found = std::find_if(m_inFlight.begin(), m_inFlight.end(),
                                    [&](const InFlight &sent) { return sent.token == message.token; });
    if (found == m_inFlight.end())
        return;
    const InFlight answered = *found;
    m_inFlight.erase(m_inFlight.begin(), found + 1);
    if (m_inFlight.isEmpty())
        m_answerTimer->stop();
    else
        m_answerTimer->start(m_responseTimeoutMs);
    const quint64 generation = m_generation;
    if (answered.answered)
        answered.answered(message);
    if (generation == m_generation && m_inFlight.isEmpty())
        sendNext();
}

void BaresipControl::send(QList<BaresipCommand> batch)
{
    if (batch.isEmpty() || !m_open)
        return;
    m_queue.append(std::move(batch));
    if (m_inFlight.isEmpty())
        sendNext();
}

void BaresipControl::sendNext()
{
    if (!m_connected || !m_inFlight.isEmpty() || m_queue.isEmpty())
        return;
    const QList<BaresipCommand> batch = m_queue.takeFirst();
    QByteArray bytes;
    for (const BaresipCommand &command : batch) {
        const QString token = QString::number(++m_token);
        bytes += NetstringCodec::encode(BaresipMessage::command(command.name, command.params, token));
        m_inFlight.append({token, command.name, command.answered});
    }
    m_socket->write(bytes);
    m_answerTimer->start(m_responseTimeoutMs);
}

} // namespace hotline
