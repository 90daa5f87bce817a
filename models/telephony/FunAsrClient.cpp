// SPDX-License-Identifier: GPL-3.0-or-later
#include "FunAsrClient.h"

#include <QAbstractSocket>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace hotline {

namespace {
// How long a result marked is_final after the end of the audio waits for another before the
// stream is taken as done: the C++ runtime sends nothing after it, the Python server sends its
// sentences in order, each well within this of the one before when it has them ready.
constexpr int lastResultGraceMs = 1000;
} // namespace

FunAsrClient::FunAsrClient(FunAsrSettings settings, QObject *parent)
    : TranscriptSource(parent), m_settings(std::move(settings)), m_connectTimer(new QTimer(this)),
      m_finishTimer(new QTimer(this)), m_lastResultTimer(new QTimer(this))
{
    m_connectTimer->setSingleShot(true);
    m_finishTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        if (m_state != State::Connecting)
            return;
        m_socketProblem = tr("%1 秒内没有应答").arg(m_settings.connectTimeoutMs / 1000.0);
        fail(cannotConnect(m_socketProblem));
    });
    m_lastResultTimer->setSingleShot(true);
    connect(m_lastResultTimer, &QTimer::timeout, this, &FunAsrClient::complete);
    connect(m_finishTimer, &QTimer::timeout, this, [this] {
        // The transcript so far stays; only a last correction may be missing.
        qWarning("FunASR: no last result for %s within %d ms; closing the stream", qPrintable(m_callId),
                 m_settings.finishTimeoutMs);
        complete();
    });
}

FunAsrClient::~FunAsrClient()
{
    // The socket would report its own closing to a half-destroyed client.
    if (m_socket) {
        m_socket->disconnect(this);
        delete m_socket;
    }
}

QString FunAsrClient::serverName() const
{
    return m_settings.url.toString(QUrl::RemoveUserInfo);
}

QString FunAsrClient::cannotConnect(const QString &why) const
{
    return tr("语音转写服务 %1 连接不上：%2").arg(serverName(), why);
}

QString FunAsrClient::brokeOff(const QString &why) const
{
    return tr("语音转写服务 %1 中断了（%2）：本次通话的转写到此为止，通话照常进行").arg(serverName(), why);
}

void FunAsrClient::start(const QString &callId, int sampleRate)
{
    if (m_state != State::Idle)
        abort();
    m_callId = callId;
    m_sampleRate = sampleRate > 0 ? sampleRate : 16000;
    m_pending.clear();
    m_partial.clear();
    m_socketProblem.clear();
    m_sent = m_dropped = 0;
    m_droppedBeforeStream = 0;
    m_finishRequested = m_finalOnEverySentence = m_reportedNonsense = m_reportedServerError = m_warnedOverflow = false;
    m_state = State::Connecting;
    Q_EMIT started(callId);
    if (const QString refused = m_settings.refusal(); !refused.isEmpty())
        return fail(refused);

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_settings.caCertificate.isEmpty()) {
        // The recogniser's own CA, beside the system's, as the sync does for the centre.
        const QList<QSslCertificate> own = QSslCertificate::fromPath(m_settings.caCertificate, QSsl::Pem);
        if (own.isEmpty())
            return fail(tr("语音转写服务的 CA 证书 %1 读不出来：请管理员检查 [asr] ca-certificate")
                            .arg(m_settings.caCertificate));
        tls.setCaCertificates(tls.caCertificates() + own);
    }
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    socket->setSslConfiguration(tls);
    connect(socket, &QWebSocket::connected, this, &FunAsrClient::onConnected);
    connect(socket, &QWebSocket::disconnected, this, &FunAsrClient::onDisconnected);
    connect(socket, &QWebSocket::textMessageReceived, this, &FunAsrClient::onMessage);
    connect(socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList problems;
        for (const QSslError &error : errors)
            problems.append(error.errorString());
        m_socketProblem = problems.join(QStringLiteral("；"));
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
                if (m_socketProblem.isEmpty() || m_state != State::Connecting)
                    m_socketProblem = socket->errorString();
                if (m_state == State::Connecting)
                    fail(cannotConnect(m_socketProblem));
                else if (m_state == State::Streaming)
                    fail(brokeOff(m_socketProblem));
            });
    // The runtime's own clients ask for the "binary" subprotocol; the Python server offers it.
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QStringLiteral("binary")});
    m_connectTimer->start(m_settings.connectTimeoutMs);
    socket->open(QNetworkRequest(m_settings.url), options);
}

void FunAsrClient::onConnected()
{
    if (m_state != State::Connecting)
        return;
    m_connectTimer->stop();
    m_state = State::Streaming;
    m_socket->sendTextMessage(QString::fromUtf8(FunAsrProtocol::startMessage(m_settings, m_callId, m_sampleRate)));
    // What was dropped while connecting was the start of the call: the server's clock starts
    // that much later than the call's.
    m_droppedBeforeStream = m_dropped;
    sendWholeFrames();
    if (m_finishRequested)
        sendEnd();
}

void FunAsrClient::onDisconnected()
{
    switch (m_state) {
    case State::Connecting: {
        const QString why = m_socket && !m_socket->closeReason().isEmpty() ? m_socket->closeReason() : m_socketProblem;
        fail(cannotConnect(why.isEmpty() ? tr("连接被关闭") : why));
        break;
    }
    case State::Streaming: {
        QString why = m_socket ? m_socket->closeReason() : QString();
        if (why.isEmpty())
            why = m_socketProblem.isEmpty() ? tr("连接断开") : m_socketProblem;
        fail(brokeOff(why));
        break;
    }
    case State::Finishing:
        // Gone after the end of the audio: what it sent is all there is.
        complete();
        break;
    case State::Idle:
    case State::Failed:
        break;
    }
}

