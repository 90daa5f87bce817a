// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureReport.h"

#include <QJsonArray>

namespace hotline {

namespace {
QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QString csvLine(const FigureLine &line, const QString &first, const QString &second)
{
    return QStringList{csvField(first), csvField(second), QString::number(line.orders), QString::number(line.signedInTime),
                       FigureReport::percent(line.responseRate()), FigureReport::percent(line.resolutionRate()),
                       FigureReport::percent(line.satisfactionRate()), QString::number(line.returns), QString::number(line.overdue)}
               .join(u',')
        + u'\n';
}

const QString lineHeader = QStringLiteral("orders,signed_in_time,response_rate,resolution_rate,satisfaction_rate,returns,overdue\n");
} // namespace

QString FigureReport::percent(double rate)
{
    return QString::number(rate * 100, 'f', 1);
}

QJsonObject FigureReport::toJson(const FigureLine &line)
{
    return {{QStringLiteral("key"), line.key},
            {QStringLiteral("name"), line.name},
            {QStringLiteral("orders"), line.orders},
            {QStringLiteral("dispatched"), line.dispatched},
            {QStringLiteral("signedInTime"), line.signedInTime},
            {QStringLiteral("callbacksReached"), line.callbacksReached},
            {QStringLiteral("resolved"), line.resolved},
            {QStringLiteral("satisfactionPoints"), line.satisfactionPoints},
            {QStringLiteral("returns"), line.returns},
            {QStringLiteral("overdue"), line.overdue},
            // The rates as the centre computed them, for readers that are not this code.
            {QStringLiteral("responseRate"), line.responseRate()},
            {QStringLiteral("resolutionRate"), line.resolutionRate()},
            {QStringLiteral("satisfactionRate"), line.satisfactionRate()}};
}

FigureLine FigureReport::lineFromJson(const QJsonObject &json)
{
    FigureLine line;
    line.key = json.value(QLatin1String("key")).toString();
    line.name = json.value(QLatin1String("name")).toString();
    line.orders = json.value(QLatin1String("orders")).toInt();
    line.dispatched = json.value(QLatin1String("dispatched")).toInt();
    line.signedInTime = json.value(QLatin1String("signedInTime")).toInt();
    line.callbacksReached = json.value(QLatin1String("callbacksReached")).toInt();
    line.resolved = json.value(QLatin1String("resolved")).toInt();
    line.satisfactionPoints = json.value(QLatin1String("satisfactionPoints")).toDouble();
    line.returns = json.value(QLatin1String("returns")).toInt();
    line.overdue = json.value(QLatin1String("overdue")).toInt();
    return line;
}

QJsonObject FigureReport::toJson() const
{
    const auto lines = [](const QVector<FigureLine> &from) {
        QJsonArray out;
        for (const FigureLine &line : from)
            out.append(toJson(line));
        return out;
    };
    QJsonArray top;
    for (const RankedStreet &street : topStreets)
        top.append(QJsonObject{{QStringLiteral("category"), street.category},
                               {QStringLiteral("rank"), street.rank},
                               {QStringLiteral("streetCode"), street.streetCode},
                               {QStringLiteral("streetName"), street.streetName},
                               {QStringLiteral("districtName"), street.districtName},
                               {QStringLiteral("appeals"), street.appeals}});
    QJsonArray months;
    for (const TrendPoint &point : trend) {
        QJsonObject line = toJson(point.line);
        line.insert(QStringLiteral("month"), point.month);
        months.append(line);
    }
    QJsonArray places;
    for (const auto &[code, name] : districts)
        places.append(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("name"), name}});
    return {{QStringLiteral("period"), period},
            {QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)},
            {QStringLiteral("scope"), scope},
            {QStringLiteral("scopeCode"), scopeCode},
            {QStringLiteral("scopeName"), scopeName},
            {QStringLiteral("total"), toJson(total)},
            {QStringLiteral("units"), lines(units)},
            {QStringLiteral("streets"), lines(streets)},
            {QStringLiteral("topStreets"), top},
            {QStringLiteral("trend"), months},
            {QStringLiteral("districts"), places}};
}

