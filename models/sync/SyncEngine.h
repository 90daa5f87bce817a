// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CentralSettings.h"
#include "DeskSiteConfig.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;
class QWebSocket;

namespace hotline {

class KbRepository;
class LocalStore;

// The desk's side of the sync, in the background of the event loop: pushes the outbox in
// order in batches, records the centre's answer for each operation, pulls what changed since
// the cursor and applies it, keeps a block of final numbers leased, and listens on the
// WebSocket for the centre's nudge to pull at once. Nothing here blocks the operator: every
// request is asynchronous, and a dead network or centre only means "offline, n unsynced".
class SyncEngine : public QObject {
    Q_OBJECT
public:
    enum class State { NotConfigured, SignedOut, Offline, Syncing, Online };
    Q_ENUM(State)
    static constexpr int batchSize = 100;
    static constexpr int keepNumbers = 20;
    static constexpr int leaseBlock = 100;
    // How often the knowledge base's usage model is fetched (the centre rebuilds it each minute).
    static constexpr qint64 usageRefreshSeconds = 300;

    SyncEngine(LocalStore &store, KbRepository &kb, DeskSiteConfig site = DeskSiteConfig::load(), QObject *parent = nullptr);
    ~SyncEngine() override;

    // Signs in (asynchronously); `done` gets an empty string on success, else the reason. On a
    // simulation store (LocalStore::isSimulation) sign-in, start, syncNow, ask and post are all
    // refused with the reason and nothing is sent.
    void signIn(const QUrl &url, const QString &login, const QString &password, std::function<void(QString)> done);
    void signOut();
    void start(int intervalMs = 3000);
    // Push, pull and lease now (or as soon as the running round ends).
    void syncNow();
    // A centre-wide question (a queue, a caller's history), answered asynchronously with the
    // body, or nothing and why (not signed in, offline, refused). Never blocks the desk.
    using Answer = std::function<void(const std::optional<QJsonObject> &body, const QString &error)>;
    void ask(const QString &path, Answer answer);
    // The same for a JSON POST (a team lead's evaluation, a reviewer's comment, an operator's
    // dispute): any 2xx answer is a success, with its body.
    void post(const QString &path, const QJsonObject &body, Answer answer);
    // A PUT of a body that is not JSON (a reference file as CSV, an editor's synonyms): any
    // 2xx answer is a success, with its body.
    void put(const QString &path, const QByteArray &body, const QByteArray &contentType, Answer answer);

    State state() const { return m_state; }
    // Signed in to a centre (online or not): centre-wide questions are worth asking.
    bool signedIn() const { return m_state != State::NotConfigured && m_state != State::SignedOut; }
    // The centre to offer at sign-in: the one signed in to before, else the site's.
    QUrl centreUrl() const;
    // The signed-in user's role at the centre (empty before the first sign-in).
    QString role() const { return m_settings.role; }
    QString unit() const { return m_settings.unit; }
    QString login() const { return m_settings.login; }
    QString lastError() const { return m_lastError; }
    QDateTime lastSync() const { return m_lastSync; }
    static QString displayName(State state);

    // For the desk's other clients of the centre (the recordings' uploader), so that they use
    // the one signed-in session, the site's TLS settings and this engine's network manager:
    // a request to `path` at the centre with the session's token. centreRefusal() says why
    // nothing may go to the centre now (not signed in, plain http refused), or nothing.
    QNetworkRequest centreRequest(const QString &path) const;
    QString centreRefusal() const;
    QNetworkAccessManager *network() const { return m_network; }

Q_SIGNALS:
    void stateChanged(hotline::SyncEngine::State state);
    // A round finished with everything pushed and pulled.
    void synced();
    // The centre refused an operation for good: the reason, for the operator.
    void rejected(const QString &reason);
    // The centre says the floor changed (orders or agent states; at most every few seconds, to
    // team leads, administrators and knowledge-base editors): a dashboard asks for its figures.
    void floorChanged();

private:
    // Why this engine never talks to the centre (its store is a simulation store), or nothing.
    QString simulationRefusal() const;
    void pushStep();
    void pullStep();
    void usageStep();
    void leaseStep();
    void finishRound(State state, const QString &error = {});
    void setState(State state);
    void connectStream();
    QNetworkReply *send(const QString &method, const QString &path, const QJsonObject &body = {});
    // Reads a finished reply: the JSON object, or nothing with m_lastError set.
    std::optional<QJsonObject> read(QNetworkReply *reply, bool *signedOut);
    // A step of the round: `handle` gets the answer; without one the round ends in
    // `unanswered` (or signed out).
    void onAnswer(QNetworkReply *reply, State unanswered, std::function<void(const QJsonObject &)> handle);
    // Stores one pulled change; an error means the store could not take it (full, locked).
    Status applyChange(const QJsonObject &change);
    // A new epoch of the centre's database: pull again from where it began, and push again
    // what was acknowledged after it. True when the epoch changed (the page in hand is stale).
    bool adoptEpoch(const QJsonObject &epoch);
    QNetworkRequest request(const QUrl &url) const;
    QUrl endpoint(const QString &path) const;
    // Answers the push of `batch` operations: on 413 the batch is halved, and an operation too
    // large even alone is refused here, so the rest of the outbox goes on.
    void pushAnswered(QNetworkReply *reply, int sent);
    // A write's answer (post, put): any 2xx is success, with its body; else the centre's reason.
    void answerWhenFinished(QNetworkReply *reply, Answer answer);

    LocalStore &m_store;
    KbRepository &m_kb;
    CentralSettings m_settings;
    QNetworkAccessManager *m_network;
    QTimer *m_timer;
    QPointer<QWebSocket> m_stream;
    State m_state = State::NotConfigured;
    QString m_lastError;
    QDateTime m_lastSync;
    QDateTime m_usageFetched;
    bool m_running = false;
    bool m_again = false;
    DeskSiteConfig m_site;
    int m_batch = batchSize;
};

} // namespace hotline
