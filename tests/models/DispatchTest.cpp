// SPDX-License-Identifier: GPL-3.0-or-later
// Dispatch rules: Beijing's own example, one broken street lamp in four places going to four
// units, and a rules file with a bad line refused.
#include "StoreFixture.h"
#include "dispatch/DispatchProposer.h"
#include "dispatch/DispatchQueryBuilder.h"
#include "dispatch/DispatchRuleRepository.h"
#include "dispatch/DispatchRulesCsv.h"
#include "dispatch/LocationContext.h"
#include "pinyin/PinyinTable.h"
#include "sync/ReferenceData.h"

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {
const Classification streetLamp{QStringLiteral("城乡建设"), QStringLiteral("市政设施"), QStringLiteral("路灯")};

Result<QVector<DispatchRule>> parseRules(const QByteArray &csv)
{
    return DispatchRulesCsv::parse(CsvReader::parse(csv).value());
}

class StreetLamp : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(ReferenceData::importFile(*fixture.store, QStringLiteral("rules"), seedFile("beijing_dispatch_rules.csv")).ok());
        QVector<Unit> units = UnitRepository(*fixture.store).all();
        // A property manager the centre registered for one compound.
        units.append({QStringLiteral("WY-NJXL2"), QStringLiteral("牛街西里二区物业服务中心"), Unit::Kind::Enterprise,
                      QStringLiteral("110102"), {}});
        proposer = std::make_unique<DispatchProposer>(DispatchRuleRepository(*fixture.store).all(), units);
        indexes = std::make_unique<ReferenceIndexes>(*fixture.store, PinyinTable::builtIn());
    }

    DispatchProposal propose(const char *place)
    {
        const DispatchQueryBuilder builder(indexes->catalog(), indexes->divisions());
        Result<DispatchProposal> proposal = proposer->propose(builder.fromText(streetLamp, QString::fromUtf8(place)));
        EXPECT_TRUE(proposal.ok()) << place << ": " << qPrintable(proposal.ok() ? QString() : proposal.error());
        return proposal.ok() ? proposal.value() : DispatchProposal{};
    }

    StoreFixture fixture;
    std::unique_ptr<DispatchProposer> proposer;
    std::unique_ptr<ReferenceIndexes> indexes;
};
} // namespace

TEST(LocationContext, ReadsTheGroundFromTheWordsOfAnAddress)
{
    EXPECT_EQ(LocationContext::fromWords(QStringLiteral("牛街西里二区3号楼门口")), QStringLiteral("compound"));
    EXPECT_EQ(LocationContext::fromWords(QStringLiteral("望京花园小区南门")), QStringLiteral("compound"));
    EXPECT_EQ(LocationContext::fromWords(QStringLiteral("广安门内大街与牛街路口")), QStringLiteral("road"));
    EXPECT_EQ(LocationContext::fromWords(QStringLiteral("陶然亭公园东门")), QStringLiteral("park"));
    EXPECT_EQ(LocationContext::fromWords(QStringLiteral("通惠河边步道")), QStringLiteral("water"));
    EXPECT_EQ(LocationContext::fromWords(QStringLiteral("七里庄地铁站")), QStringLiteral("metro"));
    EXPECT_EQ(LocationContext::fromWords(QStringLiteral("天坛医院")), QStringLiteral("hospital"));
    EXPECT_EQ(LocationContext::fromWords(QStringLiteral("不知道在哪")), QString());
    EXPECT_EQ(LocationContext::fromPlaceKind(QStringLiteral("compound")), QStringLiteral("compound"));
    EXPECT_EQ(LocationContext::fromPlaceKind(QStringLiteral("bus")), QStringLiteral("road"));
}

TEST_F(StreetLamp, OneItemInFourPlacesGoesToFourUnits)
{
    const DispatchProposal compound = propose("西城区牛街西里二区3号楼门口");
    EXPECT_EQ(compound.lead.code, QStringLiteral("WY-NJXL2"));
    EXPECT_EQ(compound.reason, QStringLiteral("路灯 · 居民小区 · 西城区 → 牛街西里二区物业服务中心"));
    const DispatchProposal road = propose("西城区广安门内大街与牛街路口");
    EXPECT_EQ(road.lead.code, QStringLiteral("CGW-110102"));
    EXPECT_EQ(road.reason, QStringLiteral("路灯 · 市政道路 · 西城区 → 西城区城市管理委员会"));
    const DispatchProposal park = propose("西城区陶然亭公园东门");
    EXPECT_EQ(park.lead.code, QStringLiteral("YLJ-110102"));
    const DispatchProposal river = propose("朝阳区通惠河边步道");
    EXPECT_EQ(river.lead.code, QStringLiteral("SWJ-110105"));
    EXPECT_EQ(river.lead.name, QStringLiteral("朝阳区水务局"));
}

