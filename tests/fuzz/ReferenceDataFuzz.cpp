// SPDX-License-Identifier: GPL-3.0-or-later
// The centre's check of a reference file before any desk sees it (ReferenceData::check), for
// each kind: the first byte picks divisions, catalog, units or synonyms, the rest is the file.
// What is accepted must be usable: the check agrees with the kind's parser; the values come
// back the same when written out as CSV and checked again; divisions form a tree (every chain
// of parents ends), so the desk's division index builds and gives each code its ancestors.
#include "FuzzSupport.h"

#include "catalog/CatalogCsv.h"
#include "divisions/DivisionCsv.h"
#include "divisions/DivisionIndex.h"
#include "kb/KbSynonyms.h"
#include "pinyin/PinyinTable.h"
#include "sync/ReferenceData.h"
#include "units/UnitCsv.h"

#include <QHash>
#include <QSet>

using namespace hotline;

namespace {

QByteArray writeDivisions(const QVector<Division> &divisions)
{
    QByteArray csv = "code,name,parent_code,level\n";
    for (const Division &d : divisions)
        csv += fuzz::csvField(d.code) + ',' + fuzz::csvField(d.name) + ',' + fuzz::csvField(d.parentCode) + ',' + DivisionCsv::levelCode(d.level).toUtf8() + '\n';
    return csv;
}

QByteArray writeCatalog(const QVector<Classification> &items)
{
    QByteArray csv = "level1,level2,level3\n";
    for (const Classification &c : items)
        csv += fuzz::csvField(c.level1) + ',' + fuzz::csvField(c.level2) + ',' + fuzz::csvField(c.level3) + '\n';
    return csv;
}

QByteArray writeUnits(const QVector<Unit> &units)
{
    QByteArray csv = "code,name,kind,district_code,phone\n";
    for (const Unit &u : units)
        csv += fuzz::csvField(u.code) + ',' + fuzz::csvField(u.name) + ',' + toCode(u.kind).toUtf8() + ',' + fuzz::csvField(u.districtCode) + ',' + fuzz::csvField(u.phone) + '\n';
    return csv;
}

QByteArray writeSynonyms(const QVector<QStringList> &groups)
{
    QByteArray csv = "terms,note\n";
    for (const QStringList &group : groups)
        csv += fuzz::csvField(group.join(u'|')) + ",\n";
    return csv;
}

bool sameDivisions(const QVector<Division> &a, const QVector<Division> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i).code != b.at(i).code || a.at(i).name != b.at(i).name || a.at(i).parentCode != b.at(i).parentCode
            || a.at(i).level != b.at(i).level)
            return false;
    return true;
}

bool sameUnits(const QVector<Unit> &a, const QVector<Unit> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i).code != b.at(i).code || a.at(i).name != b.at(i).name || a.at(i).kind != b.at(i).kind
            || a.at(i).districtCode != b.at(i).districtCode || a.at(i).phone != b.at(i).phone)
            return false;
    return true;
}

// The division file accepted: every parent chain ends within as many steps as there are
// divisions, and the index the desk builds from it names each code's district and street.
void checkDivisionTree(const QVector<Division> &divisions)
{
    QHash<QString, const Division *> byCode;
    for (const Division &d : divisions)
        byCode.insert(d.code, &d);
    for (const Division &d : divisions) {
        QSet<QString> seen{d.code};
        for (const Division *p = byCode.value(d.parentCode); p; p = byCode.value(p->parentCode)) {
            FUZZ_CHECK(!seen.contains(p->code), QStringLiteral("accepted a cycle of parents through %1").arg(d.code));
            seen.insert(p->code);
        }
    }
    static const std::shared_ptr<const PinyinTable> pinyin = PinyinTable::builtIn();
    const DivisionIndex index(divisions, *pinyin);
    for (const Division &d : divisions) {
        if (d.level == Division::Level::Province)
            continue;
        const std::optional<Address> address = index.addressFor(d.code);
        FUZZ_CHECK(address.has_value(), QStringLiteral("no address for accepted division %1").arg(d.code));
        const QString own = d.level == Division::Level::District ? address->districtCode
                          : d.level == Division::Level::Street   ? address->streetCode
                                                                 : address->communityCode;
        FUZZ_CHECK(own == d.code, QStringLiteral("the address of %1 names %2").arg(d.code, own));
    }
    (void)index.suggest(divisions.first().name, 10);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const QString kinds[] = {QStringLiteral("divisions"), QStringLiteral("catalog"), QStringLiteral("units"),
                                    QStringLiteral("synonyms")};
    const QString &kind = kinds[data[0] % 4];
    const QByteArray csv = fuzz::bytes(data + 1, size - 1);
    const Result<int> checked = ReferenceData::check(kind, csv);
    const Result<QVector<CsvRecord>> records = CsvReader::parse(csv);
    if (!records) {
        FUZZ_CHECK(!checked.ok(), QStringLiteral("accepted a file the CSV reader refuses"));
        return 0;
    }
    const auto agree = [&](const auto &parsed) {
        FUZZ_CHECK(checked.ok() == parsed.ok(), kind + QStringLiteral(": check and parser disagree"));
        if (parsed.ok())
            FUZZ_CHECK(checked.value() == parsed.value().size(), kind + QStringLiteral(": a count that is not the parser's"));
        return parsed.ok();
    };

    switch (data[0] % 4) {
    case 0: {
        const Result<QVector<Division>> divisions = DivisionCsv::parse(records.value());
        if (!agree(divisions))
            return 0;
        checkDivisionTree(divisions.value());
        const auto again = DivisionCsv::parse(CsvReader::parse(writeDivisions(divisions.value())).value());
        FUZZ_CHECK(again.ok() && sameDivisions(again.value(), divisions.value()), QStringLiteral("divisions changed when written out"));
        break;
    }
    case 1: {
        const Result<QVector<Classification>> items = CatalogCsv::parse(records.value());
        if (!agree(items))
            return 0;
        const auto again = CatalogCsv::parse(CsvReader::parse(writeCatalog(items.value())).value());
        FUZZ_CHECK(again.ok() && again.value() == items.value(), QStringLiteral("catalogue changed when written out"));
        break;
    }
    case 2: {
        const Result<QVector<Unit>> units = UnitCsv::parse(records.value());
        if (!agree(units))
            return 0;
        const auto again = UnitCsv::parse(CsvReader::parse(writeUnits(units.value())).value());
        FUZZ_CHECK(again.ok() && sameUnits(again.value(), units.value()), QStringLiteral("units changed when written out"));
        break;
    }
    case 3: {
        const Result<QVector<QStringList>> groups = KbSynonyms::parse(records.value());
        if (!agree(groups))
            return 0;
        QSet<QString> terms;
        for (const QStringList &group : groups.value())
            for (const QString &term : group) {
                FUZZ_CHECK(!terms.contains(term), QStringLiteral("the term %1 in two groups").arg(term));
                terms.insert(term);
            }
        const auto again = KbSynonyms::parse(CsvReader::parse(writeSynonyms(groups.value())).value());
        FUZZ_CHECK(again.ok() && again.value() == groups.value(), QStringLiteral("synonyms changed when written out"));
        break;
    }
    }
    return 0;
}