void FunAsrClient::feed(const QByteArray &pcm)
{
    if (m_state == State::Idle || pcm.isEmpty())
        return;
    if (m_state == State::Failed || m_state == State::Finishing || m_finishRequested) {
        m_dropped += pcm.size();
        return;
    }
    m_pending += pcm;
    if (m_state == State::Streaming)
        return sendWholeFrames();
    // Still connecting: hold the audio, but not without bound.
    const qint64 limit = qint64(m_settings.maxBufferedSeconds) * m_sampleRate * 2;
    if (m_pending.size() > limit) {
        const qsizetype excess = (m_pending.size() - limit + 1) / 2 * 2; // whole samples
        m_pending.remove(0, excess);
        m_dropped += excess;
        if (!m_warnedOverflow) {
            m_warnedOverflow = true;
            qWarning("FunASR: %s still connecting after %d s of audio; the oldest audio is dropped",
                     qPrintable(serverName()), m_settings.maxBufferedSeconds);
        }
    }
}

void FunAsrClient::sendWholeFrames()
{
    const qsizetype frame = qsizetype(m_sampleRate) * m_settings.frameMs() / 1000 * 2;
    qsizetype offset = 0;
    while (m_socket && m_pending.size() - offset >= frame) {
        m_socket->sendBinaryMessage(m_pending.mid(offset, frame));
        offset += frame;
    }
    m_sent += offset;
    m_pending.remove(0, offset);
}

void FunAsrClient::sendEnd()
{
    // The tail, whole samples only, then the end of the stream.
    m_pending.truncate(m_pending.size() / 2 * 2);
    if (!m_pending.isEmpty() && m_socket) {
        m_socket->sendBinaryMessage(m_pending);
        m_sent += m_pending.size();
    }
    m_pending.clear();
    if (m_socket)
        m_socket->sendTextMessage(QString::fromUtf8(FunAsrProtocol::endMessage()));
    m_state = State::Finishing;
    m_finishTimer->start(m_settings.finishTimeoutMs);
}

void FunAsrClient::finish()
{
    switch (m_state) {
    case State::Idle:
    case State::Finishing:
        return;
    case State::Failed:
        return complete();
    case State::Connecting:
        m_finishRequested = true; // the end goes out once connected, or the failure ends it
        return;
    case State::Streaming:
        return sendEnd();
    }
}

void FunAsrClient::abort()
{
    if (m_state != State::Idle)
        complete();
}

void FunAsrClient::onMessage(const QString &text)
{
    if (m_state != State::Streaming && m_state != State::Finishing)
        return;
    const Result<FunAsrProtocol::Message> parsed = FunAsrProtocol::parse(text.toUtf8());
    if (!parsed) {
        qWarning("FunASR: unreadable message from %s ignored: %s", qPrintable(serverName()),
                 qPrintable(parsed.error()));
        if (!m_reportedNonsense) {
            m_reportedNonsense = true;
            Q_EMIT trouble(tr("语音转写服务发来无法解读的消息（%1），已忽略").arg(parsed.error()));
        }
        return;
    }
    const FunAsrProtocol::Message &message = parsed.value();
    if (!message.error.isEmpty() && !m_reportedServerError) {
        m_reportedServerError = true;
        Q_EMIT trouble(tr("语音转写服务报告错误：%1").arg(message.error));
    }
    if (message.isFinal && m_state == State::Streaming)
        m_finalOnEverySentence = true;
    if (message.isStreaming() && !message.text.isEmpty()) {
        // Each streaming result is the next few characters, not the line so far.
        m_partial += message.text;
        Q_EMIT partial(m_partial);
    } else if (message.isCorrected()) {
        m_partial.clear();
        if (message.text.trimmed().isEmpty()) {
            Q_EMIT partial(QString()); // the guess was noise
        } else {
            TranscriptSentence said{message.text, message.startMs, message.endMs, true};
            if (said.hasTimes() && m_droppedBeforeStream > 0) {
                const qint64 shift = m_droppedBeforeStream * 1000 / (qint64(m_sampleRate) * 2);
                said.startMs += shift;
                said.endMs += shift;
            }
            Q_EMIT sentence(said);
        }
    }
    if (message.isEnd)
        return complete();
    if (m_state == State::Finishing && message.isFinal && !m_finalOnEverySentence) {
        // The runtime's last result, or a sentence of a server that marks every one final and
        // was still on its way: a second one settles which (then is_end or the timeout ends it).
        if (m_lastResultTimer->isActive()) {
            m_finalOnEverySentence = true;
            m_lastResultTimer->stop();
        } else {
            m_lastResultTimer->start(std::min(lastResultGraceMs, m_settings.finishTimeoutMs));
        }
    }
}

void FunAsrClient::fail(const QString &reason)
{
    if (m_state == State::Idle || m_state == State::Failed)
        return;
    m_state = State::Failed;
    m_connectTimer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_dropped += m_pending.size();
    m_pending.clear();
    keepPartialAsSentence();
    Q_EMIT trouble(reason);
    if (m_finishRequested)
        complete();
}

void FunAsrClient::keepPartialAsSentence()
{
    // No correction will come: the streaming guess is better than nothing.
    if (!m_partial.trimmed().isEmpty())
        Q_EMIT sentence(TranscriptSentence{m_partial, -1, -1, false});
    m_partial.clear();
}

void FunAsrClient::complete()
{
    m_connectTimer->stop();
    m_finishTimer->stop();
    m_lastResultTimer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_dropped += m_pending.size();
    m_pending.clear();
    keepPartialAsSentence();
    m_state = State::Idle;
    Q_EMIT finished();
}

} // namespace hotline
