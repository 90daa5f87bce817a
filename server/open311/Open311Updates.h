// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QString>

namespace hotline {

class CentralDatabase;

// The Service Request Updates of GeoReport v2 (the extension FixMyStreet polls): what happened
// to the requests filed through Open311, read from their work orders' events. Each order's
// events are folded with the lifecycle, so an event is an update when it changed the order's
// state or its reply — whatever its type, including types added to the lifecycle later — and
// its status is the one the order had after it. An update carries the unit's reply, or the
// event's name and the state it led to; never who acted, nor the caller's name or numbers.
class Open311Updates {
public:
    // The most one answer lists (the earliest ones of the period): a client asks again from the
    // last one's time.
    static constexpr int maxUpdates = 5000;

    explicit Open311Updates(CentralDatabase &db) : m_db(db) {}

    // The updates of events timed within [start, end], oldest first (ties in the order the centre
    // took them): {update_id (the event's id), service_request_id, status, description,
    // updated_datetime, media_url}. A database that does not answer is an error.
    Result<QJsonArray> between(const QDateTime &start, const QDateTime &end) const;

private:
    CentralDatabase &m_db;
};

} // namespace hotline
