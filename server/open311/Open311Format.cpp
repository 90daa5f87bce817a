// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/open311/Open311Format.h"

#include "workorder/CallerPrivacy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace hotline::open311 {

std::optional<Format> formatOf(const QString &file, QString *stem)
{
    if (file.endsWith(QLatin1String(".json"))) {
        *stem = file.chopped(5);
        return Format::Json;
    }
    if (file.endsWith(QLatin1String(".xml"))) {
        *stem = file.chopped(4);
        return Format::Xml;
    }
    return std::nullopt;
}

Answer list(Format format, const char *root, const char *item, const QJsonArray &items)
{
    if (format == Format::Json)
        return {200, QJsonDocument(items).toJson(QJsonDocument::Compact), "application/json; charset=utf-8"};
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument();
    writer.writeStartElement(QString::fromLatin1(root));
    for (const QJsonValue &value : items) {
        writer.writeStartElement(QString::fromLatin1(item));
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isArray()) { // service definitions' attributes: empty here
                writer.writeEmptyElement(it.key());
                continue;
            }
            const QString text = it.value().isString() ? it.value().toString()
                : it.value().isBool()                  ? QString::fromLatin1(it.value().toBool() ? "true" : "false")
                : it.value().isDouble()                ? QString::number(it.value().toDouble(), 'g', 10)
                                                       : QString();
            writer.writeTextElement(it.key(), text);
        }
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndDocument();
    return {200, xml, "text/xml; charset=utf-8"};
}

Answer error(Format format, int status, const QString &description)
{
    QJsonArray errors{QJsonObject{{QStringLiteral("code"), status}, {QStringLiteral("description"), description}}};
    Answer answer = list(format, "errors", "error", errors);
    answer.status = status;
    return answer;
}

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

namespace {

// Open311 dates are W3C/ISO 8601 with Z or an offset: a time without one is the client's own
// local time, which the centre cannot know.
std::optional<QDateTime> w3cDate(QString text)
{
    // "…T08:00:00+08:00" in a query written by hand: the '+' arrives as a space.
    static const QRegularExpression spacedOffset(QStringLiteral("^(\\d{4}-\\d\\d-\\d\\dT[\\d:.,]+) (\\d\\d(:?\\d\\d)?)$"));
    text.replace(spacedOffset, QStringLiteral("\\1+\\2"));
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return at;
}

// The named date of the query, `fallback` when it is not there.
Result<QDateTime> dateParameter(const QUrlQuery &query, const char *name, const QDateTime &fallback)
{
    const QString key = QString::fromLatin1(name);
    if (!query.hasQueryItem(key))
        return fallback;
    const QString text = query.queryItemValue(key, QUrl::FullyDecoded);
    if (const std::optional<QDateTime> at = w3cDate(text))
        return *at;
    return Error{QStringLiteral("%1 \"%2\" is not an ISO 8601 date-time with its zone, such as 2026-11-01T00:00:00Z or 2026-11-01T08:00:00+08:00")
                     .arg(key, text.left(40))};
}

} // namespace

Result<DateWindow> dateWindow(const QUrlQuery &query, int defaultDays, int maxDays)
{
    const Result<QDateTime> end = dateParameter(query, "end_date", QDateTime::currentDateTimeUtc());
    if (!end)
        return Error{end.error()};
    const Result<QDateTime> start = dateParameter(query, "start_date", end.value().addDays(-defaultDays));
    if (!start)
        return Error{start.error()};
    if (end.value() < start.value())
        return Error{QStringLiteral("end_date %1 is before start_date %2").arg(iso(end.value()), iso(start.value()))};
    if (maxDays > 0 && start.value().addDays(maxDays) < end.value())
        return Error{QStringLiteral("start_date and end_date are more than %1 days apart: ask for a shorter period").arg(maxDays)};
    return DateWindow{start.value(), end.value()};
}

bool isClosed(OrderStatus status)
{
    return isFinal(status) || status == OrderStatus::Answered || status == OrderStatus::Replied;
}

QString statusOf(const QString &orderStatusCode)
{
    const std::optional<OrderStatus> status = orderStatusFromCode(orderStatusCode);
    return status && isClosed(*status) ? QStringLiteral("closed") : QStringLiteral("open");
}

QStringList statusCodes(bool closed)
{
    // Every status the domain has: one added there is filtered like the rest, without an edit here.
    QStringList codes;
    for (const OrderStatus status : allOrderStatuses())
        if (isClosed(status) == closed)
            codes.append(toCode(status));
    return codes;
}

QString publicText(const QString &text, const WorkOrderDraft &caller)
{
    QString out = text;
    for (const QString &number : {caller.phone, caller.callbackNumber})
        if (number.trimmed().size() >= 5)
            out.replace(number.trimmed(), CallerPrivacy::maskPhone(number.trimmed()));
    // A one-character name would mask every such character of the text.
    if (const QString name = caller.callerName.trimmed(); name.size() >= 2)
        out.replace(name, CallerPrivacy::maskName(name));
    return out;
}

} // namespace hotline::open311
