// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "recordings/SamplingPlan.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <QVector>

#include <optional>

namespace hotline {

class CentralDatabase;

// What a team lead narrows the review queue to; every field optional.
struct ReviewFilter {
    QString operatorLogin;   // who uploaded it (the operator of the call)
    QDate from, to;          // the call's day (UTC), both included
    QString item;            // the linked order's catalogue item: "一级/二级/三级" or its service code
    QString unit;            // the unit the linked order is with
    qint64 minDurationMs = -1, maxDurationMs = -1;
    QString satisfaction;    // the linked order's callback result code (satisfied, dissatisfied, …)
    bool returnedOrReopened = false;
    qint64 minSilenceMs = -1; // a stretch of both sides quiet at least this long
    // assigned=1[&week=DAY]: only the calls the week's sampling plan gives the one asking (the
    // route fills `onlyIds` from the plan); the week is the current one unless named.
    bool assignedToMe = false;
    QDate week;
    std::optional<QStringList> onlyIds;
    int limit = 200;
    int offset = 0;

    // From the query of GET /api/v1/recordings; a value that does not parse is an Error naming it.
    static Result<ReviewFilter> fromQuery(const QUrlQuery &query);
};

// The centre's side of reviewing recordings: the queue with its filters, time-stamped comments,
// the silences of each file, the sampling plan's quotas and a reviewer's calls of a week.
class ReviewQueue {
public:
    static constexpr qint64 silenceCountedMs = 3000; // stretches counted in silent_ms

    ReviewQueue(CentralDatabase &db, QString directory);

    // A recording whose silences are not known yet: its file and length, for measureFile.
    struct Unmeasured {
        QString id;
        QString file;
        qint64 durationMs = 0;
    };
    // What decoding a recording's file says for the queue: its silences, or why it does not
    // decode (`problem`).
    struct Silences {
        std::optional<qint64> longestMs;
        std::optional<qint64> silentMs;
        QString problem;
    };

    // Complete, kept recordings matching `filter`, newest call first: details, silences (or the
    // reason the file does not decode), their orders (number, item, unit, status, satisfaction)
    // and the number of comments. The rows whose silences are not known yet go to `unmeasured`.
    Result<QJsonArray> list(const ReviewFilter &filter, bool showCallerNumber, QVector<Unmeasured> *unmeasured = nullptr);
    // Decodes the file (seconds for an hour: any thread, no database).
    static Silences measureFile(const QString &file, qint64 durationMs);
    Status storeSilences(const QString &id, const Silences &silences);

    Result<QJsonArray> comments(const QString &recording) const;
    // A comment at `offsetMs` into the call; an Error when the recording is unknown or the
    // offset is past its end.
    Result<QJsonObject> addComment(const QString &recording, qint64 offsetMs, const QString &text, const QString &author);
    // The recording, its comments, and its orders each with its events: what the player shows.
    Result<QJsonObject> review(const QString &recording, bool showCallerNumber) const;

    Result<QVector<ReviewQuota>> quotas() const;
    Status setQuotas(const QVector<ReviewQuota> &quotas, const QString &by);
    // The calls of the week beginning `monday` (UTC) the plan gives `reviewer`, seeded by the week.
    Result<QJsonArray> assignment(const QDate &monday, const QString &reviewer) const;

private:
    Result<QJsonArray> ordersOf(const QString &recording, bool withEvents) const;

    CentralDatabase &m_db;
    QString m_directory;
};

} // namespace hotline
