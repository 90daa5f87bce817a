// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/open311/Open311Service.h"

#include "server/database/CentralDatabase.h"
#include "server/sync/NumberLeases.h"
#include "server/sync/SyncService.h"
#include "server/users/UserDirectory.h"
#include "catalog/CatalogCsv.h"
#include "workorder/Lifecycle.h"
#include "workorder/OrderNumber.h"
#include "workorder/PhoneNumber.h"
#include "store/SqlSupport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <cmath>
#include <QUuid>
#include <QXmlStreamWriter>

#include <sodium.h>

namespace hotline {

namespace {

using open311::error;
using open311::formatOf;
using open311::iso;
using open311::list;

const QString notice = QStringLiteral("12345 hotline: the request is registered and will be dispatched to the responsible office.");

const QLatin1String attributePrefix("attribute[");

// The first key of `items` that is neither one of `known` nor starts with `prefix`.
std::optional<QString> unknownParameter(const QUrlQuery &items, const QStringList &known, QLatin1String prefix = {})
{
    for (const auto &[key, value] : items.queryItems(QUrl::FullyDecoded))
        if (!known.contains(key) && (prefix.isEmpty() || !key.startsWith(prefix)))
            return key;
    return std::nullopt;
}

// The attribute fields of a form: attribute[CODE]=value as {CODE: value}; attribute[CODE][]
// (a list's values), or a code sent more than once, as {CODE: [values]}.
Result<QJsonObject> attributesOf(const QUrlQuery &form)
{
    static const QRegularExpression field(QStringLiteral("^attribute\\[([^\\[\\]]{1,100})\\](\\[\\])?$"));
    QJsonObject attributes;
    int count = 0;
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!key.startsWith(attributePrefix))
            continue;
        const QRegularExpressionMatch match = field.match(key);
        if (!match.hasMatch())
            return Error{QStringLiteral("%1 is not an attribute field: attribute[CODE] or attribute[CODE][], CODE up to 100 characters").arg(key.left(120))};
        const QString code = match.captured(1);
        if (value.size() > Open311Service::maxAttributeLength)
            return Error{QStringLiteral("attribute[%1] is longer than %2 characters").arg(code).arg(Open311Service::maxAttributeLength)};
        if (++count > Open311Service::maxAttributes)
            return Error{QStringLiteral("more than %1 attribute fields").arg(Open311Service::maxAttributes)};
        const QJsonValue before = attributes.value(code);
        if (before.isUndefined() && !match.hasCaptured(2)) {
            attributes.insert(code, value);
            continue;
        }
        QJsonArray values = before.isArray() ? before.toArray() : before.isString() ? QJsonArray{before} : QJsonArray{};
        values.append(value);
        attributes.insert(code, values);
    }
    return attributes;
}

// "a, b,c" (an Open311 comma list) as "?,?,?", its values appended to `bindings`.
QString placeholdersFor(const QString &commaList, QVariantList *bindings)
{
    QStringList marks;
    for (const QString &value : commaList.split(u',', Qt::SkipEmptyParts)) {
        marks.append(QStringLiteral("?"));
        bindings->append(value.trimmed());
    }
    return marks.join(u',');
}
} // namespace

QString Open311Service::serviceCode(const QString &level1, const QString &level2, const QString &level3)
{
    const QByteArray digest = QCryptographicHash::hash((level1 + u'|' + level2 + u'|' + level3).toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("S") + QString::fromLatin1(digest.toHex().left(8)).toUpper();
}

namespace {
// A caller often says a phone or ID number in the description: runs of five digits or more
// are blanked out before a phone-filed order is published.
QString withoutNumbers(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("\\d[\\d\\s-]{3,}\\d"));
    QString out = text;
    out.replace(digits, QStringLiteral("＊＊＊"));
    return out;
}
} // namespace

