// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeFunAsrServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cmath>

namespace hotline::test {

namespace {

// The streaming model gives no punctuation: the corrected sentence adds it.
QString spoken(const QString &text)
{
    static const QRegularExpression punctuation(QStringLiteral("[，。？！、；：,.?!;:]"));
    return QString(text).remove(punctuation);
}

// Per-character [start, end] stamps over the sentence's time, as the runtime gives them.
QJsonArray stamps(const FakeFunAsrServer::Line &line)
{
    const QString words = spoken(line.text);
    QJsonArray pairs;
    const qint64 span = std::max<qint64>(1, line.endMs - line.startMs);
    for (qsizetype i = 0; i < words.size(); ++i)
        pairs.append(QJsonArray{line.startMs + span * i / words.size(), line.startMs + span * (i + 1) / words.size()});
    return pairs;
}

} // namespace

FakeFunAsrServer::FakeFunAsrServer(QList<Line> script, Style style, QObject *parent)
    : QObject(parent), m_script(std::move(script)), m_style(style)
{
}

FakeFunAsrServer::~FakeFunAsrServer()
{
    for (const auto &client : m_clients)
        if (client->socket) {
            client->socket->disconnect(this);
            client->socket->abort();
        }
}

bool FakeFunAsrServer::listen(const std::optional<QSslConfiguration> &tls)
{
    m_server = new QWebSocketServer(QStringLiteral("fake-funasr"),
                                    tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this);
    if (tls)
        m_server->setSslConfiguration(*tls);
    // As the Python server does; the C++ runtime takes any.
    m_server->setSupportedSubprotocols({QStringLiteral("binary")});
    connect(m_server, &QWebSocketServer::newConnection, this, &FakeFunAsrServer::accept);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return false;
    m_url = QUrl(QStringLiteral("%1://127.0.0.1:%2")
                     .arg(tls ? QStringLiteral("wss") : QStringLiteral("ws"))
                     .arg(m_server->serverPort()));
    return true;
}

QUrl FakeFunAsrServer::url() const
{
    return m_url;
}

void FakeFunAsrServer::accept()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        auto client = std::make_unique<Client>();
        client->socket = socket;
        client->stream = int(m_streams.size());
        Stream stream;
        stream.subprotocol = socket->subprotocol();
        m_streams.append(stream);
        Client *c = client.get();
        m_clients.push_back(std::move(client));
        connect(socket, &QWebSocket::textMessageReceived, this, [this, c](const QString &text) { onText(*c, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, c](const QByteArray &audio) { onAudio(*c, audio); });
        Q_EMIT streamOpened();
    }
}

void FakeFunAsrServer::die()
{
    for (const auto &client : m_clients)
        if (client->socket)
            client->socket->abort();
    if (m_server)
        m_server->close();
}

void FakeFunAsrServer::sendRaw(const QString &text)
{
    for (const auto &client : m_clients)
        if (client->socket)
            client->socket->sendTextMessage(text);
}

qint64 FakeFunAsrServer::audioMs(const Client &client) const
{
    return m_streams.at(client.stream).audioBytes * 1000 / (qint64(client.sampleRate) * 2);
}

