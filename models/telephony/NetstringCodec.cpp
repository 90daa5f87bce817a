// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetstringCodec.h"

namespace hotline {

namespace {

// Digits a length may have: enough for maxLength, one more to tell "too large" from "not yet
// complete" without reading further.
constexpr qsizetype maxDigits = 7;

QString shown(const QByteArray &bytes)
{
    // The offending bytes as the peer sent them, printable, so the status bar tells a stray
    // HTTP client ("GET / HTTP/1.1") from a broken baresip.
    QString text;
    for (char c : bytes.left(24)) {
        const auto byte = static_cast<unsigned char>(c);
        text += byte >= 0x20 && byte < 0x7f ? QString(QLatin1Char(c)) : QStringLiteral("\\x%1").arg(byte, 2, 16, QLatin1Char('0'));
    }
    return bytes.size() > 24 ? text + QStringLiteral("…") : text;
}

} // namespace

QByteArray NetstringCodec::encode(const QByteArray &message)
{
    return QByteArray::number(message.size()) + ':' + message + ',';
}

QString NetstringCodec::fault(const QString &what)
{
    m_error = what;
    m_buffer.clear();
    return m_error;
}

NetstringCodec::Decoded NetstringCodec::feed(const QByteArray &bytes)
{
    Decoded decoded;
    if (failed()) {
        decoded.error = m_error;
        return decoded;
    }
    m_buffer += bytes;
    qsizetype at = 0;
    while (at < m_buffer.size()) {
        const qint64 where = m_offset + at;
        qsizetype digits = 0;
        qint64 length = 0;
        while (at + digits < m_buffer.size() && digits <= maxDigits) {
            const char c = m_buffer.at(at + digits);
            if (c < '0' || c > '9')
                break;
            length = length * 10 + (c - '0');
            ++digits;
        }
        if (digits > maxDigits || length > maxLength) {
            decoded.error = fault(tr("第 %1 字节处的消息长度“%2”超过上限 %3 字节")
                                      .arg(where)
                                      .arg(shown(m_buffer.mid(at, digits)))
                                      .arg(maxLength));
            return decoded;
        }
        if (at + digits == m_buffer.size())
            break; // the length goes on in the next piece
        const char after = m_buffer.at(at + digits);
        if (digits == 0) {
            decoded.error = fault(tr("第 %1 字节处应是消息长度，收到的是“%2”").arg(where).arg(shown(m_buffer.mid(at))));
            return decoded;
        }
        if (digits > 1 && m_buffer.at(at) == '0') {
            decoded.error = fault(tr("第 %1 字节处的消息长度“%2”以 0 开头").arg(where).arg(shown(m_buffer.mid(at, digits))));
            return decoded;
        }
        if (after != ':') {
            decoded.error = fault(tr("第 %1 字节处的消息长度后缺少“:”，收到的是“%2”")
                                      .arg(where)
                                      .arg(shown(m_buffer.mid(at + digits))));
            return decoded;
        }
        const qsizetype end = at + digits + 1 + qsizetype(length); // where the ',' must be
        if (end >= m_buffer.size())
            break; // the message is not complete yet
        if (m_buffer.at(end) != ',') {
            decoded.error = fault(tr("第 %1 字节处的 %2 字节消息后缺少“,”，收到的是“%3”")
                                      .arg(where)
                                      .arg(length)
                                      .arg(shown(m_buffer.mid(end))));
            return decoded;
        }
        decoded.messages.append(m_buffer.mid(at + digits + 1, qsizetype(length)));
        at = end + 1;
    }
    m_buffer.remove(0, at);
    m_offset += at;
    return decoded;
}

void NetstringCodec::reset()
{
    m_buffer.clear();
    m_offset = 0;
    m_error.clear();
}

} // namespace hotline
