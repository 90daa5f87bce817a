// SPDX-License-Identifier: GPL-3.0-or-later
#include "Address.h"

#include <QStringList>

namespace hotline {

QString Address::path() const
{
    QStringList parts;
    for (const QString &part : {districtName, streetName, communityName})
        if (!part.isEmpty())
            parts.append(part);
    return parts.join(QStringLiteral(" › "));
}

QString Address::display() const
{
    QString text = districtName + streetName + communityName;
    if (!detail.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + detail;
    return text;
}

} // namespace hotline
