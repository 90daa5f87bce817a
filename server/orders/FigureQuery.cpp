// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/orders/FigureQuery.h"

#include "server/database/CentralDatabase.h"
#include "server/orders/PublishedReference.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

namespace hotline {

namespace {
const QTimeZone beijing(QByteArrayLiteral("Asia/Shanghai"));
constexpr int maxMonths = 24;
} // namespace

FigureQuery::FigureQuery(const CentralDatabase &db, const Deadlines &deadlines, QDateTime now)
    : m_db(db), m_deadlines(deadlines), m_now(std::move(now))
{
}

Status FigureQuery::each(QDate from, QDate to, const Scope &scope,
                         const std::function<void(const WorkOrderState &, const QJsonObject &, const QString &)> &use) const
{
    // The Beijing days as UTC bounds of created_at (stored as UTC ISO text): one index range.
    const auto bound = [](QDate day) { return QDateTime(day, QTime(0, 0), beijing).toUTC().toString(Qt::ISODateWithMs); };
    // A unit's or a district's report reads only the rows whose state mentions its code: a
    // superset of its orders (Figures::setScope keeps the exact ones), found without parsing
    // every order of the trend's months. Not the district_code column: it keeps the address
    // the order was filed with, the state the one it has now.
    const QString code = scope.unit.isEmpty() ? scope.district : scope.unit;
    QString sql = QStringLiteral("SELECT state_json, queue FROM work_orders WHERE created_at >= ? AND created_at < ?");
    if (!code.isEmpty())
        sql += QStringLiteral(" AND state_json LIKE ? ESCAPE '!'");
    const PreparedQuery query = m_db.prepared(sql + QStringLiteral(" ORDER BY created_at, number"));
    query->addBindValue(bound(from));
    query->addBindValue(bound(to.addDays(1)));
    if (!code.isEmpty()) {
        QString pattern = code;
        pattern.replace(u'!', QStringLiteral("!!")).replace(u'%', QStringLiteral("!%")).replace(u'_', QStringLiteral("!_"));
        query->addBindValue(QString(u'%' + pattern + u'%'));
    }
    if (!query->exec())
        return Error{QStringLiteral("the database did not answer")};
    while (query->next()) {
        const QJsonObject json = QJsonDocument::fromJson(query->value(0).toString().toUtf8()).object();
        use(WorkOrderState::fromJson(json), json, query->value(1).toString());
    }
    return {};
}

Result<FigureReport> FigureQuery::report(const QString &period, const Scope &scope, int months) const
{
    const Result<std::pair<QDate, QDate>> days = Figures::period(period);
    if (!days)
        return Error{days.error()};
    months = std::clamp(months, 1, maxMonths);
    const QDate from = days.value().first;
    const QDate to = days.value().second;
    Figures figures(m_deadlines, from, to, m_now);
    figures.setScope(scope.unit, scope.district);
    // The trend: whole months, the last one the month the period ends in.
    const QDate lastMonth(to.year(), to.month(), 1);
    const QDate firstMonth = lastMonth.addMonths(1 - months);
    std::vector<Figures> trend;
    trend.reserve(size_t(months));
    for (int i = 0; i < months; ++i) {
        const QDate month = firstMonth.addMonths(i);
        trend.emplace_back(m_deadlines, month, month.addMonths(1).addDays(-1), m_now);
        trend.back().setScope(scope.unit, scope.district);
    }
    QHash<QString, QString> districtNames;
    const Status read = each(std::min(from, firstMonth), std::max(to, lastMonth.addMonths(1).addDays(-1)), scope,
                             [&](const WorkOrderState &order, const QJsonObject &, const QString &) {
                                 figures.add(order);
                                 const QDate day = order.createdAt.toTimeZone(beijing).date();
                                 const int index = (day.year() - firstMonth.year()) * 12 + day.month() - firstMonth.month();
                                 if (index >= 0 && index < months)
                                     trend[size_t(index)].add(order);
                                 const Address &place = order.draft.address;
                                 if (!place.districtCode.isEmpty() && day >= from && day <= to)
                                     districtNames.insert(place.districtCode, place.districtName);
                             });
    if (!read)
        return Error{read.error()};

    FigureReport report;
    report.period = period;
    report.from = from;
    report.to = to;
    report.total = figures.total();
    // Units by the names the published directory gives them (codes it lacks stay as they are).
    const QHash<QString, QString> names = publishedUnitNames(m_db);
    report.units = figures.lines(Figures::By::Unit);
    for (FigureLine &line : report.units)
        line.name = names.value(line.key, line.name);
    report.streets = figures.lines(Figures::By::Street);
    report.topStreets = figures.topStreets();
    for (auto it = districtNames.cbegin(); it != districtNames.cend(); ++it)
        report.districts.append({it.key(), it.value()});
    std::sort(report.districts.begin(), report.districts.end());
    if (!scope.unit.isEmpty()) {
        // A unit's report: its own line (the others' are there only by the orders it sent back).
        report.scope = QStringLiteral("unit");
        report.scopeCode = scope.unit;
        report.scopeName = names.value(scope.unit, scope.unit);
        report.units.erase(std::remove_if(report.units.begin(), report.units.end(), [&](const FigureLine &line) { return line.key != scope.unit; }),
                           report.units.end());
        // Its total is its own line: the orders it sent back that another unit then handled
        // count in the streets' figures, not in this unit's rates.
        report.total = report.units.isEmpty() ? FigureLine{} : report.units.first();
        report.total.key.clear();
        report.total.name.clear();
    } else if (!scope.district.isEmpty()) {
        report.scope = QStringLiteral("district");
        report.scopeCode = scope.district;
        report.scopeName = districtNames.value(scope.district, scope.district);
    }
    for (int i = 0; i < months; ++i) {
        TrendPoint point{firstMonth.addMonths(i).toString(QStringLiteral("yyyy-MM")), {}};
        if (!scope.unit.isEmpty()) {
            for (const FigureLine &line : trend[size_t(i)].lines(Figures::By::Unit))
                if (line.key == scope.unit)
                    point.line = line;
        } else {
            point.line = trend[size_t(i)].total();
        }
        point.line.key = point.month;
        point.line.name.clear();
        report.trend.append(point);
    }
    return report;
}

Result<QJsonArray> FigureQuery::orders(const QString &period, const Scope &scope, const Figures::Drill &drill) const
{
    const Result<std::pair<QDate, QDate>> days = Figures::period(period);
    if (!days)
        return Error{days.error()};
    Figures figures(m_deadlines, days.value().first, days.value().second, m_now);
    figures.setScope(scope.unit, scope.district);
    QJsonArray found;
    const Status read = each(days.value().first, days.value().second, scope, [&](const WorkOrderState &order, const QJsonObject &json, const QString &queue) {
        if (!figures.behind(order, drill))
            return;
        QJsonObject row = json;
        row.insert(QStringLiteral("queue"), queue);
        found.append(row);
    });
    if (!read)
        return Error{read.error()};
    return found;
}

} // namespace hotline
