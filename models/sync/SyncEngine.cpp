// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncEngine.h"

#include "core/Role.h"
#include "kb/KbArticle.h"
#include "kb/KbUsageModel.h"
#include "kb/KbUsagePrior.h"
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
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

namespace hotline {

SyncEngine::SyncEngine(LocalStore &store, KbRepository &kb, DeskSiteConfig site, QObject *parent)
    : QObject(parent), m_store(store), m_kb(kb), m_settings(CentralSettings::load(store)),
      m_network(new QNetworkAccessManager(this)), m_timer(new QTimer(this)), m_site(std::move(site))
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

QUrl SyncEngine::centreUrl() const
{
    return m_settings.isConfigured() ? m_settings.url : m_site.centre;
}

void SyncEngine::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString SyncEngine::simulationRefusal() const
{
    if (!m_store.isSimulation())
        return {};
    return tr("这是培训（模拟）用的本地库，不连接中心：培训中的工单与记录只留在本机，不进入真实工单");
}

void SyncEngine::start(int intervalMs)
{
    // A simulation store never talks to the centre: no timer, no stream, nothing pushed or pulled.
    if (const QString refused = simulationRefusal(); !refused.isEmpty()) {
        m_lastError = refused;
        return;
    }
    m_timer->start(intervalMs);
    connectStream();
    QTimer::singleShot(0, this, &SyncEngine::syncNow);
}

QUrl SyncEngine::endpoint(const QString &path) const
{
    // A centre behind a proxy may live under a prefix (https://host/hotline/): keep it.
    QUrl url = m_settings.url;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    const qsizetype query = path.indexOf(u'?');
    url.setPath(base + (query < 0 ? path : path.left(query)));
    url.setQuery(query < 0 ? QString() : path.mid(query + 1));
    return url;
}

QNetworkRequest SyncEngine::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    if (!m_site.caCertificate.isEmpty()) {
        // The centre's own CA, beside the system's: a certificate from it is trusted too.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        QList<QSslCertificate> authorities = tls.caCertificates();
        authorities += QSslCertificate::fromPath(m_site.caCertificate, QSsl::Pem);
        tls.setCaCertificates(authorities);
        request.setSslConfiguration(tls);
    }
    if (!m_settings.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_settings.token.toLatin1());
    return request;
}

QNetworkRequest SyncEngine::centreRequest(const QString &path) const
{
    return request(endpoint(path));
}

QString SyncEngine::centreRefusal() const
{
    if (const QString refused = simulationRefusal(); !refused.isEmpty())
        return refused;
    if (!m_settings.isSignedIn())
        return tr("未登录中心");
    return m_site.refusalFor(m_settings.url);
}

