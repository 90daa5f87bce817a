// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

class QAbstractItemView;

namespace hotline {

// One look for the selected row of every list on the desk: white text on a dark blue, whether
// the list has the cursor, the cursor is elsewhere in the window (the form), or another window
// is active. The style's own blue (#308CC6 in Fusion) gives white text a contrast of only 3.7:1,
// and its inactive colours differ between styles; this one gives 8.7:1 everywhere, so a row
// read while the operator types in the form is as clear as one being walked with the arrows.
// Text with a colour of its own (an overdue row's red, a snippet's grey) is drawn in the
// selection's text colour while selected (HtmlItemDelegate; the standard delegate already does).
class SelectionColours {
public:
    static QColor background() { return {0x1F, 0x4E, 0x79}; }
    static QColor text() { return Qt::white; }
    // `palette` with the selection colours in its active and inactive groups.
    static QPalette applied(QPalette palette);
    // Gives `view` (and its viewport) the selection colours.
    static void apply(QAbstractItemView &view);
};

} // namespace hotline
