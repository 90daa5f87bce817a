// SPDX-License-Identifier: GPL-3.0-or-later
// Open311 GeoReport v2 on the real central service, as a municipal client speaks it: the
// services list, a request filed with an API key as a form, read back in JSON and XML; fields
// and query values percent-encoded as HTTP libraries encode them, jurisdiction_id, attributes.
#include "Open311Fixture.h"

#include <QDomDocument>
#include <QJsonArray>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {
class Open311Test : public Open311Fixture {};
} // namespace

TEST_P(Open311Test, ServicesInJsonAndXml)
{
    const RawAnswer json = raw("GET", QStringLiteral("/open311/v2/services.json"));
    ASSERT_EQ(json.status, 200);
    EXPECT_TRUE(json.contentType.startsWith("application/json"));
    const QJsonArray services = QJsonDocument::fromJson(json.body).array();
    ASSERT_EQ(services.size(), 517);
    const QJsonObject first = services.first().toObject();
    for (const char *field : {"service_code", "service_name", "description", "metadata", "type", "keywords", "group"})
        EXPECT_TRUE(first.contains(QLatin1String(field))) << field;

    const RawAnswer xml = raw("GET", QStringLiteral("/open311/v2/services.xml"));
    ASSERT_EQ(xml.status, 200);
    QDomDocument document;
    ASSERT_TRUE(document.setContent(xml.body));
    EXPECT_EQ(document.documentElement().tagName(), QStringLiteral("services"));
    EXPECT_EQ(document.elementsByTagName(QStringLiteral("service")).size(), 517);

    const QString code = first.value(QLatin1String("service_code")).toString();
    const RawAnswer definition = raw("GET", QStringLiteral("/open311/v2/services/%1.json").arg(code));
    EXPECT_EQ(definition.status, 200);
    EXPECT_EQ(raw("GET", QStringLiteral("/open311/v2/services/NOPE.json")).status, 404);
}

