// SPDX-License-Identifier: GPL-3.0-or-later
// hotline-ctl report: the figures of a unit or a district asked of the centre (the token of a
// signed-in team lead, dispatcher or administrator from HOTLINE_TOKEN, as `figures` does), then
// written by the same ReportWriter the desk's Ctrl+P uses.
#include "ReportCommand.h"

#include "FiguresCommand.h"
#include "ReportWriter.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace hotline {

int runReport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString central = qEnvironmentVariable("HOTLINE_CENTRAL");
    QString period, unit, district, pdf, csv;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &option = arguments.at(i);
        const QString value = i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (option == QLatin1String("--central"))
            central = value;
        else if (option == QLatin1String("--period"))
            period = value;
        else if (option == QLatin1String("--unit"))
            unit = value;
        else if (option == QLatin1String("--district"))
            district = value;
        else if (option == QLatin1String("--pdf"))
            pdf = value;
        else if (option == QLatin1String("--csv"))
            csv = value;
        else {
            err << "report: unknown option " << option << Qt::endl;
            return 2;
        }
        ++i;
    }
    const QByteArray token = qgetenv("HOTLINE_TOKEN");
    if (central.isEmpty() || period.isEmpty() || token.isEmpty() || unit.isEmpty() == district.isEmpty() || (pdf.isEmpty() && csv.isEmpty())) {
        err << "usage: HOTLINE_TOKEN=… hotline-ctl report --central URL --period 2026-11|2026-11-01..2026-11-30"
               " --unit CODE|--district CODE [--pdf FILE] [--csv FILE]"
            << Qt::endl;
        return 2;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("period"), period);
    query.addQueryItem(QStringLiteral("format"), QStringLiteral("json"));
    query.addQueryItem(unit.isEmpty() ? QStringLiteral("district") : QStringLiteral("unit"), unit.isEmpty() ? district : unit);
    const std::optional<QByteArray> body = askCentre(central, QStringLiteral("/api/v1/figures"), query, token, err, "report");
    if (!body)
        return 1;
    const Result<FigureReport> report = FigureReport::fromJson(QJsonDocument::fromJson(*body).object());
    if (!report) {
        err << "report: " << report.error() << Qt::endl;
        return 1;
    }
    for (const auto &[path, write] : {std::pair{pdf, &ReportWriter::writePdf}, std::pair{csv, &ReportWriter::writeCsv}}) {
        if (path.isEmpty())
            continue;
        if (const Status written = write(report.value(), path); !written) {
            err << "report: " << written.error() << Qt::endl;
            return 1;
        }
        out << path << Qt::endl;
    }
    return 0;
}

} // namespace hotline
