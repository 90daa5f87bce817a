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

std::optional<Open311Service::Format> formatOf(const QString &file, QString *stem)
{
    if (file.endsWith(QLatin1String(".json"))) {
        *stem = file.chopped(5);
        return Open311Service::Format::Json;
    }
    if (file.endsWith(QLatin1String(".xml"))) {
        *stem = file.chopped(4);
        return Open311Service::Format::Xml;
    }
    return std::nullopt;
}

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

// Open311 dates are W3C/ISO 8601 with an offset or Z.
std::optional<QDateTime> w3cDate(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? std::optional<QDateTime>(at) : std::nullopt;
}

const QString notice = QStringLiteral("12345 hotline: the request is registered and will be dispatched to the responsible office.");


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

Open311Service::Answer Open311Service::error(Format format, int status, const QString &description) const
{
    QJsonArray errors{QJsonObject{{QStringLiteral("code"), status}, {QStringLiteral("description"), description}}};
    Answer answer = list(format, "errors", "error", errors);
    answer.status = status;
    return answer;
}

Open311Service::Answer Open311Service::list(Format format, const char *root, const char *item, const QJsonArray &items) const
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
                                 " s.service_name, w.lng, w.lat, w.desk FROM work_orders w"
                                 " LEFT JOIN open311_services s ON s.service_code = w.service_code ")
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
        const QString status = query.value(1).toString();
        const bool closed = status == QLatin1String("closed") || status == QLatin1String("merged") || status == QLatin1String("answered");
        const QJsonObject address = state.value(QLatin1String("address")).toObject();
        QJsonObject item{{QStringLiteral("service_request_id"), query.value(0).toString()},
                         {QStringLiteral("status"), closed ? QStringLiteral("closed") : QStringLiteral("open")},
                         {QStringLiteral("status_notes"), byPhone ? withoutNumbers(state.value(QLatin1String("reply")).toString())
                                                                  : state.value(QLatin1String("reply")).toString()},
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
                         {QStringLiteral("media_url"), state.value(QLatin1String("open311")).toObject().value(QLatin1String("media_url")).toString()}};
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
    for (const auto &item : query.queryItems())
        if (!known.contains(item.first))
            return error(*format, 400, QStringLiteral("unknown parameter %1").arg(item.first));
    QStringList where;
    QVariantList bindings;
    const QString ids = query.queryItemValue(QStringLiteral("service_request_id"));
    if (!ids.isEmpty()) {
        // By id, the other filters are ignored (as the spec says).
        return listed(*format, selectRequests(QStringLiteral("WHERE w.number IN (%1)").arg(placeholdersFor(ids, &bindings)), bindings, maxRequests));
    }
    const QString codes = query.queryItemValue(QStringLiteral("service_code"));
    if (!codes.isEmpty())
        where.append(QStringLiteral("w.service_code IN (%1)").arg(placeholdersFor(codes, &bindings)));
    QDateTime end = QDateTime::currentDateTimeUtc();
    if (query.hasQueryItem(QStringLiteral("end_date"))) {
        const auto parsed = w3cDate(query.queryItemValue(QStringLiteral("end_date")));
        if (!parsed)
            return error(*format, 400, QStringLiteral("end_date must be a W3C date-time such as 2026-11-23T08:00:00Z"));
        end = *parsed;
    }
    QDateTime start = end.addDays(-defaultDays);
    if (query.hasQueryItem(QStringLiteral("start_date"))) {
        const auto parsed = w3cDate(query.queryItemValue(QStringLiteral("start_date")));
        if (!parsed)
            return error(*format, 400, QStringLiteral("start_date must be a W3C date-time such as 2026-11-01T00:00:00Z"));
        start = *parsed;
    }
    if (start > end)
        return error(*format, 400, QStringLiteral("start_date is after end_date"));
    where.append(QStringLiteral("w.created_at >= ? AND w.created_at <= ?"));
    bindings.append(start.toUTC().toString(Qt::ISODateWithMs));
    bindings.append(end.toUTC().toString(Qt::ISODateWithMs));
    const QString status = query.queryItemValue(QStringLiteral("status"));
    if (status == QLatin1String("open"))
        where.append(QStringLiteral("w.status NOT IN ('closed', 'merged', 'answered')"));
    else if (status == QLatin1String("closed"))
        where.append(QStringLiteral("w.status IN ('closed', 'merged', 'answered')"));
    else if (!status.isEmpty())
        return error(*format, 400, QStringLiteral("status must be open or closed"));
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

Open311Service::Answer Open311Service::create(const QString &file, const QUrlQuery &form)
{
    QString stem;
    const std::optional<Format> format = formatOf(file, &stem);
    if (!format || stem != QLatin1String("requests"))
        return error(Format::Json, 404, QStringLiteral("unknown resource %1").arg(file));
    const auto value = [&form](const char *key) { return form.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded).trimmed(); };
    // The key: which registered client files this.
    QSqlQuery key(m_db.database());
    key.prepare(QStringLiteral("SELECT name FROM open311_keys WHERE key_hash = ?"));
    key.addBindValue(UserDirectory::hashToken(value("api_key")));
    if (value("api_key").isEmpty() || !key.exec() || !key.next())
        return error(*format, 403, QStringLiteral("a valid api_key is required to file requests"));
    const QString client = key.value(0).toString();
    key.finish();
    for (const auto &item : form.queryItems()) {
        static const QStringList known{QStringLiteral("api_key"), QStringLiteral("jurisdiction_id"), QStringLiteral("service_code"),
                                       QStringLiteral("lat"), QStringLiteral("long"), QStringLiteral("address_string"),
                                       QStringLiteral("address_id"), QStringLiteral("email"), QStringLiteral("device_id"),
                                       QStringLiteral("account_id"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                                       QStringLiteral("phone"), QStringLiteral("description"), QStringLiteral("media_url")};
        if (!known.contains(item.first) && !item.first.startsWith(QLatin1String("attribute[")))
            return error(*format, 400, QStringLiteral("unknown field %1").arg(item.first));
    }
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
    QJsonObject extras{{QStringLiteral("client"), client}};
    for (const char *field : {"email", "device_id", "account_id", "media_url", "address_id"})
        if (!value(field).isEmpty())
            extras.insert(QString::fromLatin1(field), value(field));
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
                                     QStringLiteral("open311:") + client, payload};
        Result<WorkOrderState> state = Lifecycle::apply(std::nullopt, created);
        if (!state)
            return Error{state.error()};
        QString audience;
        Result<qint64> revision = m_sync.record(created, state.value(), QStringLiteral("open311"), QStringLiteral("open311:") + client, &audience);
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
