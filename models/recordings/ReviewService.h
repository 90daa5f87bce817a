// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordings/WaveformPeaks.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>

#include <functional>

namespace hotline {

// What the review page asks of the centre, asynchronously: the queue, one recording with its
// comments and orders, the file itself (downloaded and its peaks computed once), and a new
// comment. CentreReviewService asks the real centre through the desk's sync session; tests
// answer from files of their own. Each answer comes from the event loop, with an error
// (Chinese, for a person) or the result.
class ReviewService : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    using Rows = std::function<void(const QJsonArray &recordings, const QString &error)>;
    using Object = std::function<void(const QJsonObject &answer, const QString &error)>;
    // The file on this machine and its waveform, or why not (a file that does not decode).
    using Audio = std::function<void(const QString &file, const WaveformPeaks &peaks, const QString &error)>;

    // `filter`: the query of GET /api/v1/recordings (operator, from, to, item, unit, …).
    virtual void list(const QUrlQuery &filter, Rows done) = 0;
    // GET /api/v1/recordings/ID/review: the recording, "comments" and "orders" with "events".
    virtual void review(const QString &id, Object done) = 0;
    // The recording's file (`bytes` long, `durationMs` as the centre says) and its peaks.
    virtual void audio(const QString &id, qint64 bytes, qint64 durationMs, Audio done) = 0;
    virtual void addComment(const QString &id, qint64 offsetMs, const QString &text, Object done) = 0;
};

} // namespace hotline
