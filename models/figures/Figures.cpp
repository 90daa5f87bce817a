// SPDX-License-Identifier: GPL-3.0-or-later
#include "Figures.h"

#include <QTimeZone>

#include <algorithm>

namespace hotline {

namespace {
const QTimeZone beijing(QByteArrayLiteral("Asia/Shanghai"));

QString percent(double rate)
{
    return QString::number(rate * 100, 'f', 1);
}

void count(FigureLine &line, const WorkOrderState &order, bool signedInTime, bool overdue)
{
    ++line.orders;
    if (order.dispatchedAt.isValid())
        ++line.dispatched;
    if (signedInTime)
        ++line.signedInTime;
    if (order.satisfaction && *order.satisfaction != CallbackResult::Unreachable) {
        ++line.callbacksReached;
        if (*order.satisfaction != CallbackResult::Dissatisfied)
            ++line.resolved;
        line.satisfactionPoints += *order.satisfaction == CallbackResult::Satisfied ? 1.0
            : *order.satisfaction == CallbackResult::BasicallySatisfied            ? 0.8
                                                                                    : 0.0;
    }
    if (overdue)
        ++line.overdue;
}
} // namespace

Figures::Figures(const Deadlines &deadlines, QDate from, QDate to, QDateTime now)
    : m_deadlines(deadlines), m_from(from), m_to(to), m_now(std::move(now))
{
}

bool Figures::inPeriod(const WorkOrderState &order) const
{
    const QDate day = order.createdAt.toTimeZone(beijing).date();
    return day >= m_from && day <= m_to;
}

void Figures::setScope(const QString &unit, const QString &district)
{
    m_unit = unit;
    m_district = district;
}

bool Figures::inScope(const WorkOrderState &order) const
{
    if (!m_district.isEmpty() && order.draft.address.districtCode != m_district)
        return false;
    return m_unit.isEmpty() || order.dispatchedTo == m_unit || order.returnedBy.contains(m_unit);
}

bool Figures::overdue(const WorkOrderState &order) const
{
    if (const std::optional<RunningClock> clock = m_deadlines.running(order); clock && clock->stage != LimitStage::Callback)
        return clock->overdueAt(m_now);
    if (order.repliedAt.isValid()) {
        const QDateTime due = m_deadlines.due(LimitStage::Reply, order);
        return due.isValid() && order.repliedAt > due;
    }
    return false;
}

void Figures::add(const WorkOrderState &order)
{
    if (!inPeriod(order) || order.status == OrderStatus::Merged || !inScope(order))
        return;
    const bool signedOnTime = m_deadlines.signedInTime(order).value_or(false);
    const bool late = overdue(order);
    count(m_total, order, signedOnTime, late);
    m_total.returns += int(order.returnedBy.size());
    // Returns count against the unit that returned, whoever has the order now.
    for (const QString &unit : order.returnedBy) {
        FigureLine &line = m_units[unit];
        line.key = unit;
        ++line.returns;
    }
    if (!order.dispatchedTo.isEmpty()) {
        FigureLine &line = m_units[order.dispatchedTo];
        line.key = order.dispatchedTo;
        count(line, order, signedOnTime, late);
    }
    const Address &place = order.draft.address;
    if (!place.streetCode.isEmpty()) {
        FigureLine &line = m_streets[place.streetCode];
        line.key = place.streetCode;
        line.name = place.streetName;
        count(line, order, signedOnTime, late);
        line.returns += int(order.returnedBy.size());
        // Ranked overall ('') and in its catalogue group, when it has one.
        QStringList categories{QString()};
        if (!order.draft.classification.level1.isEmpty())
            categories.append(order.draft.classification.level1);
        for (const QString &category : std::as_const(categories)) {
            RankedStreet &ranked = m_streetAppeals[category + u'\n' + place.streetCode];
            ranked.category = category;
            ranked.streetCode = place.streetCode;
            ranked.streetName = place.streetName;
            ranked.districtName = place.districtName;
            ++ranked.appeals;
        }
    }
}

QVector<FigureLine> Figures::lines(By by) const
{
    if (by == By::All)
        return m_total.orders || m_total.returns ? QVector<FigureLine>{m_total} : QVector<FigureLine>{};
    const QHash<QString, FigureLine> &source = by == By::Unit ? m_units : m_streets;
    QVector<FigureLine> lines(source.cbegin(), source.cend());
    std::sort(lines.begin(), lines.end(), [](const FigureLine &a, const FigureLine &b) {
        return a.orders != b.orders ? a.orders > b.orders : a.key < b.key;
    });
    return lines;
}

bool Figures::behind(const WorkOrderState &order, const Drill &drill) const
{
    if (!inPeriod(order) || order.status == OrderStatus::Merged || !inScope(order))
        return false;
    if (!drill.category.isEmpty() && order.draft.classification.level1 != drill.category)
        return false;
    // The same conditions add() counts by: a unit's orders are those with it now, its returns
    // those it sent back; a street's are all of the street.
    if (drill.by == By::Street && order.draft.address.streetCode != drill.key)
        return false;
    if (drill.by == By::Unit && drill.measure == Measure::Returns)
        return order.returnedBy.contains(drill.key);
    if (drill.by == By::Unit && order.dispatchedTo != drill.key)
        return false;
    switch (drill.measure) {
    case Measure::Orders:
        return true;
    case Measure::Response:
        return order.dispatchedAt.isValid();
    case Measure::Callbacks:
        return order.satisfaction && *order.satisfaction != CallbackResult::Unreachable;
    case Measure::Returns:
        return !order.returnedBy.isEmpty();
    case Measure::Overdue:
        return overdue(order);
    }
    return false;
}

std::optional<Figures::By> Figures::by(const QString &code)
{
    if (code == QLatin1String("unit"))
        return By::Unit;
    if (code == QLatin1String("street"))
        return By::Street;
    if (code == QLatin1String("all"))
        return By::All;
    return std::nullopt;
}

std::optional<Figures::Measure> Figures::measure(const QString &code)
{
    static const std::pair<const char *, Measure> codes[] = {{"orders", Measure::Orders},
                                                             {"response", Measure::Response},
                                                             {"callbacks", Measure::Callbacks},
                                                             {"returns", Measure::Returns},
                                                             {"overdue", Measure::Overdue}};
    for (const auto &[name, measure] : codes)
        if (code == QLatin1String(name))
            return measure;
    return std::nullopt;
}

QVector<RankedStreet> Figures::topStreets(int count) const
{
    QHash<QString, QVector<RankedStreet>> byCategory;
    for (const RankedStreet &street : m_streetAppeals)
        byCategory[street.category].append(street);
    QStringList categories = byCategory.keys();
    std::sort(categories.begin(), categories.end()); // '' (overall) first
    QVector<RankedStreet> ranking;
    for (const QString &category : std::as_const(categories)) {
        QVector<RankedStreet> streets = byCategory.value(category);
        std::sort(streets.begin(), streets.end(), [](const RankedStreet &a, const RankedStreet &b) {
            return a.appeals != b.appeals ? a.appeals > b.appeals : a.streetCode < b.streetCode;
        });
        for (int i = 0; i < streets.size() && i < count; ++i) {
            streets[i].rank = i + 1;
            ranking.append(streets.at(i));
        }
    }
    return ranking;
}

QString Figures::tsv(const QVector<FigureLine> &lines)
{
    QString out = QStringLiteral("key\tname\torders\tsigned_in_time\tresponse_rate\tresolution_rate\tsatisfaction_rate\treturns\toverdue\n");
    for (const FigureLine &line : lines)
        out += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9\n")
                   .arg(line.key, line.name)
                   .arg(line.orders)
                   .arg(line.signedInTime)
                   .arg(percent(line.responseRate()), percent(line.resolutionRate()), percent(line.satisfactionRate()))
                   .arg(line.returns)
                   .arg(line.overdue);
    return out;
}

QString Figures::tsv(const QVector<RankedStreet> &ranking)
{
    QString out = QStringLiteral("category\trank\tstreet_code\tstreet\tdistrict\tappeals\n");
    for (const RankedStreet &street : ranking)
        out += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                   .arg(street.category.isEmpty() ? QStringLiteral("*") : street.category)
                   .arg(street.rank)
                   .arg(street.streetCode, street.streetName, street.districtName)
                   .arg(street.appeals);
    return out;
}

Result<std::pair<QDate, QDate>> Figures::period(const QString &text)
{
    const QString t = text.trimmed();
    if (const QDate month = QDate::fromString(t + QStringLiteral("-01"), Qt::ISODate); t.size() == 7 && month.isValid())
        return std::pair{month, month.addMonths(1).addDays(-1)};
    const QStringList parts = t.split(QStringLiteral(".."));
    if (parts.size() == 2) {
        const QDate from = QDate::fromString(parts.at(0), Qt::ISODate);
        const QDate to = QDate::fromString(parts.at(1), Qt::ISODate);
        if (from.isValid() && to.isValid() && from <= to)
            return std::pair{from, to};
    }
    return Error{tr("时段“%1”应写成 2026-11（一个月）或 2026-11-01..2026-11-30").arg(text)};
}

} // namespace hotline
