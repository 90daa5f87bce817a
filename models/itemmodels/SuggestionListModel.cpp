// SPDX-License-Identifier: GPL-3.0-or-later
#include "SuggestionListModel.h"

namespace hotline {

SuggestionListModel::SuggestionListModel(QObject *parent) : QAbstractListModel(parent) {}

int SuggestionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant SuggestionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Suggestion &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.detail.isEmpty() ? item.text : item.text + QStringLiteral("    ") + item.detail;
    case Qt::ToolTipRole:
        return item.detail;
    case KeyRole:
        return item.key;
    case DetailRole:
        return item.detail;
    case ScoreRole:
        return item.score;
    default:
        return {};
    }
}

QHash<int, QByteArray> SuggestionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(DetailRole, "detail");
    names.insert(ScoreRole, "score");
    return names;
}

void SuggestionListModel::setSuggestions(QVector<Suggestion> suggestions)
{
    beginResetModel();
    m_items = std::move(suggestions);
    endResetModel();
}

} // namespace hotline
