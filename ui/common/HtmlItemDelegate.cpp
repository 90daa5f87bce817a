// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/HtmlItemDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace hotline {

namespace {
void layOut(QTextDocument &document, const QStyleOptionViewItem &option, const QString &html)
{
    document.setDefaultFont(option.font);
    document.setHtml(html);
    document.setTextWidth(std::max(option.rect.width(), 200));
}
} // namespace

void HtmlItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString html = index.data(m_role).toString();
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument document;
    layOut(document, option, html);
    QAbstractTextDocumentLayout::PaintContext context;
    if (option.state & QStyle::State_Selected) {
        // On the selection every span takes the selection's text colour: a snippet's grey or
        // any other colour of the HTML's own would be dark on the dark selection.
        const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                           : (option.state & QStyle::State_Active) ? QPalette::Active
                                                                                   : QPalette::Inactive;
        const QColor ink = option.palette.color(group, QPalette::HighlightedText);
        QTextCursor all(&document);
        all.select(QTextCursor::Document);
        QTextCharFormat format;
        format.setForeground(ink);
        all.mergeCharFormat(format);
        context.palette.setColor(QPalette::Text, ink);
    }
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(option.rect.translated(-option.rect.topLeft()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize HtmlItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument document;
    layOut(document, option, index.data(m_role).toString());
    return QSize(int(document.idealWidth()), int(document.size().height()));
}

} // namespace hotline
