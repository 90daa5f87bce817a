// SPDX-License-Identifier: GPL-3.0-or-later
#include "DivisionIndex.h"

#include "text/TextNormalizer.h"

#include <QSet>

#include <algorithm>
#include <vector>

#include "suggest/TopHits.h"

namespace hotline {

namespace {
int levelRank(Division::Level level)
{
    switch (level) {
    case Division::Level::District: return 0;
    case Division::Level::Street: return 1;
    case Division::Level::Village: return 2;
    case Division::Level::Province: return 3;
    }
    return 3;
}
} // namespace

QString DivisionIndex::spokenName(const QString &name, Division::Level level)
{
    if (level != Division::Level::Village)
        return name;
    for (const char *suffix : {"村民委员会", "居民委员会", "村委会", "居委会", "委员会"}) {
        const QString s = QString::fromUtf8(suffix);
        if (name.endsWith(s) && name.size() > s.size() + 1)
            return name.left(name.size() - s.size());
    }
    return name;
}

QString DivisionIndex::coreName(const QString &spoken, Division::Level level)
{
    static const char *villageSuffixes[] = {"社区", "村"};
    static const char *streetSuffixes[] = {"街道", "地区", "民族乡", "镇", "乡"};
    static const char *districtSuffixes[] = {"区", "县"};
    const auto strip = [&spoken](auto &suffixes) {
        for (const char *suffix : suffixes) {
            const QString s = QString::fromUtf8(suffix);
            if (spoken.endsWith(s) && spoken.size() >= s.size() + 2)
                return spoken.left(spoken.size() - s.size());
        }
        return spoken;
    };
    switch (level) {
    case Division::Level::Village: return strip(villageSuffixes);
    case Division::Level::Street: return strip(streetSuffixes);
    case Division::Level::District: return strip(districtSuffixes);
    case Division::Level::Province: return spoken;
    }
    return spoken;
}

DivisionIndex::DivisionIndex(const QVector<Division> &divisions, const PinyinTable &pinyin)
{
    QHash<QString, const Division *> byCode;
    for (const Division &division : divisions)
        byCode.insert(division.code, &division);
    for (const Division &division : divisions) {
        if (division.level == Division::Level::Province)
            continue;
        Entry entry;
        entry.division = division;
        entry.spoken = spokenName(division.name, division.level);
        QStringList ancestors;
        for (const Division *parent = byCode.value(division.parentCode); parent && parent->level != Division::Level::Province;
             parent = byCode.value(parent->parentCode))
            ancestors.prepend(parent->name);
        entry.path = ancestors.join(QStringLiteral(" › "));
        entry.core = MatchableName::prepare(coreName(entry.spoken, division.level), pinyin);
        entry.full = MatchableName::prepare(entry.spoken, pinyin);
        m_byCode.insert(division.code, int(m_entries.size()));
        m_entries.append(std::move(entry));
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString &full = m_entries.at(i).full.normalized;
        const QString &core = m_entries.at(i).core.normalized;
        if (full.size() >= 2)
            m_byLeadingPair[full.left(2)].append(i);
        if (core.size() >= 2 && core.left(2) != full.left(2))
            m_byLeadingPair[core.left(2)].append(i);
    }
    // Some streets have two communities of the same name (the data has them): name and path
    // alone would show the operator two identical lines, so those carry their code as well.
    QHash<QString, int> samePlace;
    for (const Entry &entry : std::as_const(m_entries))
        ++samePlace[entry.spoken + u'|' + entry.path];
    for (Entry &entry : m_entries)
        if (samePlace.value(entry.spoken + u'|' + entry.path) > 1)
            entry.path += QStringLiteral(" · ") + entry.division.code;
}

QVector<Suggestion> DivisionIndex::suggest(const QString &typed, int limit) const
{
    const NameQuery query = NameQuery::prepare(typed);
    if (query.isEmpty() || limit <= 0)
        return {};
    const std::vector<Hit> hits = topHits(int(m_entries.size()), limit, [&](int i) {
        const Entry &entry = m_entries.at(i);
        const int score = std::max(NameMatcher::score(query, entry.core), NameMatcher::score(query, entry.full));
        // The operator may type the whole address ("牛街西里二区3号楼"): the longest place
        // name inside it is the one they mean.
        if (query.han && score == 0 && entry.core.normalized.size() >= 2 && query.text.contains(entry.core.normalized))
            return 500 + int(entry.core.normalized.size()) * 10;
        return score;
    }, [this](int a, int b) {
        const Division &da = m_entries.at(a).division;
        const Division &db = m_entries.at(b).division;
        if (levelRank(da.level) != levelRank(db.level))
            return levelRank(da.level) < levelRank(db.level);
        return da.code < db.code;
    });
    QVector<Suggestion> result;
    for (const Hit &hit : hits) {
        const Entry &entry = m_entries.at(hit.entry);
        result.append({entry.division.code, entry.spoken, entry.path, hit.score});
    }
    return result;
}

std::optional<Address> DivisionIndex::findInText(const QString &typed) const
{
    const QString text = TextNormalizer::forSearch(typed);
    if (text.size() < 2)
        return std::nullopt;
    const auto levelWeight = [](Division::Level level) {
        return level == Division::Level::Village ? 3 : level == Division::Level::Street ? 2 : 1;
    };
    // Only a name whose first two characters occur can occur; in entry order, so that ties
    // fall as they would over every entry.
    std::vector<bool> seen(m_entries.size(), false);
    QVector<int> candidates;
    for (qsizetype at = 0; at + 1 < text.size(); ++at) {
        const auto starting = m_byLeadingPair.constFind(text.mid(at, 2));
        if (starting == m_byLeadingPair.cend())
            continue;
        for (int i : *starting)
            if (!seen[i]) {
                seen[i] = true;
                candidates.append(i);
            }
    }
    std::sort(candidates.begin(), candidates.end());
    // Districts named in the text: a street or community elsewhere of the same name loses.
    QSet<QString> namedDistricts;
    for (int i : std::as_const(candidates))
        if (const Entry &entry = m_entries.at(i); entry.division.level == Division::Level::District
            && (text.contains(entry.full.normalized) || text.contains(entry.core.normalized)))
            namedDistricts.insert(entry.division.code);
    int best = 0;
    const Entry *found = nullptr;
    for (int i : std::as_const(candidates)) {
        const Entry &entry = m_entries.at(i);
        if (entry.division.level == Division::Level::Province)
            continue;
        // A community's core is a place name (牛街西里二区); a short one (东里) says too little.
        const int minimum = entry.division.level == Division::Level::Village ? 4 : 2;
        qsizetype matched = 0;
        if (text.contains(entry.full.normalized))
            matched = entry.full.normalized.size();
        else if (entry.core.normalized.size() >= minimum && text.contains(entry.core.normalized))
            matched = entry.core.normalized.size();
        if (matched < 2)
            continue;
        const QString district = entry.division.code.left(6);
        const bool inNamedDistrict = namedDistricts.isEmpty() || namedDistricts.contains(district);
        const int score = (inNamedDistrict ? 1000 : 0) + levelWeight(entry.division.level) * 100 + int(matched);
        if (score > best) {
            best = score;
            found = &entry;
        }
    }
    if (!found)
        return std::nullopt;
    return addressFor(found->division.code);
}

std::optional<Address> DivisionIndex::addressFor(const QString &code) const
{
    if (!m_byCode.contains(code))
        return std::nullopt;
    Address address;
    for (auto it = m_byCode.constFind(code); it != m_byCode.cend(); it = m_byCode.constFind(m_entries.at(*it).division.parentCode)) {
        const Entry &entry = m_entries.at(*it);
        switch (entry.division.level) {
        case Division::Level::District:
            address.districtCode = entry.division.code;
            address.districtName = entry.spoken;
            break;
        case Division::Level::Street:
            address.streetCode = entry.division.code;
            address.streetName = entry.spoken;
            break;
        case Division::Level::Village:
            address.communityCode = entry.division.code;
            address.communityName = entry.spoken;
            break;
        case Division::Level::Province:
            break;
        }
    }
    return address;
}

} // namespace hotline
