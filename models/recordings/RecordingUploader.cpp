// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordingUploader.h"

#include "recordings/RecordingRepository.h"
#include "store/LocalStore.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace hotline {

namespace {
QString base(const QUuid &id)
{
    return QStringLiteral("/api/v1/recordings/") + id.toString(QUuid::WithoutBraces);
}
} // namespace

RecordingUploader::RecordingUploader(LocalStore &store, SyncEngine &sync, QObject *parent)
    : RecordingUploader(store, sync, Options{}, parent)
{
}

RecordingUploader::RecordingUploader(LocalStore &store, SyncEngine &sync, Options options, QObject *parent)
    : QObject(parent), m_store(store), m_sync(sync), m_options(options),
      m_recordings(std::make_unique<RecordingRepository>(store)), m_backoff(options.firstRetryMs, options.maxRetryMs)
{
    m_options.chunkBytes = std::clamp<qint64>(m_options.chunkBytes, 1, maxChunkBytes);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &RecordingUploader::next);
    // Signed in again, or the centre answered the sync: worth trying now.
    connect(&m_sync, &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        if (state == SyncEngine::State::Online)
            uploadSoon();
    });
    m_sweep.setInterval(3600 * 1000);
    connect(&m_sweep, &QTimer::timeout, this, [this] {
        if (Result<int> swept = m_recordings->sweep(); !swept)
            qWarning("recordings: %s", qPrintable(swept.error()));
    });
    m_sweep.start();
    QTimer::singleShot(0, this, [this] { (void)m_recordings->sweep(); });
}

RecordingUploader::~RecordingUploader()
{
    if (m_reply)
        m_reply->abort();
}

void RecordingUploader::uploadSoon()
{
    m_retry.stop();
    if (m_busy) {
        m_again = true;
        return;
    }
    QTimer::singleShot(0, this, &RecordingUploader::next);
}

bool RecordingUploader::isIdle() const
{
    if (m_busy || !m_recordings->unsentLinks().isEmpty())
        return false;
    const QVector<Recording> pending = m_recordings->pendingUpload();
    return std::none_of(pending.begin(), pending.end(), [](const Recording &r) { return QFile::exists(r.path); });
}

void RecordingUploader::next()
{
    if (m_busy)
        return;
    m_again = false;
    QVector<Recording> pending = m_recordings->pendingUpload();
    // A file gone from under the desk can never be sent: it must not hold up the others.
    pending.removeIf([](const Recording &r) {
        if (QFile::exists(r.path))
            return false;
        qWarning("recordings: %s is missing, it cannot be uploaded", qPrintable(r.path));
        return true;
    });
    const QVector<std::pair<QUuid, QStringList>> links = m_recordings->unsentLinks();
    if (pending.isEmpty() && links.isEmpty()) {
        Q_EMIT idle();
        return;
    }
    if (const QString refusal = m_sync.centreRefusal(); !refusal.isEmpty()) {
        fail(pending.isEmpty() ? links.first().first : pending.first().id, refusal);
        return;
    }
    m_busy = true;
    if (!pending.isEmpty())
        askStatus(pending.first());
    else
        sendLinks(links.first().first, links.first().second);
}

void RecordingUploader::send(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &type, Handler handler)
{
    QNetworkRequest request = m_sync.centreRequest(path);
    if (!type.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, type);
    m_reply = m_sync.network()->sendCustomRequest(request, method, body);
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply.data(), handler = std::move(handler)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_transportError = status == 0 ? reply->errorString() : QString();
        handler(status, QJsonDocument::fromJson(reply->readAll()).object());
    });
}

QString RecordingUploader::reasonOf(int status, const QJsonObject &body, const QString &transportError)
{
    if (status == 0)
        return tr("连不上中心：%1").arg(transportError);
    return tr("中心答复 %1：%2").arg(status).arg(body.value(QLatin1String("error")).toString());
}

void RecordingUploader::askStatus(const Recording &recording)
{
    send("GET", base(recording.id) + QStringLiteral("/status"), {}, {}, [this, recording](int status, const QJsonObject &body) {
        if (status == 404)
            return sendChunk(recording, 0); // the centre has none of it yet
        if (status != 200)
            return fail(recording.id, reasonOf(status, body, m_transportError));
        if (body.value(QLatin1String("complete")).toBool()) {
            // Completed before this desk heard the answer (it was killed, the line dropped).
            if (body.value(QLatin1String("sha256")).toString() != recording.sha256)
                return fail(recording.id, tr("中心已有同一编号但内容不同的录音"));
            if (Status s = m_recordings->markUploaded(recording.id, {}); !s)
                return fail(recording.id, s.error());
            Q_EMIT uploaded(recording.id);
            return done();
        }
        sendChunk(recording, body.value(QLatin1String("bytes")).toInteger());
    });
}

