// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace hotline {

// A body work orders can involve or be dispatched to.
struct Unit {
    enum class Kind { Municipal, District, Street, Enterprise };
    QString code;
    QString name;
    Kind kind = Kind::Municipal;
    QString districtCode; // empty for city-wide bodies
    QString phone;
};

QString toCode(Unit::Kind kind);
std::optional<Unit::Kind> unitKindFromCode(const QString &code);

} // namespace hotline