void FakeFunAsrServer::onText(Client &client, const QString &text)
{
    Stream &stream = m_streams[client.stream];
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject()) {
        // Both servers drop a message they cannot read (the runtime, the whole stream).
        stream.problems.append(QStringLiteral("bad json message"));
        return;
    }
    const QJsonObject message = document.object();
    if (!client.greeted) {
        client.greeted = true;
        // The start message, checked as the servers read it.
        QStringList problems;
        const QString mode = message.value(QLatin1String("mode")).toString();
        if (mode != QLatin1String("2pass") && mode != QLatin1String("online") && mode != QLatin1String("offline"))
            problems.append(QStringLiteral("unsupported mode: '%1'").arg(mode));
        const QJsonArray chunk = message.value(QLatin1String("chunk_size")).toArray();
        if (chunk.size() != 3 || !chunk.at(0).isDouble() || !chunk.at(1).isDouble() || !chunk.at(2).isDouble() ||
            chunk.at(1).toInt() == 0)
            problems.append(QStringLiteral("Wrong chunk_size!"));
        if (message.value(QLatin1String("wav_format"))
                .toString(QStringLiteral("pcm"))
                .compare(QLatin1String("pcm"), Qt::CaseInsensitive) != 0)
            problems.append(QStringLiteral("ONLY SUPPORT PCM stream"));
        const QJsonValue rate = message.value(QLatin1String("audio_fs"));
        if (!rate.isUndefined() && (!rate.isDouble() || rate.toInt() < 8000 || rate.toInt() > 48000))
            problems.append(QStringLiteral("bad audio_fs"));
        for (const char *key : {"hotwords", "wav_name"})
            if (message.contains(QLatin1String(key)) && !message.value(QLatin1String(key)).isString())
                problems.append(QStringLiteral("%1 is not a string").arg(QLatin1String(key)));
        if (message.value(QLatin1String("is_speaking")) != QJsonValue(true))
            problems.append(QStringLiteral("is_speaking is not true"));
        stream.start = message;
        stream.problems += problems;
        if (problems.isEmpty()) {
            client.started = true;
            client.mode = mode;
            client.sampleRate = rate.isUndefined() ? 16000 : rate.toInt();
            client.shown = QList<qsizetype>(m_script.size(), 0);
            client.done = QList<bool>(m_script.size(), false);
        }
    }
    if (message.value(QLatin1String("is_speaking")) == QJsonValue(false)) {
        stream.ended = true;
        client.isEnd = message.value(QLatin1String("is_end")).toBool();
        end(client);
        Q_EMIT streamEnded();
    }
}

void FakeFunAsrServer::onAudio(Client &client, const QByteArray &audio)
{
    Stream &stream = m_streams[client.stream];
    if (!client.started) {
        stream.discardedBytes += audio.size();
        if (!stream.problems.contains(QStringLiteral("audio frame discarded: chunk_size is not configured")))
            stream.problems.append(QStringLiteral("audio frame discarded: chunk_size is not configured"));
        return;
    }
    stream.audioBytes += audio.size();
    stream.audioMessages += 1;
    stream.largestMessage = std::max<qint64>(stream.largestMessage, audio.size());
    for (const QJsonObject &result : hear(client, false))
        send(client, result);
    if (m_dieAtMs && audioMs(client) >= *m_dieAtMs && client.socket) {
        die();
        return;
    }
    Q_EMIT audioReceived(stream.audioBytes);
}

QList<QJsonObject> FakeFunAsrServer::hear(Client &client, bool ending)
{
    QList<QJsonObject> results;
    const qint64 now = audioMs(client);
    for (int i = 0; i < m_script.size(); ++i) {
        if (client.done.at(i))
            continue;
        const Line &line = m_script.at(i);
        if (now < line.startMs || (now == line.startMs && ending))
            break; // not said yet: neither is anything after it
        const QString words = spoken(line.text);
        if (client.mode != QLatin1String("offline")) {
            const qint64 span = std::max<qint64>(1, line.endMs - line.startMs);
            const qsizetype heard =
                ending ? words.size()
                       : std::min<qsizetype>(
                             words.size(),
                             qsizetype(std::ceil(double(words.size()) * double(now - line.startMs) / double(span))));
            if (heard > client.shown.at(i)) {
                QJsonObject piece{
                    {QStringLiteral("mode"), client.mode == QLatin1String("online") ? QStringLiteral("online")
                                                                                    : QStringLiteral("2pass-online")},
                    {QStringLiteral("text"), words.mid(client.shown.at(i), heard - client.shown.at(i))},
                    {QStringLiteral("wav_name"), m_streams.at(client.stream).start.value(QLatin1String("wav_name"))},
                    {QStringLiteral("is_final"), false}};
                if (m_style == Style::Runtime) {
                    // The runtime stamps a result without word stamps with its wall clock.
                    piece.insert(QStringLiteral("timestamp"), QDateTime::currentMSecsSinceEpoch());
                    piece.insert(QStringLiteral("slice_type"), client.shown.at(i) == 0 ? 0 : 1);
                    piece.insert(QStringLiteral("index"), client.index);
                }
                results.append(piece);
                client.shown[i] = heard;
            }
        }
        if (now < line.endMs && !ending)
            break;
        client.done[i] = true;
        if (client.mode != QLatin1String("online"))
            results.append(corrected(client, i));
    }
    return results;
}

