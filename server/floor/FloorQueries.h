// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/FloorFigures.h"
#include "server/orders/CentreLimits.h"

#include <QElapsedTimer>
#include <QHash>

#include <optional>

namespace hotline {

class CentralDatabase;

// The figures of the floor (see FloorFigures) from the centre's tables, for GET /api/v1/floor.
// Calls are the operators' in_call transitions (agent_states): each answered call is one,
// whether or not it was recorded. The orders of the last day and the open ones with a unit are
// kept between refreshes and re-read by revision (only what changed since), so a refresh costs
// a bounded number of index ranges, not a parse of every open order; everything is read again
// every ten minutes and when the published time limits change.
class FloorQueries {
public:
    explicit FloorQueries(const CentralDatabase &db, int weeks = 4, SurgeRule rule = {})
        : m_db(db), m_limits(db), m_weeks(weeks), m_rule(rule)
    {
    }

    // The figures at `now`; nothing on a database error.
    std::optional<QJsonObject> figures(const QDateTime &now);

private:
    bool refreshOrders(const QDateTime &now);
    bool readOrders(const QString &where, const QVariantList &binds, const Deadlines &deadlines, const QDateTime &keepFrom);

    const CentralDatabase &m_db;
    CentreLimits m_limits;
    int m_weeks;
    SurgeRule m_rule;
    // The orders filed in the last 25 hours and those running against a unit's limit, by number.
    QHash<QString, FloorOrder> m_orders;
    qint64 m_revision = -1; // the highest revision read
    const TimeLimits *m_limitsUsed = nullptr;
    QElapsedTimer m_loaded;
};

} // namespace hotline
