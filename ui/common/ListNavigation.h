// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>

#include <algorithm>

namespace hotline {

// Moves a list's current row by `delta`, staying inside the list: how Up/Down in a search
// field walk the results below it while the cursor stays in the field.
inline void moveCurrentRow(QAbstractItemView *view, int delta)
{
    const QAbstractItemModel *model = view->model();
    const int count = model ? model->rowCount() : 0;
    if (count == 0)
        return;
    const int row = view->currentIndex().isValid() ? view->currentIndex().row() : -1;
    view->setCurrentIndex(model->index(std::clamp(row + delta, 0, count - 1), 0));
}

} // namespace hotline
