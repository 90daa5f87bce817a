// SPDX-License-Identifier: GPL-3.0-or-later
#include "workorder/PhoneNumber.h"

#include <gtest/gtest.h>

using namespace hotline;

TEST(PhoneNumber, AcceptsTheFormsCallersGive)
{
    EXPECT_EQ(PhoneNumber::normalize(QStringLiteral("139 0101 2345")).value_or(QString()), QStringLiteral("13901012345"));
    EXPECT_EQ(PhoneNumber::normalize(QStringLiteral("+86 139-0101-2345")).value_or(QString()), QStringLiteral("13901012345"));
    EXPECT_EQ(PhoneNumber::normalize(QStringLiteral("１３９０１０１２３４５")).value_or(QString()), QStringLiteral("13901012345"));
    EXPECT_EQ(PhoneNumber::normalize(QStringLiteral("010-66012345")).value_or(QString()), QStringLiteral("01066012345"));
    EXPECT_EQ(PhoneNumber::normalize(QStringLiteral("(0312) 5012345")).value_or(QString()), QStringLiteral("03125012345"));
    EXPECT_EQ(PhoneNumber::normalize(QStringLiteral("66012345转802")).value_or(QString()), QStringLiteral("66012345#802"));
}

TEST(PhoneNumber, RefusesImplausibleNumbers)
{
    for (const char *bad : {"", "12", "1390101234", "139010123456", "23901012345", "abc", "010-1234", "12345678901234"})
        EXPECT_FALSE(PhoneNumber::isValid(QString::fromUtf8(bad))) << bad;
}
