// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {
class PickerIndexTest : public ::testing::Test {
protected:
    StoreFixture fx;
    ReferenceIndexes indexes{*fx.store, StoreFixture::pinyin()};

    QString firstCatalog(const char *query) const
    {
        const auto hits = indexes.catalog().suggest(QString::fromUtf8(query), 5);
        return hits.isEmpty() ? QString() : hits.first().text;
    }
    QString firstPlace(const char *query) const
    {
        const auto hits = indexes.divisions().suggest(QString::fromUtf8(query), 5);
        return hits.isEmpty() ? QString() : hits.first().text + u'|' + hits.first().detail;
    }
};
} // namespace

TEST_F(PickerIndexTest, IndexesHoldTheFullData)
{
    EXPECT_EQ(indexes.catalog().size(), 517);
    EXPECT_EQ(indexes.divisions().size(), 7900); // all but the province itself
}

TEST_F(PickerIndexTest, CatalogueByCharactersAndPinyinInitials)
{
    EXPECT_EQ(firstCatalog("园林绿化环卫"), QStringLiteral("园林绿化环卫"));
    EXPECT_EQ(firstCatalog("yllhhw"), QStringLiteral("园林绿化环卫"));
    EXPECT_EQ(firstCatalog("YLLHHW"), QStringLiteral("园林绿化环卫")) << "caps lock on";
    EXPECT_EQ(firstCatalog("ｙｌｌｈｈｗ"), QStringLiteral("园林绿化环卫")) << "full-width letters";
    const auto hits = indexes.catalog().suggest(QStringLiteral("gs"), 8);
    ASSERT_FALSE(hits.isEmpty());
    for (const Suggestion &hit : hits)
        EXPECT_GT(hit.score, 0);
    EXPECT_TRUE(indexes.catalog().suggest(QStringLiteral("zzzzqqq"), 8).isEmpty());
    const auto leaf = indexes.catalog().leaf(indexes.catalog().suggest(QStringLiteral("yllhhw"), 1).first().key);
    ASSERT_TRUE(leaf.has_value());
    EXPECT_EQ(leaf->path(), QStringLiteral("城乡建设 › 城市建设和市政管理 › 园林绿化环卫"));
}

TEST_F(PickerIndexTest, CommunityNameFillsDistrictAndStreet)
{
    EXPECT_EQ(firstPlace("牛街西里二区"), QStringLiteral("牛街西里二区社区|西城区 › 牛街街道"));
    EXPECT_EQ(firstPlace("njxlerq"), QStringLiteral("牛街西里二区社区|西城区 › 牛街街道"));
    const auto hit = indexes.divisions().suggest(QStringLiteral("牛街西里二区"), 1).first();
    const auto address = indexes.divisions().addressFor(hit.key);
    ASSERT_TRUE(address.has_value());
    EXPECT_EQ(address->districtName, QStringLiteral("西城区"));
    EXPECT_EQ(address->districtCode, QStringLiteral("110102"));
    EXPECT_EQ(address->streetName, QStringLiteral("牛街街道"));
    EXPECT_EQ(address->streetCode, QStringLiteral("110102018"));
    EXPECT_EQ(address->communityName, QStringLiteral("牛街西里二区社区"));
}

TEST_F(PickerIndexTest, StreetAndDistrictByShortName)
{
    EXPECT_EQ(firstPlace("牛街"), QStringLiteral("牛街街道|西城区"));
    EXPECT_EQ(firstPlace("西城"), QStringLiteral("西城区|"));
    EXPECT_EQ(firstPlace("haidian"), QStringLiteral("海淀区|"));
}

TEST_F(PickerIndexTest, AWholeAddressFindsTheLongestPlaceInIt)
{
    EXPECT_EQ(firstPlace("牛街西里二区3号楼门口"), QStringLiteral("牛街西里二区社区|西城区 › 牛街街道"));
}

TEST_F(PickerIndexTest, AmbiguousNamesListEveryChoiceWithItsPath)
{
    // Several villages share a name; the operator must see all of them with their path.
    QHash<QString, int> seen;
    for (const Division &division : DivisionRepository(*fx.store).all())
        if (division.level == Division::Level::Village)
            ++seen[DivisionIndex::spokenName(division.name, division.level)];
    QString shared;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        if (it.value() >= 3 && it.key().size() >= 3) {
            shared = it.key();
            break;
        }
    ASSERT_FALSE(shared.isEmpty());
    const auto hits = indexes.divisions().suggest(shared, 20);
    int exact = 0;
    QSet<QString> paths;
    for (const Suggestion &hit : hits)
        if (hit.text == shared) {
            ++exact;
            paths.insert(hit.detail);
        }
    EXPECT_EQ(exact, seen.value(shared)) << qPrintable(shared);
    EXPECT_EQ(paths.size(), exact) << "each choice shows where it is";
}

TEST_F(PickerIndexTest, UnitsByNameAndInitials)
{
    const auto hits = indexes.units().suggest(QStringLiteral("swj"), 5);
    ASSERT_FALSE(hits.isEmpty());
    EXPECT_EQ(hits.first().text, QStringLiteral("北京市水务局"));
    EXPECT_EQ(indexes.units().suggest(QStringLiteral("热力"), 5).value(0).text, QStringLiteral("北京市热力集团有限责任公司"));
}

TEST_F(PickerIndexTest, AnyInputIsSafe)
{
    for (const QString &query : {QString(), QStringLiteral(" "), QStringLiteral("'; DROP TABLE divisions; --"),
                                 QStringLiteral("\"*()"), QString(10000, u'街'), QString(10000, u'a')}) {
        (void)indexes.divisions().suggest(query, 8);
        (void)indexes.catalog().suggest(query, 8);
    }
    EXPECT_EQ(indexes.divisions().size(), 7900);
}
