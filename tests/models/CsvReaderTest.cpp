// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/CsvReader.h"

#include <gtest/gtest.h>

using namespace hotline;

TEST(CsvReader, QuotedFieldsCrlfAndBom)
{
    const auto parsed = CsvReader::parse("\xEF\xBB\xBF" "a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",2\r\n");
    ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error());
    const auto &records = parsed.value();
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[1].fields, (QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\"")}));
    EXPECT_EQ(records[2].fields.first(), QStringLiteral("multi\nline"));
    EXPECT_EQ(records[2].line, 3);
}

TEST(CsvReader, SkipsBlankLinesButKeepsLineNumbers)
{
    const auto parsed = CsvReader::parse("a\n\n\nb\n");
    ASSERT_TRUE(parsed.ok());
    ASSERT_EQ(parsed.value().size(), 2);
    EXPECT_EQ(parsed.value()[1].line, 4);
}

TEST(CsvReader, UnterminatedQuoteNamesItsLine)
{
    const auto parsed = CsvReader::parse("a,b\n1,2\n3,\"open\n");
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().contains(QStringLiteral("第 3 行"))) << qPrintable(parsed.error());
}

TEST(CsvReader, InvalidUtf8NamesItsLine)
{
    const auto parsed = CsvReader::parse("code,name\n110101,\xB6\xAB\xB3\xC7\n"); // GBK bytes
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().contains(QStringLiteral("第 2 行"))) << qPrintable(parsed.error());
    EXPECT_TRUE(parsed.error().contains(QStringLiteral("UTF-8")));
}

// Found by fuzz_csv_reader: a multi-byte character cut off at the end of a line (or of the
// file) passed the UTF-8 check and was imported as U+FFFD.
TEST(CsvReader, ACharacterCutOffAtALineEndIsInvalidUtf8)
{
    const auto midFile = CsvReader::parse("code,name\nBJ-1,\xE5\x9F\x8E\xE5\xB8\nBJ-2,x\n"); // 城 and half of 市
    ASSERT_FALSE(midFile.ok());
    EXPECT_TRUE(midFile.error().contains(QStringLiteral("第 2 行"))) << qPrintable(midFile.error());
    const auto atEnd = CsvReader::parse("code,name\nBJ-1,\xE5\x9F");
    ASSERT_FALSE(atEnd.ok());
    EXPECT_TRUE(atEnd.error().contains(QStringLiteral("第 2 行"))) << qPrintable(atEnd.error());
    EXPECT_TRUE(CsvReader::parse("code,name\nBJ-1,\xE5\x9F\x8E\n").ok());
}

TEST(CsvReader, HeaderMustMatch)
{
    const auto parsed = CsvReader::parse("code,nom\n1,2\n");
    ASSERT_TRUE(parsed.ok());
    const Status status = CsvReader::expectHeader(parsed.value(), {QStringLiteral("code"), QStringLiteral("name")});
    EXPECT_FALSE(status.ok());
    EXPECT_TRUE(status.error().contains(QStringLiteral("code,name")));
}
