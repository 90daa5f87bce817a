// SPDX-License-Identifier: GPL-3.0-or-later
// hotline-ctl figures: the centre's figures of a period as TSV. They are the centre's (every
// desk's orders), so this asks the centre rather than a store; the token of a signed-in team
// lead, dispatcher or administrator comes from HOTLINE_TOKEN, never from the command line.
#include "FiguresCommand.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace hotline {

std::optional<QByteArray> askCentre(const QString &central, const QString &path, const QUrlQuery &query, const QByteArray &token, QTextStream &err,
                                    const char *command)
{
    QUrl url(central);
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setTransferTimeout(30000);
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    if (status != 200) {
        err << command << ": " << (status ? QStringLiteral("the centre answered %1: ").arg(status) : reply->errorString())
            << QString::fromUtf8(body) << Qt::endl;
        return std::nullopt;
    }
    return body;
}

int runFigures(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString central = qEnvironmentVariable("HOTLINE_CENTRAL");
    QString period;
    QString by = QStringLiteral("unit");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &option = arguments.at(i);
        const QString value = i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (option == QLatin1String("--central"))
            central = value;
        else if (option == QLatin1String("--period"))
            period = value;
        else if (option == QLatin1String("--by"))
            by = value;
        else {
            err << "figures: unknown option " << option << Qt::endl;
            return 2;
        }
        ++i;
    }
    const QByteArray token = qgetenv("HOTLINE_TOKEN");
    if (central.isEmpty() || period.isEmpty() || token.isEmpty()) {
        err << "usage: HOTLINE_TOKEN=… hotline-ctl figures --central URL --period 2026-11|2026-11-01..2026-11-30"
               " [--by unit|street|top-streets]"
            << Qt::endl;
        return 2;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("period"), period);
    query.addQueryItem(QStringLiteral("by"), by);
    const std::optional<QByteArray> body = askCentre(central, QStringLiteral("/api/v1/figures"), query, token, err, "figures");
    if (!body)
        return 1;
    out << QString::fromUtf8(*body);
    out.flush();
    return 0;
}

} // namespace hotline
