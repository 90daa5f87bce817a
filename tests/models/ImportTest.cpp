// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"

#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {
QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(content);
    return path;
}
} // namespace

TEST(Import, RealDivisionsCatalogueAndUnits)
{
    StoreFixture fx;
    EXPECT_EQ(fx.rowCount("divisions"), 7901);
    EXPECT_EQ(fx.rowCount("catalog_items"), 517);
    EXPECT_EQ(fx.rowCount("units"), 87);
    QSqlQuery query(fx.store->database());
    query.exec(QStringLiteral("SELECT level, count(*) FROM divisions GROUP BY level ORDER BY level"));
    QStringList levels;
    while (query.next())
        levels << query.value(0).toString() + u'=' + query.value(1).toString();
    EXPECT_EQ(levels.join(u' '), QStringLiteral("district=16 province=1 street=349 village=7535"));
}

TEST(Import, ReimportingDivisionsIsIdempotent)
{
    StoreFixture fx;
    auto again = DivisionRepository(*fx.store).importCsv(seedFile("beijing_divisions.csv"));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(fx.rowCount("divisions"), 7901);
}

struct BadFile {
    const char *kind;
    QByteArray content;
    const char *expected; // part of the message
};

class MalformedImport : public ::testing::TestWithParam<BadFile> {};

TEST_P(MalformedImport, NamesTheLineAndChangesNothing)
{
    StoreFixture fx;
    const BadFile &bad = GetParam();
    const QString path = writeFile(fx.dir, "bad.csv", bad.content);
    const QString kind = QString::fromLatin1(bad.kind);
    Result<int> result = Error{};
    if (kind == QLatin1String("divisions"))
        result = DivisionRepository(*fx.store).importCsv(path);
    else if (kind == QLatin1String("catalog"))
        result = CatalogRepository(*fx.store).importCsv(path);
    else
        result = UnitRepository(*fx.store).importCsv(path);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QString::fromUtf8(bad.expected))) << qPrintable(result.error());
    EXPECT_EQ(fx.rowCount("divisions"), 7901);
    EXPECT_EQ(fx.rowCount("catalog_items"), 517);
    EXPECT_EQ(fx.rowCount("units"), 87);
}

INSTANTIATE_TEST_SUITE_P(
    Files, MalformedImport,
    ::testing::Values(
        BadFile{"divisions", "code,name,parent_code,level\n110000,北京市,,province\n110199,新区,110000,district\n11019,坏,110000,district\n", "第 4 行"},
        BadFile{"divisions", "code,name,parent_code,level\n110000,北京市,,province\n110198,甲区,110000,city\n", "级别"},
        BadFile{"divisions", "code,name,parent_code,level\n110000,北京市,,province\n110198,甲区,999999,district\n", "999999"},
        BadFile{"divisions", "code,name,parent_code,level\n110000,北京市,,province\n110000,重复,,province\n", "重复"},
        BadFile{"divisions", "code,name\n110000,北京市\n", "表头"},
        // Found by fuzz_reference_data: parents in a cycle were accepted, and the desk's division
        // index then followed the chain for ever.
        BadFile{"divisions", "code,name,parent_code,level\n110000,北京市,,province\n110101,甲区,110102,district\n110102,乙区,110101,district\n", "第 3 行：上级区划 110102 的级别"},
        BadFile{"divisions", "code,name,parent_code,level\n110101001,甲街道,110101001,street\n", "应高于本级"},
        BadFile{"divisions", "code,name,parent_code,level\n110000,北京市,,province\n110101,东城区,110000,district\n110101001,甲街道,110101001001,street\n110101001001,甲社区,110101001,village\n", "第 4 行"},
        BadFile{"divisions", "code,name,parent_code,level\n110198,\xB6\xAB\xB3\xC7,110000,district\n", "UTF-8"},
        BadFile{"catalog", "level1,level2,level3\n城乡建设,市政,路灯\n城乡建设,,路灯\n", "第 3 行"},
        BadFile{"catalog", "level1,level2,level3\n城乡建设,市政,路灯\n城乡建设,市政,路灯\n", "重复"},
        BadFile{"catalog", "level1,level2,level3\n城乡建设,市政\n", "3 列"},
        BadFile{"catalog", "level1,level2,level3\n", "没有任何分类"},
        BadFile{"catalog", "level1,level2,level3\n\"城乡建设,市政,路灯\n", "引号"},
        BadFile{"units", "code,name,kind,district_code,phone\nX1,某局,ministry,,\n", "类型"},
        BadFile{"units", "code,name,kind,district_code,phone\nX1,某局,municipal,1101,\n", "区代码"},
        BadFile{"units", "code,name,kind,district_code,phone\nX 1,某局,municipal,,\n", "单位编码"},
        BadFile{"units", "code,name,kind,district_code,phone\nX1,某局,municipal,,12\n", "电话"}));
