// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue's keywords: the picker finds an item by the words callers use for it, in
// simplified or traditional characters, and an import with a bad keyword line changes nothing.
#include "StoreFixture.h"
#include "catalog/CatalogCsv.h"
#include "pinyin/PinyinTable.h"
#include "sync/ReferenceData.h"
#include "text/ChineseConverter.h"

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {
QVector<CatalogEntry> shippedCatalogue()
{
    Result<QVector<CatalogEntry>> entries = CatalogCsv::parseEntries(CsvReader::readFile(seedFile("catalogue.csv")).value());
    EXPECT_TRUE(entries.ok()) << qPrintable(entries.error());
    return entries.ok() ? entries.value() : QVector<CatalogEntry>{};
}

QString first(const CatalogIndex &index, const char *typed)
{
    const QVector<Suggestion> hits = index.suggest(QString::fromUtf8(typed), 3);
    return hits.isEmpty() ? QString() : hits.first().text;
}
} // namespace

TEST(CatalogKeywords, TheShippedCatalogueFindsItemsByEverydayWords)
{
    const QVector<CatalogEntry> entries = shippedCatalogue();
    EXPECT_GE(entries.size(), 150);
    ChineseConverter converter;
    const CatalogIndex index(entries, *PinyinTable::builtIn(), &converter);
    EXPECT_EQ(first(index, "路灯"), QStringLiteral("路灯"));
    EXPECT_EQ(first(index, "灯不亮"), QStringLiteral("路灯"));
    EXPECT_EQ(first(index, "路灯坏了"), QStringLiteral("路灯"));
    EXPECT_EQ(first(index, "小区门口路灯坏了好几天"), QStringLiteral("路灯"));
    EXPECT_EQ(first(index, "暖气不热"), QStringLiteral("暖气不热"));
    if (converter.isAvailable()) {
        EXPECT_EQ(first(index, "路燈壞了"), QStringLiteral("路灯"));
        EXPECT_EQ(first(index, "暖氣不熱"), QStringLiteral("暖气不热"));
    }
    EXPECT_EQ(first(index, "ld"), QStringLiteral("路灯")) << "pinyin initials still find the name";
    EXPECT_TRUE(index.suggest(QStringLiteral("火星移民签证"), 3).isEmpty());
}

TEST(CatalogKeywords, ANameMatchOutranksAKeywordMatch)
{
    const QVector<CatalogEntry> entries{
        {{QStringLiteral("城乡建设"), QStringLiteral("市政设施"), QStringLiteral("路灯")}, {QStringLiteral("照明")}},
        {{QStringLiteral("城乡建设"), QStringLiteral("市政设施"), QStringLiteral("照明设施")}, {}},
    };
    const CatalogIndex index(entries, *PinyinTable::builtIn());
    EXPECT_EQ(first(index, "照明"), QStringLiteral("照明设施"));
}

TEST(CatalogKeywords, KeywordsSurviveTheStoreAndABadLineChangesNothing)
{
    StoreFixture fixture;
    ASSERT_TRUE(ReferenceData::importFile(*fixture.store, QStringLiteral("catalog"), seedFile("catalogue.csv")).ok());
    const QVector<CatalogEntry> stored = CatalogRepository(*fixture.store).entries();
    EXPECT_EQ(stored, shippedCatalogue());
    const QByteArray tooLong = "level1,level2,level3,keywords\n城乡建设,市政设施,路灯,灯不亮\n城乡建设,市政设施,井盖,"
                               + QString(30, QChar(u'井')).toUtf8() + "\n";
    const Result<int> refused = ReferenceData::import(*fixture.store, QStringLiteral("catalog"), tooLong);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("第 3 行"))) << qPrintable(refused.error());
    EXPECT_EQ(CatalogRepository(*fixture.store).entries().size(), stored.size());
    // A centre's own catalogue without keywords still imports.
    EXPECT_TRUE(ReferenceData::importFile(*fixture.store, QStringLiteral("catalog"), dataFile("catalog_3level.csv")).ok());
    EXPECT_EQ(CatalogRepository(*fixture.store).entries().size(), 517);
}
