// SPDX-License-Identifier: GPL-3.0-or-later
#include "CentreReviewService.h"

#include "recordings/RecordingFiles.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QThreadPool>

namespace hotline {

CentreReviewService::CentreReviewService(SyncEngine &sync, QString cacheDirectory, QObject *parent)
    : ReviewService(parent), m_sync(sync), m_directory(std::move(cacheDirectory))
{
}

void CentreReviewService::list(const QUrlQuery &filter, Rows done)
{
    QString path = QStringLiteral("/api/v1/recordings");
    if (!filter.isEmpty())
        path += u'?' + filter.toString(QUrl::FullyEncoded);
    m_sync.ask(path, [done = std::move(done)](const std::optional<QJsonObject> &body, const QString &error) {
        done(body ? body->value(QLatin1String("recordings")).toArray() : QJsonArray(), body ? QString() : error);
    });
}

void CentreReviewService::review(const QString &id, Object done)
{
    m_sync.ask(QStringLiteral("/api/v1/recordings/%1/review").arg(id), [done = std::move(done)](const std::optional<QJsonObject> &body, const QString &error) {
        done(body.value_or(QJsonObject()), body ? QString() : error);
    });
}

void CentreReviewService::addComment(const QString &id, qint64 offsetMs, const QString &text, Object done)
{
    m_sync.post(QStringLiteral("/api/v1/recordings/%1/comments").arg(id),
                {{QStringLiteral("offsetMs"), offsetMs}, {QStringLiteral("text"), text}},
                [done = std::move(done)](const std::optional<QJsonObject> &body, const QString &error) {
                    done(body.value_or(QJsonObject()), body ? QString() : error);
                });
}

void CentreReviewService::audio(const QString &id, qint64 bytes, qint64 durationMs, Audio done)
{
    // The id names a file here: nothing but a UUID may.
    if (!RecordingFiles::isRecordingId(id))
        return done({}, {}, tr("录音编号 %1 无效").arg(id));
    QDir().mkpath(m_directory);
    const QString file = QDir(m_directory).filePath(id + QStringLiteral(".opus"));
    if (QFileInfo(file).size() == bytes && bytes > 0)
        return computePeaks(id, file, durationMs, std::move(done));
    QFile::remove(file + QStringLiteral(".part"));
    fetchFrom(id, 0, bytes, durationMs, std::move(done));
}

void CentreReviewService::fetchFrom(const QString &id, qint64 offset, qint64 bytes, qint64 durationMs, Audio done)
{
    if (const QString refusal = m_sync.centreRefusal(); !refusal.isEmpty())
        return done({}, {}, refusal);
    QNetworkRequest request = m_sync.centreRequest(QStringLiteral("/api/v1/recordings/") + id);
    request.setRawHeader("Range", "bytes=" + QByteArray::number(offset) + '-');
    QNetworkReply *reply = m_sync.network()->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, offset, bytes, durationMs, done = std::move(done)]() mutable {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status != 200 && status != 206)
            return done({}, {}, status == 0 ? tr("连不上中心：%1").arg(reply->errorString()) : tr("中心不给这段录音（%1）").arg(status));
        const QString file = QDir(m_directory).filePath(id + QStringLiteral(".opus"));
        QFile part(file + QStringLiteral(".part"));
        if (!part.open(status == 200 ? QIODevice::WriteOnly : QIODevice::WriteOnly | QIODevice::Append) || part.write(body) != body.size()) {
            return done({}, {}, tr("录音无法存到 %1：%2").arg(part.fileName(), part.errorString()));
        }
        part.close();
        // "bytes A-B/TOTAL": more to come while B + 1 < TOTAL.
        static const QRegularExpression range(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+)$"));
        const QRegularExpressionMatch match = range.match(QString::fromLatin1(reply->rawHeader("Content-Range")));
        const qint64 next = status == 206 && match.hasMatch() ? match.captured(2).toLongLong() + 1 : offset + body.size();
        const qint64 total = status == 206 && match.hasMatch() ? match.captured(3).toLongLong() : next;
        if (next < total && !body.isEmpty())
            return fetchFrom(id, next, bytes, durationMs, std::move(done));
        if (Status moved = RecordingFiles::moveIntoPlace(part.fileName(), file); !moved)
            return done({}, {}, moved.error());
        computePeaks(id, file, durationMs, std::move(done));
    });
}

void CentreReviewService::computePeaks(const QString &id, const QString &file, qint64 durationMs, Audio done)
{
    Q_UNUSED(id)
    // An hour decodes in seconds: not on the desk's event loop.
    QPointer<CentreReviewService> self(this);
    QThreadPool::globalInstance()->start([self, file, durationMs, done = std::move(done)]() mutable {
        Result<WaveformPeaks> peaks = WaveformPeaks::forRecording(file, durationMs);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, file, peaks = std::move(peaks), done = std::move(done)] {
                if (!self)
                    return;
                if (!peaks)
                    return done(file, WaveformPeaks(), peaks.error());
                done(file, peaks.value(), QString());
            },
            Qt::QueuedConnection);
    });
}

} // namespace hotline