QJsonObject FakeFunAsrServer::corrected(Client &client, int line) const
{
    const Line &said = m_script.at(line);
    QJsonObject result{
        {QStringLiteral("mode"),
         client.mode == QLatin1String("offline") ? QStringLiteral("offline") : QStringLiteral("2pass-offline")},
        {QStringLiteral("text"), said.text},
        {QStringLiteral("wav_name"), m_streams.at(client.stream).start.value(QLatin1String("wav_name"))}};
    if (m_style == Style::Runtime) {
        // The runtime: stamps as text, the sentence's span, its number; is_final only at the end.
        result.insert(QStringLiteral("is_final"), false);
        result.insert(QStringLiteral("timestamp"),
                      QString::fromUtf8(QJsonDocument(stamps(said)).toJson(QJsonDocument::Compact)));
        result.insert(QStringLiteral("start_time"), said.startMs);
        result.insert(QStringLiteral("end_time"), said.endMs);
        result.insert(QStringLiteral("slice_type"), 2);
        result.insert(QStringLiteral("index"), client.index++);
    } else {
        // The Python server: stamps as an array, every corrected sentence is_final.
        result.insert(QStringLiteral("is_final"), true);
        result.insert(QStringLiteral("timestamp"), stamps(said));
        result.insert(QStringLiteral("spk_name"), QStringLiteral("unknown"));
    }
    return result;
}

void FakeFunAsrServer::end(Client &client)
{
    const Stream &stream = m_streams.at(client.stream);
    if (!m_answersEnd)
        return;
    QList<QJsonObject> results = client.started ? hear(client, true) : QList<QJsonObject>();
    if (m_style == Style::Runtime) {
        // A stream it could not start gets nothing; otherwise the last result is is_final,
        // an empty one if nothing was left (stamped with the wall clock, as the runtime does).
        if (!client.started)
            return;
        if (results.isEmpty())
            results.append(QJsonObject{{QStringLiteral("text"), QString()},
                                       {QStringLiteral("wav_name"), stream.start.value(QLatin1String("wav_name"))},
                                       {QStringLiteral("timestamp"), QDateTime::currentMSecsSinceEpoch()}});
        results.last().insert(QStringLiteral("is_final"), true);
        for (const QJsonObject &result : std::as_const(results))
            send(client, result);
        return;
    }
    for (const QJsonObject &result : std::as_const(results))
        send(client, result);
    if (client.isEnd) {
        QJsonObject acknowledgement{{QStringLiteral("mode"), client.mode.isEmpty()
                                                                 ? stream.start.value(QLatin1String("mode")).toString()
                                                                 : client.mode},
                                    {QStringLiteral("wav_name"), stream.start.value(QLatin1String("wav_name"))},
                                    {QStringLiteral("is_final"), stream.problems.isEmpty()},
                                    {QStringLiteral("is_end"), true}};
        if (!stream.problems.isEmpty())
            acknowledgement.insert(QStringLiteral("error"), stream.problems.join(QStringLiteral("; ")));
        send(client, acknowledgement);
    }
}

void FakeFunAsrServer::send(Client &client, const QJsonObject &result)
{
    if (!client.socket)
        return;
    client.socket->sendTextMessage(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    m_streams[client.stream].sent.append(result);
}

} // namespace hotline::test
