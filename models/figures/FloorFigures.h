// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelimits/Deadlines.h"
#include "workorder/WorkOrderState.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QVector>

#include <optional>

namespace hotline {

// What the floor needs of one order, kept instead of the whole state (the centre holds these
// for the last day's orders and the open ones between refreshes).
//   channel        "open311" for what came in through Open311, "phone" for what a desk filed:
//                  orders carry no channel field, the filing desk tells (Open311 files as "open311")
//   firstContact   a first call about its problem: not itself a repeat call, not merged away
//   resolvedFirst  first-call resolution (一次解决): answered on the call or closed, with no
//                  repeat call about it and never reopened (so far: the windows are one day long,
//                  well inside the N days after which a repeat call would no longer count)
//   due            the sign or reply limit the unit is running against now (invalid: none)
struct FloorOrder {
    QString number;
    QDateTime createdAt;
    OrderStatus status = OrderStatus::Open;
    QString channel;
    QString itemKey, itemName;
    QString districtCode, districtName;
    bool firstContact = false;
    bool resolvedFirst = false;
    qint64 kbArticleId = 0;
    QString description;
    QDateTime due;

    static FloorOrder from(const WorkOrderState &state, const QString &desk, const QString &itemKey, const Deadlines &deadlines);
};

// Surge (the first heating day): an item in a district is flagged when today's orders since
// midnight are at least `factor` times its usual level (the mean of the same hours on the same
// weekday of the previous weeks) and at least `minimum` orders.
struct SurgeRule {
    double factor = 3.0;
    int minimum = 5;
    int phrases = 8; // the most frequent phrases shown per surge
};

// The figures of the floor, computed from orders, calls and their usual levels; the centre's
// GET /api/v1/floor answers with toJson(). Two windows: since Beijing midnight ("today") and
// the sliding 24 hours ("day"), per clock hour; the usual level of an hour is the mean of the
// same hour `weeks` weeks before, one week apart.
class FloorFigures {
    Q_DECLARE_TR_FUNCTIONS(hotline::FloorFigures)
public:
    FloorFigures(const QDateTime &now, int weeks, SurgeRule rule = {});

    QDateTime now() const { return m_now; }
    QDateTime midnight() const { return m_midnight; }
    QDateTime dayStart() const { return m_dayStart; }
    int weeks() const { return m_weeks; }

    // An order filed in the last 24 hours.
    void addOrder(const FloorOrder &order);
    // `count` orders of an item × district filed in the clock hour `hour` (UTC) `week` weeks ago.
    void addUsualOrders(int week, const QDateTime &hour, const QString &itemKey, const QString &districtCode, int count);
    // `count` answered calls (in_call transitions) in the clock hour `hour`, `week` weeks ago (0: now).
    void addCalls(int week, const QDateTime &hour, int count);

    QJsonObject toJson() const;

    // The phrases (runs of 2 to `longestPhrase` Han characters) found in the most of `texts`, at
    // least twice, without stop phrases and without a shorter phrase a longer one found as often
    // covers: "小区暖气不热已经三天" said five times is one phrase, not its dozens of parts.
    static QVector<std::pair<QString, int>> topPhrases(const QStringList &texts, int count);
    static constexpr int longestPhrase = 10;
    // A surge's phrases are those of its newest orders, at most this many.
    static constexpr int phraseSample = 400;
    // The clock hour "2026-12-07T06" of created_at/at text as a time.
    static QDateTime hourOf(const QString &prefix);

private:
    struct Window {
        QDateTime from;
        QVector<int> orders, calls;
        QVector<double> usualOrders, usualCalls; // sums over the weeks
        QHash<QString, std::pair<int, int>> fcrChannel, fcrItem; // first contacts, resolved
        QHash<QString, QString> itemNames;
    };
    int binOf(const Window &window, const QDateTime &at) const;
    QJsonObject windowJson(const Window &window) const;
    QJsonArray surges() const;

    QDateTime m_now, m_midnight, m_dayStart;
    int m_weeks;
    SurgeRule m_rule;
    Window m_today, m_day;
    QVector<FloorOrder> m_todayOrders;
    QHash<QString, double> m_usualToday; // item \n district → orders over the weeks, midnight to now
};

} // namespace hotline
