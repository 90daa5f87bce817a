// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

class QWebSocket;
class QWebSocketServer;

namespace hotline::test {

// A speech recogniser on loopback that speaks the FunASR runtime's WebSocket protocol as far
// as a client can tell: it checks the start message, counts the audio, and answers with a
// script instead of recognising anything. A sentence of the script is "heard" while the audio
// time passes from its start to its end: its characters come as 2pass-online pieces (without
// punctuation, as the streaming model gives them) and, once the audio passes its end, the
// whole sentence as a 2pass-offline result with its times. The end of the audio brings what
// was begun and the last result. It can be told to die in the middle of a call.
class FakeFunAsrServer : public QObject {
    Q_OBJECT
public:
    struct Line {
        QString text;
        qint64 startMs;
        qint64 endMs;
    };
    // The two servers of the FunASR runtime differ in how a stream ends: the C++ runtime
    // marks only its last result is_final; the Python server marks every corrected sentence
    // is_final and, when asked with "is_end", acknowledges the end (with the stream's errors).
    enum class Style { Runtime, PythonServer };
    // One client's stream, as the server saw it.
    struct Stream {
        QJsonObject start;
        QString subprotocol;
        qint64 audioBytes = 0;
        int audioMessages = 0;
        qint64 largestMessage = 0;
        qint64 discardedBytes = 0; // audio before a usable start message
        QStringList problems;      // what was wrong with the start message
        bool ended = false;        // {"is_speaking": false} came
        QList<QJsonObject> sent;   // every result sent, in order
    };

    explicit FakeFunAsrServer(QList<Line> script = {}, Style style = Style::Runtime, QObject *parent = nullptr);
    ~FakeFunAsrServer() override;

    // Listens on 127.0.0.1 at a free port; with `tls`, as wss://.
    bool listen(const std::optional<QSslConfiguration> &tls = std::nullopt);
    QUrl url() const;

    void setScript(QList<Line> script) { m_script = std::move(script); }
    // Drops the connection without a word (TCP abort) once this much audio has come, and
    // stops listening: a server that crashed in the middle of a call.
    void dieAfterAudioMs(qint64 ms) { m_dieAtMs = ms; }
    // The same, now.
    void die();
    // Never answers the end of the audio (a server that hangs at the end).
    void setAnswersEnd(bool answers) { m_answersEnd = answers; }
    // Sends `text` as a text message to every client (what a broken server might send).
    void sendRaw(const QString &text);

    const QList<Stream> &streams() const { return m_streams; }
    int connections() const { return int(m_streams.size()); }

Q_SIGNALS:
    void streamOpened();
    void audioReceived(qint64 totalBytes);
    void streamEnded();

private:
    struct Client {
        QPointer<QWebSocket> socket;
        int stream;
        bool greeted = false; // the first text message came (the start, good or bad)
        bool started = false; // and it was a good one
        bool isEnd = false;
        int sampleRate = 16000;
        QString mode;
        QList<qsizetype> shown; // per script line: characters sent as online pieces
        QList<bool> done;       // per script line: corrected result sent
        int index = 0;          // the runtime numbers its sentences
    };

    void accept();
    void onText(Client &client, const QString &text);
    void onAudio(Client &client, const QByteArray &audio);
    // The results the audio heard so far brings (at the end: everything begun).
    QList<QJsonObject> hear(Client &client, bool ending);
    void end(Client &client);
    void send(Client &client, const QJsonObject &result);
    QJsonObject corrected(Client &client, int line) const;
    qint64 audioMs(const Client &client) const;

    QList<Line> m_script;
    Style m_style;
    QWebSocketServer *m_server = nullptr;
    QUrl m_url;
    std::vector<std::unique_ptr<Client>> m_clients;
    QList<Stream> m_streams;
    std::optional<qint64> m_dieAtMs;
    bool m_answersEnd = true;
};

} // namespace hotline::test
