// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Whether every text a person sees in a window fits its widget: labels (wrapped or not, plain
// or rich), check boxes, radio and push buttons, line-edit placeholders, combo boxes, tabs,
// header sections and list items; and whether any widget reaches past its window. Measured
// with each widget's own font and the style's own margins, so a text cut off by a pixel is
// found as surely as one cut in half.
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSizeGrip>
#include <QStatusBar>
#include <QStyleOption>
#include <QTabBar>
#include <QTextDocument>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace hotline::test {

class TextFitCheck {
public:
    // Checks every shown widget of `window` (and of the windows floating over it that are its
    // children: pickers, the overlay); `state` names the situation in the messages.
    void check(QWidget &window, const QString &state)
    {
        m_state = state;
        m_window = &window;
        visit(&window);
    }

    int checked() const { return m_checked; }
    const QStringList &offences() const { return m_offences; }

    // Plain text as drawn: "&&" is an ampersand, a single "&" marks the mnemonic.
    static QString withoutMnemonic(QString text)
    {
        text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
        text.remove(u'&');
        text.replace(u'\x01', u'&');
        return text;
    }

    // A widget is shown when it and its parents are visible and no dock it sits in is one
    // tabbed away behind another (Qt keeps those "visible", moved out of the window's sight).
    static bool shown(const QWidget *widget, const QWidget *window)
    {
        if (!widget->isVisible())
            return false;
        for (const QWidget *w = widget; w && w != window; w = w->parentWidget())
            if (qobject_cast<const QDockWidget *>(w) && !w->isWindow()
                && !window->rect().intersects(QRect(w->mapTo(window, QPoint()), w->size())))
                return false;
        return true;
    }

private:
    void visit(QWidget *widget)
    {
        if (!shown(widget, m_window))
            return;
        if (widget != m_window && !widget->isWindow())
            checkInside(widget);
        if (auto *label = qobject_cast<QLabel *>(widget))
            checkLabel(label);
        else if (auto *box = qobject_cast<QCheckBox *>(widget))
            checkButton(box, QStyle::SE_CheckBoxContents);
        else if (auto *radio = qobject_cast<QRadioButton *>(widget))
            checkButton(radio, QStyle::SE_RadioButtonContents);
        else if (auto *push = qobject_cast<QPushButton *>(widget))
            checkButton(push, QStyle::SE_PushButtonContents);
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            checkPlaceholder(edit);
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            checkCombo(combo);
        else if (auto *tabs = qobject_cast<QTabBar *>(widget))
            checkTabs(tabs);
        else if (auto *header = qobject_cast<QHeaderView *>(widget))
            checkHeader(header);
        else if (auto *view = qobject_cast<QAbstractItemView *>(widget))
            checkItems(view);
        else if (auto *bar = qobject_cast<QStatusBar *>(widget))
            checkMessage(bar);
        for (QObject *child : widget->children())
            if (auto *w = qobject_cast<QWidget *>(child); w && !w->isWindow())
                visit(w);
    }

    static QString name(const QWidget *widget)
    {
        const QString className = QString::fromLatin1(widget->metaObject()->className());
        return widget->objectName().isEmpty() ? className : widget->objectName() + u'/' + className;
    }

    void offence(const QWidget *widget, const QString &text, const QString &why)
    {
        m_offences << QStringLiteral("[%1] %2 \"%3\": %4").arg(m_state, name(widget), text.left(120), why);
    }

    static QString size(int w, int h) { return QStringLiteral("%1×%2").arg(w).arg(h); }

