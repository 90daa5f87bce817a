// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "workorder/WorkOrder.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace hotline {

// What every GeoReport v2 endpoint shares: the two formats, lists and errors written in
// either, the spec's dates, and the two states a request has to the public.
namespace open311 {

enum class Format { Json, Xml };
struct Answer {
    int status = 200;
    QByteArray body;
    QByteArray contentType;
};

// "requests.json" → Json and its stem "requests"; nothing for another extension.
std::optional<Format> formatOf(const QString &file, QString *stem);
// A list of objects: a JSON array, or <root><item><key>value</key>…</item>…</root>.
Answer list(Format format, const char *root, const char *item, const QJsonArray &items);
// The spec's errors, [{code, description}], with the code as the HTTP status.
Answer error(Format format, int status, const QString &description);
QString iso(const QDateTime &at);

// start_date and end_date of a query: ISO 8601 date-times with their zone (Z or an offset;
// an offset's '+' that arrived unencoded, and so as a space, is read as '+'). end_date is now
// when not given, start_date `defaultDays` before end_date; refused, with a sentence for the
// client, when one is not such a date, when end_date is before start_date, or when they are
// more than `maxDays` apart (0: no bound).
struct DateWindow {
    QDateTime start;
    QDateTime end;
};
Result<DateWindow> dateWindow(const QUrlQuery &query, int defaultDays, int maxDays = 0);

// Open311 knows a request as open or closed. It is closed once the hotline is done with it for
// the citizen: answered on the call, replied to by the unit, or final (closed, merged); open
// while it waits, is dispatched, signed, returned, reopened or anything else the lifecycle has.
bool isClosed(OrderStatus status);
QString statusOf(const QString &orderStatusCode);
// The stored status codes of the closed (or the open) statuses, for a filter in SQL.
QStringList statusCodes(bool closed);

// A text of the hotline's (a unit's reply) as the public may read it: the caller's name and
// numbers, where the text repeats them, masked as CallerPrivacy masks them.
QString publicText(const QString &text, const WorkOrderDraft &caller);

} // namespace open311
} // namespace hotline