Open311Service::Answer Open311Service::discovery(const QString &file, const QString &baseUrl) const
{
    QString stem;
    const std::optional<Format> format = formatOf(file, &stem);
    if (!format || stem != QLatin1String("discovery"))
        return error(Format::Json, 404, QStringLiteral("unknown resource %1").arg(file));
    const QString changeset = QStringLiteral("2026-12-01T00:00:00Z");
    const QString url = baseUrl + QStringLiteral("/open311/v2/");
    const QString spec = QStringLiteral("http://wiki.open311.org/GeoReport_v2");
    const QStringList formats{QStringLiteral("text/xml"), QStringLiteral("application/json")};
    if (*format == Format::Json) {
        const QJsonObject endpoint{{QStringLiteral("specification"), spec}, {QStringLiteral("url"), url},
                                   {QStringLiteral("changeset"), changeset}, {QStringLiteral("type"), QStringLiteral("production")},
                                   {QStringLiteral("formats"), QJsonArray::fromStringList(formats)}};
        const QJsonObject document{{QStringLiteral("changeset"), changeset},
                                   {QStringLiteral("contact"), QStringLiteral("12345 citizen-service hotline")},
                                   {QStringLiteral("key_service"), QStringLiteral("API keys are issued by the hotline's administrators")},
                                   {QStringLiteral("endpoints"), QJsonArray{endpoint}}};
        return {200, QJsonDocument(document).toJson(QJsonDocument::Compact), "application/json; charset=utf-8"};
    }
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("discovery"));
    writer.writeTextElement(QStringLiteral("changeset"), changeset);
    writer.writeTextElement(QStringLiteral("contact"), QStringLiteral("12345 citizen-service hotline"));
    writer.writeTextElement(QStringLiteral("key_service"), QStringLiteral("API keys are issued by the hotline's administrators"));
    writer.writeStartElement(QStringLiteral("endpoints"));
    writer.writeStartElement(QStringLiteral("endpoint"));
    writer.writeTextElement(QStringLiteral("specification"), spec);
    writer.writeTextElement(QStringLiteral("url"), url);
    writer.writeTextElement(QStringLiteral("changeset"), changeset);
    writer.writeTextElement(QStringLiteral("type"), QStringLiteral("production"));
    writer.writeStartElement(QStringLiteral("formats"));
    for (const QString &f : formats)
        writer.writeTextElement(QStringLiteral("format"), f);
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return {200, xml, "text/xml; charset=utf-8"};
}

Open311Service::Answer Open311Service::services(const QString &file) const
{
    QString stem;
    const std::optional<Format> format = formatOf(file, &stem);
    if (!format || stem != QLatin1String("services"))
        return error(Format::Json, 404, QStringLiteral("unknown resource %1").arg(file));
    QJsonArray items;
    QSqlQuery query(m_db.database());
    if (!query.exec(QStringLiteral("SELECT service_code, service_name, description, group_name FROM open311_services ORDER BY group_name, service_name")))
        return error(*format, 503, QStringLiteral("the database did not answer"));
    while (query.next())
        items.append(QJsonObject{{QStringLiteral("service_code"), query.value(0).toString()},
                                 {QStringLiteral("service_name"), query.value(1).toString()},
                                 {QStringLiteral("description"), query.value(2).toString()},
                                 {QStringLiteral("metadata"), false},
                                 {QStringLiteral("type"), QStringLiteral("batch")},
                                 {QStringLiteral("keywords"), QString()},
                                 {QStringLiteral("group"), query.value(3).toString()}});
    return list(*format, "services", "service", items);
}

Open311Service::Answer Open311Service::serviceDefinition(const QString &file) const
{
    QString code;
    const std::optional<Format> format = formatOf(file, &code);
    if (!format)
        return error(Format::Json, 404, QStringLiteral("a format is needed: %1.json or %1.xml").arg(file));
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT 1 FROM open311_services WHERE service_code = ?"));
    query.addBindValue(code);
    if (!query.exec() || !query.next())
        return error(*format, 404, QStringLiteral("no service %1").arg(code));
    // No service asks for extra attributes (metadata=false): the definition is empty.
    if (*format == Format::Json)
        return {200, QJsonDocument(QJsonObject{{QStringLiteral("service_code"), code}, {QStringLiteral("attributes"), QJsonArray{}}})
                         .toJson(QJsonDocument::Compact),
                "application/json; charset=utf-8"};
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("service_definition"));
    writer.writeTextElement(QStringLiteral("service_code"), code);
    writer.writeEmptyElement(QStringLiteral("attributes"));
    writer.writeEndElement();
    writer.writeEndDocument();
    return {200, xml, "text/xml; charset=utf-8"};
}

