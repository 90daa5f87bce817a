// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <array>
#include <cstddef>
#include <optional>
#include <utility>

namespace hotline {

// An enum's stable codes for storage and the wire, as one table: the code of a value, the value
// of a code (nothing for an unknown one), and every value in table order.
template <typename Enum, std::size_t N>
using CodeTable = std::array<std::pair<Enum, const char *>, N>;

template <typename Enum, std::size_t N>
QString codeOf(const CodeTable<Enum, N> &table, Enum value)
{
    for (const auto &[candidate, code] : table)
        if (candidate == value)
            return QString::fromLatin1(code);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const CodeTable<Enum, N> &table, const QString &code)
{
    for (const auto &[candidate, text] : table)
        if (code == QLatin1String(text))
            return candidate;
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QList<Enum> valuesOf(const CodeTable<Enum, N> &table)
{
    QList<Enum> values;
    for (const auto &entry : table)
        values.append(entry.first);
    return values;
}

} // namespace hotline
