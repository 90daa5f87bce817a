// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace hotline {

// Paints an item's rich text (a role holding HTML) so search hits can show highlighted words.
class HtmlItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    HtmlItemDelegate(int htmlRole, QObject *parent = nullptr) : QStyledItemDelegate(parent), m_role(htmlRole) {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace hotline