void RecordingUploader::sendChunk(const Recording &recording, qint64 offset)
{
    if (Status s = m_recordings->setProgress(recording.id, offset); !s)
        return fail(recording.id, s.error());
    Q_EMIT progress(recording.id, offset, recording.bytes);
    if (offset >= recording.bytes)
        return complete(recording);
    QFile file(recording.path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return fail(recording.id, tr("无法读取录音 %1：%2").arg(recording.path, file.errorString()));
    const QByteArray chunk = file.read(std::min(m_options.chunkBytes, recording.bytes - offset));
    if (chunk.isEmpty())
        return fail(recording.id, tr("录音 %1 比记录的短：文件被改动过").arg(recording.path));
    send("PUT", base(recording.id) + QStringLiteral("?offset=%1").arg(offset), chunk, "application/octet-stream",
         [this, recording, offset](int status, const QJsonObject &body) {
             if (status == 200 || status == 409) {
                 // 409: the centre holds another amount (a chunk whose answer was lost): go on from there.
                 const qint64 held = body.value(QLatin1String("bytes")).toInteger(-1);
                 if (held < 0 || held > recording.bytes)
                     return fail(recording.id, reasonOf(status, body, m_transportError));
                 if (status == 409 && body.value(QLatin1String("complete")).toBool())
                     return askStatus(recording);
                 if (m_options.pauseBetweenChunksMs > 0 && held > offset)
                     QTimer::singleShot(m_options.pauseBetweenChunksMs, this, [this, recording, held] { sendChunk(recording, held); });
                 else
                     sendChunk(recording, held);
                 return;
             }
             fail(recording.id, reasonOf(status, body, m_transportError));
         });
}

void RecordingUploader::complete(const Recording &recording)
{
    const QJsonObject details{{QStringLiteral("sha256"), recording.sha256},
                              {QStringLiteral("bytes"), recording.bytes},
                              {QStringLiteral("callId"), recording.callId},
                              {QStringLiteral("callerNumber"), recording.callerNumber},
                              {QStringLiteral("startedAt"), recording.startedAt.toUTC().toString(Qt::ISODateWithMs)},
                              {QStringLiteral("endedAt"), recording.endedAt.toUTC().toString(Qt::ISODateWithMs)},
                              {QStringLiteral("durationMs"), recording.durationMs},
                              {QStringLiteral("orders"), QJsonArray::fromStringList(recording.orders)}};
    send("POST", base(recording.id) + QStringLiteral("/complete"), QJsonDocument(details).toJson(QJsonDocument::Compact),
         "application/json", [this, recording](int status, const QJsonObject &body) {
             if (status == 200) {
                 if (Status s = m_recordings->markUploaded(recording.id, recording.orders); !s)
                     return fail(recording.id, s.error());
                 Q_EMIT uploaded(recording.id);
                 return done();
             }
             // The centre holds less than the whole file (a chunk lost on its disk): send the
             // rest. More than the file cannot be mended from here: said, and tried again later.
             if (status == 409 && body.value(QLatin1String("bytes")).toInteger(-1) >= 0
                 && body.value(QLatin1String("bytes")).toInteger() < recording.bytes)
                 return sendChunk(recording, body.value(QLatin1String("bytes")).toInteger());
             if (status == 422) // the hash did not match: the centre dropped its copy
                 (void)m_recordings->setProgress(recording.id, 0);
             fail(recording.id, reasonOf(status, body, m_transportError));
         });
}

void RecordingUploader::sendLinks(const QUuid &id, const QStringList &orders)
{
    send("POST", base(id) + QStringLiteral("/orders"),
         QJsonDocument(QJsonObject{{QStringLiteral("orders"), QJsonArray::fromStringList(orders)}}).toJson(QJsonDocument::Compact),
         "application/json", [this, id, orders](int status, const QJsonObject &body) {
             if (status != 200)
                 return fail(id, reasonOf(status, body, m_transportError));
             if (Status s = m_recordings->markLinksSent(id, orders); !s)
                 return fail(id, s.error());
             done();
         });
}

void RecordingUploader::done()
{
    m_busy = false;
    m_backoff.succeeded();
    QTimer::singleShot(0, this, &RecordingUploader::next);
}

void RecordingUploader::fail(const QUuid &id, const QString &reason)
{
    m_busy = false;
    (void)m_recordings->noteFailure(id, reason);
    const int wait = m_backoff.failed();
    Q_EMIT failed(id, reason, wait);
    if (m_again) {
        m_again = false;
        m_retry.start(0);
        return;
    }
    m_retry.start(wait);
}

} // namespace hotline