Result<QJsonArray> Open311Service::selectRequests(const QString &where, const QVariantList &bindings, int limit) const
{
    QJsonArray items;
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT w.number, w.status, w.state_json, w.created_at, w.updated_at, w.service_code, s.service_code,"
                                 " s.service_name, w.lng, w.lat, w.desk, c.payload FROM work_orders w"
                                 " LEFT JOIN open311_services s ON s.service_code = w.service_code"
                                 // What Open311 took in beside the draft (media_url) is in the order's first event.
                                 " LEFT JOIN work_order_events c ON c.order_number = w.number AND c.type = 'created' ")
                  + where + QStringLiteral(" AND w.public_listing = 1 AND w.confidential = 0 ORDER BY w.created_at DESC LIMIT %1").arg(limit));
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return Error{QStringLiteral("the database did not answer")};
    while (query.next()) {
        const QJsonObject state = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        if (state.value(QLatin1String("confidential")).toBool())
            continue; // the caller asked for it
        // Filed by a citizen's own app, the request is theirs to publish as they wrote it; a
        // call taken by phone is listed only as far as the street, and its text without numbers.
        const bool byPhone = query.value(10).toString() != QLatin1String("open311");
        const QJsonObject address = state.value(QLatin1String("address")).toObject();
        // The notes are the unit's last reply (or the answer given on the call).
        const QString notes = open311::publicText(state.value(QLatin1String("reply")).toString(), WorkOrderDraft::fromJson(state));
        const QJsonObject filed = QJsonDocument::fromJson(query.value(11).toString().toUtf8()).object();
        QJsonObject item{{QStringLiteral("service_request_id"), query.value(0).toString()},
                         {QStringLiteral("status"), open311::statusOf(query.value(1).toString())},
                         {QStringLiteral("status_notes"), byPhone ? withoutNumbers(notes) : notes},
                         {QStringLiteral("service_name"), query.value(7).toString()},
                         {QStringLiteral("service_code"), query.value(6).toString()},
                         {QStringLiteral("description"), byPhone ? withoutNumbers(state.value(QLatin1String("description")).toString())
                                                                 : state.value(QLatin1String("description")).toString()},
                         {QStringLiteral("agency_responsible"), state.value(QLatin1String("dispatchedTo")).toString()},
                         {QStringLiteral("service_notice"), notice},
                         {QStringLiteral("requested_datetime"), iso(QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs))},
                         {QStringLiteral("updated_datetime"), iso(QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs))},
                         {QStringLiteral("address"), QString(address.value(QLatin1String("districtName")).toString()
                                                             + address.value(QLatin1String("streetName")).toString()
                                                             + (byPhone ? QString() : address.value(QLatin1String("detail")).toString()))},
                         {QStringLiteral("zipcode"), QString()},
                         {QStringLiteral("media_url"), filed.value(QLatin1String("open311")).toObject().value(QLatin1String("media_url")).toString()}};
        if (!query.value(8).isNull()) {
            const auto coarse = [byPhone](double degrees) { return byPhone ? std::round(degrees * 100.0) / 100.0 : degrees; };
            item.insert(QStringLiteral("lat"), coarse(query.value(9).toDouble()));
            item.insert(QStringLiteral("long"), coarse(query.value(8).toDouble()));
        }
        items.append(item);
    }
    return items;
}

Open311Service::Answer Open311Service::listed(Format format, const Result<QJsonArray> &items) const
{
    if (!items)
        return error(format, 503, items.error());
    return list(format, "service_requests", "request", items.value());
}

