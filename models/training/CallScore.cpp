// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallScore.h"

#include <QJsonArray>

namespace hotline {

QJsonObject CallScore::toJson() const
{
    QJsonArray card;
    for (const ScoreLine &line : lines)
        card.append(QJsonObject{{QStringLiteral("key"), line.key},
                                {QStringLiteral("label"), line.label},
                                {QStringLiteral("expected"), line.expected},
                                {QStringLiteral("given"), line.given},
                                {QStringLiteral("points"), line.points},
                                {QStringLiteral("maxPoints"), line.maxPoints},
                                {QStringLiteral("note"), line.note}});
    return QJsonObject{{QStringLiteral("lines"), card},
                       {QStringLiteral("total"), total},
                       {QStringLiteral("fieldAccuracy"), fieldAccuracy},
                       {QStringLiteral("factsCovered"), factsCovered},
                       {QStringLiteral("charsPerMinute"), charsPerMinute},
                       {QStringLiteral("secondsToSubmit"), secondsToSubmit},
                       {QStringLiteral("articleFound"), articleFound},
                       {QStringLiteral("keystrokes"), keystrokes},
                       {QStringLiteral("silenceSeconds"), silenceSeconds}};
}

} // namespace hotline
