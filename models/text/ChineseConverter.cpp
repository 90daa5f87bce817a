// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChineseConverter.h"

#include <QtGlobal>

#include <opencc/SimpleConverter.hpp>

namespace hotline {

ChineseConverter::ChineseConverter()
{
    try {
        m_converter = std::make_unique<opencc::SimpleConverter>("t2s.json");
    } catch (const std::exception &error) {
        qWarning("OpenCC t2s.json could not be loaded (%s): traditional characters will not match", error.what());
    }
}

ChineseConverter::~ChineseConverter() = default;

QString ChineseConverter::toSimplified(const QString &text) const
{
    if (!m_converter || text.isEmpty())
        return text;
    // Pure ASCII has nothing to convert; skipping OpenCC keeps pinyin queries cheap.
    bool ascii = true;
    for (QChar ch : text)
        if (ch.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii)
        return text;
    const QByteArray utf8 = text.toUtf8();
    return QString::fromStdString(m_converter->Convert(utf8.constData(), size_t(utf8.size())));
}

} // namespace hotline