    // Nothing reaches past its window. The content of a scroll area scrolls up and down, so
    // there only its width counts: no horizontal scrolling, nothing cut at the right.
    void checkInside(QWidget *widget)
    {
        QWidget *parent = widget->parentWidget();
        const auto *area = parent ? qobject_cast<QAbstractScrollArea *>(parent->parentWidget()) : nullptr;
        if (area && area->viewport() == parent) {
            if (widget->x() < 0 || widget->width() > parent->width())
                offence(widget, {}, QStringLiteral("wider (%1) than its scroll area (%2)").arg(widget->width()).arg(parent->width()));
            return;
        }
        for (QWidget *w = parent; w && w != m_window; w = w->parentWidget())
            if (auto *scroll = qobject_cast<QAbstractScrollArea *>(w->parentWidget()); scroll && scroll->viewport() == w) {
                // Inside the content of a scroll area: up and down it scrolls, left and right
                // whatever reaches past the viewport is cut off.
                const QRect inView(widget->mapTo(w, QPoint()), widget->size());
                if (inView.left() < 0 || inView.right() >= w->width())
                    offence(widget, {}, QStringLiteral("from x %1 to %2, past the scroll area's %3 px")
                                            .arg(inView.left()).arg(inView.right()).arg(w->width()));
                return;
            }
        const QRect inWindow(widget->mapTo(m_window, QPoint()), widget->size());
        if (!m_window->rect().contains(inWindow))
            offence(widget, {}, QStringLiteral("at %1,%2 %3 reaches past its window (%4)")
                                    .arg(inWindow.x()).arg(inWindow.y()).arg(size(inWindow.width(), inWindow.height()),
                                                                              size(m_window->width(), m_window->height())));
    }

