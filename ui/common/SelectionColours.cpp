// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/SelectionColours.h"

#include <QAbstractItemView>

namespace hotline {

QPalette SelectionColours::applied(QPalette palette)
{
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Highlight, background());
        palette.setColor(group, QPalette::HighlightedText, text());
    }
    return palette;
}

void SelectionColours::apply(QAbstractItemView &view)
{
    view.setPalette(applied(view.palette()));
}

} // namespace hotline