TEST_P(Open311Test, ARequestFiledWithAKeyIsReadBack)
{
    const QString code = firstServiceCode();
    const QByteArray form = "api_key=" + apiKey + "&service_code=" + code.toUtf8()
        + "&lat=39.8826&long=116.3622&address_string=%E7%89%9B%E8%A1%97&first_name=Li&phone=13900001111"
          "&email=li%40example.cn&description=Manhole+cover+missing%27%3B+DROP+TABLE+work_orders%3B+--";
    const RawAnswer created = raw("POST", QStringLiteral("/open311/v2/requests.json"), form);
    ASSERT_EQ(created.status, 201) << created.body.constData();
    const QString id = QJsonDocument::fromJson(created.body).array().first().toObject().value(QLatin1String("service_request_id")).toString();
    ASSERT_EQ(id.size(), 10) << "a final work-order number";

    const RawAnswer one = raw("GET", QStringLiteral("/open311/v2/requests/%1.json").arg(id));
    ASSERT_EQ(one.status, 200);
    const QJsonObject request = QJsonDocument::fromJson(one.body).array().first().toObject();
    EXPECT_EQ(request.value(QLatin1String("status")).toString(), QStringLiteral("open"));
    EXPECT_EQ(request.value(QLatin1String("service_code")).toString(), code);
    EXPECT_EQ(request.value(QLatin1String("description")).toString(), QStringLiteral("Manhole cover missing'; DROP TABLE work_orders; --"));
    EXPECT_NEAR(request.value(QLatin1String("lat")).toDouble(), 39.8826, 1e-9);
    EXPECT_FALSE(one.body.contains("13900001111")) << "the caller's phone is not published";
    EXPECT_FALSE(one.body.contains("example.cn")) << "nor the e-mail";

    QDomDocument xml;
    ASSERT_TRUE(xml.setContent(raw("GET", QStringLiteral("/open311/v2/requests/%1.xml").arg(id)).body));
    EXPECT_EQ(xml.documentElement().tagName(), QStringLiteral("service_requests"));
    EXPECT_EQ(xml.elementsByTagName(QStringLiteral("service_request_id")).at(0).toElement().text(), id);

    const auto listed = [&](const QString &query) {
        return QJsonDocument::fromJson(raw("GET", QStringLiteral("/open311/v2/requests.json") + query).body).array().size();
    };
    EXPECT_EQ(listed(QStringLiteral("?status=open")), 1);
    EXPECT_EQ(listed(QStringLiteral("?status=closed")), 0);
    EXPECT_EQ(listed(QStringLiteral("?service_code=") + code), 1);
    EXPECT_EQ(listed(QStringLiteral("?service_code=S00000000")), 0);
    EXPECT_EQ(listed(QStringLiteral("?service_request_id=") + id), 1);
    EXPECT_EQ(listed(QStringLiteral("?end_date=2000-01-01T00:00:00Z")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM work_orders")), 1);
}

TEST_P(Open311Test, BadRequestsGetTheSpecsErrorsAndStoreNothing)
{
    const QByteArray code = firstServiceCode().toUtf8();
    const struct {
        const char *label;
        QByteArray form;
        int status;
    } bad[] = {
        {"no key", "service_code=" + code + "&lat=39.9&long=116.4", 403},
        {"wrong key", "api_key=not-a-key&service_code=" + code + "&lat=39.9&long=116.4", 403},
        {"unknown service", "api_key=" + apiKey + "&service_code=S0000&lat=39.9&long=116.4", 400},
        {"no location", "api_key=" + apiKey + "&service_code=" + code, 400},
        {"latitude out of range", "api_key=" + apiKey + "&service_code=" + code + "&lat=139.9&long=116.4", 400},
        {"latitude not a number", "api_key=" + apiKey + "&service_code=" + code + "&lat=north&long=116.4", 400},
        {"bad phone", "api_key=" + apiKey + "&service_code=" + code + "&lat=39.9&long=116.4&phone=12", 400},
        {"unknown field", "api_key=" + apiKey + "&service_code=" + code + "&lat=39.9&long=116.4&priority=high", 400},
        {"long description", "api_key=" + apiKey + "&service_code=" + code + "&lat=39.9&long=116.4&description=" + QByteArray(5000, 'x'), 400},
    };
    for (const auto &c : bad) {
        const RawAnswer answer = raw("POST", QStringLiteral("/open311/v2/requests.json"), c.form);
        EXPECT_EQ(answer.status, c.status) << c.label;
        const QJsonObject error = QJsonDocument::fromJson(answer.body).array().first().toObject();
        EXPECT_EQ(error.value(QLatin1String("code")).toInt(), c.status) << c.label;
        EXPECT_FALSE(error.value(QLatin1String("description")).toString().isEmpty()) << c.label;
    }
    const RawAnswer xml = raw("POST", QStringLiteral("/open311/v2/requests.xml"), "service_code=" + code);
    EXPECT_EQ(xml.status, 403);
    EXPECT_TRUE(xml.body.contains("<errors><error><code>403</code>"));
    EXPECT_EQ(raw("GET", QStringLiteral("/open311/v2/requests.json?start_date=yesterday")).status, 400);
    EXPECT_EQ(raw("GET", QStringLiteral("/open311/v2/requests.csv")).status, 404);
    EXPECT_EQ(raw("GET", QStringLiteral("/open311/v2/requests/2699999999.json")).status, 404);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM work_orders")), 0);
}

TEST_P(Open311Test, PercentEncodedFieldsAndDatesAreDecodedOnce)
{
    // As FixMyStreet's HTTP library writes them: brackets, colons and a plus encoded, spaces as +.
    const QString id = file("lat=39.8826&long=116.3622&jurisdiction_id=beijing.12345.gov.cn"
                            "&attribute%5Buprn%5D=100023336956&attribute%5Bfixmystreet_id%5D=4711"
                            "&attribute%5Basset%5D%5B%5D=lamp+7&attribute%5Basset%5D%5B%5D=lamp%2B8"
                            "&media_url=https%3A%2F%2Fexample.org%2Fp%2F1.jpeg%3Fw%3D1%26h%3D2"
                            "&description=1%2B1+%3D+2%2C+100%25+broken%2C+%2541+stays");
    ASSERT_FALSE(id.isEmpty());
    const QJsonObject request = QJsonDocument::fromJson(raw("GET", QStringLiteral("/open311/v2/requests/%1.json").arg(id)).body)
                                    .array().first().toObject();
    EXPECT_EQ(request.value(QLatin1String("description")).toString(), QStringLiteral("1+1 = 2, 100% broken, %41 stays"));
    EXPECT_EQ(request.value(QLatin1String("media_url")).toString(), QStringLiteral("https://example.org/p/1.jpeg?w=1&h=2"));
    // Attributes no service defines are kept with the request, a list as a list.
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM work_order_events WHERE type = 'created' AND payload LIKE "
                                   "'%\"attributes\":{\"asset\":[\"lamp 7\",\"lamp+8\"],\"fixmystreet_id\":\"4711\",\"uprn\":\"100023336956\"}%'")),
              1);

    // Query values of a GET are decoded as well: the date's colons and its offset's plus.
    const auto listed = [&](const QByteArray &query) {
        const RawAnswer answer = raw("GET", QStringLiteral("/open311/v2/requests.json?") + QString::fromLatin1(query));
        EXPECT_EQ(answer.status, 200) << query.constData() << ": " << answer.body.constData();
        return QJsonDocument::fromJson(answer.body).array().size();
    };
    const QByteArray hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600).toOffsetFromUtc(8 * 3600).toString(Qt::ISODate).toLatin1();
    EXPECT_EQ(hourAgo.right(6), "+08:00");
    EXPECT_EQ(listed("start_date=" + hourAgo.toPercentEncoding()), 1);
    EXPECT_EQ(listed("start_date=" + hourAgo), 1) << "a plus sent as it is comes as a space, and is read as the offset's";
    EXPECT_EQ(listed("start_date=2000-01-01T00%3A00%3A00Z&end_date=2000-01-02T00%3A00%3A00Z"), 0);
    EXPECT_EQ(listed("service_request_id=" + id.toLatin1() + "%2C2699999999&jurisdiction_id=beijing.12345.gov.cn"), 1);
    EXPECT_EQ(listed("service_code=" + firstServiceCode().toLatin1() + "&status=open"), 1);
    // A date without its zone cannot be placed in time.
    const RawAnswer local = raw("GET", QStringLiteral("/open311/v2/requests.json?start_date=2026-12-01T05%3A00%3A00"));
    EXPECT_EQ(local.status, 400);
    EXPECT_TRUE(local.body.contains("zone")) << local.body.constData();

    // A JSON body's fields are taken literally: nothing in them is percent-decoded.
    const QJsonObject json{{QStringLiteral("api_key"), QString::fromLatin1(apiKey)}, {QStringLiteral("service_code"), firstServiceCode()},
                           {QStringLiteral("lat"), 39.9}, {QStringLiteral("long"), 116.4},
                           {QStringLiteral("description"), QStringLiteral("50%41 off & more")}, {QStringLiteral("attribute[uprn]"), QStringLiteral("7")}};
    const RawAnswer created = rawHttp(central->url(), "POST", QStringLiteral("/open311/v2/requests.json"), QJsonDocument(json).toJson());
    ASSERT_EQ(created.status, 201) << created.body.constData();
    const QString second = QJsonDocument::fromJson(created.body).array().first().toObject().value(QLatin1String("service_request_id")).toString();
    EXPECT_EQ(QJsonDocument::fromJson(raw("GET", QStringLiteral("/open311/v2/requests/%1.json").arg(second)).body)
                  .array().first().toObject().value(QLatin1String("description")).toString(),
              QStringLiteral("50%41 off & more"));
}

