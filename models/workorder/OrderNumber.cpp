// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderNumber.h"

#include <algorithm>

#include <QRegularExpression>

namespace hotline {

QString OrderNumber::provisional(QDate day, int workstation, int sequence)
{
    return day.toString(QStringLiteral("yyMMdd")) + u'-' + QStringLiteral("%1").arg(workstation, 2, 10, QLatin1Char('0'))
         + u'-' + QStringLiteral("%1").arg(sequence, 4, 10, QLatin1Char('0'));
}

bool OrderNumber::isProvisional(const QString &number)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{6}-\\d{2,3}-\\d{4,6}$"));
    return pattern.match(number).hasMatch();
}

QString OrderNumber::spoken(const QString &number)
{
    // 幺 for 1 is how numbers are read over the phone in China: it cannot be heard as 7.
    static const QString digits = QStringLiteral("零幺二三四五六七八九");
    QString out;
    const bool grouped = isFinal(number);
    for (qsizetype i = 0; i < number.size(); ++i) {
        const QChar ch = number.at(i);
        if (grouped && (i == 2 || i == 6))
            out.append(u'，');
        if (ch.isDigit())
            out.append(digits.at(ch.digitValue()));
        else if (ch == u'-')
            out.append(u'，');
    }
    return out;
}

QString OrderNumber::final(qint64 number)
{
    return QStringLiteral("%1").arg(number, 10, 10, QLatin1Char('0'));
}

bool OrderNumber::isFinal(const QString &number)
{
    return number.size() == 10 && std::all_of(number.cbegin(), number.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace hotline