QNetworkReply *SyncEngine::send(const QString &method, const QString &path, const QJsonObject &body)
{
    QNetworkRequest call = request(endpoint(path));
    call.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (method == QLatin1String("GET"))
        return m_network->get(call);
    return m_network->post(call, QJsonDocument(body).toJson(QJsonDocument::Compact));
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
    if (status == 507) {
        m_lastError = tr("中心的磁盘已满：本席的工单都留在本机，中心腾出空间后自动补传");
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
    if (const QString refused = simulationRefusal(); !refused.isEmpty()) {
        m_lastError = refused;
        done(refused);
        return;
    }
    if (const QString refused = m_site.refusalFor(url); !refused.isEmpty()) {
        m_lastError = refused;
        done(refused);
        return;
    }
    m_settings.url = url;
    m_settings.token.clear();
    m_usageFetched = {}; // another centre or user: its model at the first round
    m_settings.deskKey = CentralSettings::deskKeyOf(m_store);
    QNetworkReply *reply = send(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/sign-in"),
                                {{QStringLiteral("login"), login}, {QStringLiteral("password"), password},
                                 {QStringLiteral("desk"), m_settings.desk}, {QStringLiteral("deskKey"), m_settings.deskKey}});
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
        m_settings.streamPath = body->value(QLatin1String("stream")).toString();
        m_settings.role = body->value(QLatin1String("role")).toString();
        m_settings.unit = body->value(QLatin1String("unit")).toString(QStringLiteral("")); // stored: never null
        (void)adoptEpoch(body->value(QLatin1String("epoch")).toObject());
        if (Status s = m_settings.save(m_store); !s) {
            done(s.error());
            return;
        }
        setState(State::Offline);
        if (m_stream)
            m_stream->close(); // the old session's stream, if any
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
    if (!m_settings.isSignedIn() || m_settings.streamPath.isEmpty() || !m_site.refusalFor(m_settings.url).isEmpty()
        || (m_stream && m_stream->state() != QAbstractSocket::UnconnectedState))
        return;
    if (!m_stream) {
        m_stream = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        connect(m_stream, &QWebSocket::textMessageReceived, this, [this](const QString &message) {
            // Any news from the centre: pull now rather than at the next tick.
            const QString type = QJsonDocument::fromJson(message.toUtf8()).object().value(QLatin1String("type")).toString();
            if (type == QLatin1String("changed"))
                syncNow();
            else if (type == QLatin1String("floor"))
                Q_EMIT floorChanged();
        });
        connect(m_stream, &QWebSocket::disconnected, this, [this] {
            QTimer::singleShot(5000, this, &SyncEngine::connectStream);
        });
    }
    // On the centre's own address and port, so it passes any proxy the API passes; the token
    // in a header, never in the address (which proxies and logs keep).
    QUrl url = endpoint(m_settings.streamPath);
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    const QNetworkRequest open = request(url);
    m_stream->setSslConfiguration(open.sslConfiguration());
    m_stream->open(open);
}

void SyncEngine::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    if (!m_settings.isSignedIn())
        return;
    if (const QString refused = simulationRefusal(); !refused.isEmpty()) {
        m_lastError = refused;
        return;
    }
    if (const QString refused = m_site.refusalFor(m_settings.url); !refused.isEmpty()) {
        // The administrator closed plain http since this desk signed in: nothing goes out.
        m_lastError = refused;
        setState(State::Offline);
        return;
    }
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

void SyncEngine::ask(const QString &path, Answer answer)
{
    if (const QString refused = simulationRefusal(); !refused.isEmpty())
        return answer(std::nullopt, refused);
    if (m_settings.token.isEmpty())
        return answer(std::nullopt, tr("未登录中心"));
    QNetworkReply *reply = send(QStringLiteral("GET"), path);
    connect(reply, &QNetworkReply::finished, this, [this, reply, answer = std::move(answer)] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        bool signedOut = false;
        const std::optional<QJsonObject> body = read(reply, &signedOut);
        if (!body || status != 200)
            return answer(std::nullopt, body ? body->value(QLatin1String("error")).toString(tr("中心拒绝了查询（%1）").arg(status)) : m_lastError);
        answer(body, QString());
    });
}

void SyncEngine::post(const QString &path, const QJsonObject &body, Answer answer)
{
    if (const QString refused = simulationRefusal(); !refused.isEmpty())
        return answer(std::nullopt, refused);
    if (m_settings.token.isEmpty())
        return answer(std::nullopt, tr("未登录中心"));
    QNetworkReply *reply = send(QStringLiteral("POST"), path, body);
    answerWhenFinished(reply, std::move(answer));
}

void SyncEngine::answerWhenFinished(QNetworkReply *reply, Answer answer)
{
    connect(reply, &QNetworkReply::finished, this, [this, reply, answer = std::move(answer)] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        bool signedOut = false;
        const std::optional<QJsonObject> answered = read(reply, &signedOut);
        if (!answered || status < 200 || status > 299)
            return answer(std::nullopt, answered ? answered->value(QLatin1String("error")).toString(tr("中心拒绝了请求（%1）").arg(status)) : m_lastError);
        answer(answered, QString());
    });
}

