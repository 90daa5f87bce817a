// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QUrlQuery>

namespace hotline::http {

// application/x-www-form-urlencoded, the form every HTTP library writes a URL's query and a
// POSTed form in: '+' is a space and every %XX is decoded exactly once, in keys as in values,
// as UTF-8 ("attribute%5Buprn%5D" is attribute[uprn], "05%3A00" is 05:00, "%2B" a plus). A '%'
// not followed by two hex digits stays as it is. QUrlQuery alone gets this wrong both ways: its
// default reading keeps ':' '[' ']' '+' and '%' encoded when they came encoded, and it decodes
// a %XX in what it is given, so a literal "%41" would turn into "A".
// Read the answer with QUrl::FullyDecoded (queryItemValue(key, QUrl::FullyDecoded),
// queryItems(QUrl::FullyDecoded)); look keys up in their decoded form.
QUrlQuery formItems(QByteArrayView encoded);

// Adds `key` = `value` taken literally, for items that were never percent-encoded (a JSON
// body's fields): read back with QUrl::FullyDecoded they are exactly what was added.
void addLiteralItem(QUrlQuery &items, const QString &key, const QString &value);

} // namespace hotline::http
