// SPDX-License-Identifier: GPL-3.0-or-later
#include "DispatchProposer.h"

#include "LocationContext.h"

#include <algorithm>

namespace hotline {

namespace {
// How closely a rule's item names the order's: its leaf, its second level, its first, any.
int itemMatch(const QString &ruleItem, const Classification &item)
{
    if (ruleItem.isEmpty())
        return 0;
    if (ruleItem == item.level3)
        return 3;
    if (ruleItem == item.level2)
        return 2;
    if (ruleItem == item.level1)
        return 1;
    return -1;
}

QString streetOfficeName(const QString &street)
{
    if (street.endsWith(QStringLiteral("街道")) || street.endsWith(QStringLiteral("地区")))
        return street + QStringLiteral("办事处");
    if (street.endsWith(QStringLiteral("镇")) || street.endsWith(QStringLiteral("乡")))
        return street + QStringLiteral("人民政府");
    return street;
}
} // namespace

DispatchProposer::DispatchProposer(QVector<DispatchRule> rules, const QVector<Unit> &units) : m_rules(std::move(rules))
{
    for (const Unit &unit : units) {
        m_units.insert(unit.code, unit);
        // A compound's property manager is the enterprise named after it: 牛街西里二区物业服务中心.
        if (unit.kind == Unit::Kind::Enterprise && unit.name.indexOf(QStringLiteral("物业")) >= 3)
            m_propertyManagers.append(unit);
    }
}

std::optional<Unit> DispatchProposer::propertyManager(const DispatchQuery &query) const
{
    const QString place = query.placeText + query.address.detail + query.address.communityName;
    const Unit *best = nullptr;
    qsizetype bestLength = 0;
    for (const Unit &unit : m_propertyManagers) {
        const QString compound = unit.name.left(unit.name.indexOf(QStringLiteral("物业")));
        const bool sameDistrict = unit.districtCode.isEmpty() || unit.districtCode == query.address.districtCode;
        if (sameDistrict && place.contains(compound) && compound.size() > bestLength) {
            best = &unit;
            bestLength = compound.size();
        }
    }
    return best ? std::optional<Unit>(*best) : std::nullopt;
}

std::optional<Unit> DispatchProposer::resolve(const QString &lead, const DispatchQuery &query) const
{
    if (lead == QLatin1String("@property"))
        return propertyManager(query);
    if (lead == QLatin1String("@street")) {
        if (query.address.streetCode.isEmpty())
            return std::nullopt;
        if (m_units.contains(query.address.streetCode))
            return m_units.value(query.address.streetCode);
        // Every street and township office takes orders (吹哨报到): the directory need not list them.
        return Unit{query.address.streetCode, streetOfficeName(query.address.streetName), Unit::Kind::Street,
                    query.address.districtCode, {}};
    }
    QString code = lead;
    if (code.contains(QLatin1String("{district}"))) {
        if (query.address.districtCode.isEmpty())
            return std::nullopt;
        code.replace(QLatin1String("{district}"), query.address.districtCode);
    }
    const auto unit = m_units.constFind(code);
    return unit == m_units.cend() ? std::nullopt : std::optional<Unit>(*unit);
}

Result<DispatchProposal> DispatchProposer::propose(const DispatchQuery &query) const
{
    struct Candidate {
        int score;
        const DispatchRule *rule;
    };
    QVector<Candidate> candidates;
    for (const DispatchRule &rule : m_rules) {
        const int item = itemMatch(rule.item, query.item);
        if (item < 0 || (!rule.context.isEmpty() && rule.context != query.context)
            || (!rule.district.isEmpty() && rule.district != query.address.districtCode))
            continue;
        candidates.append({item * 100 + (rule.context.isEmpty() ? 0 : 10) + (rule.district.isEmpty() ? 0 : 1), &rule});
    }
    // Most specific first; among equals, the earlier line, as the file's reader expects.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    for (const Candidate &candidate : std::as_const(candidates)) {
        for (const QString &lead : candidate.rule->lead) {
            const std::optional<Unit> unit = resolve(lead, query);
            if (!unit)
                continue;
            DispatchProposal proposal;
            proposal.lead = *unit;
            proposal.ruleLine = candidate.rule->line;
            for (const QString &co : candidate.rule->coUnits)
                if (const std::optional<Unit> coUnit = resolve(co, query); coUnit && coUnit->code != unit->code)
                    proposal.coUnits.append(*coUnit);
            const QString itemName = query.item.level3.isEmpty() ? tr("未分类") : query.item.level3;
            const QString district = query.address.districtName.isEmpty() ? tr("辖区不详") : query.address.districtName;
            proposal.reason = itemName + QStringLiteral(" · ") + LocationContext::displayName(query.context)
                + QStringLiteral(" · ") + district + QStringLiteral(" → ") + unit->name;
            const DispatchRule &rule = *candidate.rule;
            proposal.confidence = itemMatch(rule.item, query.item) / 3.0 * 0.7 + (rule.context.isEmpty() ? 0 : 0.2)
                + (rule.district.isEmpty() ? 0 : 0.1);
            if (lead != rule.lead.first()) {
                proposal.confidence *= 0.6;
                proposal.reason += tr("（%1 无法确定，按下一选择）")
                                       .arg(rule.lead.first() == QLatin1String("@property") ? tr("物业") : rule.lead.first());
            }
            return proposal;
        }
    }
    return Error{tr("没有能派出的单位：派单规则的单位不在单位名录中，或地点缺少区、街道")};
}

} // namespace hotline