void SyncEngine::put(const QString &path, const QByteArray &body, const QByteArray &contentType, Answer answer)
{
    if (const QString refused = simulationRefusal(); !refused.isEmpty())
        return answer(std::nullopt, refused);
    if (m_settings.token.isEmpty())
        return answer(std::nullopt, tr("未登录中心"));
    QNetworkRequest call = request(endpoint(path));
    call.setRawHeader("Content-Type", contentType);
    QNetworkReply *reply = m_network->put(call, body);
    answerWhenFinished(reply, std::move(answer));
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
    QVector<OutboxEntry> batch = outbox.pending(m_batch);
    // Belt and braces behind the outbox, which takes nothing simulated: an operation that says
    // simulation (an older desk's, a store edited by hand) is refused here and never sent.
    bool refusedHere = false;
    for (const OutboxEntry &entry : std::as_const(batch)) {
        if (!Outbox::isSimulated(entry.payload))
            continue;
        const QString reason = tr("模拟工单不进入中心");
        if (Status s = outbox.reject(entry.opId, reason); !s) {
            finishRound(State::Offline, s.error());
            return;
        }
        Q_EMIT rejected(reason);
        refusedHere = true;
    }
    if (refusedHere) {
        m_store.notifyOutboxChanged();
        batch = outbox.pending(m_batch);
    }
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
    connect(reply, &QNetworkReply::finished, this, [this, reply, sent = int(batch.size()), first = batch.first().opId] {
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 413) {
            reply->deleteLater();
            if (sent > 1) {
                m_batch = std::max(1, sent / 2); // smaller batches until it fits
                pushStep();
                return;
            }
            // One operation the centre will never take, whatever the batch: refused here, with
            // the reason, so that the operations behind it still go out.
            const QString reason = tr("这项操作太大，中心不收（超过中心的请求上限）");
            if (Status s = Outbox(m_store).reject(first, reason); !s) {
                finishRound(State::Offline, s.error());
                return;
            }
            Q_EMIT rejected(reason);
            m_store.notifyOutboxChanged();
            m_batch = batchSize;
            pushStep();
            return;
        }
        pushAnswered(reply, sent);
    });
}

