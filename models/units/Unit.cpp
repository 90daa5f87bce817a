// SPDX-License-Identifier: GPL-3.0-or-later
#include "Unit.h"

namespace hotline {

QString toCode(Unit::Kind kind)
{
    switch (kind) {
    case Unit::Kind::Municipal: return QStringLiteral("municipal");
    case Unit::Kind::District: return QStringLiteral("district");
    case Unit::Kind::Street: return QStringLiteral("street");
    case Unit::Kind::Enterprise: return QStringLiteral("enterprise");
    }
    return {};
}

std::optional<Unit::Kind> unitKindFromCode(const QString &code)
{
    for (Unit::Kind kind : {Unit::Kind::Municipal, Unit::Kind::District, Unit::Kind::Street, Unit::Kind::Enterprise})
        if (toCode(kind) == code)
            return kind;
    return std::nullopt;
}

} // namespace hotline
