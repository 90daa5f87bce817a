// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumber.h"

#include "text/TextNormalizer.h"

#include <QRegularExpression>

namespace hotline {

std::optional<QString> PhoneNumber::normalize(const QString &input)
{
    QString text = TextNormalizer::forSearch(input);
    QString extension;
    static const QRegularExpression extensionPattern(QStringLiteral("(?:转|ext\\.?|x|#)(\\d{1,6})$"));
    if (const auto m = extensionPattern.match(text); m.hasMatch()) {
        extension = m.captured(1);
        text.truncate(m.capturedStart());
    }
    static const QRegularExpression separators(QStringLiteral("[\\s\\-()（）]"));
    text.remove(separators);
    if (text.startsWith(QStringLiteral("+86")))
        text.remove(0, 3);
    else if (text.startsWith(QStringLiteral("0086")))
        text.remove(0, 4);
    else if (text.size() == 13 && text.startsWith(QStringLiteral("861")))
        text.remove(0, 2);

    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    static const QRegularExpression landline(QStringLiteral("^0[1-9]\\d{1,2}[2-9]\\d{6,7}$"));
    static const QRegularExpression local(QStringLiteral("^[2-9]\\d{6,7}$"));
    static const QRegularExpression service(QStringLiteral("^(?:1\\d{4}|[49]\\d{4}|400\\d{7}|800\\d{7})$"));
    const bool plausible = mobile.match(text).hasMatch() || landline.match(text).hasMatch()
                        || local.match(text).hasMatch() || service.match(text).hasMatch();
    if (!plausible)
        return std::nullopt;
    return extension.isEmpty() ? text : text + u'#' + extension;
}

} // namespace hotline
