// SPDX-License-Identifier: GPL-3.0-or-later
// hotline-ctl quality: scoring forms checked before they reach anyone, published to the
// centre when asked. Like `figures`, it needs no store: the form is the centre's.
#include "QualityCommand.h"

#include "quality/ScoringForm.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace hotline {

namespace {
QString share(double value)
{
    return QString::number(value, 'g', 6);
}
} // namespace

int runQuality(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList words = arguments.mid(1);
    QString central;
    if (const qsizetype at = words.indexOf(QStringLiteral("--central")); at >= 0) {
        central = words.value(at + 1);
        words.remove(at, std::min<qsizetype>(2, words.size() - at));
    }
    if (words.size() != 3 || words.at(0) != QLatin1String("form") || words.at(1) != QLatin1String("import") || (central.isEmpty() && arguments.contains(QStringLiteral("--central")))) {
        err << "usage: hotline-ctl quality form import FILE [--central URL]   (publishing takes HOTLINE_TOKEN of a team lead or admin;"
               " without --central the form is only checked)"
            << Qt::endl;
        return 2;
    }
    QFile file(words.at(2));
    if (!file.open(QIODevice::ReadOnly)) {
        err << "quality: cannot read " << words.at(2) << ": " << file.errorString() << Qt::endl;
        return 1;
    }
    const QByteArray definition = file.readAll();
    const Result<ScoringForm> form = ScoringForm::parse(definition);
    if (!form) {
        err << words.at(2) << ": " << form.error() << Qt::endl;
        return 1;
    }
    const ScoringForm &f = form.value();
    out << f.key() << " v" << f.version() << " " << f.name() << Qt::endl;
    for (const ScoringGroup &group : f.groups()) {
        out << "  " << group.name << Qt::endl;
        for (const ScoringQuestion &q : group.questions) {
            QStringList answers;
            for (const ScoringAnswer &a : q.answers)
                answers.append(QStringLiteral("%1 %2%%3").arg(a.label, share(a.sharePercent), a.fatal ? QStringLiteral(" FATAL") : QString()));
            out << "    " << q.id << '\t' << share(q.weight) << '\t' << q.text << '\t' << answers.join(QStringLiteral(" / "))
                << (q.allowNa ? "\tN/A" : "") << (q.comment != CommentRule::Never ? QStringLiteral("\tcomment ") + toCode(q.comment) : QString())
                << Qt::endl;
        }
    }
    if (central.isEmpty()) {
        out << "checked: " << f.questions().size() << " questions in " << f.groups().size() << " groups, weights add up to 100 (not published: no --central)"
            << Qt::endl;
        return 0;
    }
    const QByteArray token = qgetenv("HOTLINE_TOKEN");
    if (token.isEmpty()) {
        err << "quality: publishing takes the token of a signed-in team lead or administrator in HOTLINE_TOKEN" << Qt::endl;
        return 2;
    }
    QUrl url(central);
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/api/v1/quality/forms"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(30000);
    QNetworkAccessManager network;
    QNetworkReply *reply = network.post(request, QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    if (status != 201) {
        err << "quality: " << (status ? QStringLiteral("the centre answered %1: %2").arg(status).arg(body.value(QLatin1String("error")).toString())
                                      : reply->errorString())
            << Qt::endl;
        return 1;
    }
    out << "published " << f.key() << " version " << f.version() << Qt::endl;
    return 0;
}

} // namespace hotline
