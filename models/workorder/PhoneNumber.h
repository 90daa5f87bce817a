// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace hotline {

// Telephone numbers as callers give them in mainland China: mobiles (1xx xxxx xxxx, with or
// without +86), landlines with area code (010-6xxxxxxx, 0xxx-xxxxxxx) or local 7–8 digits,
// and an optional extension ("转123").
class PhoneNumber {
public:
    // The canonical form stored and compared: digits only, area code kept, +86 dropped,
    // extension after a '#'. nullopt when it is not a plausible number.
    static std::optional<QString> normalize(const QString &input);
    static bool isValid(const QString &input) { return normalize(input).has_value(); }
};

} // namespace hotline
