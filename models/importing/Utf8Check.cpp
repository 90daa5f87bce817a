// SPDX-License-Identifier: GPL-3.0-or-later
#include "Utf8Check.h"

#include <QStringDecoder>

namespace hotline {

int firstInvalidUtf8Line(const QByteArray &bytes)
{
    int line = 1;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= bytes.size(); ++i) {
        if (i == bytes.size() || bytes.at(i) == '\n') {
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString decoded = decoder.decode(QByteArrayView(bytes).sliced(start, i - start));
            if (decoder.hasError())
                return line;
            start = i + 1;
            ++line;
        }
    }
    return 0;
}

QByteArray withoutBom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
}

} // namespace hotline
