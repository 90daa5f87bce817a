// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinyin/PinyinMatcher.h"
#include "pinyin/PinyinTable.h"

#include <gtest/gtest.h>

using namespace hotline;

namespace {
const PinyinTable &table()
{
    static const auto builtIn = PinyinTable::builtIn();
    return *builtIn;
}
bool matches(const char *query, const char *text)
{
    return PinyinMatcher::match(QString::fromUtf8(query), PinyinKey::build(QString::fromUtf8(text), table())).matched;
}
} // namespace

TEST(PinyinTable, BuiltInComesFromUnihan)
{
    EXPECT_GT(table().size(), 40000); // kMandarin alone covers over 40k ideographs
    EXPECT_EQ(table().readings(U'北').value(0), QStringLiteral("bei"));
    EXPECT_EQ(table().readings(U'绿').value(0), QStringLiteral("lv"));
    // Polyphones keep their other readings from kXHC1983.
    EXPECT_TRUE(table().readings(U'行').contains(QStringLiteral("hang")));
    EXPECT_TRUE(table().readings(U'行').contains(QStringLiteral("xing")));
}

TEST(PinyinTable, Initials)
{
    EXPECT_EQ(table().initials(QStringLiteral("园林绿化环卫")), QStringLiteral("yllhhw"));
    EXPECT_EQ(table().initials(QStringLiteral("3号楼")), QStringLiteral("3hl"));
}

TEST(PinyinTable, TonelessRemovesMarksAndWritesUmlautAsV)
{
    EXPECT_EQ(PinyinTable::toneless(QStringLiteral("xíng")), QStringLiteral("xing"));
    EXPECT_EQ(PinyinTable::toneless(QStringLiteral("lǜ")), QStringLiteral("lv"));
    EXPECT_EQ(PinyinTable::toneless(QStringLiteral("Ā")), QStringLiteral("a"));
}

TEST(PinyinMatcher, InitialsFullSyllablesAndMixtures)
{
    EXPECT_TRUE(matches("bdc", "不动产"));
    EXPECT_TRUE(matches("budongchan", "不动产"));
    EXPECT_TRUE(matches("bdchan", "不动产"));
    EXPECT_TRUE(matches("dc", "不动产"));      // inside the name
    EXPECT_TRUE(matches("yinhang", "银行")); // the other reading of 行
    EXPECT_FALSE(matches("bdx", "不动产"));
    EXPECT_FALSE(matches("bcd", "不动产")); // order matters
    EXPECT_FALSE(matches("", "不动产"));
}

TEST(PinyinMatcher, ReportsWhereTheMatchStarts)
{
    const auto key = PinyinKey::build(QStringLiteral("牛街西里二区"), table());
    const auto prefix = PinyinMatcher::match(QStringLiteral("njxl"), key);
    EXPECT_TRUE(prefix.matched);
    EXPECT_EQ(prefix.start, 0);
    EXPECT_EQ(prefix.span, 4);
    const auto inside = PinyinMatcher::match(QStringLiteral("xlerq"), key);
    EXPECT_TRUE(inside.matched);
    EXPECT_EQ(inside.start, 2);
}
