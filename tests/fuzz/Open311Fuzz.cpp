// SPDX-License-Identifier: GPL-3.0-or-later
// Open311 GeoReport v2 requests against the centre's real Open311Service on a SQLite centre
// database (on tmpfs where there is one), with the real catalogue as services and an API key.
// First byte: bit 0 sends the valid api_key, bit 1 asks for XML instead of JSON, bits 2-3 the
// request: a POST of a form (x-www-form-urlencoded, as the HTTP route decodes it), a POST of a
// JSON object, or a GET with the rest as its query (decoded as the connection decodes it): of
// requests, or with the key of service request updates. Properties: every answer is
// one of the spec's statuses, and its body is well-formed JSON or XML (it reaches municipal
// clients as it is); the database never fails; a request that was filed reads back by its
// id, open, with its service, description and place as given.
#include "FuzzSupport.h"

#include "server/database/CentralDatabase.h"
#include "server/http/FormEncoding.h"
#include "server/open311/Open311Service.h"
#include "server/sync/SyncService.h"
#include "server/users/UserDirectory.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include <memory>

using namespace hotline;

namespace {

struct Centre {
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<CentralDatabase> db;
    std::unique_ptr<UserDirectory> users;
    std::unique_ptr<SyncService> sync;
    std::unique_ptr<Open311Service> open311;
    QString apiKey;
};

Centre &centre()
{
    static Centre c = [] {
        Centre made;
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm/hotline-fuzz-XXXXXX")
                                                                       : QDir::tempPath() + QStringLiteral("/hotline-fuzz-XXXXXX");
        made.dir = std::make_unique<QTemporaryDir>(base);
        Result<std::unique_ptr<CentralDatabase>> db = CentralDatabase::open(QStringLiteral("sqlite:") + made.dir->filePath(QStringLiteral("central.sqlite")));
        if (!db) {
            std::fprintf(stderr, "cannot open the centre's database: %s\n", qPrintable(db.error()));
            std::abort();
        }
        made.db = std::move(db).value();
        made.users = std::make_unique<UserDirectory>(*made.db);
        made.sync = std::make_unique<SyncService>(*made.db, *made.users);
        made.open311 = std::make_unique<Open311Service>(*made.db, *made.sync, *made.users);
        const Result<int> services = made.open311->importServices(QStringLiteral(HOTLINE_TEST_DATA "/catalog_3level.csv"));
        const Result<QString> key = made.open311->createApiKey(QStringLiteral("fuzz"));
        if (!services || !key) {
            std::fprintf(stderr, "cannot set up Open311\n");
            std::abort();
        }
        made.apiKey = key.value();
        return made;
    }();
    return c;
}

// The body as a municipal client gets it: JSON or XML that parses, whatever the request held.
void checkAnswer(const Open311Service::Answer &answer, const QByteArray &request)
{
    static const QList<int> statuses{200, 201, 400, 403, 404};
    FUZZ_CHECK(statuses.contains(answer.status),
               QStringLiteral("status %1 for %2: %3").arg(answer.status).arg(QString::fromUtf8(request), QString::fromUtf8(answer.body)));
    if (answer.contentType.startsWith("application/json")) {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(answer.body, &error);
        FUZZ_CHECK(error.error == QJsonParseError::NoError && json.isArray(), QStringLiteral("not a JSON list: ") + QString::fromUtf8(answer.body));
        return;
    }
    FUZZ_CHECK(answer.contentType.startsWith("text/xml"), QString::fromUtf8(answer.contentType));
    QXmlStreamReader xml(answer.body);
    while (!xml.atEnd())
        xml.readNext();
    FUZZ_CHECK(!xml.hasError(), QStringLiteral("malformed XML (%1) for %2: %3").arg(xml.errorString(), QString::fromUtf8(request).toHtmlEscaped(),
                                                                                    QString::fromUtf8(answer.body.toPercentEncoding(" <>/=\"?:"))));
}

// A request that was filed comes back by its id as it was given.
void checkFiled(Open311Service &open311, const Open311Service::Answer &answer, const QUrlQuery &form)
{
    QString id;
    if (answer.contentType.startsWith("application/json")) {
        id = QJsonDocument::fromJson(answer.body).array().at(0).toObject().value(QLatin1String("service_request_id")).toString();
    } else {
        QXmlStreamReader xml(answer.body);
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("service_request_id"))
                id = xml.readElementText();
    }
    FUZZ_CHECK(!id.isEmpty(), QStringLiteral("filed without an id: ") + QString::fromUtf8(answer.body));
    const Open311Service::Answer read = open311.request(id + QStringLiteral(".json"));
    const QJsonArray items = QJsonDocument::fromJson(read.body).array();
    FUZZ_CHECK(read.status == 200 && items.size() == 1, QStringLiteral("request %1 not found after filing: %2").arg(id, QString::fromUtf8(read.body)));
    const QJsonObject item = items.at(0).toObject();
    const auto value = [&form](const char *key) { return form.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded).trimmed(); };
    const QString description = value("description");
    FUZZ_CHECK(item.value(QLatin1String("service_request_id")).toString() == id && item.value(QLatin1String("status")).toString() == QLatin1String("open")
                   && item.value(QLatin1String("service_code")).toString() == value("service_code")
                   && (description.isEmpty() || item.value(QLatin1String("description")).toString() == description)
                   && item.value(QLatin1String("address")).toString() == value("address_string"),
               QStringLiteral("request %1 reads back otherwise than filed: %2").arg(id, QString::fromUtf8(read.body)));
    if (form.hasQueryItem(QStringLiteral("lat")))
        FUZZ_CHECK(item.value(QLatin1String("lat")).toDouble() == value("lat").toDouble()
                       && item.value(QLatin1String("long")).toDouble() == value("long").toDouble(),
                   QStringLiteral("request %1 moved: %2").arg(id, QString::fromUtf8(read.body)));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    centre();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 16384)
        return 0;
    Centre &c = centre();
    const bool withKey = data[0] & 1;
    const QString file = (data[0] & 2) ? QStringLiteral("requests.xml") : QStringLiteral("requests.json");
    const int kind = (data[0] >> 2) & 3;
    const QByteArray body = fuzz::bytes(data + 1, size - 1);

    if (kind == 3) {
        QUrlQuery query = http::formItems(body);
        if (!withKey) {
            checkAnswer(c.open311->requests(file, query), body);
            return 0;
        }
        http::addLiteralItem(query, QStringLiteral("api_key"), c.apiKey);
        checkAnswer(c.open311->updates(QString(file).replace(QLatin1String("requests"), QLatin1String("servicerequestupdates")), query), body);
        return 0;
    }
    QUrlQuery form;
    if (kind == 2) {
        // The route's reading of a JSON body (CentralServer::addOpen311Routes).
        const QJsonDocument json = QJsonDocument::fromJson(body);
        if (!json.isObject()) {
            form = QUrlQuery(QStringLiteral("malformed=1"));
        } else {
            const QJsonObject object = json.object();
            for (auto it = object.begin(); it != object.end(); ++it)
                http::addLiteralItem(form, it.key(), it.value().isDouble() ? QString::number(it.value().toDouble(), 'g', 12) : it.value().toString());
        }
    } else {
        form = http::formItems(body);
    }
    if (withKey)
        http::addLiteralItem(form, QStringLiteral("api_key"), c.apiKey);
    const Open311Service::Answer answer = c.open311->create(file, form);
    checkAnswer(answer, body);
    if (answer.status == 201)
        checkFiled(*c.open311, answer, form);
    return 0;
}
