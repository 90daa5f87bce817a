// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormEncoding.h"

#include <QByteArray>

namespace hotline::http {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// QByteArray::fromPercentEncoding would turn "%zz" into a byte of its own making.
QString decoded(QByteArrayView part)
{
    QByteArray bytes;
    bytes.reserve(part.size());
    for (qsizetype i = 0; i < part.size(); ++i) {
        const char c = part[i];
        const int high = c == '%' && i + 2 < part.size() ? hexValue(part[i + 1]) : -1;
        const int low = high >= 0 ? hexValue(part[i + 2]) : -1;
        if (low >= 0) {
            bytes += char(high * 16 + low);
            i += 2;
        } else {
            bytes += c == '+' ? ' ' : c;
        }
    }
    return QString::fromUtf8(bytes);
}

} // namespace

QUrlQuery formItems(QByteArrayView encoded)
{
    QUrlQuery items;
    qsizetype start = 0;
    while (start <= encoded.size()) {
        qsizetype end = encoded.indexOf('&', start);
        if (end < 0)
            end = encoded.size();
        const QByteArrayView field = encoded.sliced(start, end - start);
        start = end + 1;
        if (field.isEmpty())
            continue;
        const qsizetype equals = field.indexOf('=');
        addLiteralItem(items, decoded(equals < 0 ? field : field.first(equals)), equals < 0 ? QString() : decoded(field.sliced(equals + 1)));
    }
    return items;
}

void addLiteralItem(QUrlQuery &items, const QString &key, const QString &value)
{
    // QUrlQuery takes what it is given as partly encoded: a '%' of the text must reach it as %25.
    const auto literal = [](QString text) { return text.replace(u'%', QLatin1String("%25")); };
    items.addQueryItem(literal(key), literal(value));
}

} // namespace hotline::http
