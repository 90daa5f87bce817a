// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordings/Recording.h"
#include "core/Backoff.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkReply;

namespace hotline {

class LocalStore;
class RecordingRepository;
class SyncEngine;

// Sends the desk's recordings to the centre after the call, one at a time, in the background
// of the event loop, under the session SyncEngine signed in with:
//   GET  /api/v1/recordings/ID/status          how many bytes the centre holds (404: none)
//   PUT  /api/v1/recordings/ID?offset=N        the next chunk (at most 1 MiB); 409 tells the
//                                              right offset when the desk's idea was stale
//   POST /api/v1/recordings/ID/complete        the call's details, its orders and the SHA-256,
//                                              checked over the stored file (422: it did not
//                                              match, the centre dropped its copy, start over)
//   POST /api/v1/recordings/ID/orders          orders linked after the upload
// Every try starts by asking the centre what it holds, so a desk killed mid-upload, restarted
// or offline for a day goes on where the centre is. A failure waits (Backoff: 1 s doubling to a
// minute) and tries again; nothing is ever dropped. Once an hour it also deletes local files
// past the retention period (RecordingRepository::sweep).
class RecordingUploader : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 maxChunkBytes = 1024 * 1024; // well under the centre's max-body
    struct Options {
        qint64 chunkBytes = maxChunkBytes;
        int pauseBetweenChunksMs = 0; // a throttle: hotline-ctl's --chunk-pause, the kill test
        int firstRetryMs = 1000;
        int maxRetryMs = 60000;
    };

    RecordingUploader(LocalStore &store, SyncEngine &sync, Options options, QObject *parent = nullptr);
    RecordingUploader(LocalStore &store, SyncEngine &sync, QObject *parent = nullptr);
    ~RecordingUploader() override;

    // Looks for work now: a call just recorded, an order linked, the centre back. A wait after
    // a failure is cut short.
    void uploadSoon();
    // Nothing in flight and nothing waiting for the centre.
    bool isIdle() const;

Q_SIGNALS:
    void progress(const QUuid &recording, qint64 bytes, qint64 total);
    void uploaded(const QUuid &recording);
    // A try failed; it is tried again after `retryMs`.
    void failed(const QUuid &recording, const QString &reason, int retryMs);
    // Everything the centre should have, it has.
    void idle();

private:
    void next();
    void askStatus(const Recording &recording);
    void sendChunk(const Recording &recording, qint64 offset);
    void complete(const Recording &recording);
    void sendLinks(const QUuid &id, const QStringList &orders);
    // The reply's status and JSON body; a transport error is status 0.
    using Handler = std::function<void(int status, const QJsonObject &body)>;
    void send(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &type, Handler handler);
    void fail(const QUuid &id, const QString &reason);
    void done();
    static QString reasonOf(int status, const QJsonObject &body, const QString &transportError);

    LocalStore &m_store;
    SyncEngine &m_sync;
    Options m_options;
    std::unique_ptr<RecordingRepository> m_recordings;
    Backoff m_backoff;
    QTimer m_retry;
    QTimer m_sweep;
    QPointer<QNetworkReply> m_reply;
    QString m_transportError;
    bool m_busy = false;
    bool m_again = false;
};

} // namespace hotline
