// SPDX-License-Identifier: GPL-3.0-or-later
// hotline-central starts on a loopback port, answers its health check and stops on SIGTERM.
#include "ProcessHelpers.h"

#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

#include <gtest/gtest.h>

#include <csignal>

using namespace hotline::test;

TEST(CentralProcess, HealthCheckAndGracefulStopConfiguredByFile)
{
    // Configured the way a service unit does it: an INI file.
    QTemporaryDir dir;
    QFile ini(dir.filePath(QStringLiteral("central.ini")));
    ASSERT_TRUE(ini.open(QIODevice::WriteOnly));
    ini.write("listen=127.0.0.1:0\ndatabase=sqlite:" + dir.filePath(QStringLiteral("central.sqlite")).toUtf8() + "\ntoken-hours=8\n");
    ini.close();
    QProcess central;
    central.start(QStringLiteral(HOTLINE_CENTRAL_BIN), {QStringLiteral("--config"), ini.fileName()});
    ASSERT_TRUE(central.waitForStarted(10000));
    QString out;
    const QRegularExpression listening(QStringLiteral("listening on 127.0.0.1:(\\d+)"));
    for (int i = 0; i < 100 && !listening.match(out).hasMatch(); ++i) {
        central.waitForReadyRead(100);
        out += QString::fromUtf8(central.readAllStandardOutput());
    }
    const auto match = listening.match(out);
    ASSERT_TRUE(match.hasMatch()) << qPrintable(out);

    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/health").arg(match.captured(1)))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    ASSERT_TRUE(reply->isFinished());
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    EXPECT_EQ(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    reply->deleteLater();

    ::kill(pid_t(central.processId()), SIGTERM);
    ASSERT_TRUE(central.waitForFinished(10000));
    EXPECT_EQ(central.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(central.exitCode(), 0);
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("central.sqlite")))) << "the database the file named";
}

TEST(CentralProcess, RefusesABadListenAddress)
{
    const auto run = runProcess(QStringLiteral(HOTLINE_CENTRAL_BIN), {QStringLiteral("--listen"), QStringLiteral("nowhere")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("ADDRESS:PORT")));
    const auto database = runProcess(QStringLiteral(HOTLINE_CENTRAL_BIN), {QStringLiteral("--database"), QStringLiteral("mysql://x/y")});
    EXPECT_EQ(database.exitCode, 1);
    EXPECT_FALSE(database.err.isEmpty());
}
