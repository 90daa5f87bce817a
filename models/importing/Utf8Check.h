// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace hotline {

// Line number (1-based) of the first invalid UTF-8 sequence in an imported file, or 0 when
// the whole file is valid: a file saved as GBK must be refused, never imported as mojibake.
int firstInvalidUtf8Line(const QByteArray &bytes);

// The bytes without a leading UTF-8 byte-order mark.
QByteArray withoutBom(const QByteArray &bytes);

} // namespace hotline