Result<FigureReport> FigureReport::fromJson(const QJsonObject &json)
{
    FigureReport report;
    report.period = json.value(QLatin1String("period")).toString();
    report.from = QDate::fromString(json.value(QLatin1String("from")).toString(), Qt::ISODate);
    report.to = QDate::fromString(json.value(QLatin1String("to")).toString(), Qt::ISODate);
    if (!report.from.isValid() || !report.to.isValid() || !json.value(QLatin1String("units")).isArray())
        return Error{tr("中心答复的统计数据不完整（缺少时段或单位表）。")};
    report.scope = json.value(QLatin1String("scope")).toString();
    report.scopeCode = json.value(QLatin1String("scopeCode")).toString();
    report.scopeName = json.value(QLatin1String("scopeName")).toString();
    report.total = lineFromJson(json.value(QLatin1String("total")).toObject());
    for (const QJsonValue &line : json.value(QLatin1String("units")).toArray())
        report.units.append(lineFromJson(line.toObject()));
    for (const QJsonValue &line : json.value(QLatin1String("streets")).toArray())
        report.streets.append(lineFromJson(line.toObject()));
    for (const QJsonValue &value : json.value(QLatin1String("topStreets")).toArray()) {
        const QJsonObject street = value.toObject();
        report.topStreets.append({street.value(QLatin1String("rank")).toInt(), street.value(QLatin1String("category")).toString(),
                                  street.value(QLatin1String("streetCode")).toString(), street.value(QLatin1String("streetName")).toString(),
                                  street.value(QLatin1String("districtName")).toString(), street.value(QLatin1String("appeals")).toInt()});
    }
    for (const QJsonValue &value : json.value(QLatin1String("trend")).toArray())
        report.trend.append({value.toObject().value(QLatin1String("month")).toString(), lineFromJson(value.toObject())});
    for (const QJsonValue &value : json.value(QLatin1String("districts")).toArray())
        report.districts.append({value.toObject().value(QLatin1String("code")).toString(), value.toObject().value(QLatin1String("name")).toString()});
    return report;
}

QString FigureReport::csv() const
{
    QString out = QStringLiteral("period,from,to,scope,scope_code,scope_name\n")
        + QStringList{csvField(period), from.toString(Qt::ISODate), to.toString(Qt::ISODate), scope.isEmpty() ? QStringLiteral("centre") : scope,
                      csvField(scopeCode), csvField(scopeName)}
              .join(u',')
        + QStringLiteral("\n\ntotal,,") + lineHeader + csvLine(total, QStringLiteral("total"), QString());
    out += QStringLiteral("\nunit,name,") + lineHeader;
    for (const FigureLine &line : units)
        out += csvLine(line, line.key, line.name);
    out += QStringLiteral("\nstreet,name,") + lineHeader;
    for (const FigureLine &line : streets)
        out += csvLine(line, line.key, line.name);
    out += QStringLiteral("\nmonth,,") + lineHeader;
    for (const TrendPoint &point : trend)
        out += csvLine(point.line, point.month, QString());
    out += QStringLiteral("\ncategory,rank,street_code,street,district,appeals\n");
    for (const RankedStreet &street : topStreets)
        out += QStringList{csvField(street.category.isEmpty() ? QStringLiteral("*") : street.category), QString::number(street.rank),
                           csvField(street.streetCode), csvField(street.streetName), csvField(street.districtName), QString::number(street.appeals)}
                   .join(u',')
            + u'\n';
    return out;
}

QStringList FigureReport::categories() const
{
    QStringList out;
    for (const RankedStreet &street : topStreets)
        if (!out.contains(street.category))
            out.append(street.category);
    return out;
}

QVector<RankedStreet> FigureReport::ranking(const QString &category) const
{
    QVector<RankedStreet> out;
    for (const RankedStreet &street : topStreets)
        if (street.category == category)
            out.append(street);
    return out;
}

QString FigureReport::periodText() const
{
    if (from.day() == 1 && to == from.addMonths(1).addDays(-1))
        return tr("%1年%2月").arg(from.year()).arg(from.month());
    return tr("%1 至 %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

QString FigureReport::scopeText() const
{
    const QString name = scopeName.isEmpty() ? scopeCode : scopeName;
    if (scope == QLatin1String("unit"))
        return tr("单位：%1").arg(name);
    if (scope == QLatin1String("district"))
        return tr("区：%1").arg(name);
    return tr("全中心");
}

} // namespace hotline
