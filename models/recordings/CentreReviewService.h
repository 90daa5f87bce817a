// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordings/ReviewService.h"

#include <QHash>
#include <QPointer>

class QNetworkReply;

namespace hotline {

class SyncEngine;

// The review page's centre: questions through SyncEngine (its session, TLS settings and
// network manager); files downloaded into `cacheDirectory` (ID.opus, in ranges of at most
// 8 MiB as the centre hands them, written as ID.opus.part and renamed when whole), kept there
// for the next time; the peaks computed off the event loop and cached beside the file
// (WaveformPeaks::forRecording). A file that does not decode is reported, not cached.
class CentreReviewService : public ReviewService {
    Q_OBJECT
public:
    CentreReviewService(SyncEngine &sync, QString cacheDirectory, QObject *parent = nullptr);

    void list(const QUrlQuery &filter, Rows done) override;
    void review(const QString &id, Object done) override;
    void audio(const QString &id, qint64 bytes, qint64 durationMs, Audio done) override;
    void addComment(const QString &id, qint64 offsetMs, const QString &text, Object done) override;

    QString cacheDirectory() const { return m_directory; }

private:
    void fetchFrom(const QString &id, qint64 offset, qint64 bytes, qint64 durationMs, Audio done);
    void computePeaks(const QString &id, const QString &file, qint64 durationMs, Audio done);

    SyncEngine &m_sync;
    QString m_directory;
};

} // namespace hotline