TEST_P(Open311Test, JurisdictionIdIsAcceptedOnEveryEndpoint)
{
    const QString id = file("lat=39.9&long=116.4&jurisdiction_id=whatever.the.client.configured");
    ASSERT_FALSE(id.isEmpty());
    const QString jurisdiction = QStringLiteral("jurisdiction_id=whatever.the.client.configured");
    for (const QString &path : {QStringLiteral("/open311/discovery.json?"), QStringLiteral("/open311/v2/services.xml?"),
                                QStringLiteral("/open311/v2/services/%1.json?").arg(firstServiceCode()), QStringLiteral("/open311/v2/requests.json?"),
                                QStringLiteral("/open311/v2/requests/%1.xml?").arg(id),
                                QStringLiteral("/open311/v2/servicerequestupdates.json?api_key=%1&").arg(QString::fromLatin1(apiKey))}) {
        const RawAnswer answer = raw("GET", path + jurisdiction);
        EXPECT_EQ(answer.status, 200) << qPrintable(path) << ": " << answer.body.constData();
    }
}

TEST_P(Open311Test, MalformedAttributeFieldsAreRefusedWithTheReason)
{
    const QByteArray base = "api_key=" + apiKey + "&service_code=" + firstServiceCode().toUtf8() + "&lat=39.9&long=116.4";
    for (const QByteArray &field : {QByteArray("attribute%5B%5D=1"), QByteArray("attribute%5Buprn=1"), QByteArray("attribute%5Ba%5D%5Bb%5D=1"),
                                    QByteArray("attribute%5Buprn%5D=" + QByteArray(4001, 'x'))}) {
        const RawAnswer answer = raw("POST", QStringLiteral("/open311/v2/requests.json"), base + '&' + field);
        EXPECT_EQ(answer.status, 400) << field.left(40).constData();
        EXPECT_TRUE(answer.body.contains("attribute")) << answer.body.constData();
    }
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM work_orders")), 0);
}

INSTANTIATE_TEST_SUITE_P(Central, Open311Test, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &info) { return std::string(info.param); });