void SyncEngine::pushAnswered(QNetworkReply *reply, int)
{
    bool signedOut = false;
    const std::optional<QJsonObject> body = read(reply, &signedOut);
    if (!body) {
        finishRound(signedOut ? State::SignedOut : State::Offline);
        return;
    }
    Outbox outbox(m_store);
    const Status recorded = m_store.transaction([&]() -> Status {
        for (const QJsonValue &value : body->value(QLatin1String("results")).toArray()) {
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
    m_batch = batchSize;
    m_store.notifyOutboxChanged();
    pushStep(); // the next batch, in order
}

bool SyncEngine::adoptEpoch(const QJsonObject &epoch)
{
    const QString id = epoch.value(QLatin1String("id")).toString();
    if (id.isEmpty() || id == m_settings.epoch)
        return false;
    const bool first = m_settings.epoch.isEmpty();
    m_settings.epoch = id;
    if (first) {
        (void)m_store.setMeta(QStringLiteral("central.epoch"), id);
        return false;
    }
    // The centre started again — after a restore from a backup, perhaps, which forgot what
    // came after the backup. Pull again from where this epoch began (what the desk has is
    // stored once however often it comes), and push again what was acknowledged after it
    // (the centre answers "duplicate" for what it kept).
    const qint64 since = epoch.value(QLatin1String("revision")).toInteger();
    const Status status = m_store.transaction([&]() -> Status {
        Result<int> requeued = Outbox(m_store).requeueAcknowledgedAfter(since);
        if (!requeued)
            return Error{requeued.error()};
        if (requeued.value() > 0)
            qInfo("sync: the centre began a new epoch at revision %lld: %d operations sent again", since, requeued.value());
        m_settings.cursor = std::min(m_settings.cursor, since);
        if (Status s = CentralSettings::saveCursor(m_store, m_settings.cursor); !s)
            return s;
        return m_store.setMeta(QStringLiteral("central.epoch"), id);
    });
    if (!status)
        m_lastError = status.error();
    m_store.notifyOutboxChanged();
    return true;
}

void SyncEngine::pullStep()
{
    QNetworkReply *reply = send(QStringLiteral("GET"), QStringLiteral("/api/v1/sync/pull?since=%1&limit=500").arg(m_settings.cursor));
    onAnswer(reply, State::Offline, [this](const QJsonObject &body) {
        if (adoptEpoch(body.value(QLatin1String("epoch")).toObject())) {
            // This page was asked for from a cursor the centre may no longer stand behind.
            finishRound(State::Offline, tr("中心重新启动，正在核对"));
            QTimer::singleShot(0, this, &SyncEngine::syncNow);
            return;
        }
        // Stored in order; the cursor moves only past what was stored. A change the store
        // cannot take (disk full, locked) stops the round where it is, and it is pulled again
        // the next time — applying a change twice stores it once.
        for (const QJsonValue &value : body.value(QLatin1String("changes")).toArray()) {
            const QJsonObject change = value.toObject();
            if (Status applied = applyChange(change); !applied) {
                (void)CentralSettings::saveCursor(m_store, m_settings.cursor);
                finishRound(State::Offline, tr("中心的更新存不进本机：%1").arg(applied.error()));
                return;
            }
            m_settings.cursor = change.value(QLatin1String("revision")).toInteger(m_settings.cursor);
        }
        m_settings.cursor = body.value(QLatin1String("cursor")).toInteger(m_settings.cursor);
        if (Status s = CentralSettings::saveCursor(m_store, m_settings.cursor); !s) {
            finishRound(State::Offline, tr("中心的更新存不进本机：%1").arg(s.error()));
            return;
        }
        if (body.value(QLatin1String("more")).toBool())
            pullStep();
        else
            usageStep();
    });
}

Status SyncEngine::applyChange(const QJsonObject &change)
{
    const QString kind = change.value(QLatin1String("kind")).toString();
    const QJsonObject payload = change.value(QLatin1String("payload")).toObject();
    if (kind == QLatin1String("workorder.event")) {
        const std::optional<WorkOrderEvent> event = WorkOrderEvent::fromJson(payload);
        if (!event)
            return Status::success(); // nothing a desk can store
        if (Result<bool> applied = WorkOrderRepository(m_store).applyRemote(*event); !applied)
            return Error{applied.error()};
    } else if (kind.startsWith(QLatin1String("reference."))) {
        const QString what = kind.mid(10);
        // The centre checked the file with the same parser: a failure here is the store's.
        if (Result<int> imported = ReferenceData::import(m_store, what, payload.value(QLatin1String("csv")).toString().toUtf8()); !imported)
            return Error{imported.error()};
    } else if (kind == QLatin1String("kb.article")) {
        return m_kb.applyRemote(payload.value(QLatin1String("key")).toString(), payload.value(QLatin1String("status")).toString(),
                                KbDraft::fromJson(payload), payload.value(QLatin1String("editor")).toString());
    }
    return Status::success();
}

void SyncEngine::usageStep()
{
    // Only for the desks whose search reads it, and no more often than the centre rebuilds it.
    const std::optional<Role> role = roleFromCode(m_settings.role);
    const bool searches = role == Role::Operator || role == Role::TeamLead || role == Role::KbEditor;
    if (!searches || (m_usageFetched.isValid() && m_usageFetched.secsTo(QDateTime::currentDateTimeUtc()) < usageRefreshSeconds)) {
        leaseStep();
        return;
    }
    QNetworkReply *reply = send(QStringLiteral("GET"), QStringLiteral("/api/v1/kb/usage"));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        // A centre without the model (older, or its database busy) costs the search only its
        // evidence: the round goes on, and the desk asks again at the next refresh.
        const QString before = m_lastError;
        bool signedOut = false;
        const std::optional<QJsonObject> body = read(reply, &signedOut);
        if (signedOut) {
            finishRound(State::SignedOut);
            return;
        }
        m_usageFetched = QDateTime::currentDateTimeUtc();
        m_lastError = before;
        if (body) {
            if (Result<KbUsageModel> model = KbUsageModel::fromJson(*body); model)
                (void)KbUsagePrior::replace(m_store, model.value());
            else
                qWarning("usage model from the centre not used: %s", qPrintable(model.error()));
        }
        leaseStep();
    });
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
