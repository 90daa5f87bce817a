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
            // Stateless: a sequence cut off by the line end is an error, not bytes the decoder
            // waits for (a stateful decoder said nothing, and the file came in with U+FFFD).
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
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
