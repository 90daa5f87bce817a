// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/SuggestField.h"

#include "common/ListNavigation.h"
#include "common/SelectionColours.h"
#include "itemmodels/SuggestionListModel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListView>

namespace hotline {

SuggestField::SuggestField(QWidget *parent) : QLineEdit(parent), m_model(new SuggestionListModel(this))
{
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_accepted) {
            m_accepted.reset();
            Q_EMIT acceptanceCleared();
        }
        refresh(text);
    });
}

bool SuggestField::isListVisible() const
{
    return m_list && m_list->isVisible();
}

void SuggestField::setAccepted(const Suggestion &suggestion)
{
    m_accepted = suggestion;
    setText(suggestion.text);
    hideList();
}

void SuggestField::reset()
{
    m_accepted.reset();
    clear();
    hideList();
}

void SuggestField::refresh(const QString &text)
{
    if (!m_source) {
        hideList();
        return;
    }
    m_model->setSuggestions(m_source->suggest(text, m_limit));
    if (m_model->rowCount() == 0) {
        hideList();
        if (!text.trimmed().isEmpty())
            showNoMatch();
        return;
    }
    if (m_noMatch)
        m_noMatch->hide();
    if (!m_list) {
        // Parented to the window so that it floats above the neighbouring fields.
        m_list = new QListView(window());
        m_list->setObjectName(objectName() + QStringLiteral("-suggestions"));
        m_list->setModel(m_model);
        m_list->setFocusPolicy(Qt::NoFocus);
        m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_list->setSelectionMode(QAbstractItemView::SingleSelection);
        m_list->setUniformItemSizes(true);
        SelectionColours::apply(*m_list);
        connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) { acceptRow(index.row()); });
    }
    m_list->setCurrentIndex(m_model->index(0));
    placeList();
    m_list->show();
    m_list->raise();
}

QRect SuggestField::floatingArea() const
{
    // Under the field, at least 360 px wide for the item's path, never past the window's edge.
    const QPoint below = mapTo(window(), QPoint(0, height()));
    return QRect(below, QSize(std::min(std::max(width(), 360), window()->width() - below.x()), 0));
}

void SuggestField::placeList()
{
    if (!m_list)
        return;
    const int rows = std::min(m_model->rowCount(), m_limit);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 6);
    QRect area = floatingArea();
    area.setHeight(rows * rowHeight + 6);
    m_list->setGeometry(area);
}

void SuggestField::hideList()
{
    if (m_list)
        m_list->hide();
    if (m_noMatch)
        m_noMatch->hide();
}

bool SuggestField::isNoMatchVisible() const
{
    return m_noMatch && m_noMatch->isVisible();
}

void SuggestField::showNoMatch()
{
    if (m_noMatchText.isEmpty())
        return;
    if (!m_noMatch) {
        m_noMatch = new QLabel(window());
        m_noMatch->setObjectName(objectName() + QStringLiteral("-nomatch"));
        m_noMatch->setFrameShape(QFrame::StyledPanel);
        m_noMatch->setAutoFillBackground(true);
        m_noMatch->setWordWrap(true);
        m_noMatch->setMargin(4);
    }
    m_noMatch->setText(m_noMatchText.arg(text().trimmed()));
    const QRect area = floatingArea();
    m_noMatch->setFixedWidth(area.width());
    m_noMatch->adjustSize();
    m_noMatch->move(area.topLeft());
    m_noMatch->show();
    m_noMatch->raise();
}

void SuggestField::acceptRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const Suggestion chosen = m_model->at(row);
    setAccepted(chosen);
    Q_EMIT suggestionAccepted(chosen);
}

void SuggestField::keyPressEvent(QKeyEvent *event)
{
    if (isListVisible() && event->modifiers() == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_Down: moveCurrentRow(m_list, 1); return;
        case Qt::Key_Up: moveCurrentRow(m_list, -1); return;
        case Qt::Key_PageDown: moveCurrentRow(m_list, m_limit); return;
        case Qt::Key_PageUp: moveCurrentRow(m_list, -m_limit); return;
        case Qt::Key_Return:
        case Qt::Key_Enter: acceptRow(m_list->currentIndex().row()); return;
        case Qt::Key_Escape: hideList(); return;
        default: break;
        }
    } else if (!isListVisible() && event->key() == Qt::Key_Down && event->modifiers() == Qt::NoModifier) {
        refresh(text()); // open the list again on what is there
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void SuggestField::focusOutEvent(QFocusEvent *event)
{
    hideList();
    QLineEdit::focusOutEvent(event);
}

void SuggestField::resizeEvent(QResizeEvent *event)
{
    QLineEdit::resizeEvent(event);
    if (isListVisible())
        placeList();
}

} // namespace hotline