Open311Service::Answer Open311Service::requests(const QString &file, const QUrlQuery &query) const
{
    QString stem;
    const std::optional<Format> format = formatOf(file, &stem);
    if (!format || stem != QLatin1String("requests"))
        return error(Format::Json, 404, QStringLiteral("unknown resource %1").arg(file));
    static const QStringList known{QStringLiteral("service_request_id"), QStringLiteral("service_code"), QStringLiteral("start_date"),
                                   QStringLiteral("end_date"), QStringLiteral("status"), QStringLiteral("jurisdiction_id")};
    if (const std::optional<QString> unknown = unknownParameter(query, known))
        return error(*format, 400, QStringLiteral("unknown parameter %1").arg(*unknown));
    QStringList where;
    QVariantList bindings;
    const QString ids = query.queryItemValue(QStringLiteral("service_request_id"), QUrl::FullyDecoded);
    if (!ids.isEmpty()) {
        // By id, the other filters are ignored (as the spec says).
        return listed(*format, selectRequests(QStringLiteral("WHERE w.number IN (%1)").arg(placeholdersFor(ids, &bindings)), bindings, maxRequests));
    }
    const QString codes = query.queryItemValue(QStringLiteral("service_code"), QUrl::FullyDecoded);
    if (!codes.isEmpty())
        where.append(QStringLiteral("w.service_code IN (%1)").arg(placeholdersFor(codes, &bindings)));
    const Result<open311::DateWindow> window = open311::dateWindow(query, defaultDays);
    if (!window)
        return error(*format, 400, window.error());
    where.append(QStringLiteral("w.created_at >= ? AND w.created_at <= ?"));
    bindings.append(window.value().start.toUTC().toString(Qt::ISODateWithMs));
    bindings.append(window.value().end.toUTC().toString(Qt::ISODateWithMs));
    const QString status = query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded);
    if (status == QLatin1String("open") || status == QLatin1String("closed")) {
        // A status this centre has no code for is open, as statusOf says.
        const QStringList closedCodes = open311::statusCodes(true);
        where.append(QStringLiteral("w.status %1 (%2)")
                         .arg(QLatin1String(status == QLatin1String("open") ? "NOT IN" : "IN"), placeholdersFor(closedCodes.join(u','), &bindings)));
    } else if (!status.isEmpty()) {
        return error(*format, 400, QStringLiteral("status must be open or closed"));
    }
    return listed(*format, selectRequests(QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")), bindings, maxRequests));
}

Open311Service::Answer Open311Service::request(const QString &file) const
{
    QString id;
    const std::optional<Format> format = formatOf(file, &id);
    if (!format)
        return error(Format::Json, 404, QStringLiteral("a format is needed: %1.json or %1.xml").arg(file));
    const Result<QJsonArray> found = selectRequests(QStringLiteral("WHERE w.number = ?"), {id}, 1);
    if (found && found.value().isEmpty())
        return error(*format, 404, QStringLiteral("no service request %1").arg(id));
    return listed(*format, found);
}

std::optional<QString> Open311Service::clientOf(const QString &apiKey) const
{
    if (apiKey.isEmpty())
        return std::nullopt;
    QSqlQuery key(m_db.database());
    key.prepare(QStringLiteral("SELECT name FROM open311_keys WHERE key_hash = ?"));
    key.addBindValue(UserDirectory::hashToken(apiKey));
    if (!key.exec() || !key.next())
        return std::nullopt;
    return key.value(0).toString();
}

Open311Service::Answer Open311Service::updates(const QString &file, const QUrlQuery &query) const
{
    QString stem;
    const std::optional<Format> format = formatOf(file, &stem);
    if (!format || stem != QLatin1String("servicerequestupdates"))
        return error(Format::Json, 404, QStringLiteral("unknown resource %1").arg(file));
    if (!clientOf(query.queryItemValue(QStringLiteral("api_key"), QUrl::FullyDecoded).trimmed()))
        return error(*format, 403, QStringLiteral("a valid api_key is required to read service request updates"));
    static const QStringList known{QStringLiteral("api_key"), QStringLiteral("jurisdiction_id"), QStringLiteral("start_date"),
                                   QStringLiteral("end_date")};
    if (const std::optional<QString> unknown = unknownParameter(query, known))
        return error(*format, 400, QStringLiteral("unknown parameter %1").arg(*unknown));
    const Result<open311::DateWindow> window = open311::dateWindow(query, updateDefaultDays, updateMaxDays);
    if (!window)
        return error(*format, 400, window.error());
    const Result<QJsonArray> found = m_updates.between(window.value().start, window.value().end);
    if (!found)
        return error(*format, 503, found.error());
    return list(*format, "service_request_updates", "request_update", found.value());
}

Open311Service::Answer Open311Service::create(const QString &file, const QUrlQuery &form)
{
    QString stem;
    const std::optional<Format> format = formatOf(file, &stem);
    if (!format || stem != QLatin1String("requests"))
        return error(Format::Json, 404, QStringLiteral("unknown resource %1").arg(file));
    const auto value = [&form](const char *key) { return form.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded).trimmed(); };
    // The key: which registered client files this.
    const std::optional<QString> client = clientOf(value("api_key"));
    if (!client)
        return error(*format, 403, QStringLiteral("a valid api_key is required to file requests"));
    static const QStringList known{QStringLiteral("api_key"), QStringLiteral("jurisdiction_id"), QStringLiteral("service_code"),
                                   QStringLiteral("lat"), QStringLiteral("long"), QStringLiteral("address_string"),
                                   QStringLiteral("address_id"), QStringLiteral("email"), QStringLiteral("device_id"),
                                   QStringLiteral("account_id"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                                   QStringLiteral("phone"), QStringLiteral("description"), QStringLiteral("media_url")};
    if (const std::optional<QString> unknown = unknownParameter(form, known, attributePrefix))
        return error(*format, 400, QStringLiteral("unknown field %1").arg(*unknown));
    // No service defines attributes yet (its definition is empty), so none is required; the ones
    // a client sends anyway are its own (FixMyStreet's report URL, a property number…) and kept.
    const Result<QJsonObject> attributes = attributesOf(form);
    if (!attributes)
        return error(*format, 400, attributes.error());
    QSqlQuery service(m_db.database());
    service.prepare(QStringLiteral("SELECT service_name, level1, level2, level3 FROM open311_services WHERE service_code = ?"));
    service.addBindValue(value("service_code"));
    if (value("service_code").isEmpty() || !service.exec() || !service.next())
        return error(*format, 400, QStringLiteral("service_code is missing or unknown (see services.%1)")
                                       .arg(QLatin1String(*format == Format::Json ? "json" : "xml")));
    WorkOrderDraft draft;
    draft.classification = {service.value(1).toString(), service.value(2).toString(), service.value(3).toString()};
    const QString serviceName = service.value(0).toString();
    service.finish();
    const bool hasPoint = form.hasQueryItem(QStringLiteral("lat")) || form.hasQueryItem(QStringLiteral("long"));
    if (hasPoint) {
        bool latOk = false;
        bool lngOk = false;
        const GeoPoint point{value("long").toDouble(&lngOk), value("lat").toDouble(&latOk)};
        if (!latOk || !lngOk || !point.isValid())
            return error(*format, 400, QStringLiteral("lat and long must both be decimal degrees (WGS84)"));
        draft.address.location = point;
    }
    if (!hasPoint && value("address_string").isEmpty() && value("address_id").isEmpty())
        return error(*format, 400, QStringLiteral("a location is required: lat and long, address_string or address_id"));
    const QString description = value("description");
    if (description.size() > 4000)
        return error(*format, 400, QStringLiteral("description is longer than 4000 characters"));
    if (value("address_string").size() > 200 || value("first_name").size() + value("last_name").size() > 100)
        return error(*format, 400, QStringLiteral("address_string or the name is too long"));
    if (!value("phone").isEmpty() && !PhoneNumber::isValid(value("phone")))
        return error(*format, 400, QStringLiteral("phone is not a telephone number"));
    if (!value("email").isEmpty() && (!value("email").contains(u'@') || value("email").size() > 200))
        return error(*format, 400, QStringLiteral("email is not an e-mail address"));
    draft.phone = value("phone");
    draft.callerName = QString(value("last_name") + value("first_name")).trimmed();
    draft.wantsReply = !draft.phone.isEmpty();
    draft.appealType = AppealType::Report;
    draft.address.detail = value("address_string");
    draft.title = QString(serviceName + QStringLiteral("：") + (description.isEmpty() ? value("address_string") : description)).left(60);
    draft.description = description.isEmpty() ? serviceName : description;

    QJsonObject payload = draft.toJson();
    QJsonObject extras{{QStringLiteral("client"), *client}};
    for (const char *field : {"email", "device_id", "account_id", "media_url", "address_id"})
        if (!value(field).isEmpty())
            extras.insert(QString::fromLatin1(field), value(field));
    if (!attributes.value().isEmpty())
        extras.insert(QStringLiteral("attributes"), attributes.value());
    payload.insert(QStringLiteral("open311"), extras);
    payload.insert(QStringLiteral("channel"), QStringLiteral("open311"));

    QString number;
    const Status stored = m_db.transaction([&]() -> Status {
        // A final number, leased like a desk's block: one, to the Open311 channel.
        Result<NumberLease> leased = NumberLeases(m_db).leaseInTransaction(QStringLiteral("open311"), 1, QDate::currentDate().year());
        if (!leased)
            return Error{leased.error()};
        number = OrderNumber::final(leased.value().first);
        const WorkOrderEvent created{QUuid::createUuid(), number, EventType::Created, QDateTime::currentDateTimeUtc(),
                                     QStringLiteral("open311:") + *client, payload};
        Result<WorkOrderState> state = Lifecycle::apply(std::nullopt, created);
        if (!state)
            return Error{state.error()};
        QString audience;
        Result<qint64> revision = m_sync.record(created, state.value(), QStringLiteral("open311"), QStringLiteral("open311:") + *client, &audience);
        return revision ? Status::success() : Status(Error{revision.error()});
    });
    if (!stored)
        return error(*format, 503, QStringLiteral("the request could not be stored, try again"));
    const QJsonArray created{QJsonObject{{QStringLiteral("service_request_id"), number},
                                         {QStringLiteral("service_notice"), notice},
                                         {QStringLiteral("account_id"), value("account_id")}}};
    Answer answer = list(*format, "service_requests", "request", created);
    answer.status = 201;
    return answer;
}

Result<int> Open311Service::importServices(const QString &csvPath)
{
    // The desks' own catalogue parser checks the file (header, columns, empty or repeated items).
    Result<QVector<CsvRecord>> records = CsvReader::readFile(csvPath);
    if (!records)
        return Error{records.error()};
    Result<QVector<Classification>> parsed = CatalogCsv::parse(records.value());
    if (!parsed)
        return Error{parsed.error()};
    const QVector<Classification> &items = parsed.value();
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery upsert(m_db.database());
        upsert.prepare(QStringLiteral("INSERT INTO open311_services (service_code, service_name, description, group_name, level1, level2, level3)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (service_code) DO UPDATE SET service_name = excluded.service_name,"
                                      " description = excluded.description, group_name = excluded.group_name"));
        for (const Classification &item : items) {
            for (const QString &v : {serviceCode(item.level1, item.level2, item.level3), item.level3, item.path(), item.level1,
                                     item.level1, item.level2, item.level3})
                upsert.addBindValue(v);
            if (Status s = execSql(upsert, QT_TRANSLATE_NOOP("LocalStore", "保存服务")); !s)
                return s;
        }
        return Status::success();
    });
    if (!status)
        return Error{status.error()};
    return int(items.size());
}

Result<QString> Open311Service::createApiKey(const QString &name)
{
    if (name.trimmed().isEmpty() || name.size() > 100)
        return Error{QStringLiteral("an API key needs a name (up to 100 characters)")};
    if (sodium_init() < 0)
        return Error{QStringLiteral("libsodium could not start")};
    unsigned char random[24];
    randombytes_buf(random, sizeof random);
    const QString key = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex());
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery insert(m_db.database());
        insert.prepare(QStringLiteral("INSERT INTO open311_keys (key_hash, name, created_at) VALUES (?, ?, ?)"));
        insert.addBindValue(UserDirectory::hashToken(key));
        insert.addBindValue(name.trimmed());
        insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        return execSql(insert, QT_TRANSLATE_NOOP("LocalStore", "保存接口密钥"));
    });
    if (!status)
        return Error{status.error()};
    return key;
}

} // namespace hotline
