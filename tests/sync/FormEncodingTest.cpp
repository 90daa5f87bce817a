// SPDX-License-Identifier: GPL-3.0-or-later
// The centre's reading of application/x-www-form-urlencoded (URL queries and POSTed forms):
// each %XX decoded once, keys too, '+' a space, and nothing QUrlQuery would re-read.
#include "server/http/FormEncoding.h"

#include <gtest/gtest.h>

using namespace hotline;

namespace {

QList<QPair<QString, QString>> items(QByteArrayView encoded)
{
    return http::formItems(encoded).queryItems(QUrl::FullyDecoded);
}

QList<QPair<QString, QString>> pairs(std::initializer_list<QPair<const char *, const char *>> list)
{
    QList<QPair<QString, QString>> out;
    for (const auto &[key, value] : list)
        out.append({QString::fromUtf8(key), QString::fromUtf8(value)});
    return out;
}

} // namespace

TEST(FormEncoding, DecodesKeysAndValuesOnceAsHttpLibrariesEncodeThem)
{
    EXPECT_EQ(items("attribute%5Buprn%5D=12%2B3&start_date=2026-12-01T05%3A00%3A00%2B08%3A00"),
              pairs({{"attribute[uprn]", "12+3"}, {"start_date", "2026-12-01T05:00:00+08:00"}}));
    EXPECT_EQ(items("description=Manhole+cover+missing"), pairs({{"description", "Manhole cover missing"}}));
    EXPECT_EQ(items("a=%2541&b=100%25&c=%26%3D%23"), pairs({{"a", "%41"}, {"b", "100%"}, {"c", "&=#"}})) << "decoded once only";
    EXPECT_EQ(items("q=%E5%8C%97%E4%BA%AC&r=%e5%8c%97"), pairs({{"q", "北京"}, {"r", "北"}}));
    EXPECT_EQ(items("x=a=b&flag&&y="), pairs({{"x", "a=b"}, {"flag", ""}, {"y", ""}}));
    EXPECT_EQ(http::formItems("x=%zz%4").queryItemValue(QStringLiteral("x"), QUrl::FullyDecoded), QStringLiteral("%zz%4"))
        << "a % without two hex digits is a percent sign";
    EXPECT_TRUE(http::formItems("").isEmpty());
    EXPECT_TRUE(http::formItems("attribute%5Buprn%5D=1").hasQueryItem(QStringLiteral("attribute[uprn]")));
}

TEST(FormEncoding, LiteralItemsComeBackAsTheyWereGiven)
{
    QUrlQuery query;
    http::addLiteralItem(query, QStringLiteral("attribute[a&b]"), QStringLiteral("50%41 + 1 = #2"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("attribute[a&b]"), QUrl::FullyDecoded), QStringLiteral("50%41 + 1 = #2"));
    EXPECT_EQ(query.queryItems(QUrl::FullyDecoded).first().first, QStringLiteral("attribute[a&b]"));
}
