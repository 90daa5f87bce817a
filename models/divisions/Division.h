// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hotline {

// An administrative division with its national statistics code (NBS): 16 districts,
// street/township units under them, community/village committees under those.
struct Division {
    enum class Level { Province, District, Street, Village };
    QString code;
    QString name;
    QString parentCode;
    Level level = Level::Village;
};

} // namespace hotline
