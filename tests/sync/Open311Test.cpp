// SPDX-License-Identifier: GPL-3.0-or-later
// Open311 GeoReport v2 on the real central service, as a municipal client speaks it: the
// services list, a request filed with an API key as a form, read back in JSON and XML.
#include "CentralHarness.h"
#include "../TestData.h"

#include <QDomDocument>
#include <QJsonArray>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

RawAnswer raw(const QUrl &base, const QByteArray &method, const QString &path, const QByteArray &body = {})
{
    return rawHttp(base, method, path, body, {}, "application/x-www-form-urlencoded");
}

class Open311Test : public ::testing::TestWithParam<const char *> {
protected:
    void SetUp() override
    {
        url = centralDatabaseUrl(QString::fromLatin1(GetParam()), dir);
        // Two tasks from the machine, one command each: the services, then a client's key.
        QStringList lines;
        for (const QStringList &task : {QStringList{QStringLiteral("--import-services"), dataFile("catalog_3level.csv")},
                                        QStringList{QStringLiteral("--add-api-key"), QStringLiteral("city-app")}}) {
            QProcess admin;
            admin.start(QStringLiteral(HOTLINE_CENTRAL_BIN), QStringList{QStringLiteral("--database"), url} + task);
            ASSERT_TRUE(admin.waitForFinished(60000));
            ASSERT_EQ(admin.exitCode(), 0) << admin.readAllStandardError().constData();
            lines += QString::fromUtf8(admin.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        }
        ASSERT_EQ(lines.size(), 2);
        EXPECT_EQ(lines.at(0), QStringLiteral("517 Open311 services"));
        apiKey = lines.at(1).toUtf8();
        central = std::make_unique<CentralProcess>(url);
        ASSERT_TRUE(central->start()) << qPrintable(central->log());
    }
    QString firstServiceCode()
    {
        const QJsonArray services = QJsonDocument::fromJson(raw(central->url(), "GET", QStringLiteral("/open311/v2/services.json")).body).array();
        return services.first().toObject().value(QLatin1String("service_code")).toString();
    }

    QTemporaryDir dir;
    QString url;
    QByteArray apiKey;
    std::unique_ptr<CentralProcess> central;
};

} // namespace

TEST_P(Open311Test, ServicesInJsonAndXml)
{
    const RawAnswer json = raw(central->url(), "GET", QStringLiteral("/open311/v2/services.json"));
    ASSERT_EQ(json.status, 200);
    EXPECT_TRUE(json.contentType.startsWith("application/json"));
    const QJsonArray services = QJsonDocument::fromJson(json.body).array();
    ASSERT_EQ(services.size(), 517);
    const QJsonObject first = services.first().toObject();
    for (const char *field : {"service_code", "service_name", "description", "metadata", "type", "keywords", "group"})
        EXPECT_TRUE(first.contains(QLatin1String(field))) << field;

    const RawAnswer xml = raw(central->url(), "GET", QStringLiteral("/open311/v2/services.xml"));
    ASSERT_EQ(xml.status, 200);
    QDomDocument document;
    ASSERT_TRUE(document.setContent(xml.body));
    EXPECT_EQ(document.documentElement().tagName(), QStringLiteral("services"));
    EXPECT_EQ(document.elementsByTagName(QStringLiteral("service")).size(), 517);

    const QString code = first.value(QLatin1String("service_code")).toString();
    const RawAnswer definition = raw(central->url(), "GET", QStringLiteral("/open311/v2/services/%1.json").arg(code));
    EXPECT_EQ(definition.status, 200);
    EXPECT_EQ(raw(central->url(), "GET", QStringLiteral("/open311/v2/services/NOPE.json")).status, 404);
}