TEST_F(StreetLamp, ACompoundWithoutARegisteredPropertyManagerGoesToItsStreetOffice)
{
    const DispatchProposal proposal = propose("西城区牛街街道枣林前街小区");
    EXPECT_EQ(proposal.lead.code.left(9), QStringLiteral("110102018")) << qPrintable(proposal.lead.name);
    EXPECT_TRUE(proposal.lead.name.startsWith(QStringLiteral("牛街街道"))) << qPrintable(proposal.lead.name);
    EXPECT_TRUE(proposal.reason.contains(QStringLiteral("物业"))) << qPrintable(proposal.reason);
}

TEST_F(StreetLamp, CoUnitsAndTheCatchAllRule)
{
    const Classification river{QStringLiteral("生态环境"), QStringLiteral("水环境"), QStringLiteral("河湖污染")};
    const DispatchQueryBuilder builder(indexes->catalog(), indexes->divisions());
    const Result<DispatchProposal> polluted = proposer->propose(builder.fromText(river, QStringLiteral("海淀区万泉河边")));
    ASSERT_TRUE(polluted.ok()) << qPrintable(polluted.error());
    EXPECT_EQ(polluted.value().lead.code, QStringLiteral("SWJ-110108"));
    ASSERT_EQ(polluted.value().coUnits.size(), 1);
    EXPECT_EQ(polluted.value().coUnits.first().code, QStringLiteral("BJ-STHJJ"));
    const Classification other{QStringLiteral("其他"), QStringLiteral("其他"), QStringLiteral("其他事项")};
    const Result<DispatchProposal> unknown = proposer->propose(builder.fromText(other, QStringLiteral("东城区东华门街道")));
    ASSERT_TRUE(unknown.ok());
    EXPECT_EQ(unknown.value().lead.kind, Unit::Kind::Street);
    EXPECT_EQ(unknown.value().ruleLine, 2);
    // Nowhere to send it: no district, no street.
    EXPECT_FALSE(proposer->propose(builder.fromText(other, QStringLiteral("不知道在哪"))).ok());
}

TEST(DispatchRulesCsv, RefusesABadLineNamingItAndChangesNothing)
{
    const QByteArray head = "item,context,district,lead,co_units\n*,*,*,@street,\n";
    const auto cases = {
        std::pair{QByteArray("路灯,garden,*,CGW-{district},\n"), "garden"},
        std::pair{QByteArray("路灯,road,1101,CGW-{district},\n"), "1101"},
        std::pair{QByteArray("路灯,road,*,,\n"), "主办单位"},
        std::pair{QByteArray("路灯,road,*,城管 委,\n"), "城管 委"},
        std::pair{QByteArray("路灯,road,*,CGW-{district},\n路灯,road,*,BJ-CGW,\n"), "与第 3 行的条件相同"},
        std::pair{QByteArray("路灯,road,*,CGW\n"), "应有 5 列"},
    };
    for (const auto &[rows, expected] : cases) {
        const auto parsed = parseRules(head + rows);
        ASSERT_FALSE(parsed.ok()) << rows.constData();
        EXPECT_TRUE(parsed.error().contains(QString::fromUtf8(expected))) << qPrintable(parsed.error());
        EXPECT_TRUE(parsed.error().contains(QStringLiteral("第 3 行")) || parsed.error().contains(QStringLiteral("第 4 行")))
            << qPrintable(parsed.error());
    }
    const auto noCatchAll = parseRules("item,context,district,lead,co_units\n路灯,road,*,CGW-{district},\n");
    ASSERT_FALSE(noCatchAll.ok());
    EXPECT_TRUE(noCatchAll.error().contains(QStringLiteral("兜底")));

    StoreFixture fixture;
    ASSERT_TRUE(ReferenceData::importFile(*fixture.store, QStringLiteral("rules"), seedFile("beijing_dispatch_rules.csv")).ok());
    const qsizetype shipped = DispatchRuleRepository(*fixture.store).all().size();
    EXPECT_FALSE(ReferenceData::import(*fixture.store, QStringLiteral("rules"), head + "路灯,garden,*,X,\n").ok());
    EXPECT_EQ(DispatchRuleRepository(*fixture.store).all().size(), shipped);
}
