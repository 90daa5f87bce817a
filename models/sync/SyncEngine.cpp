// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncEngine.h"

#include "kb/KbArticle.h"
#include "kb/KbRepository.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"
#include "sync/ReferenceData.h"
#include "workorder/NumberPool.h"
#include "workorder/WorkOrderRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

namespace hotline {

SyncEngine::SyncEngine(LocalStore &store, KbRepository &kb, QObject *parent)
    : QObject(parent), m_store(store), m_kb(kb), m_settings(CentralSettings::load(store)),
      m_network(new QNetworkAccessManager(this)), m_timer(new QTimer(this))
{
    m_network->setTransferTimeout(15000);
    connect(m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
    // A new local change goes out at once, not at the next tick.
    connect(&m_store, &LocalStore::outboxChanged, this, [this] { QTimer::singleShot(0, this, &SyncEngine::syncNow); });
    m_state = !m_settings.isConfigured() ? State::NotConfigured : (m_settings.isSignedIn() ? State::Offline : State::SignedOut);
}

SyncEngine::~SyncEngine() = default;

QString SyncEngine::displayName(State state)
{
    switch (state) {
    case State::NotConfigured: return tr("未连接中心");
    case State::SignedOut: return tr("未登录");
    case State::Offline: return tr("离线");
    case State::Syncing: return tr("同步中");
    case State::Online: return tr("在线");
    }
    return {};
}

void SyncEngine::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncEngine::start(int intervalMs)
{
    m_timer->start(intervalMs);
    connectStream();
    QTimer::singleShot(0, this, &SyncEngine::syncNow);
}

QNetworkReply *SyncEngine::send(const QString &method, const QString &path, const QJsonObject &body)
{
    QUrl url = m_settings.url;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!m_settings.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_settings.token.toLatin1());
    if (method == QLatin1String("GET"))
        return m_network->get(request);
    return m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> SyncEngine::read(QNetworkReply *reply, bool *signedOut)
{
    reply->deleteLater();
    *signedOut = false;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    if (status == 401) {
        *signedOut = true;
        m_lastError = body.value(QLatin1String("error")).toString(tr("登录已过期"));
        return std::nullopt;
    }
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        m_lastError = tr("连不上中心：%1").arg(reply->errorString());
        return std::nullopt;
    }
    if (status < 200 || status >= 300) {
        m_lastError = tr("中心答复 %1：%2").arg(status).arg(body.value(QLatin1String("error")).toString());
        return std::nullopt;
    }
    return body;
}

void SyncEngine::signIn(const QUrl &url, const QString &login, const QString &password, std::function<void(QString)> done)
{
    m_settings.url = url;
    m_settings.token.clear();
    QNetworkReply *reply = send(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/sign-in"),
                                {{QStringLiteral("login"), login}, {QStringLiteral("password"), password},
                                 {QStringLiteral("desk"), m_settings.desk}});
    connect(reply, &QNetworkReply::finished, this, [this, reply, login, done = std::move(done)] {
        bool signedOut = false;
        const std::optional<QJsonObject> body = read(reply, &signedOut);
        if (!body) {
            setState(State::SignedOut);
            done(m_lastError);
            return;
        }
        m_settings.login = login;
        m_settings.token = body->value(QLatin1String("token")).toString();
        m_settings.streamPort = body->value(QLatin1String("streamPort")).toInt();
        if (Status s = m_settings.save(m_store); !s) {
            done(s.error());
            return;
        }
        setState(State::Offline);
        connectStream();
        done({});
        syncNow();
    });
}

void SyncEngine::signOut()
{
    if (m_settings.isSignedIn())
        send(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/sign-out"));
    m_settings.token.clear();
    (void)m_settings.save(m_store);
    if (m_stream)
        m_stream->close();
    setState(m_settings.isConfigured() ? State::SignedOut : State::NotConfigured);
}

void SyncEngine::connectStream()
{
    if (!m_settings.isSignedIn() || m_settings.streamPort <= 0
        || (m_stream && m_stream->state() != QAbstractSocket::UnconnectedState))
        return;
    if (!m_stream) {
        m_stream = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        connect(m_stream, &QWebSocket::textMessageReceived, this, [this](const QString &message) {
            // Any news from the centre: pull now rather than at the next tick.
            if (QJsonDocument::fromJson(message.toUtf8()).object().value(QLatin1String("type")).toString()
                == QLatin1String("changed"))
                syncNow();
        });
        connect(m_stream, &QWebSocket::disconnected, this, [this] {
            QTimer::singleShot(5000, this, &SyncEngine::connectStream);
        });
    }
    QUrl url = m_settings.url;
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPort(m_settings.streamPort);
    url.setPath(QStringLiteral("/api/v1/stream"));
    url.setQuery(QUrlQuery{{QStringLiteral("token"), m_settings.token}});
    m_stream->open(url);
}

void SyncEngine::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    if (!m_settings.isSignedIn())
        return;
    m_running = true;
    m_again = false;
    if (m_state != State::Online)
        setState(State::Syncing);
    pushStep();
}

void SyncEngine::finishRound(State state, const QString &error)
{
    m_running = false;
    if (!error.isEmpty())
        m_lastError = error;
    if (state == State::Online) {
        m_lastSync = QDateTime::currentDateTime();
        m_lastError.clear();
    }
    setState(state);
    if (state == State::Online)
        Q_EMIT synced();
    if (state == State::SignedOut) {
        m_settings.token.clear();
        (void)m_settings.save(m_store);
        return;
    }
    if (m_again && state == State::Online)
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
}

void SyncEngine::onAnswer(QNetworkReply *reply, State unanswered, std::function<void(const QJsonObject &)> handle)
{
    connect(reply, &QNetworkReply::finished, this, [this, reply, unanswered, handle = std::move(handle)] {
        bool signedOut = false;
        const std::optional<QJsonObject> body = read(reply, &signedOut);
        if (!body) {
            finishRound(signedOut ? State::SignedOut : unanswered);
            return;
        }
        handle(*body);
    });
}

void SyncEngine::pushStep()
{
    Outbox outbox(m_store);
    const QVector<OutboxEntry> batch = outbox.pending(batchSize);
    if (batch.isEmpty()) {
        pullStep();
        return;
    }
    QJsonArray ops;
    for (const OutboxEntry &entry : batch)
        ops.append(QJsonObject{{QStringLiteral("opId"), entry.opId.toString(QUuid::WithoutBraces)},
                               {QStringLiteral("kind"), entry.kind},
                               {QStringLiteral("payload"), entry.payload}});
    QNetworkReply *reply = send(QStringLiteral("POST"), QStringLiteral("/api/v1/sync/push"), {{QStringLiteral("ops"), ops}});
    onAnswer(reply, State::Offline, [this](const QJsonObject &body) {
        Outbox outbox(m_store);
        const Status recorded = m_store.transaction([&]() -> Status {
            for (const QJsonValue &value : body.value(QLatin1String("results")).toArray()) {
                const QJsonObject result = value.toObject();
                const QUuid opId = QUuid::fromString(result.value(QLatin1String("opId")).toString());
                const QString status = result.value(QLatin1String("status")).toString();
                Status s = status == QLatin1String("rejected")
                    ? outbox.reject(opId, result.value(QLatin1String("error")).toString())
                    : outbox.acknowledge(opId, result.value(QLatin1String("revision")).toInteger());
                if (!s)
                    return s;
                if (status == QLatin1String("rejected"))
                    Q_EMIT rejected(result.value(QLatin1String("error")).toString());
            }
            return Status::success();
        });
        if (!recorded) {
            finishRound(State::Offline, recorded.error());
            return;
        }
        m_store.notifyOutboxChanged();
        pushStep(); // the next batch, in order
    });
}

void SyncEngine::pullStep()
{
    QNetworkReply *reply = send(QStringLiteral("GET"), QStringLiteral("/api/v1/sync/pull?since=%1&limit=500").arg(m_settings.cursor));
    onAnswer(reply, State::Offline, [this](const QJsonObject &body) {
        for (const QJsonValue &change : body.value(QLatin1String("changes")).toArray())
            applyChange(change.toObject());
        // The cursor moves only after the changes are stored: a crash here pulls them again,
        // and applying a change twice stores it once.
        m_settings.cursor = body.value(QLatin1String("cursor")).toInteger(m_settings.cursor);
        (void)CentralSettings::saveCursor(m_store, m_settings.cursor);
        if (body.value(QLatin1String("more")).toBool())
            pullStep();
        else
            leaseStep();
    });
}

void SyncEngine::applyChange(const QJsonObject &change)
{
    const QString kind = change.value(QLatin1String("kind")).toString();
    const QJsonObject payload = change.value(QLatin1String("payload")).toObject();
    if (kind == QLatin1String("workorder.event")) {
        if (const std::optional<WorkOrderEvent> event = WorkOrderEvent::fromJson(payload)) {
            if (Result<bool> applied = WorkOrderRepository(m_store).applyRemote(*event); !applied)
                qWarning("sync: work order event %s not applied: %s", qPrintable(event->orderNumber), qPrintable(applied.error()));
        }
    } else if (kind.startsWith(QLatin1String("reference."))) {
        const QString what = kind.mid(10);
        Result<int> imported = ReferenceData::import(m_store, what, payload.value(QLatin1String("csv")).toString().toUtf8());
        if (!imported)
            qWarning("sync: %s not imported: %s", qPrintable(what), qPrintable(imported.error()));
    } else if (kind == QLatin1String("kb.article")) {
        const Status applied = m_kb.applyRemote(payload.value(QLatin1String("key")).toString(),
                                                payload.value(QLatin1String("status")).toString(),
                                                KbDraft::fromJson(payload), payload.value(QLatin1String("editor")).toString());
        if (!applied)
            qWarning("sync: article not applied: %s", qPrintable(applied.error()));
    }
}

void SyncEngine::leaseStep()
{
    if (NumberPool(m_store).available() >= keepNumbers) {
        finishRound(State::Online);
        return;
    }
    QNetworkReply *reply = send(QStringLiteral("POST"), QStringLiteral("/api/v1/numbers/lease"), {{QStringLiteral("count"), leaseBlock}});
    // Some roles take no numbers: unanswered, the sync itself still went fine.
    onAnswer(reply, State::Online, [this](const QJsonObject &body) {
        if (Status s = NumberPool(m_store).addLease(body.value(QLatin1String("first")).toInteger(),
                                                    body.value(QLatin1String("last")).toInteger());
            !s)
            m_lastError = s.error();
        finishRound(State::Online);
    });
}

} // namespace hotline