TEST_P(Open311Test, ARequestFiledWithAKeyIsReadBack)
{
    const QString code = firstServiceCode();
    const QByteArray form = "api_key=" + apiKey + "&service_code=" + code.toUtf8()
        + "&lat=39.8826&long=116.3622&address_string=%E7%89%9B%E8%A1%97&first_name=Li&phone=13900001111"
          "&email=li%40example.cn&description=Manhole+cover+missing%27%3B+DROP+TABLE+work_orders%3B+--";
    const RawAnswer created = raw(central->url(), "POST", QStringLiteral("/open311/v2/requests.json"), form);
    ASSERT_EQ(created.status, 201) << created.body.constData();
    const QString id = QJsonDocument::fromJson(created.body).array().first().toObject().value(QLatin1String("service_request_id")).toString();
    ASSERT_EQ(id.size(), 10) << "a final work-order number";

    const RawAnswer one = raw(central->url(), "GET", QStringLiteral("/open311/v2/requests/%1.json").arg(id));
    ASSERT_EQ(one.status, 200);
    const QJsonObject request = QJsonDocument::fromJson(one.body).array().first().toObject();
    EXPECT_EQ(request.value(QLatin1String("status")).toString(), QStringLiteral("open"));
    EXPECT_EQ(request.value(QLatin1String("service_code")).toString(), code);
    EXPECT_EQ(request.value(QLatin1String("description")).toString(), QStringLiteral("Manhole cover missing'; DROP TABLE work_orders; --"));
    EXPECT_NEAR(request.value(QLatin1String("lat")).toDouble(), 39.8826, 1e-9);
    EXPECT_FALSE(one.body.contains("13900001111")) << "the caller's phone is not published";
    EXPECT_FALSE(one.body.contains("example.cn")) << "nor the e-mail";

    QDomDocument xml;
    ASSERT_TRUE(xml.setContent(raw(central->url(), "GET", QStringLiteral("/open311/v2/requests/%1.xml").arg(id)).body));
    EXPECT_EQ(xml.documentElement().tagName(), QStringLiteral("service_requests"));
    EXPECT_EQ(xml.elementsByTagName(QStringLiteral("service_request_id")).at(0).toElement().text(), id);

    const auto listed = [&](const QString &query) {
        return QJsonDocument::fromJson(raw(central->url(), "GET", QStringLiteral("/open311/v2/requests.json") + query).body).array().size();
    };
    EXPECT_EQ(listed(QStringLiteral("?status=open")), 1);
    EXPECT_EQ(listed(QStringLiteral("?status=closed")), 0);
    EXPECT_EQ(listed(QStringLiteral("?service_code=") + code), 1);
    EXPECT_EQ(listed(QStringLiteral("?service_code=S00000000")), 0);
    EXPECT_EQ(listed(QStringLiteral("?service_request_id=") + id), 1);
    EXPECT_EQ(listed(QStringLiteral("?end_date=2000-01-01T00:00:00Z")), 0);
    EXPECT_EQ(centralCount(url, QStringLiteral("SELECT count(*) FROM work_orders")), 1);
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
        const RawAnswer answer = raw(central->url(), "POST", QStringLiteral("/open311/v2/requests.json"), c.form);
        EXPECT_EQ(answer.status, c.status) << c.label;
        const QJsonObject error = QJsonDocument::fromJson(answer.body).array().first().toObject();
        EXPECT_EQ(error.value(QLatin1String("code")).toInt(), c.status) << c.label;
        EXPECT_FALSE(error.value(QLatin1String("description")).toString().isEmpty()) << c.label;
    }
    const RawAnswer xml = raw(central->url(), "POST", QStringLiteral("/open311/v2/requests.xml"), "service_code=" + code);
    EXPECT_EQ(xml.status, 403);
    EXPECT_TRUE(xml.body.contains("<errors><error><code>403</code>"));
    EXPECT_EQ(raw(central->url(), "GET", QStringLiteral("/open311/v2/requests.json?start_date=yesterday")).status, 400);
    EXPECT_EQ(raw(central->url(), "GET", QStringLiteral("/open311/v2/requests.csv")).status, 404);
    EXPECT_EQ(raw(central->url(), "GET", QStringLiteral("/open311/v2/requests/2699999999.json")).status, 404);
    EXPECT_EQ(centralCount(url, QStringLiteral("SELECT count(*) FROM work_orders")), 0);
}

INSTANTIATE_TEST_SUITE_P(Central, Open311Test, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &info) { return std::string(info.param); });
