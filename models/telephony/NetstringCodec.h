// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hotline {

// Netstrings ("12:hello world!,"), the framing of baresip's ctrl_tcp: a decimal length without
// leading zeros, ':', that many bytes, ','. The decoder takes the byte stream in whatever pieces
// the socket delivers and hands back each complete message. A stream that breaks the framing
// (a length that is not a number or too large, a missing ':' or ',') cannot be resynchronised
// — there is no way to tell where the next message starts — so the first such fault stops the
// decoder for good: it says where and why, and the connection has to be dropped.
class NetstringCodec {
    Q_DECLARE_TR_FUNCTIONS(hotline::NetstringCodec)
public:
    // baresip's answers and events are a few hundred bytes; a megabyte is far beyond any of
    // them and keeps a peer that sends a huge length from making us buffer without end.
    static constexpr qsizetype maxLength = 1024 * 1024;

    static QByteArray encode(const QByteArray &message);

    // What a piece of the stream completed: the messages in order, and the fault that stopped
    // the stream after them, if any (empty when the stream is fine).
    struct Decoded {
        QList<QByteArray> messages;
        QString error;
    };
    Decoded feed(const QByteArray &bytes);

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    // Bytes of an unfinished message held back for the next piece.
    qsizetype pending() const { return m_buffer.size(); }
    // A new stream (a new connection): forgets the buffer and any fault.
    void reset();

private:
    QString fault(const QString &what);

    QByteArray m_buffer;
    qint64 m_offset = 0; // stream offset of m_buffer's first byte, for the error message
    QString m_error;
};

} // namespace hotline