    void checkLabel(QLabel *label)
    {
        if (label->text().isEmpty())
            return;
        ++m_checked;
        const QRect room = label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(), -label->margin());
        const int indent = label->indent() > 0 ? label->indent() : 0;
        const int width = room.width() - indent;
        const bool rich = label->textFormat() == Qt::RichText
                          || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        QSize needed;
        if (rich) {
            QTextDocument document;
            document.setDocumentMargin(0);
            document.setDefaultFont(label->font());
            document.setHtml(label->text());
            if (label->wordWrap())
                document.setTextWidth(width);
            needed = QSize(int(std::ceil(document.idealWidth())), int(std::ceil(document.size().height())));
        } else {
            const QString text = label->buddy() ? withoutMnemonic(label->text()) : label->text();
            const int flags = Qt::TextExpandTabs | (label->wordWrap() ? Qt::TextWordWrap : 0);
            needed = label->fontMetrics().boundingRect(QRect(0, 0, label->wordWrap() ? width : 100000, 100000), flags, text).size();
        }
        if (label->wordWrap() && label->heightForWidth(label->width()) > label->height())
            offence(label, label->text(), QStringLiteral("wrapped it needs %1 px of height, has %2").arg(label->heightForWidth(label->width())).arg(label->height()));
        else if (needed.width() > width || needed.height() > room.height())
            offence(label, label->text(), QStringLiteral("needs %1, has %2").arg(size(needed.width(), needed.height()), size(width, room.height())));
    }

    void checkButton(QAbstractButton *button, QStyle::SubElement contents)
    {
        if (button->text().isEmpty())
            return;
        ++m_checked;
        QStyleOptionButton option;
        option.initFrom(button);
        option.text = button->text();
        option.icon = button->icon();
        option.iconSize = button->iconSize();
        const QRect room = button->style()->subElementRect(contents, &option, button);
        int needed = button->fontMetrics().horizontalAdvance(withoutMnemonic(button->text()));
        if (!button->icon().isNull())
            needed += button->iconSize().width() + 4;
        if (needed > room.width() || button->fontMetrics().height() > room.height())
            offence(button, button->text(), QStringLiteral("needs %1 px, has %2").arg(needed).arg(room.width()));
    }

    void checkPlaceholder(QLineEdit *edit)
    {
        if (edit->placeholderText().isEmpty() || !edit->text().isEmpty())
            return;
        ++m_checked;
        QStyleOptionFrame option;
        option.initFrom(edit);
        option.rect = edit->contentsRect();
        option.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
        option.midLineWidth = 0;
        option.state |= QStyle::State_Sunken;
        QRect room = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit).marginsRemoved(edit->textMargins());
        // QLineEdit keeps 2 px on each side, and the room of each side button (the clear
        // button's, even while it is faded out) with a quarter of an icon around it.
        room.adjust(2, 0, -2, 0);
        const int quarterIcon = edit->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, edit) / 4;
        for (const QToolButton *side : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly))
            if (side->isVisibleTo(edit)) {
                if (side->x() > edit->width() / 2)
                    room.setRight(room.right() - side->width() - quarterIcon);
                else
                    room.setLeft(room.left() + side->width() + quarterIcon);
            }
        const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
        if (needed > room.width())
            offence(edit, edit->placeholderText(), QStringLiteral("placeholder needs %1 px, has %2").arg(needed).arg(room.width()));
    }

    void checkCombo(QComboBox *combo)
    {
        if (combo->currentText().isEmpty())
            return;
        ++m_checked;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = combo->isEditable();
        option.currentText = combo->currentText();
        option.frame = combo->hasFrame();
        const QRect room = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
        const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
        if (needed > room.width())
            offence(combo, combo->currentText(), QStringLiteral("needs %1 px, has %2").arg(needed).arg(room.width()));
    }

    void checkTabs(QTabBar *tabs)
    {
        const int space = tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabVisible(i))
                continue;
            ++m_checked;
            const QString text = withoutMnemonic(tabs->tabText(i));
            const QRect rect = tabs->tabRect(i);
            const int needed = tabs->fontMetrics().horizontalAdvance(text) + space / 2;
            if (!tabs->rect().contains(rect))
                offence(tabs, text, QStringLiteral("the tab lies past the bar's end"));
            else if (needed > rect.width())
                offence(tabs, text, QStringLiteral("needs %1 px, the tab has %2").arg(needed).arg(rect.width()));
        }
    }

    void checkHeader(QHeaderView *header)
    {
        if (header->orientation() != Qt::Horizontal)
            return;
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
            if (text.isEmpty())
                continue;
            ++m_checked;
            QFont font = header->font();
            font.setBold(true); // the style may embolden the section of the current column
            const int needed = QFontMetrics(font).horizontalAdvance(text) + 2 * margin;
            const int left = header->sectionViewportPosition(section);
            if (left + header->sectionSize(section) > header->viewport()->width())
                offence(header, text, QStringLiteral("the section runs past the view (%1 + %2 > %3)")
                                          .arg(left).arg(header->sectionSize(section)).arg(header->viewport()->width()));
            else if (needed > header->sectionSize(section))
                offence(header, text, QStringLiteral("needs %1 px, the section has %2").arg(needed).arg(header->sectionSize(section)));
        }
    }

    void checkItems(QAbstractItemView *view)
    {
        const QAbstractItemModel *model = view->model();
        if (!model)
            return;
        const bool ownDelegate = qstrcmp(view->itemDelegate()->metaObject()->className(), "QStyledItemDelegate") != 0;
        // A list may wrap its items into rows as tall as they need; a table's rows are one
        // line high, so there what does not fit on the line is cut.
        const auto *list = qobject_cast<const QListView *>(view);
        const bool wraps = list && list->wordWrap();
        const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const QRect rect = view->visualRect(index);
                if (rect.isEmpty() || !view->viewport()->rect().intersects(rect))
                    continue;
                const QString text = index.data().toString();
                if (text.isEmpty())
                    continue;
                ++m_checked;
                QStyleOptionViewItem option;
                option.initFrom(view);
                option.rect = rect;
                option.font = view->font();
                option.features = wraps ? QStyleOptionViewItem::WrapText : QStyleOptionViewItem::None;
                const QSize hint = view->itemDelegateForIndex(index)->sizeHint(option, index);
                if (ownDelegate || wraps) {
                    if (hint.height() > rect.height())
                        offence(view, text, QStringLiteral("item needs %1 px of height, has %2").arg(hint.height()).arg(rect.height()));
                    continue;
                }
                const int needed = view->fontMetrics().horizontalAdvance(text) + 2 * margin;
                if (needed > rect.width())
                    offence(view, text, QStringLiteral("item needs %1 px, has %2 (elided)").arg(needed).arg(rect.width()));
            }
    }

    // The status bar's passing message is painted left of its permanent widgets (as
    // QStatusBar::paintEvent does: from 6 px to 2 px before the first of them).
    void checkMessage(QStatusBar *bar)
    {
        if (bar->currentMessage().isEmpty())
            return;
        ++m_checked;
        int right = bar->width() - 12;
        for (const QWidget *child : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            if (child->isVisibleTo(bar) && !qobject_cast<const QSizeGrip *>(child))
                right = std::min(right, child->x() - 2);
        const int needed = bar->fontMetrics().horizontalAdvance(bar->currentMessage());
        if (needed > right - 6)
            offence(bar, bar->currentMessage(), QStringLiteral("message needs %1 px, has %2").arg(needed).arg(right - 6));
    }

    QString m_state;
    QWidget *m_window = nullptr;
    int m_checked = 0;
    QStringList m_offences;
};

} // namespace hotline::test
