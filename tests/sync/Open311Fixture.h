// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CentralHarness.h"
#include "../TestData.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <initializer_list>
#include <memory>
#include <utility>

namespace hotline::test {

// A request as a municipal client sends it: a form, and the answer as it came.
inline RawAnswer open311Http(const QUrl &base, const QByteArray &method, const QString &path, const QByteArray &body = {})
{
    return rawHttp(base, method, path, body, {}, "application/x-www-form-urlencoded");
}

// The real centre with the catalogue as Open311 services and one client's API key, on the
// parameter's database ("sqlite" or "postgresql").
class Open311Fixture : public ::testing::TestWithParam<const char *> {
protected:
    void SetUp() override { start({}); }
    // Two tasks from the machine, one command each: the services, then a client's key; then
    // these users (login, role; the harness's password), and the centre.
    void start(std::initializer_list<std::pair<const char *, const char *>> users)
    {
        url = centralDatabaseUrl(QString::fromLatin1(GetParam()), dir);
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
        for (const auto &[login, role] : users)
            ASSERT_TRUE(central->addUser(QString::fromLatin1(login), QString::fromLatin1(role)));
        ASSERT_TRUE(central->start()) << qPrintable(central->log());
    }
    RawAnswer raw(const QByteArray &method, const QString &path, const QByteArray &body = {}) const
    {
        return open311Http(central->url(), method, path, body);
    }
    QString firstServiceCode() const
    {
        const QJsonArray services = QJsonDocument::fromJson(raw("GET", QStringLiteral("/open311/v2/services.json")).body).array();
        return services.first().toObject().value(QLatin1String("service_code")).toString();
    }
    // Files a request of the first service with the key and these further form fields; its id.
    QString file(const QByteArray &fields)
    {
        const RawAnswer created = raw("POST", QStringLiteral("/open311/v2/requests.json"),
                                      "api_key=" + apiKey + "&service_code=" + firstServiceCode().toUtf8() + '&' + fields);
        EXPECT_EQ(created.status, 201) << created.body.constData();
        return QJsonDocument::fromJson(created.body).array().first().toObject().value(QLatin1String("service_request_id")).toString();
    }
    qint64 count(const QString &sql) const { return centralCount(url, sql); }

    QTemporaryDir dir;
    QString url;
    QByteArray apiKey;
    std::unique_ptr<CentralProcess> central;
};

} // namespace hotline::test
